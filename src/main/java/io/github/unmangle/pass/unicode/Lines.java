package io.github.unmangle.pass.unicode;

import java.util.Arrays;

/** The line table of one document: where each line's content starts and ends, and its terminator. */
final class Lines {
    int count;
    int[] start = new int[64];
    /** End of content (before the terminator). */
    int[] end = new int[64];
    /** End of the terminator (== end for the last line without one). */
    int[] termEnd = new int[64];
    /** Reserved per-line flags. */
    byte[] flags = new byte[64];

    void add(int s, int e, int te, int lineFlags) {
        if (count == start.length) {
            int n = count * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            termEnd = Arrays.copyOf(termEnd, n);
            flags = Arrays.copyOf(flags, n);
        }
        start[count] = s;
        end[count] = e;
        termEnd[count] = te;
        flags[count] = (byte) lineFlags;
        count++;
    }
}
