package io.github.unmangle.pass.spin;

import io.github.unmangle.lang.WordIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * How likely a word is after another, from openly licensed English ({@code ngrams.bin}, built by
 * {@code data/spin/build.py}): the CMU Sphinx US English language model (72k words, 2M bigrams,
 * Katz backoff) where it knows both words; otherwise a small local corpus (counts of every pair
 * seen twice) mixed with web-scale counts of the most frequent pairs (Google Books, via SymSpell's
 * dictionaries). Both counts of a pair sit at one index of the pairs, which are sorted as the
 * file holds them (each first word's second words, a binary search; nothing to build at load);
 * the model's bigrams are each word's sorted successors (a binary search; once the pass has real
 * work, a probe of {@link BigramIndex}, see {@link #indexBigrams()}). The model's trigrams
 * and bigram backoffs ({@code trigrams.bin}, see {@link #logTrigram}) hang off those bigrams: each
 * bigram's sorted third words (a second binary search); they are read at first use, or ahead of
 * it on a second thread after {@link #preloadTrigrams()}.
 */
final class NGrams {
    static final String START = "<s>";
    /** The web-scale list holds only pairs seen at least this often (on the unigram counts' scale). */
    private final double webFloor;

    private final WordIndex words;
    private final int[] unigram;
    private final long total;
    private final float[] web;
    private final double webTotal;
    /**
     * The pairs with local or web counts, sorted as {@code ngrams.bin} holds them: those of first
     * word a are at [pairRow[a], pairRow[a + 1]), their second words in {@code pairSecond}
     * (ascending), their local counts and the web counts' float bits at the same index.
     */
    private final int[] pairRow;
    private final int[] pairSecond;
    private final int[] pairLocal;
    private final int[] pairWeb;

    private NGrams(WordIndex words, int[] unigram, float[] web, double webFloor, long[] key, int[] local, int[] webPairs,
                   float[] lmUni, float[] lmBo, int[] lmStart, int[] lmNext, short[] lmProb) {
        this.words = words;
        this.lmWord = new int[lmUni.length * 4];
        for (int w = 0; w < lmUni.length; w++) {
            lmWord[w * 4] = Float.floatToRawIntBits(lmUni[w]);
            lmWord[w * 4 + 1] = Float.floatToRawIntBits(lmBo[w]);
            lmWord[w * 4 + 2] = lmStart[w];
            lmWord[w * 4 + 3] = lmStart[w + 1];
        }
        this.lmNext = lmNext;
        this.lmProb = lmProb;
        this.webFloor = webFloor;
        this.unigram = unigram;
        this.web = web;
        long t = 0;
        for (int c : unigram) {
            t += c;
        }
        this.total = t;
        double wt = 0;
        for (float f : web) {
            wt += f;
        }
        this.webTotal = Math.max(1, wt);
        // (a hash table of the pairs, built here, took 60-80 ms of the load)
        int pairs = key.length;
        int v = unigram.length;
        int[] row = new int[v + 1];
        int[] second = new int[pairs];
        long previous = -1;
        for (int i = 0; i < pairs; i++) {
            long k = key[i];
            int a = (int) (k >>> 32);
            if (k <= previous || a >= v || (int) k < 0 || (int) k >= v) {
                throw new IllegalStateException("corrupt ngrams.bin: pair " + i + " out of order or of an unknown word");
            }
            previous = k;
            row[a + 1]++;
            second[i] = (int) k;
        }
        for (int a = 0; a < v; a++) {
            row[a + 1] += row[a];
        }
        this.pairRow = row;
        this.pairSecond = second;
        this.pairLocal = local;
        this.pairWeb = webPairs;
    }

    /**
     * The counted pairs (0.4M: a filter of 512 kB, that stays in a core's cache) and the
     * model's bigrams (2M: 1 MB): nine in ten of the spin pass's lookups of the counted pairs, and six in ten
     * of its bigram searches, look for a pair that is in neither, and most of those stop here. The
     * filters are made once the pass has weighed 256 KB of text (SpinPass.warmUp); until
     * then every pair is searched for.
     */
    private volatile PairFilter tableFilter;
    private volatile PairFilter lmFilter;
    /** The bigrams by their two words (16 MB), made with {@link #lmFilter}; until then each lookup is a binary search. */
    private volatile BigramIndex lmIndex;

    /** Makes the filters and the bigrams' index (if another thread is at it too: the same ones). */
    void indexBigrams() {
        if (lmIndex != null) {
            return;
        }
        PairFilter counted = new PairFilter(pairSecond.length, 16);
        for (int a = 0; a < pairRow.length - 1; a++) {
            for (int i = pairRow[a]; i < pairRow[a + 1]; i++) {
                counted.add(a, pairSecond[i]);
            }
        }
        tableFilter = counted;
        PairFilter f = new PairFilter(lmNext.length, 8);
        BigramIndex ix = new BigramIndex(lmNext);
        forEachBigram((a, b, j) -> {
            f.add(a, b);
            ix.add(a, j);
        });
        lmFilter = f;
        lmIndex = ix;
    }

    /** What is done with each bigram "a b" of the model, whose index in {@code lmNext} is j. */
    interface BigramAction {
        void accept(int a, int b, int j);
    }

    /** Every bigram of the model, in order (by the rows of {@code lmWord}). */
    void forEachBigram(BigramAction action) {
        for (int a = 0; a < unigram.length; a++) {
            for (int j = lmWord[a * 4 + 2]; j < lmWord[a * 4 + 3]; j++) {
                action.accept(a, lmNext[j], j);
            }
        }
    }

    /**
     * For tests (after {@link #indexBigrams()}): how many of the counted pairs their filter would
     * rule out (it must rule out none), how many there are, and how many are not found where they
     * are, as {missed, pairs, misplaced}. (The bigrams are checked through {@link #forEachBigram}
     * and {@link #pair(int, int, boolean)}.)
     */
    long[] tablePairsTheFilterMisses() {
        long missed = 0;
        long misplaced = 0;
        for (int a = 0; a < pairRow.length - 1; a++) {
            for (int i = pairRow[a]; i < pairRow[a + 1]; i++) {
                missed += tableFilter.mayHold(a, pairSecond[i]) ? 0 : 1;
                misplaced += find(a, pairSecond[i]) == i ? 0 : 1;
            }
        }
        return new long[] {missed, pairSecond.length, misplaced};
    }

    static NGrams load() {
        try (ResourceReader in = new ResourceReader("ngrams.bin")) {
            WordIndex words = in.block();
            int v = words.size();
            int[] uni = in.ints(v);
            float[] web = in.floats(v);
            float floor = in.readFloat();
            int b = in.readInt();
            long[] keys = in.longs(b);
            int[] local = in.ints(b);
            int[] webPairs = in.ints(b); // the web counts' float bits
            float[] lmUni = in.floats(v);
            float[] lmBo = in.floats(v);
            int lb = in.readInt();
            int[] lmStart = in.ints(v + 1);
            int[] lmNext = in.ints(lb);
            short[] lmProb = in.shorts(lb);
            in.end();
            return new NGrams(words, uni, web, floor, keys, local, webPairs, lmUni, lmBo, lmStart, lmNext, lmProb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The language model's trigrams and bigram backoffs, by the index j of a bigram "a b" in
     * {@code lmNext}. Only bigrams with trigrams or a backoff other than 1 have a group g (bit j of
     * {@code grouped}; g = the bits set before it, {@code rank} counting them by 64): its log10
     * backoff {@code bo[g]}, and its trigrams "a b c" for c in {@code next[start[g]] ..
     * next[start[g + 1] - 1]} (sorted) with log10 P(c | a b) in {@code prob}; all in thousandths.
     */
    private record Trigrams(int bigrams, long[] grouped, int[] rank, short[] bo, int[] start, int[] next, short[] prob) {
        /** Reads {@code trigrams.bin} (format in {@code data/spin/build.py}). */
        static Trigrams load() throws IOException {
            try (ResourceReader in = new ResourceReader("trigrams.bin")) {
                int b = in.readInt();
                int g = in.readInt();
                int t = in.readInt();
                int over = in.readInt();
                int words = (b + 63) >>> 6;
                long[] grouped = in.longs(words);
                int[] rank = new int[words + 1];
                for (int w = 0; w < words; w++) {
                    rank[w + 1] = rank[w] + Long.bitCount(grouped[w]);
                }
                short[] bo = in.shorts(g);
                byte[] counts = in.bytes(g);
                int[] overflow = in.ints(over);
                int[] start = new int[g + 1];
                for (int k = 0, o = 0; k < g; k++) {
                    int n = counts[k] & 0xFF;
                    start[k + 1] = start[k] + (n == 255 ? overflow[o++] : n);
                }
                if (rank[words] != g || start[g] != t) {
                    throw new IllegalStateException("corrupt trigrams.bin: " + rank[words] + " groups and " + start[g] + " trigrams counted, "
                            + g + " and " + t + " expected");
                }
                Trigrams read = new Trigrams(b, grouped, rank, bo, start, in.ints(t), in.shorts(t));
                in.end();
                return read;
            }
        }

        /** The group of bigram j, or -1 (no trigrams, backoff 1). */
        int group(int j) {
            long word = grouped[j >>> 6];
            long bit = 1L << j; // shifts by j % 64
            return (word & bit) == 0 ? -1 : rank[j >>> 6] + Long.bitCount(word & (bit - 1));
        }
    }

    int id(CharSequence lowerWord) {
        return words.indexOf(lowerWord);
    }

    String word(int id) {
        return words.word(id);
    }

    int count(int id) {
        return id < 0 ? 0 : unigram[id];
    }

    /** The index of the pair's counts, or -1 when neither source has it. */
    private int find(int a, int b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        PairFilter f = tableFilter;
        return f != null && !f.mayHold(a, b) ? -1 : probe(a, b);
    }

    /** As {@link #find}, for two ids (≥ 0) past the filter: a binary search of a's second words. */
    private int probe(int a, int b) {
        return sortedIndex(pairSecond, pairRow[a], pairRow[a + 1], b);
    }

    // The CMU Sphinx US English language model (pocketsphinx-en-us): log10 unigram probabilities and
    // backoffs by word id (NaN: not in the model) and each word's bigram successors, sorted, with
    // log10 P(next | word) in thousandths. What a lookup reads of a word sits in one row of lmWord
    // (one cache line, not three): by id w, at 4w the unigram's float bits, 4w + 1 the backoff's,
    // 4w + 2 and 4w + 3 its successors' range in lmNext (from, to).
    private final int[] lmWord;
    private final int[] lmNext;
    private final short[] lmProb;

    /** Whether the language model knows the word. */
    boolean inLm(int id) {
        return id >= 0 && !Float.isNaN(Float.intBitsToFloat(lmWord[id * 4]));
    }

    /** Index of the bigram (a, b) in the language model, or -1 (as a {@link Pair}'s {@code lm}). */
    int lmFind(int a, int b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        PairFilter f = lmFilter;
        return f != null && !f.mayHold(a, b) ? -1 : successor(lmIndex, a, b, lmWord[a * 4 + 2], lmWord[a * 4 + 3]);
    }

    /** Index of the bigram (a, b), given a's successors {@code lmNext[from, to)} and their index if made ({@code ix}), or -1. */
    private int successor(BigramIndex ix, int a, int b, int from, int to) {
        return ix != null ? ix.find(a, b, from, to) : sortedIndex(lmNext, from, to, b);
    }

    /** Index of {@code key} in {@code a[from, to)} (sorted), or -1. */
    private static int sortedIndex(int[] a, int from, int to, int key) {
        int k = java.util.Arrays.binarySearch(a, from, to, key);
        return k < 0 ? -1 : k;
    }

    /**
     * {@code trigrams.bin}, read when first needed (by the caller) or by {@link #preloadTrigrams()}
     * (on a second thread, that the first use then waits for): 30–80 ms of work, not spent by a
     * pass that never asks for a trigram.
     */
    private final FutureTask<Trigrams> trigramLoad = new FutureTask<>(this::loadTrigrams);

    /** The trigrams, checked once against the bigrams they are aligned with. */
    private Trigrams loadTrigrams() throws IOException {
        Trigrams t = Trigrams.load();
        if (t.bigrams != lmNext.length) {
            throw new IllegalStateException("trigrams.bin holds " + t.bigrams + " bigrams, ngrams.bin " + lmNext.length + ": rebuild both");
        }
        return t;
    }

    /**
     * Starts reading the trigrams on a daemon thread, so that they are ready (or nearly) at first
     * use (the bigrams' filter is made later: {@link #indexBigrams()}).
     */
    void preloadTrigrams() {
        preloadTrigrams(() -> { });
    }

    /** {@link #preloadTrigrams()}, then {@code then} on the same thread (another resource of the pass). */
    void preloadTrigrams(Runnable then) {
        // (a task runs once: a second run, here or in tri(), returns at once; a failure is kept
        // in the task and thrown at first use)
        io.github.unmangle.core.Preload.once("spin-trigrams@" + System.identityHashCode(this), () -> {
            trigramLoad.run();
            then.run();
        });
    }

    /** Returns once the trigrams are read (reading them if nobody has begun); a failure to read them is left to their first use. */
    void awaitTrigrams() {
        try {
            tri();
        } catch (RuntimeException e) {
            // (thrown again where a trigram is asked for)
        }
    }

    /** The trigrams: read now if nobody has begun, else waited for. */
    private Trigrams tri() {
        trigramLoad.run();
        try {
            return trigramLoad.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                    : e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The group of the bigram (a, b) in the trigrams, or -1 (no such bigram, or no trigrams and backoff 1). */
    private int triGroup(Trigrams tri, int a, int b) {
        int ab = lmFind(a, b);
        return ab < 0 ? -1 : tri.group(ab);
    }

    /** Index of the trigram "a b c" in {@code tri.next}, or -1; {@code g} is the group of "a b" or -1. */
    private static int triFind(Trigrams tri, int g, int c) {
        return g < 0 ? -1 : sortedIndex(tri.next, tri.start[g], tri.start[g + 1], c);
    }

    /**
     * Whether the language model holds the trigram "a b c", where "a b" is the bigram {@code ab}
     * already looked up (its index read there: no second search).
     */
    boolean hasTrigram(Pair ab, int c) {
        if (ab.lm() < 0 || c < 0) {
            return false;
        }
        Trigrams tri = tri();
        return triFind(tri, tri.group(ab.lm()), c) >= 0;
    }

    /**
     * As {@link #hasTrigram(int, int, int)}, asked for many words b between the same two: a model's
     * trigram has both its bigrams, so a b whose second pair ("b c") the bigrams' filter rules out
     * is no trigram's, found without a search.
     */
    boolean hasTrigramBetween(int a, int b, int c) {
        PairFilter f = lmFilter;
        return (f == null || f.mayHold(b, c)) && hasTrigram(a, b, c);
    }

    /** Whether the language model holds the trigram "a b c". */
    boolean hasTrigram(int a, int b, int c) {
        Trigrams tri = tri();
        return c >= 0 && triFind(tri, triGroup(tri, a, b), c) >= 0;
    }

    /** log (natural) of the language model's backoff weight of the bigram "a b": 0 when it has no such bigram. */
    double logBackoff(int a, int b) {
        Trigrams tri = tri();
        int g = triGroup(tri, a, b);
        return g < 0 ? 0 : tri.bo[g] / 1000.0 * LN10;
    }

    /**
     * log (natural) of P(c | a b) by the language model's Katz backoff where it knows all three words:
     * the trigram's probability if it has one; else the bigram "a b"'s backoff weight (1 when it has
     * no such bigram) times P(c | b) (its bigram estimate, as {@link #logScore(int, int)}). When a
     * word is not in the model: {@link #logScore(int, int) logScore(b, c)}.
     */
    double logTrigram(int a, int b, int c) {
        if (!(inLm(a) && inLm(b) && inLm(c))) {
            return logScore(b, c);
        }
        return logTrigram(a, b, c, lmFind(a, b), lmFind(b, c));
    }

    /**
     * As {@link #logTrigram(int, int, int)}, where the bigrams "a b" and "b c" are already looked up:
     * {@code ab} and {@code bc} are their indexes ({@link #lmFind}, or a {@link Pair}'s {@code lm}; -1
     * for none), not searched for again. SpinPass rescores a place's best originals with the
     * neighbours whose pairs it has just looked up: of the 20 bigrams of a place's trigrams (the
     * spun form's and three originals'), 18 were looked up to weigh it, each a cache miss.
     */
    double logTrigram(int a, int b, int c, int ab, int bc) {
        if (!(inLm(b) && inLm(c))) {
            return logScore(b, c);
        }
        if (!inLm(a)) {
            return katz(b, c, bc);
        }
        Trigrams tri = tri();
        int g = ab < 0 ? -1 : tri.group(ab);
        int abc = triFind(tri, g, c);
        if (abc >= 0) {
            return tri.prob[abc] / 1000.0 * LN10;
        }
        return (g < 0 ? 0 : tri.bo[g] / 1000.0 * LN10) + katz(b, c, bc);
    }

    /** The number of trigrams of the language model (those of its words that have ids). */
    int trigrams() {
        return tri().next.length;
    }

    /**
     * The counts of one pair: local count, web count, its language-model bigram (index, -1 if none)
     * and, as read with the index where the lookup did (else NaN), the bigram's Katz score (natural log).
     */
    record Pair(int local, double web, int lm, double lmLog) {
        /** A pair that is no bigram of the model (lm -1) or whose model score is not read yet (NaN). */
        Pair(int local, double web, int lm) {
            this(local, web, lm, Double.NaN);
        }

        /** Seen well by some source: {@code minLocal} times locally, among the web's frequent pairs, or a bigram of the language model. */
        boolean attested(int minLocal) {
            return local >= minLocal || web > 0 || lm >= 0;
        }

        /** Seen by no source. */
        boolean unseen() {
            return local == 0 && web == 0 && lm < 0;
        }
    }

    private static final Pair NONE = new Pair(0, 0, -1);

    Pair pair(int a, int b) {
        return pair(a, b, true);
    }

    /**
     * As {@link #pair(int, int)}; without {@code needLocal}, a bigram of the language model is
     * returned without its local and web counts (0): its score and whether it is attested or
     * unseen need only the model, and the second table is not probed.
     */
    Pair pair(int a, int b, boolean needLocal) {
        int lm = lmFind(a, b);
        return lm >= 0 && !needLocal ? new Pair(0, 0, lm) : counted(lm, find(a, b));
    }

    /** The pair of language-model bigram {@code lm} and counted pair {@code s} (each -1 if none). */
    private Pair counted(int lm, int s) {
        if (s < 0 && lm < 0) {
            return NONE;
        }
        return s < 0 ? scored(0, 0, lm) : scored(pairLocal[s], Float.intBitsToFloat(pairWeb[s]), lm);
    }

    /** A pair with its bigram's Katz score read now, if it is a bigram of the model (as {@link #katz} gives it). */
    private Pair scored(int local, double web, int lm) {
        return new Pair(local, web, lm, lm >= 0 ? lmProb[lm] / 1000.0 * LN10 : Double.NaN);
    }

    /**
     * For every word w of {@code words[from, to)}: {@code pair(left, w, needLocal)} into {@code lefts} and, if
     * {@code hasRight}, {@code pair(w, right, needLocal)} into {@code rights} (else null), at w's index. The same
     * answers as one by one, looked up in stages so that the cache misses of all the words overlap
     * (no load of a stage waits for another's): the filters' words and each word's row of the
     * model, then the bigram searches, then the table's probes. With {@code scoreOnly}, only what
     * {@link #logScore(int, int, Pair)} reads: a pair of two words of the model that is no bigram of
     * it has no counts read (its table probe, most of those left, is saved), and reads as unseen.
     */
    void pairs(int left, int[] words, int from, int to, int right, boolean hasRight, boolean needLocal, boolean scoreOnly, Pair[] lefts, Pair[] rights) {
        int n = words.length;
        PairFilter lf = lmFilter;
        PairFilter tf = tableFilter;
        BigramIndex ix = lmIndex;
        boolean leftKnown = left >= 0;
        boolean rightKnown = hasRight && right >= 0;
        // bit 0: (left, w) may be a bigram, 1: (w, right) may be; 2 and 3: the same of the table
        int[] maybe = new int[n];
        int[] rowFrom = new int[n];
        int[] rowTo = new int[n];
        for (int k = from; k < to; k++) {
            int w = words[k];
            if (w < 0) {
                continue;
            }
            int m = 0;
            boolean scoredAlone = scoreOnly && inLm(w); // (and the neighbour: the model's score needs no counts)
            if (leftKnown) {
                m |= (lf == null || lf.mayHold(left, w) ? 1 : 0) | ((scoredAlone && inLm(left)) || !(tf == null || tf.mayHold(left, w)) ? 0 : 4);
            }
            if (rightKnown) {
                m |= (lf == null || lf.mayHold(w, right) ? 2 : 0) | ((scoredAlone && inLm(right)) || !(tf == null || tf.mayHold(w, right)) ? 0 : 8);
                rowFrom[k] = lmWord[w * 4 + 2];
                rowTo[k] = lmWord[w * 4 + 3];
            }
            maybe[k] = m;
        }
        int[] lmLeft = new int[n];
        int[] lmRight = new int[n];
        int leftFrom = leftKnown ? lmWord[left * 4 + 2] : 0;
        int leftTo = leftKnown ? lmWord[left * 4 + 3] : 0;
        for (int k = from; k < to; k++) {
            lmLeft[k] = (maybe[k] & 1) != 0 ? successor(ix, left, words[k], leftFrom, leftTo) : -1;
            lmRight[k] = (maybe[k] & 2) != 0 ? successor(ix, words[k], right, rowFrom[k], rowTo[k]) : -1;
        }
        for (int k = from; k < to; k++) {
            int w = words[k];
            // (the bigrams' scores are read here, for all words at once, not one by one as they are scored)
            lefts[k] = lmLeft[k] >= 0 && !needLocal ? scored(0, 0, lmLeft[k])
                    : counted(lmLeft[k], (maybe[k] & 4) != 0 ? probe(left, w) : -1);
            rights[k] = !hasRight ? null : lmRight[k] >= 0 && !needLocal ? scored(0, 0, lmRight[k])
                    : counted(lmRight[k], (maybe[k] & 8) != 0 ? probe(w, right) : -1);
        }
    }

    /** log of the score of {@code b} after {@code a}. */
    double logScore(int a, int b) {
        if (inLm(a) && inLm(b)) {
            return katz(a, b, lmFind(a, b)); // (the other table is read only where the model lacks a word)
        }
        return logScore(a, b, pair(a, b));
    }

    /** Katz backoff, natural log: the bigram's probability (index {@code lm}), or a's backoff weight times b's unigram probability. */
    private double katz(int a, int b, int lm) {
        return (lm >= 0 ? lmProb[lm] / 1000.0 : Float.intBitsToFloat(lmWord[a * 4 + 1]) + Float.intBitsToFloat(lmWord[b * 4])) * LN10;
    }

    /**
     * As {@link #logScore(int, int)}, with the pair's counts already known: the language model's
     * Katz-backoff probability where it knows both words; else the mean of the local stupid-backoff
     * estimate and, where the web counts know {@code a}, the web estimate (an absent pair is taken
     * as its independence estimate, capped below the list's floor).
     */
    double logScore(int a, int b, Pair ab) {
        if (ab.lm() >= 0) {
            // (the words of a bigram of the model are in the model; its score, if read with it, is katz's)
            return Double.isNaN(ab.lmLog()) ? katz(a, b, ab.lm()) : ab.lmLog();
        }
        if (inLm(a) && inLm(b)) {
            return katz(a, b, -1);
        }
        double local;
        if (ab.local() > 0) {
            local = (double) ab.local() / count(a);
        } else {
            double uni = Math.max(0.5, count(b)); // unknown (-1) or uncounted words: half a count
            local = 0.4 * uni / total;
        }
        double wa = a < 0 ? 0 : web[a];
        if (wa <= 0) {
            return Math.log(local);
        }
        double pair = ab.web();
        if (pair <= 0) {
            double wb = b < 0 ? 0 : web[b];
            pair = Math.min(webFloor / 2, Math.max(wa * Math.max(wb, 1000) / webTotal, 1e-3));
        }
        return Math.log(0.5 * local + 0.5 * pair / wa);
    }

    /** log P(word) with no context: web-scale where known, else local (half a count for unseen words). */
    double logUnigram(int id) {
        if (id >= 0 && web[id] > 0) {
            return Math.log(web[id] / webTotal);
        }
        return Math.log(Math.max(0.5, count(id)) / total);
    }

    /** log P(phrase) with no context: its first word's unigram, then each word after the one before. */
    double logPhrase(String lowerWords) {
        int prev = -2;
        double lp = 0;
        for (String w : lowerWords.split(" ")) {
            int id = id(w);
            lp += prev == -2 ? logUnigram(id) : logScore(prev, id);
            prev = id;
        }
        return lp;
    }

    static final double LN10 = Math.log(10);

    int size() {
        return unigram.length;
    }
}
