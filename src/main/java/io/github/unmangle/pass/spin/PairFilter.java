package io.github.unmangle.pass.spin;

/**
 * Which word pairs a large table may hold, in a bit array small enough to stay in a core's cache
 * (a blocked Bloom filter: three bits in one 64-bit word a pair). {@link #mayHold} is never false
 * for a pair that was added, and true for some of the others (PairFilterTest measures how many): a lookup it rules out
 * need not touch the table, which most of the spin pass's lookups would miss (nine in ten of
 * those in the local and web pair table, six in ten of those in the language model's bigrams).
 */
final class PairFilter {
    private final long[] words;
    private final int shift;

    /**
     * A filter for about {@code pairs} pairs, with at most {@code bitsPerPair} bits for each and at
     * least half that (a power of two of words, rounded down: the model's 2M bigrams at 8 bits get
     * 1 MB, about 4 bits a pair).
     */
    PairFilter(int pairs, int bitsPerPair) {
        long bits = Math.max(64L, (long) pairs * bitsPerPair);
        int n = Integer.highestOneBit((int) Math.min(1 << 30, (bits + 63) >>> 6));
        this.words = new long[n];
        this.shift = 64 - Integer.numberOfTrailingZeros(n);
    }

    /** SplitMix64's finaliser of the pair: every bit of the hash depends on every bit of both words. */
    private static long mix(int a, int b) {
        long z = ((long) a << 32) | (b & 0xFFFF_FFFFL);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The word of the pair's bits, from the top of its hash (a one-word filter: shift 64, index 0). */
    private int word(long h) {
        return shift == 64 ? 0 : (int) (h >>> shift);
    }

    /** Its three bits, from the hash's low bits (the word index takes the top ones). */
    private static long mask(long h) {
        return (1L << h) | (1L << (h >>> 6)) | (1L << (h >>> 12)); // shifts count mod 64
    }

    void add(int a, int b) {
        long h = mix(a, b);
        words[word(h)] |= mask(h);
    }

    /** False only for a pair never added. */
    boolean mayHold(int a, int b) {
        long h = mix(a, b);
        long m = mask(h);
        return (words[word(h)] & m) == m;
    }

    /** Size in bytes. */
    long bytes() {
        return words.length * 8L;
    }
}
