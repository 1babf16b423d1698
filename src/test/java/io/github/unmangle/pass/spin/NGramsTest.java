package io.github.unmangle.pass.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The language model's trigrams and bigram backoffs ({@code trigrams.bin}) as {@link NGrams} reads them. */
class NGramsTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir"));
    /** Values are stored as log10 in thousandths: half a thousandth off at most, plus float noise. */
    private static final double STORED = 0.0005 + 1e-6;
    private static NGrams g;

    @BeforeAll
    static void load() {
        g = NGrams.load();
        g.preloadTrigrams();
    }

    private static int id(String lmWord) {
        // the model writes initials with a dot ("u."), our tokens drop it
        int i = g.id(lmWord.matches("[b-hj-z]\\.") ? lmWord.substring(0, 1) : lmWord);
        assertTrue(i >= 0 && g.inLm(i), "not an id of the language model: " + lmWord);
        return i;
    }

    /**
     * testdata/spin/lm-trigrams.tsv holds values build.py's own trie reader gives for a few trigrams,
     * in the model's word ids before they are mapped to ours and re-sorted (two of them, "whips and
     * bullhorns" and "coach and jerri", sit in the model's only two groups not sorted by word id).
     */
    @Test
    void valuesMatchThoseTheBuildScriptReadFromTheModel() throws IOException {
        List<String> rows = Files.readAllLines(ROOT.resolve("testdata/spin/lm-trigrams.tsv")).stream()
                .filter(r -> !r.startsWith("#") && !r.isBlank()).toList();
        assertEquals(14, rows.size());
        int present = 0;
        for (String row : rows) {
            String[] c = row.split("\t");
            String[] w = c[0].split(" ");
            int a = id(w[0]);
            int b = id(w[1]);
            int d = id(w[2]);
            double bo = Double.parseDouble(c[2]);
            double bigram = Double.parseDouble(c[3]);
            assertEquals(bo, g.logBackoff(a, b) / NGrams.LN10, STORED, c[0] + ": backoff of the first two");
            assertEquals(bigram, g.logScore(b, d) / NGrams.LN10, STORED, c[0] + ": bigram of the last two");
            if (c[1].equals("-")) {
                assertFalse(g.hasTrigram(a, b, d), c[0]);
                // Katz backoff: bo(a b) + log P(d | b)
                assertEquals(g.logBackoff(a, b) + g.logScore(b, d), g.logTrigram(a, b, d), 1e-9, c[0]);
                assertEquals(bo + bigram, g.logTrigram(a, b, d) / NGrams.LN10, 2 * STORED, c[0]);
            } else {
                present++;
                assertTrue(g.hasTrigram(a, b, d), c[0]);
                assertEquals(Double.parseDouble(c[1]), g.logTrigram(a, b, d) / NGrams.LN10, STORED, c[0]);
            }
        }
        assertEquals(11, present);
    }

    /** A pair looked up without its local counts scores and attests as the full lookup does. */
    @Test
    void aPairWithoutItsLocalCountsScoresTheSame() {
        String[] words = {"the", "of", "police", "force", "have", "been", "take", "nosotros", "we", "information", "technology", "zzqx"};
        int pairsInModel = 0;
        for (String a : words) {
            for (String b : words) {
                NGrams.Pair full = g.pair(g.id(a), g.id(b));
                NGrams.Pair quick = g.pair(g.id(a), g.id(b), false);
                assertEquals(g.logScore(g.id(a), g.id(b), full), g.logScore(g.id(a), g.id(b), quick), 1e-12, a + " " + b);
                assertEquals(full.attested(10), quick.attested(10), a + " " + b);
                assertEquals(full.unseen(), quick.unseen(), a + " " + b);
                pairsInModel += quick.lm() >= 0 ? 1 : 0;
            }
        }
        assertTrue(pairsInModel > 10, "the shortcut was taken " + pairsInModel + " times");
    }

    /** The filter in front of the counted pairs rules out no pair that is there, and each is found at its index. */
    @Test
    void theTableFilterRulesOutNoPairOfItsTable() {
        g.indexBigrams();
        long[] missedPairs = g.tablePairsTheFilterMisses();
        assertEquals(0, missedPairs[0], "pairs ruled out though present");
        assertTrue(missedPairs[1] > 300_000, "pairs: " + missedPairs[1]);
        assertEquals(0, missedPairs[2], "pairs not found where they are");
    }

    /**
     * Every bigram of the model is found where it is, through the bigrams' filter and index (made
     * by indexBigrams) and by the binary search of a model whose filter and index are not made yet;
     * and its words are in the model (a pair found in the model is scored by the model without
     * asking whether it knows the words).
     */
    @Test
    void everyBigramIsFoundAtItsIndexWithAndWithoutTheIndex() {
        NGrams plain = NGrams.load();
        g.indexBigrams();
        long[] counts = new long[3]; // bigrams, found wrongly through the index, wrongly by the search
        java.util.List<String> wrong = new java.util.ArrayList<>();
        g.forEachBigram((a, b, j) -> {
            counts[0]++;
            if (g.pair(a, b, false).lm() != j || !g.inLm(a) || !g.inLm(b)) {
                counts[1]++;
                wrong.add(a + " " + b);
            }
            if (plain.pair(a, b, false).lm() != j) {
                counts[2]++;
            }
        });
        assertTrue(counts[0] > 2_000_000, "bigrams: " + counts[0]);
        assertEquals(0, counts[1], "not found at their index: " + wrong.stream().limit(5).toList());
        assertEquals(0, counts[2]);
    }

    /**
     * The bigram filter changes no lookup: every pair of neighbours in the seeds, and of each word with
     * the words before and after it in the text standing for it, looked up with the filter (made by
     * the preload) and without it (a model read anew, whose filter is not made yet); and the pairs of
     * all the words a spun form may stand for, looked up together, are those looked up one by one.
     */
    @Test
    void lookupsThroughTheFilterAreTheSearchesResults() throws IOException {
        NGrams plain = NGrams.load();
        Candidates c = Candidates.load(g);
        g.indexBigrams();
        int pairs = 0;
        int inModel = 0;
        try (var files = Files.list(ROOT.resolve("seeds"))) {
            for (Path p : files.sorted().toList()) {
                List<SpinPass.Tok> toks = Tokens.identified(g, Files.readString(p));
                for (int i = 1; i + 1 < toks.size(); i++) {
                    int left = toks.get(i - 1).id();
                    int right = toks.get(i + 1).id();
                    Candidates.Entry e = c.entry(toks.get(i).id());
                    int[] words = e == null ? new int[] {toks.get(i).id()} : e.ids();
                    // looked up together: as one by one (for their scores alone: the same scores and bigrams)
                    for (boolean scoreOnly : new boolean[] {false, true}) {
                        for (boolean needLocal : new boolean[] {false, true}) {
                            for (boolean hasRight : new boolean[] {false, true}) {
                                NGrams.Pair[] lefts = new NGrams.Pair[words.length];
                                NGrams.Pair[] rights = new NGrams.Pair[words.length];
                                for (NGrams model : new NGrams[] {g, plain}) {
                                    model.pairs(left, words, 0, words.length, right, hasRight, needLocal, scoreOnly, lefts, rights);
                                    for (int k = 0; k < words.length; k++) {
                                        NGrams.Pair one = plain.pair(left, words[k], needLocal);
                                        assertEquals(scoreOnly ? one.lm() : counts(one), scoreOnly ? lefts[k].lm() : counts(lefts[k]), left + " " + words[k]);
                                        assertEquals(plain.logScore(left, words[k], one), model.logScore(left, words[k], lefts[k]), left + " " + words[k]);
                                        if (hasRight) {
                                            one = plain.pair(words[k], right, needLocal);
                                            assertEquals(scoreOnly ? one.lm() : counts(one), scoreOnly ? rights[k].lm() : counts(rights[k]), words[k] + " " + right);
                                            assertEquals(plain.logScore(words[k], right, one), model.logScore(words[k], right, rights[k]), words[k] + " " + right);
                                        } else {
                                            assertNull(rights[k]);
                                        }
                                        // (the bigram's score read with it is the one read when it is scored)
                                        assertTrue(lefts[k].lm() < 0 || lefts[k].lmLog() == plain.logScore(left, words[k]), left + " " + words[k]);
                                    }
                                }
                            }
                        }
                    }
                    for (int w : words) {
                        for (int[] ab : new int[][] {{left, w}, {w, right}}) {
                            NGrams.Pair filtered = g.pair(ab[0], ab[1]);
                            assertEquals(plain.pair(ab[0], ab[1]), filtered, ab[0] + " " + ab[1]);
                            assertEquals(plain.pair(ab[0], ab[1], false), g.pair(ab[0], ab[1], false), ab[0] + " " + ab[1]);
                            assertEquals(plain.logScore(ab[0], ab[1]), g.logScore(ab[0], ab[1]), ab[0] + " " + ab[1]);
                            pairs++;
                            inModel += filtered.lm() >= 0 ? 1 : 0;
                        }
                        assertEquals(plain.logTrigram(left, toks.get(i).id(), right), g.logTrigram(left, toks.get(i).id(), right));
                        assertEquals(plain.logTrigram(left, w, right), g.logTrigram(left, w, right));
                    }
                }
            }
        }
        assertTrue(pairs > 10_000 && inModel > 1_000 && inModel < pairs / 2, pairs + " pairs, " + inModel + " in the model");
    }

    /** A pair's counts and bigram, without the score read with it (NaN where it was not). */
    private static List<Object> counts(NGrams.Pair p) {
        return List.of(p.local(), p.web(), p.lm());
    }

    @Test
    void aTrigramIsNotItsBigramEstimate() {
        int one = id("one");
        int of = id("of");
        int the = id("the");
        // log10 P(the | one of) = -0.306, log10 P(the | of) = -0.699
        assertTrue(g.logTrigram(one, of, the) > g.logScore(of, the) + 0.3 * NGrams.LN10);
        assertTrue(g.logTrigram(one, of, the) > g.logBackoff(one, of) + g.logScore(of, the));
        assertTrue(g.trigrams() > 1_500_000, "trigrams: " + g.trigrams());
    }

    @Test
    void contextMakesTheLikelyWordLikelier() {
        String[][] better = {{"one of the", "one of a"}, {"the united states", "the united nations"}, {"in order to", "in order the"},
                {"a lot of", "a lot the"}, {"as well as", "as well the"}};
        for (String[] p : better) {
            assertTrue(tri(p[0]) > tri(p[1]), p[0] + " vs " + p[1]);
        }
        // the third word's context beats its bigram alone where the trigram is common
        assertTrue(tri("the united states") > g.logScore(id("united"), id("states")));
        assertTrue(tri("in order to") > g.logScore(id("order"), id("to")));
    }

    private static double tri(String phrase) {
        String[] w = phrase.split(" ");
        return g.logTrigram(id(w[0]), id(w[1]), id(w[2]));
    }

    /**
     * P(c | a b) summed over every word of the model that has an id (all but the sentence end
     * "</s>" and a few others) is at most one, and short of it by about P(</s> | a b) (the build
     * script's reader gives 0.0012 after "one of", 0.0022 "the united", 0.046 "in order", 0.0035
     * "<s> the", 0.357 "as well", 0.016 "whips and"): the backoff weights and trigram
     * probabilities fit together. Slack: stored values are rounded to thousandths of log10 (0.12% at most).
     */
    @Test
    void probabilitiesAfterAContextSumToAtMostOne() {
        String[][] contexts = {{"one", "of"}, {"the", "united"}, {"in", "order"}, {"<s>", "the"}, {"as", "well"}, {"whips", "and"}};
        double[] end = {0.0012, 0.0022, 0.046, 0.0035, 0.357, 0.016};
        for (int k = 0; k < contexts.length; k++) {
            String[] ctx = contexts[k];
            int a = id(ctx[0]);
            int b = id(ctx[1]);
            double sum = 0;
            int known = 0;
            for (int c = 0; c < g.size(); c++) {
                if (g.inLm(c)) {
                    sum += Math.exp(g.logTrigram(a, b, c));
                    known++;
                }
            }
            assertTrue(known > 70_000, "words in the model: " + known);
            String what = String.join(" ", ctx) + ": " + sum;
            assertTrue(sum <= 1.0015, what);
            assertTrue(sum > 1 - end[k] - 0.02, what); // words without an id of ours take up to 1% or so
        }
    }

    /** Without {@link NGrams#preloadTrigrams()}, the first use reads the trigrams itself: same answers. */
    @Test
    void trigramsReadAtFirstUseAreTheSame() {
        NGrams fresh = NGrams.load();
        int[][] cases = {{id("one"), id("of"), id("the")}, {id("one"), id("of"), id("bananas")}, {id("whips"), id("and"), id("bullhorns")}};
        for (int[] c : cases) {
            assertEquals(g.logTrigram(c[0], c[1], c[2]), fresh.logTrigram(c[0], c[1], c[2]));
        }
        assertEquals(g.trigrams(), fresh.trigrams());
    }

    /** A word the model lacks: the trigram falls back to the two-word score as the pass uses it. */
    @Test
    void aWordOutsideTheModelFallsBackToTheBigramScore() {
        int the = id("the");
        int of = id("of");
        int unknown = g.id("zzqxv");
        assertEquals(-1, unknown);
        assertEquals(g.logScore(of, the), g.logTrigram(unknown, of, the));
        assertEquals(g.logScore(the, unknown), g.logTrigram(of, the, unknown));
        assertFalse(g.hasTrigram(unknown, of, the));
    }
}
