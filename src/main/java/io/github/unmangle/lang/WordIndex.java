package io.github.unmangle.lang;

/**
 * A fixed list of words numbered 0..n-1, found by their text: the words stay in one
 * newline-separated string and an open-addressing table of their numbers finds them. Built in a
 * few milliseconds from a resource, it spares start-up the tens of thousands of {@code String}
 * and map-entry objects a {@code HashMap<String, Integer>} would make, and lookups take any
 * {@link CharSequence} (a slice of the text) without allocating.
 */
public final class WordIndex {
    private final String all;
    private final int[] start;
    private final int[] end;
    /**
     * Open addressing, a word a slot: its start in {@code all} (high 32 bits), its length (8 bits,
     * 255 for 255 and more) and its number + 1 (low 24 bits; 0: empty), so that a probe finds
     * where to compare without reading {@code start} and {@code end} (two cache misses fewer).
     */
    private final long[] table;
    private final int mask;
    private final int size;

    /** Indexes the lines of {@code newlineSeparated}, numbered in order; empty lines are skipped. */
    public WordIndex(String newlineSeparated) {
        this.all = newlineSeparated;
        // (lines found with String.indexOf, which the JVM runs as one vector loop from the first
        // call: a loop of charAt here ran mostly interpreted at start-up, 15-25 ms for 146k words)
        int n = 1;
        for (int at = all.indexOf('\n'); at >= 0; at = all.indexOf('\n', at + 1)) {
            n++;
        }
        int[] s = new int[n];
        int[] e = new int[n];
        int count = 0;
        for (int from = 0; from <= all.length(); ) {
            int to = all.indexOf('\n', from);
            if (to < 0) {
                to = all.length();
            }
            if (to > from) {
                s[count] = from;
                e[count] = to;
                count++;
            }
            from = to + 1;
        }
        if (count >= 1 << 24) {
            throw new IllegalArgumentException("more than 2^24 - 1 words: " + count);
        }
        int cap = Integer.highestOneBit(Math.max(4, count * 2)) << 1;
        long[] t = new long[cap];
        int m = cap - 1;
        for (int w = 0; w < count; w++) {
            int slot = hash(all, s[w], e[w]) & m;
            while (t[slot] != 0) {
                slot = (slot + 1) & m;
            }
            t[slot] = ((long) s[w] << 32) | ((long) Math.min(e[w] - s[w], 255) << 24) | (w + 1);
        }
        this.start = s;
        this.end = e;
        this.table = t;
        this.mask = m;
        this.size = count;
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix(h);
    }

    /** The characters' hash spread over the table's bits (the same for a CharSequence's slice and an array's). */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The number of {@code word}, or -1 when it is not listed (exact match). */
    public int indexOf(CharSequence word) {
        return indexOf(word, 0, word.length());
    }

    /** As {@link #indexOf(CharSequence)}, for {@code text[from, to)}. */
    public int indexOf(CharSequence text, int from, int to) {
        int len = to - from;
        if (len <= 0) {
            return -1;
        }
        int slot = hash(text, from, to) & mask;
        int shortLen = Math.min(len, 255);
        for (long e; (e = table[slot]) != 0; slot = (slot + 1) & mask) {
            if (((int) (e >>> 24) & 0xFF) == shortLen) {
                int w = ((int) e & 0xFF_FFFF) - 1;
                int s = (int) (e >>> 32);
                if ((shortLen < 255 || end[w] - s == len) && same(text, from, s, len)) {
                    return w;
                }
            }
        }
        return -1;
    }

    /**
     * As {@link #indexOf(CharSequence, int, int)}, for {@code text[from, to)} of an array: the same hash and the same
     * answer, read without a CharSequence's calls (the check reads every word of a corpus so).
     */
    public int indexOf(char[] text, int from, int to) {
        int len = to - from;
        if (len <= 0) {
            return -1;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text[i];
        }
        int slot = mix(h) & mask;
        int shortLen = Math.min(len, 255);
        for (long e; (e = table[slot]) != 0; slot = (slot + 1) & mask) {
            if (((int) (e >>> 24) & 0xFF) == shortLen) {
                int w = ((int) e & 0xFF_FFFF) - 1;
                int s = (int) (e >>> 32);
                if (shortLen < 255 || end[w] - s == len) {
                    int i = 0;
                    while (i < len && all.charAt(s + i) == text[from + i]) {
                        i++;
                    }
                    if (i == len) {
                        return w;
                    }
                }
            }
        }
        return -1;
    }

    private boolean same(CharSequence text, int from, int s, int len) {
        for (int i = 0; i < len; i++) {
            if (all.charAt(s + i) != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is listed exactly as given. */
    public boolean contains(CharSequence word) {
        return indexOf(word) >= 0;
    }

    /** The word numbered {@code i} (a new string). */
    public String word(int i) {
        return all.substring(start[i], end[i]);
    }

    /** The numbers of the words that hold {@code c}, in order, each once (found with {@link String#indexOf(int, int)}). */
    public java.util.BitSet wordsHolding(char c) {
        java.util.BitSet out = new java.util.BitSet(size);
        for (int at = all.indexOf(c); at >= 0; at = all.indexOf(c, at + 1)) {
            int w = java.util.Arrays.binarySearch(start, 0, size, at);
            out.set(w >= 0 ? w : -w - 2);
        }
        return out;
    }

    /** Number of words listed. */
    public int size() {
        return size;
    }
}
