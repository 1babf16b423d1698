package io.github.unmangle.layout;

import java.util.Arrays;

/**
 * Markdown's fenced code blocks: from a line that opens with three or more backticks or tildes (after up to three
 * spaces) to the line that closes it with as many of the same (or the text's end), both fences included. Code keeps its
 * own spacing and line breaks, so the passes leave it alone.
 */
public final class Fences {
    private Fences() {
    }

    /** The blocks of {@code t}: start and end offsets (end: after the closing fence's line, its line break excluded), flattened and in order. */
    public static int[] blocks(CharSequence t) {
        int[] out = null;
        int count = 0;
        int n = t.length();
        char fence = 0;
        int fenceLength = 0;
        int blockStart = 0;
        for (int s = 0; s < n; ) {
            int e = s;
            while (e < n && t.charAt(e) != '\n') {
                e++;
            }
            int f = s;
            while (f < e && f - s < 3 && t.charAt(f) == ' ') {
                f++;
            }
            char c = f < e ? t.charAt(f) : 0;
            int run = 0;
            if (c == '`' || c == '~') {
                while (f + run < e && t.charAt(f + run) == c) {
                    run++;
                }
            }
            if (fence == 0 && run >= 3) {
                fence = c;
                fenceLength = run;
                blockStart = s;
            } else if (fence != 0 && c == fence && run >= fenceLength && blank(t, f + run, e)) {
                if (out == null) {
                    out = new int[8];
                } else if (count + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[count++] = blockStart;
                out[count++] = e;
                fence = 0;
            }
            s = e + 1;
        }
        if (fence != 0) {
            out = out == null ? new int[2] : Arrays.copyOf(out, count + 2);
            out[count++] = blockStart;
            out[count++] = n;
        }
        return out == null ? new int[0] : Arrays.copyOf(out, count);
    }

    private static boolean blank(CharSequence t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
