package io.github.unmangle.pass.unicode;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The unicode pass. One scan over the text splits it into lines and notes, per line, whether
 * anything but printable ASCII occurs (non-ASCII, controls, '&amp;', CR); plain ASCII lines get no
 * further character work. Lines that need it go through the character rules (mojibake, NFC, HTML
 * entities, controls, zero-width, odd spaces, punctuation folding); then line structure (line
 * endings, joins, run-in bullets) and casing slips are decided on the whole document.
 */
final class UnicodePass implements Pass {

    static final String NAME = "unicode";
    /** A C1 control made the character windows-1252 means. */
    static final String C1_RULE = "c1-control";

    private final boolean keepCrlf;
    private final boolean foldPunctuation;
    private final boolean repairMojibake;
    private final boolean joinLines;
    private final boolean fixCasing;

    UnicodePass(boolean keepCrlf, boolean foldPunctuation, boolean repairMojibake, boolean joinLines,
                boolean fixCasing) {
        this.keepCrlf = keepCrlf;
        this.foldPunctuation = foldPunctuation;
        this.repairMojibake = repairMojibake;
        this.joinLines = joinLines;
        this.fixCasing = fixCasing;
    }

    private static final class Nfc {
        static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    }

    @Override
    public PassResult apply(PassInput input) {
        String t = input.text();
        PassResult.Builder b = PassResult.builder(NAME, t);
        Counts counts = new Counts();
        Lines lines = new Lines();
        int[] caps = null;
        int capCount = 0;
        boolean crlfSeen = false;
        int n = t.length();
        char[] a = t.toCharArray();
        Scan sc = new Scan(t, a, b, counts);
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c >= 0x20 && c < 0x7F) {
                if (c <= 'Z') {
                    if (c >= 'A') {
                        if (i > 0 && (a[i - 1] >= 'a' && a[i - 1] <= 'z' || a[i - 1] >= 'A' && a[i - 1] <= 'Z' && i + 1 < n && a[i + 1] >= 'a'
                                && a[i + 1] <= 'z' && (i == 1 || !Character.isLetter(a[i - 2])))) {
                            if (caps == null) {
                                caps = new int[16];
                            } else if (capCount == caps.length) {
                                caps = Arrays.copyOf(caps, capCount * 2);
                            }
                            caps[capCount++] = i;
                        }
                    } else if (c == '&') {
                        sc.lineStart = lineStart;
                        i = entity(sc, i) - 1;
                    } else if (c == '<') {
                        sc.lineStart = lineStart;
                        i = tag(sc, i) - 1;
                    }
                }
            } else if (c == '\n') {
                lines.add(lineStart, i, i + 1, 0);
                lineStart = i + 1;
            } else if (c == '\r') {
                int te = i + 1;
                if (te < n && a[te] == '\n') {
                    te++;
                    crlfSeen = true;
                }
                lines.add(lineStart, i, te, 0);
                lineStart = te;
                i = te - 1;
            } else if (c != '\t') {
                // controls, DEL and everything non-ASCII
                sc.lineStart = lineStart;
                i = special(sc, i) - 1;
            }
        }
        lines.add(lineStart, n, n, 0);
        if (sc.backspace) {
            lines.countOverstrikes(t); // (a manual page saved with nroff's bold and underline is filled to its columns, not its characters)
        }

        byte[] join = joinLines ? planJoins(t, lines, b, counts) : new byte[lines.count];
        LineJoiner.Hyphenation hyphenation = null; // (made at the first hyphenated break)
        for (int k = 0; k < lines.count; k++) {
            int e = lines.end[k];
            int te = lines.termEnd[k];
            if (join[k] != LineJoiner.KEEP) {
                // the break, with the spaces that end this line and those that begin the next
                int s = e;
                while (s > lines.start[k] && LineJoiner.isSpace(t.charAt(s - 1))) {
                    s--;
                }
                int ns = te;
                int ne = lines.end[k + 1];
                while (ns < ne && LineJoiner.isSpace(t.charAt(ns))) {
                    ns++;
                }
                if (join[k] == LineJoiner.UNWRAPPED) {
                    boolean tight = LineJoiner.joinsTight(t, lines.start[k], e) && !LineJoiner.suspendedHyphen(t, lines.start[k], s - 1, ns);
                    // (a hyphen the wrapping program set inside a word goes with the break: "incor‐" / "porates")
                    hyphenation = tight && hyphenation == null ? new LineJoiner.Hyphenation(t) : hyphenation;
                    String word = tight ? hyphenation.word(s - 1, ns) : null;
                    b.replace(word != null ? s - 1 : s, ns, tight ? "" : " ", LineJoiner.UNWRAP, String.format(java.util.Locale.ROOT,
                            "hard-wrapped text (lines filled up to %d columns): the next word would not have fit on this line; joined%s",
                            counts.wrapWidth, word != null ? " without its hyphen: \"" + word + "\" is an English word, the line's end broke it"
                                    : tight ? " (after a hyphen, without a space)" : ""));
                    counts.unwrapped++;
                } else if (join[k] == LineJoiner.LINKED || join[k] == LineJoiner.LINKED_TIGHT) {
                    boolean tight = join[k] == LineJoiner.LINKED_TIGHT;
                    b.replace(s, ns, tight ? "" : " ", LineJoiner.LINK, tight
                            ? "a Markdown link's address broken across lines by a wrapping program; joined without a space"
                            : "a Markdown link's text or title broken across lines by a wrapping program; joined");
                    counts.linkBreaks++;
                } else {
                    b.replace(s, ns, " ", LineJoiner.JOIN, "line broken in the middle of a sentence; joined to the next line");
                    counts.joinedLines++;
                }
            } else if (te - e == 2 && !keepCrlf) {
                b.replace(e, te, "\n", "line-ending", "CRLF line ending made LF");
                counts.lineEndings++;
            } else if (te - e == 1 && t.charAt(e) == '\r') {
                b.replace(e, te, keepCrlf && crlfSeen ? "\r\n" : "\n", "line-ending",
                        "lone CR (old Mac line ending) made a line break");
                counts.lineEndings++;
            }
        }
        if (fixCasing && capCount > 0) {
            CasingSlip.apply(t, caps, capCount, b, counts);
        }
        b.metric("mojibake", counts.mojibake)
                .metric("nfc", counts.nfc)
                .metric("controls", counts.controls)
                .metric("zero-width", counts.zeroWidth)
                .metric("odd-spaces", counts.oddSpaces)
                .metric("html-entities", counts.entities)
                .metric("html-tags", counts.tags)
                .metric("line-endings", counts.lineEndings)
                .metric("joined-lines", counts.joinedLines)
                .metric("unwrapped-lines", counts.unwrapped)
                .metric("link-breaks", counts.linkBreaks)
                .metric("run-in-bullets", counts.runInBullets)
                .metric("casing-slips", counts.casingSlips)
                .metric("folded-punctuation", counts.folded)
                .metric("replacement-chars", counts.replacementChars)
                .metric("mojibake-unrepaired", counts.mojibakeUnrepaired)
                .metric("hard-wrapped", counts.hardWrapped)
                .metric("wrap-width", counts.wrapWidth);
        return b.build();
    }

    /**
     * {@link LineJoiner#plan}, read on the text as the repairs of an encoding slip made so far leave it ({@link
     * RepairedView}), as a second cleaning reads it; the plan's own edits (run-in bullets) are set back on the raw text,
     * where no repair touched it (else left, to the next cleaning). The raw text itself where nothing was repaired, or a
     * repair took a line's end.
     */
    private static byte[] planJoins(String t, Lines lines, PassResult.Builder b, Counts counts) {
        List<io.github.unmangle.core.Edit> made = b.editsSoFar();
        RepairedView view = made.isEmpty() ? null : RepairedView.of(t, made);
        if (view == null) {
            return LineJoiner.plan(t, lines, b, counts);
        }
        PassResult.Builder vb = PassResult.builder(NAME, view.text);
        byte[] join = view.onRawLines(LineJoiner.plan(view.text, view.lines, vb, counts), lines);
        for (io.github.unmangle.core.Edit e : vb.editsSoFar()) {
            int at = view.rawSpan(e.start(), e.end());
            if (at >= 0) {
                b.replace(at, at + e.end() - e.start(), e.after(), e.rule(), e.reason());
            }
        }
        return join;
    }

    /** Per-document scanning state. */
    private static final class Scan {
        final String t;
        final char[] a;
        final PassResult.Builder b;
        final Counts counts;
        final List<Mojibake.Fix> fixes = new ArrayList<>();
        int lineStart;
        /** End of the last span a rule edited (NFC never reaches back before it). */
        int handledEnd;
        /**
         * End of the last NFC segment found normalised: its other marks are not read again (each mark of a run of
         * 100,000 read its whole segment, back and forth: minutes for one line).
         */
        int normalisedUntil;
        /** The end of the line (its first CR or LF) that {@link #lineEndAt} last looked for (the scan goes forward only). */
        int lineEnd = -1;
        /** The tags' reader, made at the first "<" or "&lt;". */
        HtmlTags.Reader tags;
        /** Whether a backspace was met (its line's width counts its overstrikes: {@link Lines#countOverstrikes}). */
        boolean backspace;
        int noMojibakeUntil;
        /** End of the last run of character references that {@link #escapedMojibake} read and left: its other references are not read again. */
        int noEscapedMojibakeUntil;

        /**
         * The end of the line of {@code i} (its first CR or LF), looked for once per line: looked for at each place that
         * asks (a mojibake candidate, a tag), a long line of Cyrillic, where many letters may begin mojibake, took seconds.
         */
        int lineEndAt(int i) {
            if (i > lineEnd) {
                int e = i;
                while (e < a.length && a[e] != '\n' && a[e] != '\r') {
                    e++;
                }
                lineEnd = e;
            }
            return lineEnd;
        }

        Scan(String t, char[] a, PassResult.Builder b, Counts counts) {
            this.t = t;
            this.a = a;
            this.b = b;
            this.counts = counts;
        }
    }

    private int entity(Scan sc, int i) {
        String t = sc.t;
        if (t.startsWith("&lt;", i)) {
            int end = tag(sc, i);
            if (end > i + 1) {
                return end;
            }
        }
        Object[] ent = Entities.at(t, i, t.length());
        if (ent == null) {
            return i + 1;
        }
        String decoded = (String) ent[1];
        if (repairMojibake && i >= sc.noEscapedMojibakeUntil && decoded.length() == 1 && Mojibake.maybe(decoded.charAt(0))) {
            int end = escapedMojibake(sc, i);
            if (end > i) {
                return end;
            }
        }
        int end = (Integer) ent[0];
        String after = tidy(decoded, cpBefore(t, i), cpAt(t, end), t, sc.counts);
        String why = "HTML character reference decoded";
        if (after.isEmpty() && decoded.length() == 1 && Character.isSpaceChar(decoded.charAt(0)) && i > 0 && t.charAt(i - 1) == ' '
                && end < t.length() && t.charAt(end) == ' ') {
            // "on Tuesday &nbsp; and": a space between two spaces; with the one after it, the words keep one space, not two
            end++;
            why = "HTML character reference decoded: a space between two spaces, removed with the space after it";
        }
        sc.b.replace(i, end, after, Entities.RULE, why);
        sc.counts.entities++;
        sc.handledEnd = end;
        return end;
    }

    /** Rule of the flag that says a text's HTML tags are left, the text showing or speaking of markup. */
    static final String TAGS_KEPT = "html-tags-kept";

    /**
     * HTML tags at {@code i} ({@link HtmlTags}), plain or escaped, and those that follow them with only spaces between: one
     * edit, read as the strongest break among them (a paragraph's tag a paragraph break, a line break's a line break, a
     * cell's a space, inline elements' nothing); at a line's start or end, or making up the line, they go with the spaces
     * beside them. Returns where scanning goes on: {@code i + 1} where there is no tag, or the text shows or speaks of
     * markup (then flagged once).
     */
    private int tag(Scan sc, int i) {
        String t = sc.t;
        if (i < sc.handledEnd || sc.counts.markupText == 1) {
            return i + 1;
        }
        int lineEnd = sc.lineEndAt(i);
        if (sc.tags == null) {
            sc.tags = new HtmlTags.Reader(t);
        }
        int[] first = sc.tags.at(i, sc.lineStart, lineEnd);
        if (first == null) {
            return i + 1;
        }
        if (sc.counts.markupText == 0) {
            sc.counts.markupText = (byte) (HtmlTags.aboutMarkup(t) ? 1 : 2);
            if (sc.counts.markupText == 1) {
                sc.b.flag(i, first[0], TAGS_KEPT, "the text shows or speaks of markup (code around its tags, words such as HTML,"
                        + " a tag named as a noun or quoted): its HTML tags are left as written");
                return i + 1;
            }
        }
        int to = i;
        int kind = HtmlTags.INLINE; // (the strongest break of the run; an element removed with its content breaks nothing)
        boolean content = false;
        int tags = 0;
        for (int[] next = first; next != null; tags++) {
            to = next[0];
            content |= next[1] == HtmlTags.WITH_CONTENT;
            kind = next[1] == HtmlTags.WITH_CONTENT ? kind : Math.max(kind, next[1]);
            int k = to;
            while (k < lineEnd && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
                k++;
            }
            next = k < lineEnd && (t.charAt(k) == '<' || t.charAt(k) == '&') ? sc.tags.at(k, sc.lineStart, lineEnd) : null;
        }
        int before = i;
        while (before > sc.lineStart && before > sc.handledEnd && (t.charAt(before - 1) == ' ' || t.charAt(before - 1) == '\t')) {
            before--;
        }
        int after = to;
        while (after < lineEnd && (t.charAt(after) == ' ' || t.charAt(after) == '\t')) {
            after++;
        }
        boolean atStart = before == sc.lineStart;
        boolean atEnd = after == lineEnd;
        String what = tags == 1 ? "HTML tag" : tags + " HTML tags";
        if (atStart && atEnd) {
            sc.b.delete(before, after, HtmlTags.RULE, what + " left in the text removed (the line held nothing else)");
        } else if (atStart) {
            sc.b.delete(i, after, HtmlTags.RULE, what + " left in the text removed (at the line's start)");
        } else if (atEnd) {
            sc.b.delete(before, to, HtmlTags.RULE, what + " left in the text removed (at the line's end)");
        } else if (kind == HtmlTags.PARAGRAPH || kind == HtmlTags.LINE) {
            sc.b.replace(before, after, kind == HtmlTags.PARAGRAPH ? "\n\n" : "\n", HtmlTags.RULE, what + " left in the text made "
                    + (kind == HtmlTags.PARAGRAPH ? "a paragraph break (a paragraph's or block's tag)" : "a line break"));
        } else if (kind == HtmlTags.CELL) {
            sc.b.replace(before, after, " ", HtmlTags.RULE, what + " left in the text made a space (a table cell's tag)");
        } else {
            String why = what + (content ? " left in the text removed (an element a browser does not show: a script, a style,"
                    + " text for screen readers only; with its content)" : " left in the text removed (an inline element's: what it held stays)");
            sc.b.delete(i, before < i && after > to ? after : to, HtmlTags.RULE, why);
        }
        sc.counts.tags++;
        sc.handledEnd = Math.max(to, after);
        return sc.handledEnd;
    }

    /** Characters of a run's line on each side that {@link #escapedMojibake} gives {@link Mojibake#scan} to read. */
    static final int ESCAPED_CONTEXT = 64;

    /**
     * Mojibake written as HTML character references: a page that held "â€™" (UTF-8's ’ read as windows-1252) and escaped it
     * on the way out gives "&amp;acirc;&amp;euro;&amp;trade;", or "&amp;acirc;" before two raw C1 controls. Decoded one by
     * one, the references left the mojibake for a second cleaning to repair. The references from {@code i} on, with the raw
     * non-ASCII characters among them, are decoded together; if {@link Mojibake#scan} repairs the decoded run as a whole (read
     * with its line around it), that repair is the one edit. Returns where the run ends, or {@code i} if it is no such run.
     */
    private int escapedMojibake(Scan sc, int i) {
        String t = sc.t;
        int n = t.length();
        StringBuilder run = new StringBuilder();
        int p = i;
        int references = 0;
        while (p < n) {
            char c = t.charAt(p);
            if (c == '&') {
                Object[] ent = Entities.at(t, p, n);
                String d = ent == null ? null : (String) ent[1];
                if (d == null || d.length() != 1 || d.charAt(0) < 0x80) {
                    break;
                }
                run.append(d);
                p = (Integer) ent[0];
                references++;
            } else if (c >= 0x80) {
                run.append(c);
                p++;
            } else {
                break;
            }
        }
        sc.noEscapedMojibakeUntil = p; // (a run of "&nbsp;" is read once, not once per reference)
        if (run.length() < 2) {
            return i;
        }
        // the run read with up to ESCAPED_CONTEXT characters of its line on each side (what Mojibake.scan looks at around a
        // run is a word or two; a whole long line copied per run made a page of many runs quadratic)
        int before = Math.max(sc.lineStart, i - ESCAPED_CONTEXT);
        int lineEnd = p;
        while (lineEnd < n && lineEnd < p + ESCAPED_CONTEXT && t.charAt(lineEnd) != '\n' && t.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        String line = t.substring(before, i) + run + t.substring(p, lineEnd);
        int from = i - before;
        int to = from + run.length();
        List<Mojibake.Fix> fixes = sc.fixes;
        fixes.clear();
        Mojibake.scan(line, from, to, fixes);
        if (fixes.size() != 1 || fixes.get(0).start() != from || fixes.get(0).end() != to) {
            return i;
        }
        Mojibake.Fix f = fixes.get(0);
        String after = tidy(f.after(), cpBefore(t, i), cpAt(t, p), t, sc.counts);
        sc.b.replace(i, p, after, Mojibake.RULE, f.reason() + "; written as HTML character references, decoded together");
        sc.counts.mojibake++;
        sc.counts.entities += references;
        sc.handledEnd = p;
        return p;
    }

    static final String OVERSTRIKE = "overstrike";

    /**
     * Backspaces at {@code i} as a terminal reads them, and as nroff writes a manual page's or a fortune's underline and
     * bold for one: k characters, k backspaces, k characters struck over them ("_\bn" an underlined n, "d\bd" a bold d,
     * "____\b\b\b\bdoes" an underlined word, "'\be" an é). Each pair becomes the character it shows: the one that is not
     * the underline, either of a bold pair, a letter under an accent mark made the accented letter, or the one struck
     * last. One edit (rule {@value #OVERSTRIKE}) for the run; returns its end, or {@code i} where the characters around
     * the backspaces are too few on their line or already edited (the backspaces are then removed as other controls).
     */
    private int overstrike(Scan sc, int i) {
        int from = i - backspacesAt(sc.a, i);
        if (from < Math.max(sc.handledEnd, sc.lineStart)) {
            return i;
        }
        StringBuilder shown = new StringBuilder();
        int to = struckOver(sc.a, i, shown);
        if (to < 0) {
            return i;
        }
        // the groups that follow it without a gap are one edit with it ("N\bNA\bAM\bME\bE": "NAME")
        for (int next = to; next < sc.a.length; ) {
            int b = next;
            while (b < sc.a.length && b - next < 64 && sc.a[b] >= 0x20 && sc.a[b] != '\b') {
                b++;
            }
            if (b == next || b >= sc.a.length || sc.a[b] != '\b' || backspacesAt(sc.a, b) != b - next) {
                break;
            }
            int end = struckOver(sc.a, b, shown);
            if (end < 0) {
                break;
            }
            to = end;
            next = end;
        }
        sc.b.replace(from, to, shown.toString(), OVERSTRIKE,
                "backspace overstrike (nroff's underline or bold, as a terminal shows it): the characters shown kept");
        sc.counts.controls += (to - from) / 3;
        sc.handledEnd = to;
        return to;
    }

    /** The backspaces in a row from {@code a[i]}. */
    private static int backspacesAt(char[] a, int i) {
        int k = 0;
        while (i + k < a.length && a[i + k] == '\b') {
            k++;
        }
        return k;
    }

    /**
     * For the k backspaces at {@code a[i]}, the k characters before them struck over by the k after: appends the
     * characters shown to {@code shown} and returns where the group ends, or -1 (nothing appended) where the characters
     * are too few or controls. The characters before are not checked against the line's start: the caller does that.
     */
    private static int struckOver(char[] a, int i, StringBuilder shown) {
        int k = backspacesAt(a, i);
        int from = i - k;
        int to = i + 2 * k;
        if (from < 0 || to > a.length) {
            return -1;
        }
        int mark = shown.length();
        for (int j = 0; j < k; j++) {
            char under = a[from + j];
            char over = a[i + k + j];
            if (under < 0x20 || over < 0x20 || Character.isSurrogate(under) || Character.isSurrogate(over)) {
                shown.setLength(mark);
                return -1;
            }
            shown.append(struck(under, over));
        }
        return to;
    }

    /** The character a terminal shows for {@code under} struck over by {@code over} ({@link #overstrike}). */
    static char struck(char under, char over) {
        if (under == '_' || under == ' ') {
            return over;
        }
        if (over == '_' || over == ' ' || over == under) {
            return under;
        }
        char accented = accented(under, over);
        if (accented == 0) {
            accented = accented(over, under);
        }
        return accented != 0 ? accented : over;
    }

    /** {@code letter} under the accent {@code mark} stands for (' ` ^ " ~ , as a typewriter strikes them), composed; or 0. */
    private static char accented(char mark, char letter) {
        char combining = switch (mark) {
            case '\'', '\u00B4' -> '\u0301';
            case '`' -> '\u0300';
            case '^' -> '\u0302';
            case '"', '\u00A8' -> '\u0308';
            case '~' -> '\u0303';
            case ',' -> '\u0327';
            default -> 0;
        };
        if (combining == 0 || !Character.isLetter(letter)) {
            return 0;
        }
        int composed = Nfc.NFC.composePair(letter, combining);
        return composed >= 0 && composed <= 0xFFFF ? (char) composed : 0;
    }

    /**
     * Handles a control or non-ASCII character at {@code i} (NFC, mojibake, then the single-
     * character rules); returns where scanning goes on. Never consumes a line break.
     */
    private int special(Scan sc, int i) {
        String t = sc.t;
        char[] a = sc.a;
        int n = a.length;
        char c = a[i];
        PassResult.Builder b = sc.b;
        Counts counts = sc.counts;
        if (c == '\b') {
            sc.backspace = true;
            int end = overstrike(sc, i);
            if (end > i) {
                return end;
            }
        }
        if (c == 0x1B) {
            int end = terminalEscape(t, i, n, b, counts);
            if (end > i) {
                sc.handledEnd = end;
                return end;
            }
        }
        if (c < 0x80 && c != 0x7F) {
            int j = i + 1;
            boolean breaks = c == 0x0C || c == 0x0B;
            while (j < n && a[j] < 0x20 && CharRules.isRemovableControl(a[j])) {
                sc.backspace |= a[j] == '\b';
                breaks |= a[j] == 0x0C || a[j] == 0x0B;
                j++;
            }
            if (breaks && i > 0 && a[i - 1] != '\n' && j < n && a[j] != '\n' && a[j] != '\r') {
                // a form feed (pdftotext's page break) or a vertical tab (a word processor's line break) between two lines'
                // text breaks the line: deleted, it glued the last word of one page to the first of the next ("here.Page")
                b.replace(i, j, "\n", "line-ending", "form feed or vertical tab (a page or line break) inside a line made a line break");
                counts.controls += j - i;
                sc.handledEnd = j;
                return j;
            }
            b.delete(i, j, CharRules.CONTROL, "control character removed");
            counts.controls += j - i;
            sc.handledEnd = j;
            return j;
        }
        // NFC: quick-check NO or MAYBE (combining marks, singletons such as the Kelvin sign).
        if (c >= 0x300 && (c < 0x2002 || c > 0x20CF) && !Character.isSurrogate(c)
                && UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK) != 1) {
            int end = nfc(sc, i);
            if (end > i) {
                return end;
            }
        }
        // Mojibake needs two non-ASCII characters in a row (or the lone "Â" or "Ã" of a lost no-break space).
        if (repairMojibake && i >= sc.noMojibakeUntil && ((i + 1 < n && a[i + 1] >= 0x80) || c == '\u00C2' || c == '\u00C3')
                && (Mojibake.maybe(c) || Mojibake.macRomanLead(c) || Mojibake.maybe1250(c)
                || c == '\u0420' || c == '\u0421' || c == '\u0432')) {
            int limit = sc.lineEndAt(i);
            List<Mojibake.Fix> fixes = sc.fixes;
            fixes.clear();
            int runEnd = Mojibake.scan(t, i, limit, fixes);
            if (!fixes.isEmpty()) {
                int p = i;
                for (Mojibake.Fix f : fixes) {
                    while (p < f.start()) {
                        p = runLeftover(t, p, f.start(), b, counts);
                    }
                    String after = tidy(f.after(), cpBefore(t, f.start()), cpAt(t, f.end()), t, counts);
                    b.replace(f.start(), f.end(), after, Mojibake.RULE, f.reason());
                    counts.mojibake++;
                    p = f.end();
                }
                while (p < runEnd) {
                    p = runLeftover(t, p, runEnd, b, counts);
                }
                sc.handledEnd = runEnd;
                return runEnd;
            }
            sc.noMojibakeUntil = runEnd;
            if (runEnd - i >= 2 && (hasC1(t, i, runEnd) || Mojibake.lossyEmoji(t, i, runEnd))) {
                // C1 controls amid mojibake letters that cannot be decoded (bytes were lost on the
                // way), or an emoji's first bytes without its last ("ðŸ‘"): deleting them would only make the
                // damage harder to undo. Leave and flag.
                b.flag(i, runEnd, "mojibake-unrepaired",
                        "looks like UTF-8 read as windows-1252/Latin-1, but some bytes are missing; left as is");
                counts.mojibakeUnrepaired++;
                sc.handledEnd = runEnd;
                return runEnd;
            }
        }
        int before = b.editCount();
        int next = charRule(t, i, n, b, counts);
        if (b.editCount() != before) {
            sc.handledEnd = next;
        }
        return next;
    }

    /** The NFC segment around {@code i}: edited if not normalised; returns its end (or i if none). */
    private int nfc(Scan sc, int i) {
        if (i < sc.normalisedUntil) {
            return i;
        }
        Normalizer2 nfc = Nfc.NFC;
        String t = sc.t;
        int floor = Math.max(sc.lineStart, sc.handledEnd);
        int s = i;
        while (s > floor && !nfc.hasBoundaryBefore(t.codePointAt(s))) {
            s -= Character.charCount(t.codePointBefore(s));
        }
        if (s < floor) {
            return i;
        }
        int e = i + Character.charCount(t.codePointAt(i));
        while (e < t.length() && !nfc.hasBoundaryBefore(t.codePointAt(e))) {
            e += Character.charCount(t.codePointAt(e));
        }
        CharSequence seg = t.subSequence(s, e);
        if (nfc.isNormalized(seg)) {
            sc.normalisedUntil = e;
            return i;
        }
        if (held(t, s, e, sc.b, sc.counts)) {
            sc.normalisedUntil = e;
            return i;
        }
        String norm = nfc.normalize(seg);
        String after = tidy(norm, cpBefore(t, s), cpAt(t, e), t, sc.counts);
        sc.b.replace(s, e, after, "nfc", "not in Unicode normal form C; composed");
        sc.counts.nfc++;
        sc.handledEnd = e;
        return e;
    }

    /**
     * A character of a mojibake run that was not part of a repaired sequence: a C1 control there
     * is a piece of damage that cannot be undone (a byte is missing), so it is flagged, not deleted.
     */
    private int runLeftover(String t, int i, int limit, PassResult.Builder b, Counts counts) {
        char c = t.charAt(i);
        if (c >= 0x80 && c <= 0x9F) {
            int j = i + 1;
            while (j < limit && t.charAt(j) >= 0x80 && t.charAt(j) <= 0x9F) {
                j++;
            }
            int s = Math.max(0, i - 1);
            b.flag(s, j, "mojibake-unrepaired",
                    "looks like UTF-8 read as windows-1252/Latin-1, but some bytes are missing; left as is");
            counts.mojibakeUnrepaired++;
            return j;
        }
        return charRule(t, i, limit, b, counts);
    }

    /** Whether the text has a letter of a right-to-left script anywhere (read once, at its first bidirectional mark). */
    private static boolean rightToLeftText(String t, Counts counts) {
        if (counts.rtl == 0) {
            counts.rtl = 2;
            for (int k = 0; k < t.length(); ) {
                int cp = t.codePointAt(k);
                if (cp >= 0x0590 && CharRules.isRightToLeft(cp)) {
                    counts.rtl = 1;
                    break;
                }
                k += Character.charCount(cp);
            }
        }
        return counts.rtl == 1;
    }

    /** Removes the terminal escape sequence at {@code i} whole ({@link CharRules#terminalEscapeEnd}); its end, or -1 if none is there. */
    private static int terminalEscape(String t, int i, int limit, PassResult.Builder b, Counts counts) {
        int end = CharRules.terminalEscapeEnd(t, i, limit);
        if (end > i) {
            b.delete(i, end, CharRules.TERMINAL_ESCAPE, "terminal escape sequence removed whole (a terminal's colour, cursor or title"
                    + " code saved with the text)");
            counts.controls++;
        }
        return end;
    }

    /** {@link CharRules#tidy} of a repair's output in text {@code t}, its ligatures read as the ligature rule reads them. */
    private String tidy(String s, int before, int after, String t, Counts counts) {
        return CharRules.tidy(s, before, after, foldPunctuation, () -> !aboutCharacters(t, counts));
    }

    /** The word "ligature" (any case), or a code point written as Unicode writes it ("U+212A", "U+1F600"). */
    private static final java.util.regex.Pattern CHARACTER_TALK = java.util.regex.Pattern.compile("(?i)ligature|(?<![A-Za-z0-9_])U\\+[0-9A-F]{4,6}(?![0-9A-Za-z_])");
    // (no \\b: Java's word boundary walks back over every combining mark before it, and 100,000 marks took minutes)

    /**
     * Whether the text is about characters: it speaks of ligatures, or writes code points ("U+212A"). A page on Unicode's
     * case folding writes "ﬃ" and the Kelvin sign as the characters it is about ("the Kelvin sign 'K' U+212A and ASCII
     * 'k'"), which their letters, their normal form C or their removal would not say: there the character rules that
     * change a character into another (ligature, NFC) or remove an invisible one (zero-width) leave the text as written,
     * and say so once ({@link #held}). Read once, at the first place such a rule would edit.
     */
    private static boolean aboutCharacters(String t, Counts counts) {
        if (counts.characterText == 0) {
            // (a cheap look for the pattern's fixed letters first: most texts with a zero-width space have neither)
            boolean may = t.indexOf("U+") >= 0 || t.indexOf("u+") >= 0 || t.indexOf("igature") >= 0 || t.indexOf("IGATURE") >= 0;
            counts.characterText = (byte) (may && CHARACTER_TALK.matcher(t).find() ? 1 : 2);
        }
        return counts.characterText == 1;
    }

    /** Rule of the flag that says a text about characters keeps them as written ({@link #aboutCharacters}). */
    static final String CHARACTERS_KEPT = "characters-kept";

    /**
     * Whether the character at [i, end) is left as written, the text being about characters; the first such place is
     * flagged ({@link #CHARACTERS_KEPT}).
     */
    private static boolean held(String t, int i, int end, PassResult.Builder b, Counts counts) {
        if (!aboutCharacters(t, counts)) {
            return false;
        }
        if (counts.charactersKept++ == 0) {
            b.flag(i, end, CHARACTERS_KEPT, "the text writes code points or speaks of ligatures: it is about characters, so its"
                    + " ligatures, characters not in normal form C and zero-width characters are left as written (here and after)");
        }
        return true;
    }

    /** Applies the single-character rules at {@code i}; returns the next position. */
    private int charRule(String t, int i, int limit, PassResult.Builder b, Counts counts) {
        char c = t.charAt(i);
        // fast exits for the common cases: letters of most scripts, quotes, dashes, ellipsis
        if (c > 0xAD && c < 0x1680 && c != 0x115F && c != 0x1160) {
            return i + 1;
        }
        if (c >= 0x2010 && c <= 0x2027 && !foldPunctuation) {
            return i + 1;
        }
        if (c < 0x80) {
            int end = c == 0x1B ? terminalEscape(t, i, limit, b, counts) : -1;
            if (end > i) {
                return end;
            }
            if (CharRules.isRemovableControl(c)) {
                b.delete(i, i + 1, CharRules.CONTROL, "control character removed");
                counts.controls++;
            }
            return i + 1;
        }
        if (c <= 0x9F) {
            char w = io.github.unmangle.core.Decoder.cp1252Char(c);
            if (w != c) {
                // A windows-1252 byte decoded as ISO-8859-1: "I\u0092ve" is "I’ve".
                String after = tidy(String.valueOf(w), cpBefore(t, i), cpAt(t, i + 1), t, counts);
                b.replace(i, i + 1, after, C1_RULE, String.format(
                        "C1 control U+%04X is byte 0x%02X read as ISO-8859-1; windows-1252 reads it as '%s'",
                        (int) c, (int) c, w));
                counts.controls++;
                return i + 1;
            }
            b.delete(i, i + 1, CharRules.CONTROL, "C1 control character removed");
            counts.controls++;
            return i + 1;
        }
        if (c == 0xA0 || c >= 0x1680) {
            if (CharRules.isOddSpace(c)) {
                int j = i;
                while (j < limit && CharRules.isOddSpace(t.charAt(j))) {
                    j++;
                }
                if (c == 0x3000 && j == i + 1 && (CharRules.isCjk(cpBefore(t, i)) || CharRules.isCjk(cpAt(t, j)))) {
                    return j;
                }
                boolean nextToSpace = (i > 0 && t.charAt(i - 1) == ' ') || (j < t.length() && t.charAt(j) == ' ');
                b.replace(i, j, nextToSpace ? "" : " ", CharRules.SPACE,
                        nextToSpace ? "non-breaking or other odd space next to a space removed"
                                : "non-breaking or other odd space made a plain space");
                counts.oddSpaces += j - i;
                return j;
            }
            if (CharRules.isZeroWidth(c)) {
                if (!CharRules.zeroWidthRemovable(c, cpBefore(t, i), cpAt(t, i + 1)) || c != 0xFEFF && held(t, i, i + 1, b, counts)) {
                    return i + 1; // a word boundary of a script written without spaces, or an example of a text about characters
                }
                b.delete(i, i + 1, CharRules.ZERO_WIDTH, c == 0xFEFF ? "stray byte-order mark removed"
                        : "zero-width character removed");
                counts.zeroWidth++;
                return i + 1;
            }
            if (CharRules.isJoiner(c)) {
                if (!CharRules.joinerNeeded(cpBefore(t, i), cpAt(t, i + 1))) {
                    b.delete(i, i + 1, CharRules.ZERO_WIDTH, "zero-width joiner outside emoji and joining scripts removed");
                    counts.zeroWidth++;
                }
                return i + 1;
            }
            if (CharRules.isBidiMark(c)) {
                // (a mark that orders right-to-left text does a job in a text that has some, on any of its lines; in a text
                // without, it is a copy-paste's leftover, invisible, and splits the word it stands in for search and tokenizers)
                if (!rightToLeftText(t, counts)) {
                    b.delete(i, i + 1, CharRules.ZERO_WIDTH, String.format("bidirectional mark U+%04X in a text without right-to-left letters removed", (int) c));
                    counts.zeroWidth++;
                }
                return i + 1;
            }
            if (c == 0x2028 || c == 0x2029) {
                b.replace(i, i + 1, "\n", "line-ending", "Unicode line/paragraph separator made a line break");
                counts.lineEndings++;
                return i + 1;
            }
            if (c == 0xFFFD) {
                b.flag(i, i + 1, "replacement-char", "U+FFFD: a character was lost before this text reached us");
                counts.replacementChars++;
                return i + 1;
            }
            if (foldPunctuation && CharRules.isFoldable(c)) {
                String f = CharRules.fold(c);
                if (f != null) {
                    b.replace(i, i + 1, f, CharRules.FOLD, "typographic punctuation folded to ASCII");
                    counts.folded++;
                }
                return i + 1;
            }
            if (c >= 0xFB00 && c <= 0xFB06 && (CharRules.isLetter(cpBefore(t, i)) || CharRules.isLetter(cpAt(t, i + 1)))
                    && !held(t, i, i + 1, b, counts)) {
                String letters = CharRules.LIGATURES[c - 0xFB00];
                b.replace(i, i + 1, letters, CharRules.LIGATURE, "Latin ligature \"" + c + "\" (a PDF's or a typesetter's glyph) written as its"
                        + " letters \"" + letters + "\": searched, counted and spelled as a word's letters");
                return i + 1;
            }
            if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(t.charAt(i + 1))) {
                return i + 2;
            }
            return i + 1;
        }
        if (c == 0xAD) {
            if (CharRules.isLetter(cpBefore(t, i)) && CharRules.isLetter(cpAt(t, i + 1))) {
                b.delete(i, i + 1, CharRules.SOFT_HYPHEN, "soft hyphen inside a word removed");
                counts.zeroWidth++;
            }
            return i + 1;
        }
        return i + 1;
    }

    private static boolean hasC1(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static int cpBefore(String t, int i) {
        return i > 0 ? t.codePointBefore(i) : -1;
    }

    private static int cpAt(String t, int i) {
        return i < t.length() ? t.codePointAt(i) : -1;
    }
}
