package io.github.unmangle.pass.spin;

/**
 * A text's spin score and swap rate: the share of its words judged spun (with an unspun text's share counted in for
 * short texts), the rate the document gate and the priors read from it, and how far a form is overused against what
 * English writes (a Poisson tail).
 */
final class Rates {
    private Rates() {
    }

    /**
     * A spun text's share of odd places (WordNet's: the gate's share, {@link #documentRate}'s input) counts
     * about {@value #SCORE_PER_SWAP} of its spinner's swaps and {@value #SCORE_UNSPUN} of its other words:
     * SpinEval's 400 articles, spun at 3.2%, 9.7% and 19.5% of their words, read as 0.0325, 0.0752 and
     * 0.1287 (medians; 0.78, 0.70 and 0.62 of the swaps: neighbouring swaps hide each other), the same
     * articles unspun as 0.0075.
     */
    static final double SCORE_PER_SWAP = 0.72;
    static final double SCORE_UNSPUN = 0.0075;
    /**
     * The score counts this many words of an unspun text's share ({@value #SCORE_UNSPUN}) beside a
     * text's own: a 100-word original with four odd words is not a spun text. Of SpinEval's passages
     * of 100 words of its unspun articles ({@code --passages}), 1.7% score above check's 0.03 (4.4%
     * before the prior, and before the thesaurus); of its 400 articles spun at 4.5%, 383 (390).
     */
    static final double SCORE_PRIOR_WORDS = 50;

    /** The share of {@code odd} places in {@code judged} words with {@link #SCORE_PRIOR_WORDS} words of an unspun text's share counted in (0 for no words). */
    static double withPrior(int odd, int judged) {
        return share(odd, judged, SCORE_PRIOR_WORDS);
    }

    /** The share of {@code odd} places in {@code judged} words with {@code prior} words of an unspun text's share counted in (0 for no words). */
    private static double share(int odd, int judged, double prior) {
        return judged == 0 ? 0 : (odd + SCORE_UNSPUN * prior) / (judged + prior);
    }

    /**
     * The gate ({@code --spin.doc-gate}) reads a text's share of odd places with this many words of an unspun text's share
     * counted in, six times the score's: a long text's share is known closely, a short one's is not. With the gate at 2%
     * (3% and the score's 50 words before; the let-go test held at {@link SpinPass#LET_GO_GATE}), SpinEval, 400 articles: recall of a
     * light spinner's swaps (--rate 0.045) 0.222 -> 0.436 at a precision of 0.958 -> 0.961; of content-only spinners'
     * (bench/spinners.py) first sense at 15% 0.067 -> 0.175 (0.946 -> 0.959), every sense of the usual part of speech at 15%
     * 0.222 -> 0.238 (0.970); a Moby-Thesaurus spinner's at 30% 0.004 -> 0.008 (0.942 -> 0.895); the spinner, a busy
     * one's and a per-place one's unchanged; unspun articles 0 false edits both, CleanTextEdits' 1.56M words 0 both; passages
     * of unspun articles (--passages), false edits per 10,000 words: 3.21 -> 0.02 (15 words), 1.24 -> 0.10 (40), 0.42 ->
     * 0.18 (100). (The gate at 2% with the score's 50 words: a light spinner's 0.467, but passages 10.66 per 10,000 (15
     * words) and 2 false edits in the unspun articles; at 2.5% with 150 words: 0.394, passages 0.47 / 0.30 / 0.22.)
     */
    static final double GATE_PRIOR_WORDS = 300;

    /** The share of {@code odd} places in {@code judged} words with {@link #GATE_PRIOR_WORDS} words of an unspun text's share counted in (0 for no words). */
    static double gateShare(int odd, int judged) {
        return share(odd, judged, GATE_PRIOR_WORDS);
    }

    /** The share of words a text's spinner swapped, at most and at least, as read from its score. */
    static final double RATE_LOW = 0.01;
    static final double RATE_HIGH = 0.4;
    /** A text's own rate replaces the assumed one where they differ by more than this factor (log). */
    static final double RATE_TOLERANCE = Math.log(1.5);

    /**
     * The least share of a spun text's function words read as swapped by its spinner ({@link #documentRate(double, double)}
     * of their own odd share): where they read as odd no more often than an unspun text's, as with a spinner that swaps
     * content words only (most do), a restoration of a function word needs odds e^1.2 higher than at {@link #RATE_LOW}.
     * SpinEval, right / wrong edits at 0.01 and 0.003 (2026-12-04): WordNet content-word spinners at 15%, first sense 6,816 /
     * 286 and 6,809 / 270, every sense 11,694 / 369 and 11,715 / 348; a Moby spinner at 30% 928 / 84 and 928 / 80; the
     * pass's own spinner and a lighter one, whose function words read as swapped, the same (39,638 / 1,014, 10,156 / 388).
     * (At 0.005: 6,820 / 273, 11,699 / 358; at 0.001: 6,758 / 263, 11,725 / 342.)
     */
    static final double FUNCTION_RATE_LOW = 0.003;

    /** The share of words the spinner of a text of this score swapped (see {@link #SCORE_PER_SWAP}). */
    static double documentRate(double score) {
        return documentRate(score, RATE_LOW);
    }

    /** {@link #documentRate(double)} with another floor than {@link #RATE_LOW}. */
    static double documentRate(double score, double low) {
        return Math.max(low, Math.min(RATE_HIGH, (score - SCORE_UNSPUN) / (SCORE_PER_SWAP - SCORE_UNSPUN)));
    }

    /**
     * As {@link #overuse(int, double, double)} for k uses of {@code form} in {@code words} words: a
     * spinner's swaps of the original would put it there words·P(original)·swap-rate times, a writer
     * words·P(form) times ({@code slack} times that: the book counts undercount web wording).
     */
    static double overuse(NGrams ngrams, String form, int originalId, int k, long words, double swapRate, double slack) {
        double spun = words * Math.exp(ngrams.logUnigram(originalId)) * swapRate;
        double written = slack * words * Math.exp(ngrams.logPhrase(form));
        return overuse(k, spun, written);
    }

    /**
     * Log-likelihood ratio of k uses of a form, expected {@code spun} times if a spinner wrote it
     * and {@code written} times if the writer did (Poisson); -∞ when the form is not overused, when
     * spinning would not explain it better, or when it could not explain so many uses either (a
     * topic word the text keeps using: "tax rate" in a tax article).
     */
    static double overuse(int k, double spun, double written) {
        // (the tail allows a spinner three times as busy as assumed: rates vary, topics are far off)
        if (k < 2 || k <= written || spun <= written || poissonTail(k, 3 * spun) < 1e-3) {
            return Double.NEGATIVE_INFINITY;
        }
        return k * Math.log(spun / written) - (spun - written);
    }

    /** P(X ≥ k) for X ~ Poisson(λ). */
    static double poissonTail(int k, double lambda) {
        double term = Math.exp(-lambda);
        double below = 0;
        for (int i = 0; i < k; i++) {
            below += term;
            term *= lambda / (i + 1);
        }
        return Math.max(0, 1 - below);
    }
}
