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
    /**
     * Per repair, in the order of the text: where its new text begins and ends in the view, and the raw span it took
     * (a sparse map of view offsets to raw ones: a whole document of mojibake has a repair every few characters, and a
     * map per character took four bytes of each and 150 ms to build for 21.7 MB of such lines, warm, against 56 ms).
     */
    private final int[] viewFrom;
    private final int[] viewTo;
    private final int[] rawFrom;
    private final int[] rawTo;

    private RepairedView(String text, Lines lines, int[] viewFrom, int[] viewTo, int[] rawFrom, int[] rawTo) {
        this.text = text;
        this.lines = lines;
        this.viewFrom = viewFrom;
        this.viewTo = viewTo;
        this.rawFrom = rawFrom;
        this.rawTo = rawTo;
    }

    /**
     * The view of {@code t} under the repairs of an encoding slip among {@code edits} (mojibake, C1 controls read as
     * windows-1252: what turns a word's letters into other signs; made in the order of the text, none overlapping), or
     * null where there is none, one takes a line's end, or the list is out of order. The others are left: character
     * references stay as written (a text that holds them escaped was wrapped so: wcxb_dev_2498's "&amp;quot;Best
     * viewed …" lines, read decoded, had four of their breaks not read as a wrapping's), odd spaces too (a wrapping
     * program breaks no line at a no-break space, and the joiner reads one so), and zero-width characters (on 122 of
     * boilerplate-dev's 1,476 pages, none of whose joins they change; with a view of those pages too, and a map per
     * character, the pass ran at 0.84–0.89 of its speed). A repair may write a line's end (U+2028 made a line feed):
     * the view has more lines than the text then ({@link #onRawLines}).
     */
    static RepairedView of(String t, List<Edit> edits) {
        List<Edit> repairs = new java.util.ArrayList<>();
        int grow = 0;
        int last = 0;
        for (Edit e : edits) {
            if (repair(e)) {
                if (e.start() < last || breaks(t, e.start(), e.end())) {
                    return null;
                }
                last = e.end();
                grow += e.after().length() - (e.end() - e.start());
                repairs.add(e);
            }
        }
        int m = repairs.size();
        if (m == 0) {
            return null;
        }
        int[] viewFrom = new int[m];
        int[] viewTo = new int[m];
        int[] rawFrom = new int[m];
        int[] rawTo = new int[m];
        char[] out = new char[t.length() + grow];
        int from = 0;
        int at = 0;
        int k = 0;
        for (Edit e : repairs) {
            t.getChars(from, e.start(), out, at);
            at += e.start() - from;
            String after = e.after();
            after.getChars(0, after.length(), out, at);
            viewFrom[k] = at;
            at += after.length();
            viewTo[k] = at;
            rawFrom[k] = e.start();
            rawTo[k++] = e.end();
            from = e.end();
        }
        t.getChars(from, t.length(), out, at);
        String v = new String(out);
        RepairedView view = new RepairedView(v, lines(v), viewFrom, viewTo, rawFrom, rawTo);
        // a line's columns are the raw text's: a wrapping program filled the lines as they were written (a text browser
        // that read UTF-8 as windows-1252 laid out the mojibake)
        view.lines.view = view;
        return view;
    }

    private static boolean repair(Edit e) {
        return Mojibake.RULE.equals(e.rule()) || UnicodePass.C1_RULE.equals(e.rule());
    }

    /** The last repair whose new text begins at or before view offset {@code p}, or -1. */
    private int before(int p) {
        int lo = 0;
        int hi = viewFrom.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (viewFrom[mid] <= p) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The raw offset of view offset {@code p}: in a repair's new text, the start of the raw span it took. */
    int rawAt(int p) {
        int k = before(p);
        return k < 0 ? p : p < viewTo[k] ? rawFrom[k] : rawTo[k] + (p - viewTo[k]);
    }

    /** Whether view offset {@code p} is in a repair's new text. */
    private boolean repaired(int p) {
        int k = before(p);
        return k >= 0 && p < viewTo[k];
    }

    /** The raw offset of view offset {@code p}, or -1 where [p, q) of the view is not raw text no repair touched. */
    int rawSpan(int p, int q) {
        if (p >= q) {
            return -1;
        }
        // (a repair's new text inside the span, or one that took raw text out of it, a deletion strictly inside)
        for (int k = before(q - 1); k >= 0 && viewTo[k] >= p; k--) {
            if (viewTo[k] > p || viewFrom[k] > p) {
                return -1;
            }
        }
        return rawAt(p);
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
     * the raw text's {@code rawLines}: each raw break takes the verdict of the view's break that is it; a break a
     * repair wrote is no raw line's, and its verdict is dropped.
     */
    byte[] onRawLines(byte[] plan, Lines rawLines) {
        if (lines.count == rawLines.count) {
            return plan;
        }
        byte[] out = new byte[rawLines.count];
        int k = 0;
        for (int v = 0; v + 1 < lines.count; v++) {
            if (repaired(lines.end[v])) {
                continue;
            }
            int at = rawAt(lines.end[v]);
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
