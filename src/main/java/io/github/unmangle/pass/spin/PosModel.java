package io.github.unmangle.pass.spin;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A part-of-speech model of English (Festival's POS lexicon and tag trigrams, from the Penn Treebank's Wall Street
 * Journal text; {@code data/spin/pos.py} wrote {@code spin-pos.bin}), read as a class-based language model: how well
 * the parts of speech a few words may have go together, whatever the words. A spinner ignores the part of speech
 * ("serve to impairment the most" for "harm": a noun where English writes a verb after "to" and before "the"), which
 * a word's bigrams see only where they were counted.
 *
 * <p>{@link #fit} is log Σ over tag sequences of P(t1 … tn) · Π P(tk | wk) / P(tk): each word's tags weighed by how
 * much more likely than usual the word makes them, so that the score says how well the parts of speech fit and not
 * how common the words are. Two windows that differ in one word compare by their scores' difference.
 */
final class PosModel {
    /** A punctuation mark or a sentence boundary, where a window holds it. */
    static final int PUNCT = -2;
    /** A word the n-gram model does not know. */
    static final int UNKNOWN = -1;
    /** A word the n-gram model does not know, capitalised. */
    static final int UNKNOWN_CAPITAL = -3;
    /**
     * Set on a word's id where the text capitalises it: only then may it be a proper noun (the lexicon's words are in
     * lowercase, and the Wall Street Journal writes "Automobile" in a name a quarter of the time).
     */
    static final int CAPITAL = 1 << 30;

    /** {@code id} (an n-gram id, or {@link #UNKNOWN}) as a word the text capitalises. */
    static int capital(int id) {
        return id < 0 ? UNKNOWN_CAPITAL : id | CAPITAL;
    }

    /** Tags a word has at most (data/spin/pos.py keeps those that hold 99% of P(t | w), at most four). */
    static final int MAX_TAGS = 4;

    private final int tags;
    /** P(c | a b) at (a · T + b) · T + c. */
    private final float[] tri;
    /** P(a b). */
    private final float[] pair;
    /** Per tag list, the index of its first tag in {@link #tag} (and its end). */
    private final int[] first;
    private final byte[] tag;
    /** P(t | w) / P(t). */
    private final float[] weight;
    /** Per word id (and the unknown word after them), its tag list: the words that guess their tags by the same ending share one. */
    private final char[] list;
    /** Per tag list, the list of the same word in lowercase: without the proper nouns' tags (if it has others), weighed again (data/spin/pos.py). */
    private final char[] lowercase;
    private final int unknown;
    private final int punctTag;

    private PosModel(int tags, float[] tri, float[] pair, int[] first, byte[] tag, float[] weight, char[] list, int punctTag, char[] lowercase) {
        this.tags = tags;
        this.tri = tri;
        this.pair = pair;
        this.first = first;
        this.tag = tag;
        this.weight = weight;
        this.list = list;
        this.unknown = list.length - 1;
        this.punctTag = punctTag;
        this.lowercase = lowercase;
    }

    /** {@link #load(int)} for the words of {@code ngrams}, as a task (for a second thread: see SpinPassFactory). */
    static java.util.concurrent.Callable<PosModel> loader(NGrams ngrams) {
        int words = ngrams.size();
        return () -> load(words);
    }

    /** Reads {@code spin-pos.bin}, which must be built for the {@code vocabulary} words of {@code ngrams.bin}. */
    static PosModel load(int vocabulary) {
        try (ResourceReader in = new ResourceReader("spin-pos.bin")) {
            int t = in.readInt();
            int punct = -1;
            for (int k = 0; k < t; k++) {
                if (new String(in.bytes(in.readByte()), java.nio.charset.StandardCharsets.US_ASCII).equals("punc")) {
                    punct = k;
                }
            }
            float[] tri = in.floats(t * t * t);
            float[] pair = in.floats(t * t);
            int lists = in.readInt();
            byte[] counts = in.bytes(lists);
            int[] first = new int[lists + 1];
            for (int k = 0; k < lists; k++) {
                if (counts[k] < 1 || counts[k] > MAX_TAGS) {
                    throw new IOException("spin-pos.bin is corrupt: a word with " + counts[k] + " tags (1 to " + MAX_TAGS + ")");
                }
                first[k + 1] = first[k] + counts[k];
            }
            byte[] tag = in.bytes(first[lists]);
            float[] weight = in.floats(first[lists]);
            char[] lowercase = in.chars(lists);
            int words = in.readInt();
            if (words != vocabulary) {
                throw new IOException("spin-pos.bin was built for " + words + " words, ngrams.bin has " + vocabulary + ": rebuild it (data/spin/pos.py)");
            }
            char[] list = in.chars(words + 1);
            for (char[] refs : new char[][] {list, lowercase}) {
                for (char l : refs) {
                    if (l >= lists) {
                        throw new IOException("spin-pos.bin is corrupt: tag list " + (int) l + " of " + lists);
                    }
                }
            }
            for (byte b : tag) {
                if (b < 0 || b >= t) {
                    throw new IOException("spin-pos.bin is corrupt: tag " + b + " of " + t);
                }
            }
            if (punct < 0) {
                throw new IOException("spin-pos.bin has no tag for punctuation");
            }
            in.end();
            return new PosModel(t, tri, pair, first, tag, weight, list, punct, lowercase);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spin pass's part-of-speech model: " + e.getMessage(), e);
        }
    }

    /**
     * The tag list of {@code id} ({@link #first}): its own, the unknown word's, or -1 for {@link #PUNCT}; the lowercase
     * one unless {@link #CAPITAL}.
     */
    private int entry(int id) {
        if (id == PUNCT) {
            return -1;
        }
        boolean capital = id == UNKNOWN_CAPITAL || (id >= 0 && (id & CAPITAL) != 0);
        int word = id < 0 ? unknown : id & ~CAPITAL;
        int l = list[Math.min(word, unknown)];
        return capital ? l : lowercase[l];
    }

    private int count(int e) {
        return e < 0 ? 1 : first[e + 1] - first[e];
    }

    private int tagOf(int e, int k) {
        return e < 0 ? punctTag : tag[first[e] + k];
    }

    private float weightOf(int e, int k) {
        return e < 0 ? 1f : weight[first[e] + k];
    }

    /**
     * log Σ P(tags) · Π P(t | w) / P(t) over the words {@code ids[0 .. n)} (n-gram ids; {@link #UNKNOWN},
     * {@link #PUNCT}; {@link #capital} where the text capitalises the word); 0 for fewer than two.
     */
    double fit(int[] ids, int n) {
        if (n < 2) {
            return 0;
        }
        // forward algorithm over pairs of tags: alpha[i][j], the previous word's i-th tag and this word's j-th
        int e0 = entry(ids[0]);
        int e1 = entry(ids[1]);
        int c0 = count(e0);
        int c1 = count(e1);
        double[] alpha = new double[MAX_TAGS * MAX_TAGS];
        double[] next = new double[MAX_TAGS * MAX_TAGS];
        for (int i = 0; i < c0; i++) {
            for (int j = 0; j < c1; j++) {
                alpha[i * MAX_TAGS + j] = pair[tagOf(e0, i) * tags + tagOf(e1, j)] * weightOf(e0, i) * weightOf(e1, j);
            }
        }
        int ep = e0;
        int cp = c0;
        int ec = e1;
        int cc = c1;
        for (int w = 2; w < n; w++) {
            int en = entry(ids[w]);
            int cn = count(en);
            java.util.Arrays.fill(next, 0);
            for (int i = 0; i < cp; i++) {
                int a = tagOf(ep, i) * tags;
                for (int j = 0; j < cc; j++) {
                    double v = alpha[i * MAX_TAGS + j];
                    if (v == 0) {
                        continue;
                    }
                    int ab = (a + tagOf(ec, j)) * tags;
                    for (int l = 0; l < cn; l++) {
                        next[j * MAX_TAGS + l] += v * tri[ab + tagOf(en, l)] * weightOf(en, l);
                    }
                }
            }
            double[] swap = alpha;
            alpha = next;
            next = swap;
            ep = ec;
            cp = cc;
            ec = en;
            cc = cn;
        }
        double sum = 0;
        for (double v : alpha) {
            sum += v;
        }
        return Math.log(sum);
    }
}
