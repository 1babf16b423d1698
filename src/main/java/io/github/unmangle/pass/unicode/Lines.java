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
    /**
     * Per line, the columns its backspace overstrikes take less than its characters (two per backspace: "N\bN" is one
     * column), or null where the text has no backspace ({@link #countOverstrikes}).
     */
    int[] struck;

    /** Fills {@link #struck} (the text {@code t} holds a backspace: UnicodePass saw one). */
    void countOverstrikes(String t) {
        struck = new int[count];
        for (int k = 0; k < count; k++) {
            for (int i = start[k]; i < end[k]; i++) {
                struck[k] += t.charAt(i) == '\b' ? 2 : 0;
            }
        }
    }

    /** The columns line k's characters {@code [from, to)} take ({@link #struck}: all of the line's overstrikes counted). */
    int columns(int k, int from, int to) {
        return rawColumns(from, to) - (struck == null ? 0 : struck[k]);
    }

    /** Where these are the lines of a {@link RepairedView}, the view; else null. */
    RepairedView view;

    /** The raw text's characters that {@code [from, to)} stands for: its length, or, in a {@link RepairedView}, the raw span's. */
    int rawColumns(int from, int to) {
        return view == null ? to - from : view.rawAt(to) - view.rawAt(from);
    }

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
