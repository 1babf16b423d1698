package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.lang.Chars;
import io.github.unmangle.lang.English;
import io.github.unmangle.lang.Stopwords;

import java.util.Locale;

/**
 * A text cut into {@link Line}s, and what a line's characters say: its words (counted in place), whether it is a
 * sentence, goes on with the line above or ends open.
 */
final class LineText {
    private LineText() {
    }

    /** The lines of {@code text} ({@code t}: its characters), each with its extent trimmed of white space. */
    static Line[] split(String text, char[] t) {
        // (line ends found with String.indexOf, which the JVM runs as a vector loop)
        int[] ends = new int[64];
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == ends.length) {
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = i;
        }
        Line[] lines = new Line[count + 1];
        int s = 0;
        for (int k = 0; k <= count; k++) {
            int e = k < count ? ends[k] : t.length;
            Line l = new Line();
            l.start = s;
            l.end = e;
            int cs = s;
            while (cs < e && Chars.isWhitespace(t[cs])) {
                cs++;
            }
            int ce = e;
            while (ce > cs && Chars.isWhitespace(t[ce - 1])) {
                ce--;
            }
            l.cs = cs;
            l.ce = ce;
            l.ts = cs;
            lines[k] = l;
            s = e + 1;
        }
        return lines;
    }

    /** Bylines and date lines are taken as metadata only among the first and last few lines. */
    static final int METADATA_HEAD = 8;
    static final int METADATA_FOOT = 4;

    /** Characters of a line, at least, and of the line above it, for the one to go on with the other's sentence. */
    static final int CONTINUED_LENGTH = 50;

    /** Lowercase words in a row that make a line a sentence ({@link #sentence}), at least. */
    static final int SENTENCE_LOWERCASE_RUN = 4;

    /**
     * Whether {@code t[from, to)} reads as a sentence, not a label or a list of names: it ends with a period and holds
     * {@value #SENTENCE_LOWERCASE_RUN} words in lowercase in a row ("Designed by the architect Frank Gehry, the museum
     * opened in 1997."; not "Designed by Yours truly.", "Design by Threespot & andrevv").
     */
    static boolean sentence(char[] t, int from, int to) {
        if (to <= from || t[to - 1] != '.') {
            return false;
        }
        int run = 0;
        for (int i = from; i < to; i++) {
            if ((i == from || !Character.isLetterOrDigit(t[i - 1])) && Character.isLetter(t[i])) {
                run = Character.isLowerCase(t[i]) ? run + 1 : 0;
                if (run >= SENTENCE_LOWERCASE_RUN) {
                    return true;
                }
            } else if (!Character.isLetter(t[i]) && t[i] != ' ' && t[i] != '\'' && t[i] != '’') {
                run = Character.isDigit(t[i]) ? 0 : run; // (a figure breaks the run; a comma does not: "…, the museum opened")
            }
        }
        return false;
    }

    /**
     * Whether line {@code l}, its text from {@code from}, is the last words of the sentence of the line above, wrapped by
     * hand onto a line of their own: it starts in lowercase and ends a sentence (or opens a list or a quotation with a
     * colon), and the line above ({@link #runsOn}) is long and ends without a sentence's end. Such a line is no furniture,
     * whatever its words: "… what you're talking" / "about.", "… and we walked back" / "home.", "… more quotable" /
     * "comments:" (a menu's "About" or "Home" ends no sentence).
     */
    static boolean endsSentenceAbove(char[] t, Line above, Line l, int from) {
        return from < l.ce && Character.isLowerCase(t[from]) && ".!?:".indexOf(t[l.ce - 1]) >= 0 && runsOn(t, above, from);
    }

    /**
     * Whether {@code l} goes on with the sentence of the line above it: both long, the one above ending without a
     * sentence's end, and {@code l} starting in lowercase. A paragraph wrapped by hand, at no one width (so the unicode
     * pass leaves its lines), is read line by line here; such a line is no furniture by its wording, nor a consent
     * dialog's ("its wording (share/follow/newsletter/cookie lines, blog footers, tip boxes — a call that asks, "Got a
     * tip?" …" in the middle of a sentence). (Taken also where the line above ends without a sentence's end and the
     * line starts with a capital, boilerplate-dev lost 0.0004 of precision.)
     */
    static boolean continues(char[] t, Line above, Line l) {
        return !l.blank() && l.length() >= CONTINUED_LENGTH && runsOn(t, above, l.cs);
    }

    /**
     * Whether a non-blank line whose text starts at {@code from} goes on with the sentence of the line above it: the line
     * above is long and ends without a sentence's end, and the text starts in lowercase or the line above ends open
     * ({@link #openEnd}).
     */
    static boolean runsOn(char[] t, Line above, int from) {
        return !above.blank() && above.length() >= CONTINUED_LENGTH && ".!?".indexOf(t[above.ce - 1]) < 0
                && (Character.isLowerCase(t[from]) || openEnd(t, above));
    }

    /**
     * Whether the line ends where no sentence, title or label can: after a comma, a word that asks for more ("the",
     * "of", "with", "their"), or inside a quotation it opened ("… while "© 2024" / "Example Media. All rights
     * reserved." …"): the next line goes on with it, whatever its first letter.
     */
    private static boolean openEnd(char[] t, Line l) {
        int e = l.ce;
        if (t[e - 1] == ',') {
            return true;
        }
        int straight = 0; // straight quotation marks, and curly ones opened and not closed
        int open = 0;
        for (int i = l.cs; i < e; i++) {
            char c = t[i];
            straight += c == '"' ? 1 : 0;
            open += c == '\u201C' ? 1 : c == '\u201D' ? -1 : 0;
        }
        if (straight % 2 == 1 || open > 0) {
            return true;
        }
        int s = e;
        while (s > l.cs && Character.isLetter(t[s - 1])) {
            s--;
        }
        return s < e && (s == l.cs || t[s - 1] == ' ') && OPEN_END_WORDS.contains(new String(t, s, e - s).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the paragraph wrapped by hand that line k is a line of ({@link #goesOn}: each line goes on with the sentence
     * of the one above) is site template as a whole, every line of it; true for a line that is a paragraph of its own.
     * A batch of plain-text documents repeats a licence's last words on a line of their own ("for more details.",
     * "option) any later version.") under sentences that differ from one document to the next: dropped alone, such a
     * line cut the sentence (a batch of Debian's README and copyright files).
     */
    static boolean wholeParagraphTemplate(TemplateLearner.Knowledge learned, String t, char[] chars, Line[] lines, int k) {
        int from = k;
        while (from > 0 && goesOn(chars, lines[from - 1], lines[from])) {
            from--;
        }
        int to = paragraphEnd(chars, lines, k);
        for (int i = from; i <= to; i++) {
            if (i != k && !learned.isTemplate(t, lines[i].start, lines[i].end)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether line {@code l} goes on with the sentence of the line above, as {@link #continues} reads it but for the
     * length it asks of {@code l} (a wrapped paragraph's last line is often short: "for more details."), and reading its
     * text after a list bullet (read from the text, as lines below the one {@link Judge#judge} is at have no {@link Line#bullet}
     * yet): lynx marks a third level's items with a lowercase "o" ("o Well-being and Burnout" is a new item), and a
     * licence in a code comment sets " * " before each of its lines (" * documentation for any purpose …" goes on).
     */
    static boolean goesOn(char[] t, Line above, Line l) {
        if (l.blank()) {
            return false;
        }
        int from = l.cs;
        if (bulletAt(t, l)) {
            for (from += 2; from < l.ce - 1 && t[from] == ' '; from++) {
                // (the spaces after the bullet)
            }
        }
        return runsOn(t, above, from);
    }

    /** The last line of the paragraph wrapped by hand that goes on from line {@code k} down ({@link #goesOn}): k itself if none does. */
    static int paragraphEnd(char[] t, Line[] lines, int k) {
        int to = k;
        while (to + 1 < lines.length && goesOn(t, lines[to], lines[to + 1])) {
            to++;
        }
        return to;
    }

    /** Words that ask for more after them: a line ending in one goes on on the next. */
    private static final java.util.Set<String> OPEN_END_WORDS = java.util.Set.of("the", "a", "an", "of", "to", "and", "or", "but", "with",
            "from", "by", "for", "at", "in", "on", "as", "than", "that", "whose", "its", "their", "his", "her", "our", "your", "my",
            "this", "these", "those");

    /** Whether a non-blank line opens with a list bullet and a space ({@link Line#bullet}, as {@link Judge#judge} reads it). */
    static boolean bulletAt(char[] t, Line l) {
        int cs = l.cs;
        char c0 = t[cs];
        boolean lynxSubBullet = c0 == 'o' && cs - l.start >= 6; // lynx marks third-level list items with "o"
        return (c0 == '*' || c0 == '-' || c0 == '•' || c0 == '+' || c0 == '·' || c0 == '–' || lynxSubBullet) && cs + 1 < l.ce
                && t[cs + 1] == ' ';
    }

    /** Word characters, ASCII answered from a table without a call into Character. */
    private static boolean wordChar(char c) {
        if (c < 128) {
            return ASCII_WORD[c];
        }
        return Character.isLetterOrDigit(c);
    }

    private static final boolean[] ASCII_WORD = new boolean[128];
    /**
     * For the characters a word goes on with (word characters and the apostrophe): the
     * {@link Stopwords#code} of their lowercase; 0 for the others, where a word ends.
     */
    private static final byte[] ASCII_WORD_CODE = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            ASCII_WORD_CODE[c] = ASCII_WORD[c] || c == '\'' ? (byte) Stopwords.code(Character.toLowerCase(c)) : 0;
        }
    }

    /** {@link #ASCII_WORD_CODE} of any character (the curly apostrophe as the straight one). */
    private static long wordCode(char c) {
        if (c < 128) {
            return ASCII_WORD_CODE[c];
        }
        if (c == '’') {
            return Stopwords.code('\'');
        }
        return Character.isLetterOrDigit(c) ? Stopwords.code(Character.toLowerCase(c)) : 0;
    }

    /** {@link #wordCode} of an apostrophe (' and ’). */
    private static final long APOSTROPHE_CODE = Stopwords.code('\'');

    /** The packed keys ({@link Stopwords#pack}) of "cookie" and "cookies". */
    private static final long COOKIE = Stopwords.pack("cookie");
    private static final long COOKIES = Stopwords.pack("cookies");

    /** {@link Line#pairs} of {@code text} read as one line (for tests). */
    static long wordStartPairs(String text) {
        Line l = new Line();
        countWords(text.toCharArray(), 0, text.length(), l);
        return l.pairs;
    }

    /**
     * Words, stop words, capitalised words, mentions of cookies, sentence-final punctuation and how the words begin
     * ({@link Line#pairs}: a word's start, and a letter after an apostrophe inside one) of {@code t[from, to)}, read in place.
     */
    static void countWords(char[] t, int from, int to, Line l) {
        long pairs = 0;
        int words = 0;
        int stops = 0;
        int caps = 0;
        int cookies = 0;
        int markers = 0;
        int i = from;
        while (i < to) {
            while (i < to && !wordChar(t[i])) {
                i++;
            }
            if (i >= to) {
                break;
            }
            int len = 0;
            long key = 0; // the word's characters packed as they are read (Stopwords.packed)
            char first = t[i];
            boolean upper = first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first);
            if (i + 1 < to) {
                pairs |= Furniture.Mentions.pair(first, t[i + 1]);
            }
            for (long code; i < to && (code = wordCode(t[i])) != 0; i++) {
                key = key << 5 | code;
                len++;
                if (code == APOSTROPHE_CODE && i + 2 < to) {
                    pairs |= Furniture.Mentions.pair(t[i + 1], t[i + 2]); // ("l'opt out": a word starts after it, as Mentions reads one)
                }
            }
            words++;
            if (upper) {
                caps++;
            }
            if (Stopwords.packed(key, len)) {
                stops++;
                if (English.marker(key, len)) {
                    markers++;
                }
            }
            if (key == COOKIE || key == COOKIES) {
                cookies++; // (the packed key says the word, as it says a stop word)
            }
        }
        l.pairs = pairs;
        l.words = words;
        l.stops = stops;
        l.markers = markers;
        l.capitalised = caps;
        l.cookies = cookies;
        int e = to;
        while (e > from && "\"'”’)]»".indexOf(t[e - 1]) >= 0) {
            e--;
        }
        l.terminal = e > from && ".!?:;…".indexOf(t[e - 1]) >= 0;
    }
}
