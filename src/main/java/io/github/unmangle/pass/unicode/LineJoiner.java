package io.github.unmangle.pass.unicode;

import io.github.unmangle.core.PassResult;
import io.github.unmangle.lang.Lexicon;
import io.github.unmangle.lang.NamePairs;
import io.github.unmangle.lang.Stopwords;
import io.github.unmangle.layout.Fences;
import io.github.unmangle.layout.LinkList;
import io.github.unmangle.layout.ListItems;

import java.util.Locale;

/**
 * Line structure repairs, decided on the document's lines as a whole.
 *
 * <p><b>line-join</b>: a line is joined to the next when the break falls inside a sentence: the
 * line ends in a lowercase word (or a word and a comma, or a sentence's capitalised first word after
 * another's end: "community. You" / "might meet", "infectious. He's" / "technically"; a long line a figure, an acronym or "I"
 * inside its sentence, "at USD 383.99" / "billion in 2024", {@link #endsInSentenceToken}, or a name after a lowercase
 * word, "… Not only is Luca" / "an excellent player", {@link #endsInNameInSentence}, or a name or a figure and a comma,
 * "… the Federal Government," / "and that these lands", a dash, or "I" after a comma, {@link #endsInOtherWord}), the next
 * begins with one (a
 * quotation's end may follow it: "often" / "misleading,\" she says."; a bracket and a lowercase word may begin it, "the
 * default" / "(first card) graphics path"; after a long line's function word a name may, "partnered with" / "Zalaris to
 * set up …", {@link #nameAfterFunctionWord}, and after a long line's name and comma another name, "… Boston, London," /
 * "Berlin, Singapore, and Sydney.", {@link #namesGoOn}; after a long line that is no list item, the pronoun "I", {@link
 * #iGoesOn}) (or, after an article, "of", a possessive,
 * "and" or "or", with a capital: "part of the" / "Ivy League …"), the block so far has at least five
 * words (or two, ending in a function word: "Companies are always" / "looking for …"),
 * the next line has at least three and reaches the end of a sentence, and both are at the
 * same indentation (or the next continues a bullet's text), and one of the two is long or the first is a list item, bulleted or numbered
 * (a short line followed by a short line is verse, an address or a banner; a line stopping on a function word before a line in
 * lowercase needs only the two to make {@value #MIN_PAIR} characters; a sentence broken once, on two lines of their own
 * among paragraphs, needs neither: {@link #loneBreak}). Blank lines, headings (title
 * case), lists (bullet markers, also lynx's "+" and "o"), menus (no sentence punctuation), tables
 * (runs of spaces) and code never qualify.
 *
 * <p><b>unwrap</b>: a text hard-wrapped at a width (an e-mail, a text browser's page, a plain-text
 * archive: every line filled up to the width, paragraphs set apart by blank lines or indents) has each of its
 * paragraphs made one line again, as the other passes and a reader of the output expect: a line is joined
 * to the next when the next line's first word would not have fit on it ({@link #wrapWidth}), whatever
 * ends the line (a sentence, a comma, a name), with the same exclusions as line-join but title case (lists, tables, code,
 * Markdown headings; a line filled up to the width is no heading, names fill lines too) and at the same indentation (or a bullet's hanging indent, or
 * under a paragraph's indented first line, or centred as w3m, elinks and links centre a paragraph: {@link #centred}). A
 * break after a hyphen ("well-" / "known") is joined without a space.
 *
 * <p><b>markdown-link</b>: a Markdown link a wrapping program broke across lines is joined, whatever the width
 * ({@link #links}).
 *
 * <p><b>run-in-bullet</b>: when a document has at least two lines starting with the same bullet
 * marker ("- " or "• "), a marker that follows the end of a sentence inside a bullet's text
 * ("... for one year. - Amazon last week ...") is put back on a line of its own.
 */
final class LineJoiner {

    static final String JOIN = "line-join";
    static final String BULLET = "run-in-bullet";
    static final String UNWRAP = "unwrap";
    static final String LINK = "markdown-link";

    /**
     * {@link #plan}'s verdicts per line: left as it is, joined to the next inside a sentence, unwrapped, or joined to the
     * next inside a Markdown link (with a space, or without one inside its address: {@link #LINKED_TIGHT}).
     */
    static final byte KEEP = 0;
    static final byte JOINED = 1;
    static final byte UNWRAPPED = 2;
    static final byte LINKED = 3;
    static final byte LINKED_TIGHT = 4;

    /** Widths a text is recognised as hard-wrapped at (columns, the indentation included). */
    static final int MIN_WIDTH = 30;
    static final int MAX_WIDTH = 132;
    /** Columns a line may run past the width and still be read as full (a word added by hand). */
    static final int RUN_ON = 12;
    /** Widths below the 98th percentile of the lines' widths tried as the width a text was filled at. */
    static final int FILL_REACH = 8;
    /** ... where the lines filled must be this share, at least, of those that could be ... */
    static final double REACHED_SHARE = 0.75;
    /** ... and this many lines filled, at least (a few lines written a sentence each fill some width by chance) ... */
    static final int REACHED_MIN_FILLED = 8;
    /** ... and the width this wide (editors fill at 60 to 80 columns). */
    static final int REACHED_MIN_WIDTH = 60;
    /**
     * A text more than a {@value #OVER_SHARE_PLAIN}th of whose lines run past {@link #MAX_WIDTH} sets paragraphs on lines
     * of their own: it is read as hard-wrapped only at a width that shows the filling plainly (as a width below the 98th
     * percentile must); past a {@value #OVER_SHARE_MAX}th, never.
     */
    static final int OVER_SHARE_PLAIN = 50;
    static final int OVER_SHARE_MAX = 10;
    /** ... and there, or near the 90th percentile, at least one line in this many must be filled up to the width. */
    static final int WIDE_FILLED_SHARE = 4;
    /** Lines filled up to the width (the next word would not have fit), at least, ... */
    static final int MIN_FILLED = 3;
    /** ... and this share of the lines followed by another line of text, at least. */
    static final double FILLED_SHARE = 0.5;

    /**
     * Columns short of the width a line of a hard-wrapped text may stop and still be read as wrapped, where it stops
     * inside a sentence and the next line goes on in lowercase.
     */
    static final int NEAR_FILL = 16;
    /** ... in a text with this many such breaks, at least, and one for every {@value #SHORT_BREAK_SHARE} lines filled. */
    static final int SHORT_BREAKS = 5;
    static final int SHORT_BREAK_SHARE = 10;

    /** Two short lines this long together, at least, are prose where the first stops on a function word. */
    static final int MIN_PAIR = 90;

    /** A line this long (trimmed) is prose, not a verse or banner line. */
    static final int MIN_LONG = 60;
    /** ... or the next line is this long: a short line followed by a paragraph it belongs to. */
    static final int MIN_NEXT_LONG = 80;

    private LineJoiner() {
    }

    /** Whether block {@code a0..a1} (lines) may be joined to block {@code b0..b1}. */
    private static boolean canJoin(String t, Lines lines, int[] cs, int[] ce, boolean[] join, int a0, int a1, int b0, int b1) {
        int as = cs[a0];
        int ae = ce[a1];
        int bs = cs[b0];
        int be = ce[b1];
        int lenA = blockLength(cs, ce, a0, a1);
        int lenB = blockLength(cs, ce, b0, b1);
        // (a short line that stops on a function word goes on, where the next is long: "What's changed is" / "the
        // delivery. Consumers …"; a heading or a caption does not stop so)
        boolean stopsOnFunctionWord = endsInFunctionWord(t, as, ae) && words(t, as, ae) >= 2;
        boolean lone = loneBreak(t, cs, ce, join, a0, a1, b0, b1);
        if ((lenA < 25 || words(t, as, ae) < 5) && !stopsOnFunctionWord && !lone) {
            return false;
        }
        // (a sentence that goes on after a function word with a figure, "in just" / "3 months.", "of" / "4.9% over …": where
        // it stands alone among paragraphs)
        char bFirst = t.charAt(bs);
        boolean figureAfterFunctionWord = lone && stopsOnFunctionWord && (Character.isDigit(bFirst) || bFirst == '$');
        // (a long line that stops on a figure, an acronym or "I" inside its sentence goes on where the next begins in
        // lowercase: "… estimated at USD 383.99" / "billion in 2024 …", "… the IRS" / "normally issues …", "… and I" / "can't …")
        boolean tokenGoesOn = lenA >= MIN_LONG && Character.isLowerCase(bFirst) && endsInOtherWord(t, as, ae);
        // (a long line broken inside a name or a date: "… the commercial relations of the United" / "States with other
        // nations …", "… the fiscal year ended June" / "30, 1885, was …")
        boolean nameGoesOn = brokenName(t, as, ae, bs, be);
        if (!(lastWordPlain(t, as, ae) || startsSentence(t, as, ae) || endsInWordAndComma(t, as, ae) || tokenGoesOn || namesGoOn(t, as, ae, bs, be)
                || nameGoesOn)
                || !(firstWordPlain(t, bs, be) || figureAfterFunctionWord || openingGoesOn(t, as, ae, bs, be) && lenA >= MIN_LONG || nameGoesOn)) {
            return false;
        }
        // (a sentence's last word or two after a long line that stops on a function word, in lowercase: "… worried about the
        // traffic during" / "construction."; no sentence ends on "during", and a heading or a caption does not begin so)
        boolean tailAfterFunctionWord = stopsOnFunctionWord && lenA >= MIN_LONG && Character.isLowerCase(bFirst);
        if (words(t, bs, be) < (tailAfterFunctionWord ? 1 : 3) || !reachesSentenceEnd(t, bs, be)) {
            return false;
        }
        // Short lines next to short lines are verse, banners, comment headers: keep them (but for a line that stops on a
        // function word, where the two make a paragraph's length: a poem's lines, "And do not" / "take cover.", are
        // shorter). A next line in capitals after a binding word ("part of the" / "Ivy League") needs one of the two long
        // and a word of two letters or more to begin it: verse sets its lines so ("with a" / "Transistor and a large sum
        // …"), and so does a comment of code ("leaving the" / "C original DO statement").
        boolean capitalNext = Character.isUpperCase(t.charAt(bs));
        if (capitalNext && (bs + 1 >= be || !Character.isLetter(t.charAt(bs + 1))) && !iGoesOn(t, as, ae, bs, be)) {
            return false;
        }
        // (a list item's text goes on on a line without a marker, in lowercase: "- Use AI to suggest alternative" / "workouts
        // or recipes for fresh, flexible plans."; verse and banners come without markers)
        boolean itemGoesOn = !capitalNext && (marker(t, as, ae) != 0 || numbered(t, as, ae));
        if (lenA < MIN_LONG && lenB < MIN_NEXT_LONG && (capitalNext || !(stopsOnFunctionWord && lenA + lenB >= MIN_PAIR || lone || itemGoesOn))) {
            return false;
        }
        // (a title ends in a capitalised word: a line stopping on a function word is no title, "… what Social Media Marketing
        // is and" / "why you should learn it."; nor is a sentence after a label's colon, "Ransomware Attacks: When
        // cybercriminals"; nor a long line of prose whose last words only are a name's, read whole where a name, a figure or
        // an acronym ends it inside its sentence, "… the Government of the Ottoman Porte" / "and its dependencies")
        boolean title = !stopsOnFunctionWord && titleCase(t, afterLabel(t, as, ae), ae)
                && !((tokenGoesOn || nameGoesOn) && !titleCase(t, afterLabel(t, as, ae), ae, Integer.MAX_VALUE))
                && !verbGoesOn(t, bs, be);
        if (codeLike(t, as, ae) || codeLike(t, bs, be) || title) {
            return false;
        }
        for (int j = a0; j <= b1; j++) {
            if (columns(t, cs[j], ce[j])) {
                return false;
            }
        }
        int indentN = cs[b0] - lines.start[b0];
        int indentA = cs[a0] - lines.start[a0];
        boolean bulletBlock = marker(t, cs[a0], ce[a0]) != 0;
        return indentN == indentA || (bulletBlock && indentN == indentA + 2);
    }

    /**
     * A sentence broken once, on two lines of their own among prose ("You can buy your WayAway Plus Membership with" /
     * "a 10% discount here."; "People tend to find this quite shocking. It's" / "not that building apps is easy."): the
     * first line begins a sentence (a capital, after any list marker or quote), the second ends one, the two make
     * {@value #LONE_MIN_WORDS} words or more, they are of unlike lengths or the break falls at a function word (the first
     * ends or the second begins with one: {@link #COUPLET_SHARE}), and the lines around them are blank or prose
     * ({@value #MIN_LONG} characters or more, ending a sentence), not other short lines: verse, an address or a menu comes
     * as a run of short lines. Two short lines, or a short first one, are joined then, and so is a second line that begins
     * with a figure after a function word ("in just" / "3 months."; not a capital: after "as" it may follow missing
     * text) (bench/line-breaks.py: 0.705 -> 0.784 of its random breaks rejoined).
     */
    private static boolean loneBreak(String t, int[] cs, int[] ce, boolean[] join, int a0, int a1, int b0, int b1) {
        if (a0 != a1 || b0 != b1) {
            return false;
        }
        int as = cs[a0];
        int ae = ce[a0];
        int i = as;
        while (i < ae && !Character.isLetter(t.charAt(i))) {
            i++;
        }
        if (i >= ae || !Character.isUpperCase(t.charAt(i)) || i - as > 4) {
            return false;
        }
        if (words(t, as, ae) + words(t, cs[b0], ce[b0]) < LONE_MIN_WORDS || !endsSentence(t, cs[b0], ce[b0])) {
            return false;
        }
        int la = ae - as;
        int lb = ce[b0] - cs[b0];
        if (Math.min(la, lb) >= COUPLET_SHARE * Math.max(la, lb) && !endsInFunctionWord(t, as, ae) && !startsWithFunctionWord(t, cs[b0], ce[b0])) {
            return false; // (a couplet: lines of about one length that end and begin on words that carry them, "… violets are blue" / "sugar is sweet …")
        }
        int before = a0 - 1;
        while (before > 0 && join[before - 1]) {
            before--;
        }
        int after = b1 + 1;
        while (after + 1 < cs.length && join[after]) {
            after++;
        }
        return proseOrBlank(t, cs, ce, before, a0 - 1) && proseOrBlank(t, cs, ce, b1 + 1, after);
    }

    /** The text [s, e) begins with a function word in lowercase ("a discount", "of time"). */
    private static boolean startsWithFunctionWord(String t, int s, int e) {
        int i = s;
        while (i < e && Character.isLowerCase(t.charAt(i))) {
            i++;
        }
        return i > s && (i == e || t.charAt(i) == ' ') && i - s <= Stopwords.MAX_PACKED
                && Stopwords.contains(t.substring(s, i));
    }

    /**
     * Two lines whose shorter is this share of the longer's length, at least, are read as a couplet's ({@link #loneBreak}),
     * unless the break falls at a function word; a sentence broken at a random word makes lines of unlike lengths more
     * often (bench/line-breaks.py: 0.749 of its breaks rejoined with the function word asked of every pair, 0.773 so,
     * 0.782 with it asked of none, when the golden test's couplet was joined too).
     */
    static final double COUPLET_SHARE = 0.6;

    /** Words a lone broken sentence's two lines hold together, at least ({@link #loneBreak}). */
    static final int LONE_MIN_WORDS = 8;

    /**
     * Block {@code from..to} (lines already joined, read as the one line they become: the verdict is the same on the
     * output, and cleaning it again joins nothing more) is blank, out of the text, or prose: {@link #MIN_LONG} characters
     * or more ending a sentence.
     */
    private static boolean proseOrBlank(String t, int[] cs, int[] ce, int from, int to) {
        if (from < 0 || from >= cs.length || cs[from] == ce[from]) {
            return true;
        }
        return blockLength(cs, ce, from, to) >= MIN_LONG && endsSentence(t, cs[to], ce[to]);
    }

    /** Length of the block as one line (lines trimmed, one space between them). */
    private static int blockLength(int[] cs, int[] ce, int from, int to) {
        int len = to - from;
        for (int j = from; j <= to; j++) {
            len += ce[j] - cs[j];
        }
        return len;
    }

    /**
     * Two or more spaces inside the line: a table or column layout; not after a sentence's full stop, with any odd space
     * between (".  Above", ".\u202F  Above": the odd-space rule makes that one space, and the verdict is the same on the
     * output).
     */
    private static boolean columns(String t, int s, int e) {
        for (int i = s + 1; i + 1 < e; i++) {
            if (t.charAt(i) == ' ' && t.charAt(i + 1) == ' ') {
                int j = i - 1;
                while (j > s && wordBreak(t.charAt(j))) {
                    j--;
                }
                if (t.charAt(j) != '.') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Source code or markup: assignments, braces, underscores, comment markers; a line ending in ";" too, but for a long
     * line of prose ({@link #clauseEnd}) whose ";" follows a plain word.
     */
    private static boolean codeLike(String t, int s, int e) {
        return codeSigns(t, s, e) || t.charAt(e - 1) == ';' && !(clauseEnd(t, s, e) && lastWordPlain(t, s, e - 1));
    }

    /** {@link #codeLike} but for the ";" at the end, which prose wrapped after a clause has as well. */
    private static boolean codeSigns(String t, int s, int e) {
        char f = t.charAt(s);
        if (f == '#' || f == '/' || f == '<' || f == '>' || f == '|') {
            return true;
        }
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == '=' || c == '{' || c == '}' || c == '<' || c == '>' || (c == '_' && !underlining(t, i, e))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the run of "_" at {@code i} is nroff's underline, struck over by the letters after its backspaces
     * ("___\b\b\band", the overstrike rule's to resolve): no sign of code.
     */
    private static boolean underlining(String t, int i, int e) {
        int j = i;
        while (j < e && t.charAt(j) == '_') {
            j++;
        }
        return j < e && t.charAt(j) == '\b';
    }

    /** Where text [s, e) goes on after its last colon and space (a label's: "Ransomware Attacks: When …"), or s. */
    private static int afterLabel(String t, int s, int e) {
        int colon = t.lastIndexOf(": ", e - 1);
        return colon >= s ? colon + 2 : s;
    }

    /** Most longer words of the line's last six capitalised: a heading or title, not a sentence. */
    private static boolean titleCase(String t, int s, int e) {
        return titleCase(t, s, e, 6);
    }

    /** Most longer words of the line's last {@code last} capitalised. */
    private static boolean titleCase(String t, int s, int e, int last) {
        int n = 0;
        int from = e;
        while (from > s && n < last) {
            from--;
            if (wordBreak(t.charAt(from)) && from + 1 < e && !wordBreak(t.charAt(from + 1))) {
                n++;
            }
        }
        s = from;
        int words = 0;
        int caps = 0;
        int i = s;
        while (i < e) {
            while (i < e && wordBreak(t.charAt(i))) {
                i++;
            }
            int w = i;
            while (i < e && !wordBreak(t.charAt(i))) {
                i++;
            }
            if (i - w >= 4) {
                words++;
                if (Character.isUpperCase(t.charAt(w))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    /**
     * Returns, per line, whether it is joined to the next and why ({@link #KEEP}, {@link #JOINED}, {@link #UNWRAPPED},
     * {@link #LINKED}, {@link #LINKED_TIGHT}); adds
     * run-in bullet edits to {@code b}; {@code counts.wrapWidth} is the width of a hard-wrapped text, else 0.
     */
    static byte[] plan(String t, Lines lines, PassResult.Builder b, Counts counts) {
        int n = lines.count;
        boolean[] join = new boolean[n];
        byte[] verdict = new byte[n];
        if (n < 2) {
            return verdict;
        }
        int[] cs = new int[n];
        int[] ce = new int[n];
        int nonBlank = 0;
        int dash = 0;
        int dot = 0;
        for (int k = 0; k < n; k++) {
            int s = lines.start[k];
            int e = lines.end[k];
            while (s < e && isSpace(t.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(t.charAt(e - 1))) {
                e--;
            }
            cs[k] = s;
            ce[k] = e;
            if (s < e) {
                nonBlank++;
                switch (marker(t, s, e)) {
                    case '-' -> dash++;
                    case '\u2022' -> dot++;
                    default -> { }
                }
            }
        }
        boolean[] code = fenced(t, lines, n);
        // Candidate breaks.
        int candidates = 0;
        boolean[] cand = new boolean[n];
        for (int k = 0; k + 1 < n; k++) {
            if (cs[k] == ce[k] || cs[k + 1] == ce[k + 1]) {
                continue;
            }
            char last = t.charAt(ce[k] - 1);
            char first = t.charAt(cs[k + 1]);
            // (a figure after a function word only where the sentence stands alone among paragraphs: loneBreak)
            boolean token = Character.isLowerCase(first) && ce[k] - cs[k] >= MIN_LONG && endsInOtherWord(t, cs[k], ce[k]);
            if (clauseEnd(t, cs[k], ce[k]) && !Character.isLowerCase(first)) {
                continue; // (after a colon a capital begins a quotation or an example of its own: "… start instead with:" / "I know …")
            }
            if (!(midSentence(t, cs[k], ce[k]) || token) || !(Character.isLowerCase(first) || Character.isUpperCase(first) && endsInBindingWord(t, cs[k], ce[k])
                    || (Character.isDigit(first) || first == '$') && endsInFunctionWord(t, cs[k], ce[k])
                    || nameAfterFunctionWord(t, cs[k], ce[k], cs[k + 1], ce[k + 1]) || namesGoOn(t, cs[k], ce[k], cs[k + 1], ce[k + 1])
                    || iGoesOn(t, cs[k], ce[k], cs[k + 1], ce[k + 1])
                    || brokenName(t, cs[k], ce[k], cs[k + 1], ce[k + 1])
                    || openingGoesOn(t, cs[k], ce[k], cs[k + 1], ce[k + 1]))
                    || marker(t, cs[k + 1], ce[k + 1]) != 0
                    || (code != null && (code[k] || code[k + 1]))) {
                continue;
            }
            cand[k] = true;
            candidates++;
        }
        // A hard-wrapped text's paragraphs first: the joins inside sentences are then decided on them, as they would be
        // on the output (cleaning it again finds nothing more to join).
        int text = linkListStart(t, lines, n); // (the lines above a text browser's list of links)
        // (a page converted to Markdown: its lines of links run past the width, and its links may be broken across lines)
        boolean markdown = t.indexOf("](") >= 0;
        int width = wrapWidth(t, lines, cs, ce, text, markdown);
        if (width > 0) {
            counts.wrapWidth = width;
            unwrap(t, lines, cs, ce, width, join, verdict, code, text);
        }
        if (markdown) {
            links(t, cs, ce, join, verdict, code, n);
        }
        // Joins are decided on blocks (lines already joined count as one), repeated until nothing
        // changes, so that cleaning the output again finds nothing more to join. Rounds go last line to
        // first, then first to last: a sentence's end reached by the block below reaches up a whole
        // paragraph in one round (a sentence wrapped over 13 lines was joined only up to 8 above its end,
        // one line a round, and its first lines on the next cleaning), and a block grown above reaches down.
        int joins = 0;
        boolean changed = candidates > 0;
        int[] blockStart = new int[n];
        for (int round = 0; changed && round < 8; round++) {
            changed = false;
            boolean up = round % 2 == 0;
            // (where each line's block starts: going up, the lines above are as the round found them)
            for (int k = 0; k < n; k++) {
                blockStart[k] = k > 0 && join[k - 1] ? blockStart[k - 1] : k;
            }
            for (int step = 0; step + 1 < n; step++) {
                int k = up ? n - 2 - step : step;
                if (!up && k > 0) {
                    blockStart[k] = join[k - 1] ? blockStart[k - 1] : k; // (going down, the block above may have grown)
                }
                if (join[k] || !cand[k]) {
                    continue;
                }
                int nextEnd = k + 1;
                while (nextEnd + 1 < n && join[nextEnd]) {
                    nextEnd++;
                }
                if (canJoin(t, lines, cs, ce, join, blockStart[k], k, k + 1, nextEnd)) {
                    join[k] = true;
                    joins++;
                    changed = true;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            if (join[k] && verdict[k] == KEEP) {
                verdict[k] = JOINED;
            }
        }
        // Informational: most lines joined means the text was hard-wrapped, not broken here and there.
        if ((joins >= 5 && joins * 2 > nonBlank) || width > 0) {
            counts.hardWrapped = 1;
        }
        // Run-in bullets.
        if (dash >= 2 || dot >= 2) {
            int[] hitsDash = dash >= 2 ? hits(t, " - ") : new int[0];
            int[] hitsDot = dot >= 2 ? hits(t, " \u2022 ") : new int[0];
            for (int k = 0; k < n; k++) {
                if (cs[k] == ce[k] || (k > 0 && join[k - 1])) {
                    continue;
                }
                char m = marker(t, cs[k], ce[k]);
                // '*' is left out: after a sentence it is as often a footnote mark ("lounges. * As of 2025")
                if ((m == '-' ? dash : m == '\u2022' ? dot : 0) < 2) {
                    continue;
                }
                String indent = t.substring(lines.start[k], cs[k]);
                int j = k;
                while (true) {
                    splitRunIns(t, j == k ? cs[j] + 2 : cs[j], ce[j], m, indent, hitsDash, hitsDot, b, counts);
                    if (!join[j] || j + 1 >= n) {
                        break;
                    }
                    j++;
                }
            }
        }
        return verdict;
    }

    /** Per line, whether it is in a Markdown code block ({@link Fences}): never joined, whatever its length; null when the text has none. */
    static boolean[] fenced(String t, Lines lines, int n) {
        boolean[] code = null;
        Fences.Reader fences = new Fences.Reader();
        for (int k = 0; k < n; k++) {
            if (fences.inBlock(t, lines.start[k], lines.end[k])) {
                if (code == null) {
                    code = new boolean[n];
                }
                code[k] = true;
            }
        }
        return code;
    }

    /** A line's length in characters, its indentation included (what a wrapping program fills up to the width). */
    private static int lineWidth(Lines lines, int[] ce, int k) {
        return lines.columns(k, lines.start[k], ce[k]);
    }

    /**
     * The length of the first word of line {@code k} (up to a space: a wrapping program breaks no line at a
     * non-breaking space), in columns (a backspace's overstrike takes none).
     */
    private static int firstWordLength(String t, Lines lines, int[] cs, int[] ce, int k) {
        int i = cs[k];
        int struck = 0;
        while (i < ce[k] && !isSpace(t.charAt(i))) {
            struck += t.charAt(i) == '\b' ? 2 : 0;
            i++;
        }
        return lines.rawColumns(cs[k], i) - struck;
    }

    /** Whether line {@code k} ends in a hyphen after a letter ("well-"): a wrapping program may break a compound there. */
    private static boolean hyphenEnd(String t, int[] cs, int[] ce, int k) {
        return joinsTight(t, cs[k], ce[k]);
    }

    /** Whether line {@code k}, {@code width} columns wide at most, was filled: the next line's first word would not have fit on it. */
    private static boolean filled(String t, Lines lines, int[] cs, int[] ce, int k, int width) {
        int len = lineWidth(lines, ce, k);
        return len <= width && withNextWord(t, lines, cs, ce, k, len) > width;
    }

    /** {@code len} columns of line {@code k} and the next line's first word after them (a space between, none after a hyphen). */
    private static int withNextWord(String t, Lines lines, int[] cs, int[] ce, int k, int len) {
        return len + (hyphenEnd(t, cs, ce, k) ? 0 : 1) + firstWordLength(t, lines, cs, ce, k + 1);
    }

    /**
     * The width the text was hard-wrapped at, or 0 when it was not: the length of its longest line that holds a space
     * (a table's row aside; or, past a few overlong lines, the 98th percentile of the lines' lengths), between {@value #MIN_WIDTH} and
     * {@value #MAX_WIDTH}, when at least {@value #MIN_FILLED} lines, and {@value #FILLED_SHARE} of the lines at least half
     * as wide followed by another line of text (not a list item), were filled up to it, the next line going on as text does
     * (a word, a number, a quotation). Short lines one under the other (a saved page's menus) do not count. A text whose paragraphs are lines of their own has
     * few lines near its longest one; one written a sentence a line has no run of them.
     */
    static int wrapWidth(String t, Lines lines, int[] cs, int[] ce, int n, boolean markdown) {
        // the lines' widths up to MAX_WIDTH counted by width; most texts set paragraphs on lines of their own, and more
        // than a fiftieth of their lines are wider than any wrapping: then neither width can be in range
        int[] byWidth = new int[MAX_WIDTH + 1];
        // (in a page converted to Markdown, a line with a link or an image may run past the width: a wrapping program does
        // not break an address, nor the syntax around it)
        int nonBlank = 0;
        int over = 0;
        for (int k = 0; k < n; k++) {
            // (only lines a wrapping program could have broken count: not a word alone, an address on a line of its own
            // or numbered in a list of links)
            int w = lineWidth(lines, ce, k);
            // (a line too short for any width is counted as it is, unread)
            if (cs[k] < ce[k] && (w < MIN_WIDTH || (breakable(t, cs[k], ce[k]) && !(markdown && holds(t, cs[k], ce[k], "]("))))) {
                nonBlank++;
                if (w > MAX_WIDTH) {
                    over++;
                } else {
                    byWidth[w]++;
                }
            }
        }
        if (nonBlank < MIN_FILLED + 1 || over * OVER_SHARE_MAX > nonBlank) {
            return 0;
        }
        // (more than a fiftieth of them: only a width that shows the filling plainly, as pdftotext's text does where it
        // read two lines of a page as one, a list's or a table's)
        boolean strict = over * OVER_SHARE_PLAIN > nonBlank;
        // the longest line that holds a space and is no table's row (a table's cells are set by tabs, bars or runs of spaces,
        // not wrapped)
        int longest = 0;
        for (int w = MAX_WIDTH; w >= MIN_WIDTH && longest == 0; w--) {
            if (over > 0 || byWidth[w] == 0) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                if (cs[k] < ce[k] && lineWidth(lines, ce, k) == w && breakable(t, cs[k], ce[k]) && !cells(t, cs[k], ce[k]) && !columns(t, cs[k], ce[k])
                        && !(markdown && holds(t, cs[k], ce[k], "]("))) {
                    longest = w;
                    break;
                }
            }
        }
        // ... or, past a few overlong lines, the 98th percentile of those lines' widths
        int p98 = percentile(byWidth, (strict ? nonBlank - over : nonBlank) * 0.98); // (strict: of the lines within a width)
        // (a text filled by hand or by an editor may hold a few lines a column or two past the width it was filled at:
        // the width is the one of these at which the most lines were filled)
        // ... and below the 90th percentile: a text extracted from a PDF may hold some lines read as one (pdftotext reads a
        // list's or a table's lines so), up to twice the width, too few to stop the text reading as wrapped but enough to
        // lift its 98th percentile out of reach (such a width must show the filling plainly, as any below the 98th)
        int p90 = percentile(byWidth, (nonBlank - over) * 0.90);
        int near90 = 4 + FILL_REACH; // (where those widths start among the ones tried)
        int[] widths = new int[near90 + FILL_REACH + 1];
        widths[0] = longest;
        widths[1] = longest - 1;
        widths[2] = longest - 2;
        for (int d = 0; d <= FILL_REACH; d++) {
            widths[3 + d] = p98 - d; // (an editor's fill column, a few below the lines that run past it: Emacs fills at 70)
            widths[near90 + d] = p90 + FILL_REACH / 2 - d;
        }
        int best = 0;
        int bestFilled = 0;
        byte[] words = new byte[n]; // (whether a line is wordy: 0 not read yet, 1 yes, 2 no; read once, not once a width)
        for (int c = 0; c < widths.length; c++) {
            int width = widths[c];
            if (width < MIN_WIDTH || width > MAX_WIDTH || tried(widths, c) || c >= near90 && best > 0) {
                continue; // (the widths near the 90th percentile only where none of the others is the text's)
            }
            int pairs = 0;
            int filled = 0;
            for (int k = 0; k + 1 < n; k++) {
                int w = lineWidth(lines, ce, k);
                if (cs[k] == ce[k] || cs[k + 1] == ce[k + 1] || marker(t, cs[k + 1], ce[k + 1]) != 0 || ListItems.numbered(t, cs[k + 1], ce[k + 1])
                        || w > width || w * 2 < width || !breakable(t, cs[k], ce[k]) || !wordy(t, cs, ce, k, words)) {
                    // (short lines followed by others are a menu's or a list's, in a wrapped page too; a list of addresses is
                    // none; nor are rows of data, "07/19/2015 21:00:15.469,1.083,1.08332", each as wide as the next)
                    continue;
                }
                pairs++;
                // (counted where the next line goes on as text does: a word, a number, a quotation; not "*", "[logo]" or "(BUTTON)")
                filled += filled(t, lines, cs, ce, k, width) && textStart(t.charAt(cs[k + 1])) ? 1 : 0;
            }
            // (a width below the 98th percentile is one of several tried: it must show the filling plainly)
            boolean reached = strict || width != longest && width != p98;
            double share = reached ? REACHED_SHARE : FILLED_SHARE;
            // (a width read past overlong lines or near the 90th percentile is the text's when a good part of its lines are
            // filled up to it: a saved page's few teasers cut at a number of characters are filled too)
            boolean wide = strict || c >= near90;
            if (filled >= (reached ? REACHED_MIN_FILLED : MIN_FILLED) && filled >= share * pairs && filled > bestFilled
                    && (!reached || width >= REACHED_MIN_WIDTH) && (!wide || filled * WIDE_FILLED_SHARE >= nonBlank)) {
                best = width;
                bestFilled = filled;
            }
        }
        return best;
    }

    /** The least width, counted in {@code byWidth}, at or below which {@code rank} (rounded up) of the lines are. */
    private static int percentile(int[] byWidth, double rank) {
        int need = (int) Math.ceil(rank);
        for (int w = 0, seen = 0; w < byWidth.length; w++) {
            seen += byWidth[w];
            if (seen >= need) {
                return w;
            }
        }
        return 0;
    }

    /**
     * The first line of the list of links a text browser writes at the end of a page it saves ({@link LinkList}), or
     * {@code n} when there is none: not the page's text, and no line of it was wrapped.
     */
    static int linkListStart(String t, Lines lines, int n) {
        LinkList list = LinkList.find(t);
        if (list == null) {
            return n;
        }
        int k = n - 1;
        while (k > 0 && lines.start[k] > list.start()) {
            k--;
        }
        return k;
    }

    /** Marks the lines of a text hard-wrapped at {@code width} that are joined to the next ({@link #UNWRAPPED}; see the class comment). */
    private static void unwrap(String t, Lines lines, int[] cs, int[] ce, int width, boolean[] join, byte[] verdict, boolean[] code, int n) {
        // a text that sets paragraphs (or items) on lines of their own, one under the other, shows it where a sentence ends
        // short of the width and the next line begins with a capital: there a filled line ending a sentence may end a
        // paragraph as well, and is left as it is (where paragraphs are set apart by blank lines, it is wrapped)
        // a line nearly full that stops inside a sentence, the next going on in lowercase, is wrapped too where the text
        // breaks so often (a tenth as often as it fills a line, at least): filled before its dashes and quotes were made
        // typographic, or by a program that leaves room, it breaks short of the width (where a text is filled to the
        // width, such a line is a paragraph's or an item's end, the next one written in lowercase)
        int unfilledBreaks = 0;
        int filledLines = 0;
        int shortBreaks = 0;
        boolean[] goesOn = new boolean[n];
        for (int k = 0; k + 1 < n; k++) {
            if (cs[k] == ce[k] || cs[k + 1] == ce[k + 1]) {
                continue;
            }
            if (filled(t, lines, cs, ce, k, width)) {
                filledLines++;
            } else {
                unfilledBreaks += breakBetween(t, cs, ce, k) ? 1 : 0;
                int over = lineWidth(lines, ce, k) - width;
                goesOn[k] = over <= 0 && over > -NEAR_FILL && stopsInSentence(t, cs[k], ce[k]) && goesOnInWords(t, cs[k + 1], ce[k + 1])
                        && breakable(t, cs[k], ce[k]);
                shortBreaks += goesOn[k] ? 1 : 0;
            }
        }
        boolean linesAsParagraphs = unfilledBreaks >= PARAGRAPH_LINES;
        boolean breaksShort = shortBreaks >= SHORT_BREAKS && shortBreaks * SHORT_BREAK_SHARE >= filledLines;
        int blockStart = 0;
        for (int k = 0; k + 1 < n; k++) {
            if (k == 0 || !join[k - 1]) {
                blockStart = k;
            }
            // (a line a word or two past the width is full too: an editor's hand ran it on)
            int over = lineWidth(lines, ce, k) - width;
            // (... and so is one about twice as wide that does not end a sentence: two lines read as one, as pdftotext
            // reads some of a PDF's, the second going on as the next does)
            boolean readAsOne = over > RUN_ON && over <= width + RUN_ON && cs[k + 1] < ce[k + 1] && breakable(t, cs[k], ce[k]) && midSentence(t, cs[k], ce[k])
                    && Character.isLetter(t.charAt(cs[k + 1]));
            if (join[k] || cs[k] == ce[k] || cs[k + 1] == ce[k + 1] || !(filled(t, lines, cs, ce, k, width) || (over > 0 && over <= RUN_ON) || readAsOne
                    || breaksShort && goesOn[k])
                    || (code != null && (code[k] || code[k + 1]))) {
                continue;
            }
            if (marker(t, cs[k + 1], ce[k + 1]) != 0 || ListItems.numbered(t, cs[k + 1], ce[k + 1]) || codeSigns(t, cs[k], ce[k]) || codeSigns(t, cs[k + 1], ce[k + 1])
                    || columns(t, cs[k], ce[k]) || columns(t, cs[k + 1], ce[k + 1])) {
                continue;
            }
            if (cells(t, cs[k], ce[k]) || cells(t, cs[k + 1], ce[k + 1])) {
                continue;
            }
            // (a title as a whole: a filled line of a sentence may end in a name, "… into the Allstate / Studio, as …")
            if (linesAsParagraphs && (breakBetween(t, cs, ce, k)
                    || (startsAsItem(t.charAt(cs[k + 1])) && titleCase(t, cs[k], ce[k], Integer.MAX_VALUE)))) {
                continue; // (a sentence's end or a title, filled by chance, before the next paragraph or item on the next line)
            }
            int indentK = cs[k] - lines.start[k];
            int indentN = cs[k + 1] - lines.start[k + 1];
            int indentBlock = cs[blockStart] - lines.start[blockStart];
            boolean same = indentN == indentK;
            boolean hanging = marker(t, cs[blockStart], ce[blockStart]) != 0 && indentN == indentBlock + 2;
            boolean firstLineIndent = k == blockStart && indentK > indentN && indentK - indentN <= 8;
            if (same || hanging || firstLineIndent || centred(t, lines, cs, ce, k, indentK, indentN, width)) {
                join[k] = true;
                verdict[k] = UNWRAPPED;
            }
        }
    }

    /**
     * Columns a text browser's centring may fall short of the width by, and run past it by: w3m centres in one column
     * less than it fills, links in one more (twice the indentation and the line: 78–79 of 79, 80 of 80, 80–81 of 80) ...
     */
    static final int CENTRE_SLACK = 2;
    static final int CENTRE_OVER = 1;
    /** ... and columns short of the width a centred line's next word may still have fitted in (links fills to 77 of 80). */
    static final int CENTRE_FILL_SLACK = 4;

    /**
     * Whether lines {@code k} and {@code k + 1} are two lines of a centred paragraph (w3m's and elinks's saves of
     * {@code <center>} and {@code align=center}; links's too): each set in the middle of the width, its indentation half
     * of what the line leaves free ({@link #CENTRE_SLACK} and {@link #CENTRE_OVER} for rounding), one of them indented,
     * and line {@code k} filled without its indentation (the next line's first word would not have fit on it, within
     * {@link #CENTRE_FILL_SLACK} columns).
     */
    private static boolean centred(String t, Lines lines, int[] cs, int[] ce, int k, int indentK, int indentN, int width) {
        if (indentK == 0 && indentN == 0) {
            return false;
        }
        int lenK = ce[k] - cs[k];
        int lenN = ce[k + 1] - cs[k + 1];
        return centredIn(indentK, lenK, width) && centredIn(indentN, lenN, width)
                && withNextWord(t, lines, cs, ce, k, lenK) > width - CENTRE_FILL_SLACK;
    }

    private static boolean centredIn(int indent, int len, int width) {
        int both = 2 * indent + len;
        return both <= width + CENTRE_OVER && both >= width - CENTRE_SLACK;
    }

    /** Lines a Markdown link may span, at most, for its lines to be joined. */
    static final int LINK_LINES = 6;

    /**
     * Joins the lines of a Markdown link that a wrapping program broke (html2text breaks a link's text, its title, and its
     * address at a hyphen or a slash): a line that leaves a link open ("[" without "]", "](" without ")") before lines
     * that close it with its ")" (within {@value #LINK_LINES} lines, none blank, none a quotation's). The link's text and
     * title are joined with a space (a line break inside them reads as one in Markdown), its address without one, where
     * the line ends inside it ("…/bernard-tapie-veut-" / "racheter-la-provence.html)"). The state is carried from line to
     * line, so a link spanning three lines is joined at once (cleaning the output again finds nothing more to join).
     * Judged apart, the lines were kept and dropped apart, and the link broken.
     */
    private static void links(String t, int[] cs, int[] ce, boolean[] join, byte[] verdict, boolean[] code, int n) {
        int state = 0;
        for (int k = 0; k + 1 < n; k++) {
            if (k == 0 || !join[k - 1]) {
                state = 0; // (a line of its own starts outside any link)
            }
            if (!linkLine(cs, ce, code, k)) {
                state = 0;
                continue;
            }
            state = linkState(t, cs[k], ce[k], state) & OPEN;
            if (state == 0 || join[k]) {
                continue;
            }
            int st = state;
            boolean closes = false;
            for (int j = k + 1; j < n && j <= k + LINK_LINES && !closes && st != 0; j++) {
                // (a quotation's next line begins with its "> ", which a join would carry into the link)
                if (!linkLine(cs, ce, code, j) || t.charAt(cs[j]) == '>') {
                    break;
                }
                int r = linkState(t, cs[j], ce[j], st);
                closes = (r & CLOSED) != 0;
                st = r & OPEN;
            }
            if (closes) {
                join[k] = true;
                verdict[k] = state == 3 ? LINKED_TIGHT : LINKED;
            }
        }
    }

    /** Whether line {@code k} may hold a link's part: not blank, not code. */
    private static boolean linkLine(int[] cs, int[] ce, boolean[] code, int k) {
        return cs[k] < ce[k] && (code == null || !code[k]);
    }

    /** {@link #linkState}'s state bits, and its flag that the link open at the line's start was closed by its ")". */
    private static final int OPEN = 0xF;
    private static final int CLOSED = 0x10;

    /**
     * Reads the line {@code t[s, e)} from {@code state} (0 outside a link; 1 inside its text, "[" without "]"; 2 inside its
     * address's title or after a space in it; 3 inside its address, "](" and no space or ")" after it) and returns the
     * state at its end, with {@link #CLOSED} when the link open at its start was closed by ")" (not a bracket that
     * closes no link: "[report" / "names] too").
     */
    private static int linkState(String t, int s, int e, int state) {
        boolean fromStart = state != 0;
        int closed = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == '\\') {
                i++;
            } else if (state == 0 && c == '[') {
                state = 1;
            } else if (state == 0 && c == ']' && i + 1 < e && t.charAt(i + 1) == '(') {
                state = 3; // (the address of a link whose text held an image: "[![](a.jpg)](https://…")
                i++;
            } else if (state == 1 && c == ']') {
                state = i + 1 < e && t.charAt(i + 1) == '(' ? 3 : 0;
                i += state == 3 ? 1 : 0;
                fromStart &= state == 3;
            } else if (state == 3 && c == ' ') {
                state = 2;
            } else if ((state == 3 || state == 2) && c == ')') {
                state = 0;
                closed |= fromStart ? CLOSED : 0;
                fromStart = false;
            }
        }
        return state | closed;
    }

    private static boolean textStart(char c) {
        return Character.isLetterOrDigit(c) || c == '"' || c == '\u201C' || c == '\'' || c == '\u2018';
    }

    /** {@link #wordy} of line k, read once into {@code memo} (0: not read yet, 1: wordy, 2: not). */
    private static boolean wordy(String t, int[] cs, int[] ce, int k, byte[] memo) {
        if (memo[k] == 0) {
            memo[k] = (byte) (wordy(t, cs[k], ce[k]) ? 1 : 2);
        }
        return memo[k] == 1;
    }

    /** Whether letters are half of the line's characters other than spaces, at least: words, not figures and signs. */
    static boolean wordy(String t, int s, int e) {
        int letters = 0;
        int others = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c != ' ') {
                others++;
            }
        }
        return letters >= others;
    }

    /**
     * Whether a wrapping program could have broken the line: it holds a space between two words, a list item's number or
     * bullet and its text aside ("  12. https://example.com/a-long-address" is one word).
     */
    private static boolean breakable(String t, int s, int e) {
        int i = s;
        while (i < e && t.charAt(i) != ' ') {
            i++;
        }
        if (i >= e) {
            return false;
        }
        boolean listMark = i - s == 1 ? !Character.isLetterOrDigit(t.charAt(s)) : t.charAt(i - 1) == '.' && allDigits(t, s, i - 1);
        if (!listMark) {
            return true;
        }
        while (i < e && t.charAt(i) == ' ') {
            i++;
        }
        int word = i;
        while (i < e && t.charAt(i) != ' ') {
            i++;
        }
        // an address after the number is a list of links' entry, spaces in it or not ("12. https://x.com/share?t=A title")
        for (int c = word; c + 2 < i; c++) {
            if (t.charAt(c) == ':' && t.charAt(c + 1) == '/' && t.charAt(c + 2) == '/') {
                return false;
            }
        }
        return hasSpace(t, word, e);
    }

    private static boolean allDigits(String t, int s, int e) {
        if (s >= e) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code widths[c]} stands earlier in {@code widths} (a width is read once). */
    private static boolean tried(int[] widths, int c) {
        for (int i = 0; i < c; i++) {
            if (widths[i] == widths[c]) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t[s, e)} holds {@code what}. */
    private static boolean holds(String t, int s, int e, String what) {
        for (int i = s; i + what.length() <= e; i++) {
            if (t.startsWith(what, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSpace(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (t.charAt(i) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** A table's row: a tab, or " | " between cells, inside the line. */
    private static boolean cells(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == '\t' || (c == '|' && i > s && i + 1 < e && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A line starting with this may be a paragraph or an item of its own: a capital, a digit, a quotation mark. */
    private static boolean startsAsItem(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || !Character.isLetter(c);
    }

    /** Places where a sentence ends short of the width before a capital on the next line, at least, for a text to set paragraphs on lines of their own. */
    static final int PARAGRAPH_LINES = 2;

    /**
     * Whether text [s, e) ends inside a sentence: in a lowercase word or after a comma, or a long line of prose after a
     * semicolon or a colon ({@link #clauseEnd}; not a command's quote, a bracket, a number).
     */
    private static boolean midSentence(String t, int s, int e) {
        char last = t.charAt(e - 1);
        return Character.isLowerCase(last) || (last == ',' || clauseEnd(t, s, e)) && e - 2 >= s && Character.isLetter(t.charAt(e - 2));
    }

    /**
     * Whether text [s, e) is a long line of prose ({@value #MIN_LONG} characters, {@value #CLAUSE_WORDS} words or more) that
     * stops on a semicolon or a colon, where a sentence goes on ("… the musical realm;" / "it permeates …").
     */
    private static boolean clauseEnd(String t, int s, int e) {
        char last = t.charAt(e - 1);
        return (last == ';' || last == ':') && e - s >= MIN_LONG && words(t, s, e) >= CLAUSE_WORDS;
    }

    /** Words of a {@link #clauseEnd}'s line, at least. */
    static final int CLAUSE_WORDS = 8;

    /**
     * Whether text [s, e) stops where a sentence goes on: after a word, a comma, a semicolon or a dash (not a sentence's
     * end, nor a bracket, a figure or a sign: a command's synopsis, a table's row).
     */
    private static boolean stopsInSentence(String t, int s, int e) {
        char last = t.charAt(e - 1);
        if ((last == '\u201D' || last == '\u2019' || last == '"') && e - 2 > s) {
            last = t.charAt(e - 2); // (a quotation goes on: "“Now,” / said Queequeg")
            return Character.isLetter(last) || last == ',';
        }
        return Character.isLetter(last) || last == ',' || last == ';' || last == '\u2014' || last == '\u2013';
    }

    /**
     * Whether text [s, e) begins in lowercase with a word of letters (an apostrophe inside it, a mark of punctuation after
     * it), as a sentence goes on: not a definition's term ("ratio: …"), a setting ("collisions:0") or a name with signs.
     */
    private static boolean goesOnInWords(String t, int s, int e) {
        if (!Character.isLowerCase(t.charAt(s))) {
            return false;
        }
        int i = s;
        while (i < e && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '\u2019')) {
            i++;
        }
        return i == e || " ,;.!?\u201D\u2019\u2014\"".indexOf(t.charAt(i)) >= 0;
    }

    /** Whether text [s, e) ends as a sentence or a lead-in does (".", "!", "?", ":", "…", a closing quotation mark or bracket aside). */
    private static boolean endsSentence(String t, int s, int e) {
        int i = e - 1;
        while (i > s && (t.charAt(i) == '"' || t.charAt(i) == '\u201D' || t.charAt(i) == '\u2019' || t.charAt(i) == ')')) {
            i--;
        }
        char last = t.charAt(i);
        return last == '.' || last == '!' || last == '?' || last == ':' || last == '\u2026';
    }

    /** Whether line {@code k} ends a sentence (or a lead-in, ":") and line {@code k + 1} begins with a capital, a digit or a quote. */
    private static boolean breakBetween(String t, int[] cs, int[] ce, int k) {
        char first = t.charAt(cs[k + 1]);
        return endsSentence(t, cs[k], ce[k]) && (Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\u201C');
    }

    /** Whether the join after line {@code k} takes no space: the line ends in a hyphen after a letter ({@link #hyphenEnd}). */
    static boolean joinsTight(String t, int lineStart, int lineEnd) {
        int e = lineEnd;
        while (e > lineStart && isSpace(t.charAt(e - 1))) {
            e--;
        }
        // (groff's UTF-8 output breaks a word with U+2010 HYPHEN, "argu‐" / "ments", as a wrapping program does with "-")
        return e - lineStart >= 2 && (t.charAt(e - 1) == '-' || t.charAt(e - 1) == '\u2010') && Character.isLetter(t.charAt(e - 2));
    }

    /**
     * Whether the hyphen that ends the line {@code t[lineStart, hyphen]} is a suspended one, a prefix that waits for the
     * word it shares ("pre-" / "and post-war", "zeppo-, gummo-, and chico-" / "available"): the next line, its first word
     * at {@code next}, opens with "and", "or", "to" or "nor" and a space, or the line holds a suspended hyphen before it (a
     * letter, a hyphen, then a comma, or a space and one of those words). Such a break is joined with a space, not tightly.
     */
    static boolean suspendedHyphen(String t, int lineStart, int hyphen, int next) {
        if (sharedAfter(t, next)) {
            return true;
        }
        for (int i = lineStart + 1; i + 1 < hyphen; i++) {
            if (isHyphen(t.charAt(i)) && Character.isLetter(t.charAt(i - 1)) && (t.charAt(i + 1) == ',' || t.charAt(i + 1) == ' ' && sharedAfter(t, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "and", "or", "to" or "nor" and a space stand at {@code at}. */
    private static boolean sharedAfter(String t, int at) {
        int z = at;
        while (z < t.length() && Character.isLetter(t.charAt(z))) {
            z++;
        }
        return z < t.length() && t.charAt(z) == ' ' && SHARED.contains(t.substring(at, z));
    }

    /** The words after a suspended hyphen that carry on to the word it shares. */
    private static final java.util.Set<String> SHARED = java.util.Set.of("and", "or", "to", "nor");

    /**
     * The words a hard-wrapped text's line ends broke with a hyphen ("incor‐" / "porates", as groff and justifying
     * programs hyphenate): made once per text, at its first such break; the text's hyphenated compounds are read in one
     * scan, when first asked.
     */
    static final class Hyphenation {
        private final String t;
        private java.util.Set<String> compounds;

        Hyphenation(String t) {
            this.t = t;
        }

        /**
         * The word broken at the hyphen at {@code hyphen}, the next line's first word at {@code next}: the letters before
         * the hyphen and after the break, joined, when they make an English word ({@link Lexicon}: "incorporates", "Amazon",
         * or a plural of one) or a word the text writes whole elsewhere ("subdirec‐" / "tory" beside a "subdirectory", not
         * two words: "read‐" / "only" beside bash's "readonly"); null for a compound's hyphen ("well-" / "known", "single‐" /
         * "character", "state-of-" / "the-art": no word joined), and for a compound the text writes hyphenated on one line
         * elsewhere ("pre-existing").
         */
        String word(int hyphen, int next) {
            int a = hyphen;
            while (a > 0 && Character.isLetter(t.charAt(a - 1))) {
                a--;
            }
            int z = next;
            while (z < t.length() && Character.isLetter(t.charAt(z))) {
                z++;
            }
            if (a == hyphen || z == next) {
                return null;
            }
            String left = t.substring(a, hyphen);
            String right = t.substring(next, z);
            String word = left + right;
            String lower = word.toLowerCase(Locale.ROOT);
            Lexicon lex = Lexicon.english();
            boolean known = lex.containsExact(word) || lex.isCommonWord(lower) || lower.endsWith("s") && lex.isCommonWord(lower.substring(0, lower.length() - 1));
            // a compound the text writes hyphenated on one line keeps its hyphen ("pre-" / "existing" beside a "pre-existing"),
            // and two words are joined only by the word list, not by the text's own use ("read‐" / "only" beside bash's "readonly")
            boolean words = lex.isCommonWord(left.toLowerCase(Locale.ROOT)) && lex.isCommonWord(right.toLowerCase(Locale.ROOT));
            if (!(known || !words && writtenWhole(word))) {
                return null;
            }
            return compounds().contains(left + "-" + right) ? null : word;
        }

        /** The text's compounds of letters joined by a hyphen on one line ("pre-existing", "read‐only" as "read-only"). */
        private java.util.Set<String> compounds() {
            if (compounds == null) {
                compounds = new java.util.HashSet<>();
                int n = t.length();
                for (int i = 1; i < n - 1; i++) {
                    if (isHyphen(t.charAt(i)) && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                        int a = i - 1;
                        while (a > 0 && Character.isLetter(t.charAt(a - 1))) {
                            a--;
                        }
                        int z = i + 1;
                        while (z < n && Character.isLetter(t.charAt(z))) {
                            z++;
                        }
                        compounds.add(t.substring(a, i) + "-" + t.substring(i + 1, z));
                    }
                }
            }
            return compounds;
        }

        /**
         * Whether the text holds {@code word} as a word of its own: after a space or a line's start, no letter or hyphen
         * after it (searched for each word the word list lacks: few of a text's breaks).
         */
        private boolean writtenWhole(String word) {
            for (int p = t.indexOf(word); p >= 0; p = t.indexOf(word, p + 1)) {
                int e = p + word.length();
                if ((p == 0 || Character.isWhitespace(t.charAt(p - 1))) && (e == t.length() || !Character.isLetter(t.charAt(e)) && !isHyphen(t.charAt(e)))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010';
    }

    private static int[] hits(String t, String pattern) {
        int[] out = new int[8];
        int n = 0;
        for (int p = t.indexOf(pattern); p >= 0; p = t.indexOf(pattern, p + 1)) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = p;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static void splitRunIns(String t, int from, int to, char m, String indent, int[] hitsDash,
                                    int[] hitsDot, PassResult.Builder b, Counts counts) {
        int[] hits = m == '-' ? hitsDash : hitsDot;
        int lo = java.util.Arrays.binarySearch(hits, from + 1);
        for (int h = lo >= 0 ? lo : -lo - 1; h < hits.length && hits[h] + 3 < to; h++) {
            int p = hits[h];
            int q = p - 1;
            char before = t.charAt(q);
            if ((before == '"' || before == '\u201D' || before == ')') && q > from) {
                before = t.charAt(q - 1);
            }
            if (before != '.' && before != '!' && before != '?') {
                continue;
            }
            char next = t.charAt(p + 3);
            if (!Character.isUpperCase(next) && !Character.isDigit(next) && next != '"' && next != '\u201C') {
                continue;
            }
            // the item must be a sentence, not a short tag such as a source ("What is SEO? - Moz")
            int itemEnd = to;
            for (int h2 = h + 1; h2 < hits.length && hits[h2] < to; h2++) {
                itemEnd = hits[h2];
                break;
            }
            if (words(t, p + 3, itemEnd) < 4 || itemEnd - (p + 3) < 20) {
                continue;
            }
            b.replace(p, p + 1, "\n" + indent, BULLET,
                    "a bullet item ran into the previous sentence; put back on its own line");
            counts.runInBullets++;
        }
    }

    /** The bullet marker starting the trimmed line, or 0. */
    static char marker(String t, int s, int e) {
        // (elinks writes a no-break space after its bullets: "•\u00A0Pensions …")
        if (e - s < 3 || t.charAt(s + 1) != ' ' && t.charAt(s + 1) != '\u00A0') {
            return 0;
        }
        char c = t.charAt(s);
        // lynx draws nested list items with "+" and "o"
        return c == '-' || c == '*' || c == '\u2022' || c == '+' || c == 'o' ? c : 0;
    }

    /** Where the word that ends at {@code e} begins: after the last space in [s, e), or s. */
    private static int wordStart(String t, int s, int e) {
        int w = e;
        while (w > s && t.charAt(w - 1) != ' ') {
            w--;
        }
        return w;
    }

    /** Where the run of letters that begins text [s, e) ends. */
    private static int lettersEnd(String t, int s, int e) {
        int i = s;
        while (i < e && Character.isLetter(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether text [s, e) begins as a numbered list's item: one to three digits, "." or ")", a space ("2. Make …", "3) …"). */
    private static boolean numbered(String t, int s, int e) {
        int i = s;
        while (i < e && i - s < 3 && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i > s && i + 1 < e && (t.charAt(i) == '.' || t.charAt(i) == ')') && t.charAt(i + 1) == ' ';
    }

    /** Space inside a line; line breaks count too, as a block spans several lines. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * Space between words: {@link #isSpace}, or a non-breaking or other odd space, which the odd-space rule makes a
     * space (words are counted and measured as in the output: a text set with them between all its words is no
     * one-word line).
     */
    static boolean wordBreak(char c) {
        return isSpace(c) || ((c == 0xA0 || c >= 0x1680) && CharRules.isOddSpace(c));
    }

    private static int words(String t, int s, int e) {
        int w = 0;
        boolean in = false;
        for (int i = s; i < e; i++) {
            boolean sp = wordBreak(t.charAt(i));
            if (!sp && !in) {
                w++;
            }
            in = !sp;
        }
        return w;
    }

    /** The line's last word is made of letters only (not a URL, number or code). */
    private static boolean lastWordPlain(String t, int s, int e) {
        int i = e;
        while (i > s && !wordBreak(t.charAt(i - 1))) {
            i--;
        }
        // a capitalised last word ("... verified by Nikki Roche") ends a byline or caption as often as not
        if (!plainWord(t, i, e) || !Character.isLowerCase(t.charAt(i))) {
            return false;
        }
        // the word before it must not hold digits either ("at 9:00 pm", "Gotrax G4 review"), unless it is a function word
        // ("undergraduates (45%) are", "In the US, 74% of")
        if (e - i <= Stopwords.MAX_PACKED && Stopwords.contains(t.substring(i, e))) {
            return true;
        }
        int j = i;
        while (j > s && wordBreak(t.charAt(j - 1))) {
            j--;
        }
        int w = j;
        boolean digits = false;
        while (w > s && !wordBreak(t.charAt(w - 1))) {
            w--;
            digits |= Character.isDigit(t.charAt(w));
        }
        // (on a long line, a plain figure or an ordinal before it is a sentence's: "upward of 30,000,000 acres" / "of land",
        // "a premium of $5.59 per" / "centum", "the 14th" / "of July")
        return !digits || e - s >= MIN_LONG && plainFigure(t, w, j);
    }

    /** Whether text [s, e) is a figure alone: a currency sign, digits with "," and ".", then "%" or an ordinal's ending. */
    private static boolean plainFigure(String t, int s, int e) {
        int i = s < e && "$€£".indexOf(t.charAt(s)) >= 0 ? s + 1 : s;
        if (i >= e || !Character.isDigit(t.charAt(i))) {
            return false;
        }
        while (i < e && (Character.isDigit(t.charAt(i)) || (t.charAt(i) == ',' || t.charAt(i) == '.') && i + 1 < e && Character.isDigit(t.charAt(i + 1)))) {
            i++;
        }
        String rest = t.substring(i, e);
        return rest.isEmpty() || rest.equals("%") || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th");
    }

    /**
     * Whether a long line [s, e) ends inside its sentence on a word that is no lowercase word: {@link #endsInSentenceToken},
     * {@link #endsInNameInSentence}, or a name or a figure and a comma ("… of the Federal Government," / "and that these
     * lands …", "… the treaties of February 2, 1848," / "and December 30, 1853."; a lowercase word and a comma is
     * {@link #endsInWordAndComma}'s).
     */
    private static boolean endsInOtherWord(String t, int s, int e) {
        if (endsInSentenceToken(t, s, e) || endsInNameInSentence(t, s, e) || endsInDash(t, s, e) || endsInLetterWord(t, s, e)) {
            return true;
        }
        if (e - s < 3 || t.charAt(e - 1) != ',') {
            return false;
        }
        int w = wordStart(t, s, e - 1);
        return w < e - 1 && (Character.isUpperCase(t.charAt(w)) && plainWord(t, w, e - 1) || plainFigure(t, w, e - 1));
    }

    /** Whether text [s, e) ends in a dash set apart by a space ("… of democracy --" / "affirm …", "… credit card –" / "with …"). */
    private static boolean endsInDash(String t, int s, int e) {
        char last = t.charAt(e - 1);
        int w = last == '-' && e - 2 > s && t.charAt(e - 2) == '-' ? e - 2 : last == '\u2013' || last == '\u2014' ? e - 1 : -1;
        return w > s + 1 && t.charAt(w - 1) == ' ' && Character.isLetterOrDigit(t.charAt(w - 2));
    }

    /**
     * Whether text [s, e) ends in "I" after a comma or a sentence's end, or "A" after a sentence's end ("… of the country,
     * I" / "recommend …", "… throughout this land. I" / "believe …", "… and possessions. A" / "nation so preserved …"):
     * a one-letter word opens or goes on a sentence ({@link #startsSentence} reads words of two letters and more).
     */
    private static boolean endsInLetterWord(String t, int s, int e) {
        char w = t.charAt(e - 1);
        if (e - 3 <= s || (w != 'I' && w != 'A') || t.charAt(e - 2) != ' ') {
            return false;
        }
        char before = t.charAt(e - 3);
        boolean end = (before == '.' || before == '!' || before == '?') && Character.isLowerCase(t.charAt(e - 4));
        return end || w == 'I' && before == ',' && Character.isLetter(t.charAt(e - 4));
    }

    /**
     * Whether text [s, e) ends in a word that stands inside a sentence but is no lowercase word: a figure ("383.99",
     * "$780", "42%", "the 14th"), an acronym after a lowercase word ("the IRS", "effective HR", "UI/UX"), or the pronoun "I" after one
     * ("and I"). Not one after a capitalised word ("Part I", "Gotrax G4"): a heading's or a name's.
     */
    private static boolean endsInSentenceToken(String t, int s, int e) {
        int i = wordStart(t, s, e);
        if (i <= s || e - i > 12) {
            return false;
        }
        char last = t.charAt(e - 1);
        if (plainFigure(t, i, e)) {
            return true; // (not "9:00", "2-1", "G4": a time, a score, a model's name)
        }
        int caps = 0;
        for (int k = i; k < e; k++) {
            char c = t.charAt(k);
            if (Character.isUpperCase(c)) {
                caps++;
            } else if (c != '/' && c != '&' || k == i || k == e - 1) {
                return false;
            }
        }
        if (caps == 0 || caps > 6 || (caps == 1 && (e - i != 1 || last != 'I'))) {
            return false;
        }
        // the word before: in lowercase, ending no sentence
        int j = i - 1;
        if (j <= s || !Character.isLowerCase(t.charAt(j - 1))) {
            return false;
        }
        j = wordStart(t, s, j);
        return Character.isLowerCase(t.charAt(j));
    }

    /**
     * Whether a long line [as, ae) that stops on a name and a comma goes on in the next [bs, be) with another name, a list of
     * them ("… with locations in Boston, London," / "Berlin, Singapore, and Sydney.", "… on platforms such as Instagram," /
     * "TikTok and Facebook …"): both capitalised words of letters, neither a function word (verse's lines end in a comma and
     * begin with a capital, "And", "The", and are short).
     */
    private static boolean namesGoOn(String t, int as, int ae, int bs, int be) {
        if (ae - as < MIN_LONG || t.charAt(ae - 1) != ',' || !Character.isUpperCase(t.charAt(bs))) {
            return false;
        }
        int w = wordStart(t, as, ae - 1);
        int i = lettersEnd(t, bs, be);
        return Character.isUpperCase(t.charAt(w)) && plainWord(t, w, ae - 1) && i - bs >= 2 && (i == be || !Character.isLetterOrDigit(t.charAt(i)))
                && !Stopwords.contains(t.substring(w, ae - 1).toLowerCase(Locale.ROOT))
                && !Stopwords.contains(t.substring(bs, i).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether text [s, e) begins with a verb that carries a subject's sentence on, in lowercase ("is", "are", "has", "will"
     * …): a line whose last words are capitalised before it is no title, which no sentence goes on from ("… \"Unicode
     * Identifier and Pattern Syntax\" standard. This" / "is the same standard …"); not a question's verb before its
     * subject ("are you using …?").
     */
    private static boolean verbGoesOn(String t, int s, int e) {
        int i = lettersEnd(t, s, e);
        if (i == s || i < e && t.charAt(i) != ' ' || !Character.isLowerCase(t.charAt(s)) || !CARRYING_VERBS.contains(t.substring(s, i))) {
            return false;
        }
        // (a question's verb before its subject begins a sentence of its own: "… 1 year ago" / "are you using PPC?")
        int j = lettersEnd(t, Math.min(i + 1, e), e);
        return i == e || !QUESTION_SUBJECTS.contains(t.substring(i + 1, j).toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> QUESTION_SUBJECTS = java.util.Set.of("i", "you", "we", "they", "he", "she", "it", "there", "this", "that");

    private static final java.util.Set<String> CARRYING_VERBS = java.util.Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "does", "did");

    /**
     * Whether a long line [as, ae) that ends in a capitalised word goes on in the next [bs, be) inside
     * a name or a date: the two words are a pair of a multiword name's ({@link NamePairs}: WordNet's, "United States",
     * "Great Britain", "Supreme Court", "Trade Commission"), or a month's name and a day ("June" / "30, 1885"). After a
     * capitalised word ("… former President Herbert" / "Hoover …") only on a line of prose: a line whose longer words are
     * mostly capitalised is a heading's or a list's.
     */
    private static boolean brokenName(String t, int as, int ae, int bs, int be) {
        char next = t.charAt(bs);
        if (ae - as < MIN_LONG || !(Character.isUpperCase(next) || Character.isDigit(next)) || !Character.isLetter(t.charAt(ae - 1))) {
            return false; // (most breaks: asked of every line that goes on in lowercase or stops on a sign)
        }
        int w = wordStart(t, as, ae);
        if (w <= as + 1 || !plainWord(t, w, ae) || !Character.isUpperCase(t.charAt(w)) || w + 1 < ae && Character.isUpperCase(t.charAt(w + 1))) {
            return false;
        }
        int p = wordStart(t, as, w - 1);
        if (!Character.isLowerCase(t.charAt(p)) && titleCase(t, as, ae, Integer.MAX_VALUE)) {
            return false;
        }
        String last = t.substring(w, ae);
        if (MONTHS.contains(last)) {
            int d = bs;
            while (d < be && d - bs < 2 && Character.isDigit(t.charAt(d))) {
                d++;
            }
            return d > bs && d < be && (t.charAt(d) == ',' || t.charAt(d) == ' ');
        }
        int i = lettersEnd(t, bs, be);
        return i - bs >= 2 && Character.isUpperCase(t.charAt(bs)) && Character.isLowerCase(t.charAt(bs + 1))
                && (i == be || !Character.isLetterOrDigit(t.charAt(i))) && NamePairs.contains(last, t.substring(bs, i));
    }

    private static final java.util.Set<String> MONTHS = java.util.Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    /**
     * Whether a long line [as, ae) that stops on a function word that leads on ({@link #BINDING}, {@link #LEADS_ON}) goes on in the next [bs, be) with a name: a capitalised word
     * that is no function word ("… the company partnered with" / "Zalaris to set up …", "… frameworks such as" /
     * "TensorFlow, PyTorch …"). Not a capitalised function word: a sentence begins so, and after "as" the text between may
     * be lost ("… advocates, as" / "The American Civil Liberties Union found …", seed 003).
     */
    private static boolean nameAfterFunctionWord(String t, int as, int ae, int bs, int be) {
        if (ae - as < MIN_LONG || !Character.isUpperCase(t.charAt(bs))) {
            return false;
        }
        String last = lastLowercaseWord(t, as, ae, 12);
        if (last == null || !(BINDING.contains(last) || LEADS_ON.contains(last))) {
            return false;
        }
        int i = lettersEnd(t, bs, be);
        return i - bs >= 2 && !Stopwords.contains(t.substring(bs, i).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a long line [as, ae) that is no list item goes on in a next line [bs, be) that begins with the pronoun "I"
     * ("… In this condition of things" / "I have felt it to be my duty …", "I'm"). A list item's text stops without a full
     * stop, and a paragraph may begin so after it ("- Support for memberships, communities, and digital downloads" / "I've
     * tested nearly every major …").
     */
    private static boolean iGoesOn(String t, int as, int ae, int bs, int be) {
        return ae - as >= MIN_LONG && marker(t, as, ae) == 0 && !numbered(t, as, ae)
                && be - bs > 2 && t.charAt(bs) == 'I' && (t.charAt(bs + 1) == ' ' || apostrophe(t.charAt(bs + 1)));
    }

    /**
     * Whether text [s, e) begins with a bracket and a word in lowercase: a sentence goes on ("(going right back …)", "(e.g.,
     * …"); not an item's letter or numeral, "(b) the new …", "(iv)". Or with the acronym of the name that ends line [as, ae)
     * in brackets, of two to six capitals ({@link #initialsOf}: "… Diversity, Equity, and Inclusion" / "(DEI), talent …",
     * "… merger and acquisition" / "(M&A) deals …"; not an item's "(A)", nor a text browser's "(BUTTON)"), or with a dash
     * set apart and a word in lowercase ("… starts with data" / "— numbers, photos, …").
     */
    private static boolean openingGoesOn(String t, int as, int ae, int s, int e) {
        if (e - s <= 3) {
            return false;
        }
        char c = t.charAt(s);
        if ((c == '\u2014' || c == '\u2013') && t.charAt(s + 1) == ' ' && Character.isLowerCase(t.charAt(s + 2))) {
            return true;
        }
        if (c != '(') {
            return false;
        }
        if (Character.isUpperCase(t.charAt(s + 1))) {
            int i = s + 1;
            while (i < e && i - s <= 7 && (Character.isUpperCase(t.charAt(i)) || t.charAt(i) == '&')) {
                i++;
            }
            return i - s - 1 >= 2 && i - s - 1 <= 6 && i + 1 < e && t.charAt(i) == ')' && (t.charAt(i + 1) == ' ' || t.charAt(i + 1) == ',')
                    && initialsOf(t, as, ae, s + 1, i);
        }
        if (!Character.isLowerCase(t.charAt(s + 1))) {
            return false;
        }
        int i = lettersEnd(t, s + 1, e);
        return i < e && (i - s - 1 >= 2 ? t.charAt(i) != ')' : t.charAt(i) == '.');
    }

    /**
     * Whether the capitals of acronym {@code t[a, z)} ("&" aside) are the initials of the last words of line [as, ae), its
     * function words passed over ("… Diversity, Equity, and Inclusion" / "(DEI)", "… merger and acquisition" / "(M&A)"):
     * the acronym glosses the name before it; a text browser's "(BUTTON)" glosses nothing.
     */
    private static boolean initialsOf(String t, int as, int ae, int a, int z) {
        int end = ae;
        for (int k = z - 1; k >= a; k--) {
            if (t.charAt(k) == '&') {
                continue;
            }
            while (true) {
                while (end > as && !Character.isLetter(t.charAt(end - 1))) {
                    end--;
                }
                int w = end;
                while (w > as && Character.isLetter(t.charAt(w - 1))) {
                    w--;
                }
                if (w == end) {
                    return false;
                }
                boolean function = Stopwords.contains(t.substring(w, end).toLowerCase(Locale.ROOT));
                end = w;
                if (!function || Character.toUpperCase(t.charAt(w)) == t.charAt(k)) {
                    if (Character.toUpperCase(t.charAt(w)) != t.charAt(k)) {
                        return false;
                    }
                    break;
                }
            }
        }
        return true;
    }

    /**
     * Whether text [s, e) ends in a name of one to {@value #NAME_WORDS} capitalised words after a lowercase word other than
     * "by" ("… Not only is Luca" / "an excellent player …", "… as listed on Yelp" / "and other platforms …", "… rating on
     * Rotten Tomatoes" / "based on 94 reviews."): a sentence goes on past it; not a byline's "… by Nikki Roche", nor a
     * line that is all name.
     */
    private static boolean endsInNameInSentence(String t, int s, int e) {
        int i = e;
        for (int n = 0; n < NAME_WORDS; n++) {
            int w = wordStart(t, s, i);
            if (w == i || !Character.isUpperCase(t.charAt(w)) || !plainWord(t, w, i) || w + 1 < i && Character.isUpperCase(t.charAt(w + 1))) {
                return false; // (a word of letters, capitalised, not in capitals)
            }
            if (w <= s + 1 || t.charAt(w - 1) != ' ') {
                return false;
            }
            int before = w - 1;
            int b = wordStart(t, s, before);
            if (Character.isLowerCase(t.charAt(b)) && plainWord(t, b, before)) {
                return !t.startsWith("by ", b);
            }
            i = before;
        }
        return false;
    }

    /** Capitalised words a name at a line's end holds, at most ({@link #endsInNameInSentence}). */
    static final int NAME_WORDS = 3;

    /**
     * Words a sentence never stops on, whatever begins the next line: an article, "of", a possessive, "and", "or" ("part
     * of the" / "Ivy League", "University of" / "Southern California"; a heading may end in a preposition used as an
     * adverb, "Getting the team involved early on", "What to look for", and stays).
     */
    private static final java.util.Set<String> BINDING = java.util.Set.of("the", "a", "an", "of", "and", "or", "its", "their", "our", "your",
            "his", "my");

    /**
     * Words after which a sentence goes on with what they govern, besides {@link #BINDING}'s (prepositions, a verb "to be",
     * a relative or subordinating word, a determiner): a name may follow them on the next line ({@link #nameAfterFunctionWord}).
     * Not "no" or "yes", which end a table's cell ("… memory size, etc. no" / "Meta Attributes …").
     */
    private static final java.util.Set<String> LEADS_ON = java.util.Set.of("with", "for", "to", "at", "by", "from", "in", "on", "into",
            "onto", "like", "than", "via", "about", "between", "among", "including", "under", "over", "through", "across", "against",
            "toward", "towards", "without", "within", "per", "as", "is", "are", "was", "were", "be", "been", "if", "that", "which",
            "who", "whom", "whose", "where", "when", "while", "because", "although", "but", "nor", "this", "these", "those", "every",
            "each", "any", "some", "all", "other", "not", "why", "how", "what", "whether");

    /** Whether text [s, e) ends in a {@link #BINDING} word in lowercase. */
    private static boolean endsInBindingWord(String t, int s, int e) {
        String last = lastLowercaseWord(t, s, e, 5);
        return last != null && BINDING.contains(last);
    }

    /** Whether text [s, e) ends in a function word in lowercase ("is", "the", "of"). */
    private static boolean endsInFunctionWord(String t, int s, int e) {
        String last = lastLowercaseWord(t, s, e, Stopwords.MAX_PACKED);
        return last != null && Stopwords.contains(last);
    }

    /** Where the run of lowercase letters that ends text [s, e) starts ({@code e}: none). */
    private static int lowercaseTail(String t, int s, int e) {
        int i = e;
        while (i > s && Character.isLowerCase(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The word of lowercase letters, at most {@code max}, that ends text [s, e) after a space or the text's start; or null. */
    private static String lastLowercaseWord(String t, int s, int e, int max) {
        int i = lowercaseTail(t, s, e);
        return i < e && e - i <= max && (i == s || t.charAt(i - 1) == ' ') ? t.substring(i, e) : null;
    }

    /**
     * Whether text [s, e) ends in a capitalised word that opens a sentence, after a sentence's end on the line
     * ("… the photography community. You" / "might meet somebody"): a sentence begun, not a byline's name.
     */
    private static boolean startsSentence(String t, int s, int e) {
        int i = lowercaseTail(t, s, e);
        if (i > s + 1 && i < e && apostrophe(t.charAt(i - 1))) {
            i = lowercaseTail(t, s, i - 1); // (a contraction: "He's", "It’ll")
        }
        if (i == e || i - 1 <= s || !Character.isUpperCase(t.charAt(i - 1)) || !plainWord(t, i - 1, e)) {
            return false;
        }
        int j = i - 1;
        while (j > s && t.charAt(j - 1) == ' ') {
            j--;
        }
        return j < i - 1 && j - 1 > s && (t.charAt(j - 1) == '.' || t.charAt(j - 1) == '!' || t.charAt(j - 1) == '?')
                && Character.isLowerCase(t.charAt(j - 2));
    }

    /**
     * Whether text [s, e) ends in a word of letters and a comma ("… and," / "people may …"), or in a sentence's capitalised
     * first word and a comma after another sentence's end ("… for telling the time. Now," / "these same devices …"); or,
     * in a word and a semicolon or a colon on a long line of prose ({@link #clauseEnd}: "… into a hard error:" / "any
     * dependency …").
     */
    private static boolean endsInWordAndComma(String t, int s, int e) {
        return e - 2 > s && (t.charAt(e - 1) == ',' || clauseEnd(t, s, e)) && (lastWordPlain(t, s, e - 1) || startsSentence(t, s, e - 1));
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean firstWordPlain(String t, int s, int e) {
        int i = s;
        while (i < e && !wordBreak(t.charAt(i))) {
            i++;
        }
        // allow trailing punctuation on the first word: "police," "use;", "misleading,\"" (a quotation's end), "celebrities),"
        int w = i;
        while (w > s && isTrailingPunct(t.charAt(w - 1))) {
            w--;
        }
        if (w - s == 1 && i > w) {
            return false; // "c. Otherwise", "b) the ...": an enumerated item
        }
        return plainWord(t, s, w);
    }

    private static boolean isTrailingPunct(char c) {
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201D' || c == ')';
    }

    private static boolean plainWord(String t, int s, int e) {
        if (s >= e) {
            return false;
        }
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '\u2019' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean reachesSentenceEnd(String t, int s, int e) {
        int i = e - 1;
        while (i > s && (t.charAt(i) == '"' || t.charAt(i) == '\u201D' || t.charAt(i) == '\u2019'
                || t.charAt(i) == ')' || t.charAt(i) == '\'')) {
            i--;
        }
        char c = t.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u2026') {
            return true;
        }
        for (int j = s; j + 2 < e; j++) {
            char a = t.charAt(j);
            if ((a == '.' || a == '!' || a == '?') && t.charAt(j + 1) == ' ' && Character.isUpperCase(t.charAt(j + 2))) {
                return true;
            }
        }
        return false;
    }
}
