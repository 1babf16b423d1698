package io.github.unmangle.pass.spin;

/**
 * Finds a bigram "a b" of the language model by its two word ids in one or two memory reads, where
 * a binary search over the sorted successors of a common word (up to 34k of them) touches about
 * fifteen places. JFR put a sixth of the spin pass's time on spun text in those searches; the
 * index took back less (a few per cent of the pass: its reads miss the cache too, as do the
 * pair's other data), but it is the best of the layouts tried (a long a slot holding the whole
 * pair, 32 MB, was no faster).
 *
 * <p>The bigrams stay where they are (each word's successors, sorted, in {@code next}); this is an
 * open-addressing table of their indexes in {@code next}. A slot holds the index + 1 (0: empty) in
 * its low bits and, in the bits the index leaves, a fingerprint of the pair's hash, so that the
 * slots of other pairs are passed over without reading {@code next}; a slot whose fingerprint
 * matches is confirmed by {@code next[j] == b} with j within a's successors. For the model's 2.0M
 * bigrams: 2^22 slots (under half full), 16 MB.
 */
final class BigramIndex {
    private final int[] next;
    private final int[] slots;
    /** The slot of a hash: its top bits. */
    private final int shift;
    /** Low bits of a slot: the index + 1; the others: the fingerprint. */
    private final int indexBits;
    private final int indexMask;

    /** An empty index for the bigrams whose second words are {@code next}; {@link #add} each. */
    BigramIndex(int[] next) {
        this.next = next;
        int cap = Integer.highestOneBit(Math.max(1, next.length) * 2 - 1) << 1; // the least power of two ≥ 2n: at most half full
        this.slots = new int[cap];
        this.shift = 64 - Integer.numberOfTrailingZeros(cap);
        this.indexBits = 32 - Integer.numberOfLeadingZeros(next.length); // index + 1 ≤ next.length
        this.indexMask = indexBits == 32 ? -1 : (1 << indexBits) - 1;
    }

    private static long hash(int a, int b) {
        return (((long) a << 32) | (b & 0xFFFF_FFFFL)) * 0x9E3779B97F4A7C15L;
    }

    /** The fingerprint of a slot for this hash: the hash's bits just below the slot's, above the index (none if it takes all 32). */
    private int fingerprint(long h) {
        return (int) (h >>> (shift - 32)) & ~indexMask;
    }

    /** Adds bigram {@code j} (of {@code next}), whose first word is {@code a}. */
    void add(int a, int j) {
        long h = hash(a, next[j]);
        int slot = (int) (h >>> shift);
        while (slots[slot] != 0) {
            slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = fingerprint(h) | (j + 1);
    }

    /**
     * The index j of the bigram "a b" in {@code next}, given a's successors {@code next[from, to)},
     * or -1 when a has no such successor.
     */
    int find(int a, int b, int from, int to) {
        long h = hash(a, b);
        int fp = fingerprint(h);
        int mask = slots.length - 1;
        for (int slot = (int) (h >>> shift), e; (e = slots[slot]) != 0; slot = (slot + 1) & mask) {
            if ((e & ~indexMask) == fp) {
                int j = (e & indexMask) - 1;
                if (j >= from && j < to && next[j] == b) {
                    return j;
                }
            }
        }
        return -1;
    }
}
