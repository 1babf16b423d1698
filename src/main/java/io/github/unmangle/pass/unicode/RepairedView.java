package io.github.unmangle.pass.unicode;

import io.github.unmangle.core.Edit;

import java.util.List;

/**
 * The text as this pass's repairs of an encoding slip leave it (mojibake, C1 controls), line for line the same lines:
 * what {@link LineJoiner} reads, so that it judges a break as a second cleaning would. Read on the raw text, a next
 * line that opens with "called." and UTF-8's closing quotation mark read as windows-1252 ("â" and two C1 controls)
 * begins with no plain word, and its sentence was joined only when the output was cleaned again (wcxb_dev_4267). A
 * line's width, though, is the raw text's ({@link Lines#columns}): what a wrapping program filled.
 */
final class RepairedView {
    final String text;
    final Lines lines;
    /** Per character of {@link #text} (and its end), its offset in the raw text; in an edit's new text, ~ the edit's start. */
    private final int[] raw;

    private RepairedView(String text, Lines lines, int[] raw) {
        this.text = text;
        this.lines = lines;
        this.raw = raw;
    }

    /**
     * The view of {@code t} under the repairs of an encoding slip among {@code edits} (mojibake, C1 controls read as
     * windows-1252: what turns a word's letters into other signs; made in the order of the text, none overlapping), or
     * null where there is none, one takes a line's end, or the list is out of order. The others are left: character
     * references stay as written (a text that holds them escaped was wrapped so: wcxb_dev_2498's "&amp;quot;Best
     * viewed …" lines, read decoded, had four of their breaks not read as a wrapping's), odd spaces too (a wrapping
     * program breaks no line at a no-break space, and the joiner reads one so), and zero-width characters (on 122 of
     * boilerplate-dev's 1,476 pages, none of whose joins they change, and a view of those pages cost the pass a tenth
     * of its speed). A repair may write a line's end (U+2028 made a line feed): the view has more lines than the text
     * then ({@link #onRawLines}).
     */
    static RepairedView of(String t, List<Edit> edits) {
        int grow = 0;
        int last = 0;
        edits = edits.stream().filter(e -> Mojibake.RULE.equals(e.rule()) || UnicodePass.C1_RULE.equals(e.rule())).toList();
        if (edits.isEmpty()) {
            return null;
        }
        for (Edit e : edits) {
            if (e.start() < last || breaks(t, e.start(), e.end())) {
                return null;
            }
            last = e.end();
            grow += e.after().length() - (e.end() - e.start());
        }
        int n = t.length() + grow;
        char[] out = new char[n];
        int[] raw = new int[n + 1];
        int from = 0;
        int at = 0;
        for (Edit e : edits) {
            at = copy(t, from, e.start(), out, raw, at);
            String after = e.after();
            after.getChars(0, after.length(), out, at);
            java.util.Arrays.fill(raw, at, at + after.length(), ~e.start());
            at += after.length();
            from = e.end();
        }
        at = copy(t, from, t.length(), out, raw, at);
        raw[n] = t.length();
        String v = new String(out);
        Lines lines = lines(v);
        // a line's columns are the raw text's: a wrapping program filled the lines as they were written (a text browser
        // that read UTF-8 as windows-1252 laid out the mojibake)
        lines.raw = raw;
        return new RepairedView(v, lines, raw);
    }

    /** Copies {@code t[from, to)} to {@code out} at {@code at}, each character's raw offset to {@code raw}; the end. */
    private static int copy(String t, int from, int to, char[] out, int[] raw, int at) {
        t.getChars(from, to, out, at);
        for (int i = from; i < to; i++) {
            raw[at++] = i;
        }
        return at;
    }

    /** The raw offset of view offset {@code p}, or below 0 where [p, q) of the view is not raw text no edit touched. */
    int rawSpan(int p, int q) {
        for (int i = p; i < q; i++) {
            if (raw[i] < 0 || raw[i + 1] >= 0 && raw[i + 1] != raw[i] + 1) {
                return -1;
            }
        }
        return p < q ? raw[p] : -1;
    }

    private static boolean breaks(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * A plan of the view's lines ({@link LineJoiner#plan}: a verdict per line on its break with the next) as a plan of
     * the raw text's {@code rawLines}: each raw break takes the verdict of the view's break that is it; a break an
     * edit wrote is no raw line's, and its verdict is dropped.
     */
    byte[] onRawLines(byte[] plan, Lines rawLines) {
        if (lines.count == rawLines.count) {
            return plan;
        }
        byte[] out = new byte[rawLines.count];
        int k = 0;
        for (int v = 0; v + 1 < lines.count; v++) {
            int at = raw[lines.end[v]];
            if (at < 0) {
                continue;
            }
            while (k < rawLines.count && rawLines.end[k] < at) {
                k++;
            }
            if (k < rawLines.count && rawLines.end[k] == at) {
                out[k] = plan[v];
            }
        }
        return out;
    }

    /** The lines of {@code v}, split as {@link UnicodePass} splits its text: at LF, CR LF and a lone CR. */
    private static Lines lines(String v) {
        Lines lines = new Lines();
        int start = 0;
        int n = v.length();
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c == '\n') {
                lines.add(start, i, i + 1, 0);
                start = i + 1;
            } else if (c == '\r') {
                int te = i + 1 < n && v.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(start, i, te, 0);
                start = te;
                i = te - 1;
            }
        }
        lines.add(start, n, n, 0);
        if (v.indexOf('\b') >= 0) {
            lines.countOverstrikes(v);
        }
        return lines;
    }
}
