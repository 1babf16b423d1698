package io.github.unmangle.pass.spin;

import static io.github.unmangle.pass.spin.SpinPass.brackets;

/**
 * Occurrences of each word id in one document (open addressing; ids are ≥ 0): the spin pass's cache model of the
 * document's own words, and the words each follows.
 */
final class IdCounts {
    private final int[] keys;
    private final int[] counts;
    /** Per word, the words it follows in the document (different ones): see {@link #contexts}. */
    private final int[] contexts;
    private final int mask;
    /** The (word, word before it) pairs seen, as {@link #pairKey}; 0 is empty (as many slots as the words'). */
    private final long[] pairs;
    /**
     * The text's brackets ({@link SpinPass#brackets}), found at first use, and what each pair's gloss names (by the
     * pair's index: even, what the brackets hold; odd, the words before them).
     */
    private int[] brackets;
    private int[][] named;

    int[] brackets(String t) {
        if (brackets == null) {
            brackets = SpinPass.brackets(t);
            named = new int[brackets.length][];
        }
        return brackets;
    }

    /** What the gloss at {@code index} names, read once. */
    int[] named(int index) {
        return named[index];
    }

    void named(int index, int[] ids) {
        named[index] = ids;
    }

    IdCounts(int expected) {
        int cap = Integer.highestOneBit(Math.max(8, expected * 2)) << 1;
        keys = new int[cap];
        counts = new int[cap];
        contexts = new int[cap];
        mask = cap - 1;
        pairs = new long[cap];
    }

    private int slot(int id) {
        int slot = (id * 0x9E3779B9) >>> 8 & mask;
        while (keys[slot] != 0 && keys[slot] != id + 1) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** One more occurrence of word {@code id}, after word {@code left} (-1: unknown). */
    void add(int id, int left) {
        if (id >= 0) {
            int s = slot(id);
            keys[s] = id + 1;
            counts[s]++;
            long key = pairKey(id, left);
            int p = pairSlot(key);
            if (pairs[p] == 0) {
                pairs[p] = key;
                contexts[s]++;
            }
        }
    }

    /** The pair (word {@code id} ≥ 0, word before it, -1 if unknown) as one nonzero number. */
    private static long pairKey(int id, int left) {
        return (long) (id + 1) << 32 | (left + 1L) & 0xFFFF_FFFFL;
    }

    /** The slot of {@code key} in {@code pairs}, or the empty one where it would go. */
    private int pairSlot(long key) {
        int p = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (pairs[p] != 0 && pairs[p] != key) {
            p = (p + 1) & mask;
        }
        return p;
    }

    int get(int id) {
        return id < 0 ? 0 : counts[slot(id)];
    }

    /** Whether word {@code id} follows word {@code left} somewhere in the document. */
    boolean follows(int id, int left) {
        if (id < 0) {
            return false;
        }
        long key = pairKey(id, left);
        return pairs[pairSlot(key)] == key;
    }

    /** The different words that word {@code id} follows in the document (0 if it is not there). */
    int contexts(int id) {
        return id < 0 ? 0 : contexts[slot(id)];
    }

    /**
     * The cache model's count for a spun form weighed at a place: the other words it follows in the document, not its
     * other occurrences. A word the text keeps using in many places is its topic; a form it repeats after the same word
     * is one phrase, written again ("machine acquisition" eleven times, a spinner's swap of "learning" made in every
     * place), and its repeats are no evidence that the form belongs there.
     */
    static int otherContexts(IdCounts docCounts, int id) {
        return Math.max(0, docCounts.contexts(id) - 1);
    }

    /**
     * {@link SpinPass#repeatsApart} where it counts against original {@code o}: one the text writes after the same word {@code left}
     * elsewhere, and not the phrase's own first word {@code first} ("application program" for "application").
     */
    static double apartFrom(double repeatsApart, int o, int first, int left, IdCounts docCounts) {
        return repeatsApart != 0 && o != first && docCounts.follows(o, left) ? repeatsApart : 0;
    }

    /**
     * Occurrences of word {@code id} in the document outside the place weighed (its words {@code ids[0, len)}): the
     * cache model's count. A phrase may hold its own original ("Graph paper" for "paper"), which is no evidence for it.
     */
    static int elsewhere(IdCounts docCounts, int id, int[] ids, int len) {
        int n = docCounts.get(id);
        for (int k = 0; k < len; k++) {
            n -= ids[k] == id ? 1 : 0;
        }
        return n;
    }
}
