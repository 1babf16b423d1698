package io.github.unmangle.pass.spin;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRule;
import io.github.unmangle.lang.BoostedTrees;

import java.util.List;

/** Factory of the {@code spin} pass (last in the default chain). */
public final class SpinPassFactory implements PassFactory {
    @Override
    public String name() {
        return SpinPass.NAME;
    }

    @Override
    public String description() {
        return "article-spinner synonyms back to the original words (U.Due south -> U.S, constabulary enforcement -> law enforcement), by WordNet and context; unresolved spinner templates ({best|greatest}) to the option the context prefers";
    }

    @Override
    public int order() {
        return 400;
    }

    /**
     * Off in {@code clean} by default, for speed only: it restores only in documents that read as
     * spun as a whole (doc-gate), which on our harnesses leaves no false edit in 1.5 million clean
     * words, but the default chain takes about 1.5–1.8 times as long with it, and a run over one file
     * about 0.25 s longer (0.2 s of it to load).
     * {@code --with spin} adds it; {@code check} always runs it (it scores spin).
     */
    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public List<PassOption> options() {
        return List.of(
                PassOption.value("margin", 3.5, "restore only when the odds that the word was spun from the original are above e^margin"),
                PassOption.value("min-attested", 10, "... and, on one side, the original's word pair was seen this many times in real English while the spun pair never was (or it is among the web-scale list of frequent pairs)"),
                PassOption.value("strong-margin", 7.0, "... or, without such a pair, when the odds are above e^strong-margin"),
                PassOption.value("choice-margin", 4.5, "... and when the best original beats the next best one by odds of at least e^choice-margin"),
                PassOption.value("swap-rate", 0.1, "share of words a spinner is assumed to replace (prior of the noisy-channel decision); a spun text whose score shows a rate more than 1.5 times off is weighed again with its own"),
                PassOption.value("fan-out-cap", 1000, "prior: a spinner is assumed to pick among at most this many forms of a word"),
                PassOption.value("cache-weight", 0.1, "weight of the document's own word counts in the language model (a word the text keeps using is its topic, not a swap)"),
                PassOption.value("overuse-margin", 6.0, "the same swap repeated: a form the text uses far more often than English does, about as often as a spinner's swaps of the original would put it, adds this log-likelihood ratio (at least) to each of its places"),
                PassOption.value("doc-gate", 0.02, "restore only in documents where at least this share of the words read as swaps (an unspun text has few; read with 300 words of an unspun text's share counted in, so a short text needs more); below it, the would-be restorations are reported as flags"),
                PassOption.flag("pos", true, "weigh parts of speech (a tagger's tag trigrams): as evidence where no word pair is (--spin.pos-margin), and in the odds of a function word's restoration ('more accurate ended time' -> 'over time')"),
                PassOption.value("pos-margin", 1.5, "a place whose odds reach --spin.margin but no word pair rules the spun form out is restored when the words around it fit the original's parts of speech better by at least e^pos-margin (a tagger's tag trigrams)"),
                PassOption.value(DECISION_MODEL, "builtin", "the places left unsure in a spun text, WordNet's, are weighed by a decision model learned from spun"
                        + " articles, and restored where it gives the restoration a high enough chance of being right: builtin, off, or a model's file (its text, as data/spin/decide.py writes it, or the compiled form the build writes)"),
                PassOption.value(OTHER_MODEL, "off", "in another spinner's text (one that reads as spun only with a general thesaurus's swaps counted), the places"
                        + " left unsure are weighed by a decision model learned from such texts, and restored where it gives the restoration a high enough chance: off (the default:"
                        + " clean English of the 19th and early 20th century reads as such a text too, and there it changed writers' words), builtin, or a model's file"),
                PassOption.flag("thesaurus", true, "weigh a general thesaurus's synonyms (Moby) beside WordNet's: the words other spinners swap count in the spin score and are flagged, and restored only with odds e^3 above WordNet's, in a text that reads as another spinner's; off: the pass weighs about a quarter fewer originals"));
    }

    /** A first read of the batch counts the possible spun forms (see {@link SpinLearner}). */
    @Override
    public List<PassRule> rules() {
        return List.of(
                PassRule.edit("spun-word", "a spinner's synonym restored to the word the context prefers (\"take been\" -> \"have been\")"),
                PassRule.edit("spun-phrase", "a spinner's multiword synonym restored (\"information technology is\" -> \"it is\", \"U.Due south\" -> \"U.S.\")"),
                PassRule.edit(SpinPass.PAIR_RULE, "two swaps side by side, weighed together, restored"),
                PassRule.edit("spun-repeat", "a swap the text makes clearly elsewhere, restored where the context is less clear"),
                PassRule.edit("spun-pooled", "a swap restored because the word's places in the text, weighed together, read as the original"),
                PassRule.edit("spun-overused", "a word the text uses far more often than English does, as a spinner's swaps would, restored"),
                PassRule.edit(SpinPass.LEARNED_RULE, "a place the evidence left unsure, restored because the decision model (--spin.decision-model) gives the restoration a high chance of being right"),
                PassRule.edit(SpinPass.OTHER_LEARNED_RULE, "in another spinner's text, a place the evidence left unsure, restored because the other spinners' decision model (--spin.other-model) gives the restoration a high chance of being right"),
                PassRule.edit(SpinPass.THESAURUS_RULE, "another spinner's synonym (a general thesaurus's, not WordNet's) restored"),
                PassRule.edit("spintax", "an unresolved spinner template ({best|greatest}) made the option the context prefers"),
                PassRule.flag("spun-held", "reads as a swap, but left as is: too few of the document's words read so for a spun text (--spin.doc-gate),"
                        + " or the text reads as another spinner's (more than a quarter of its odd words have no WordNet original), or its function words read as"
                        + " barely swapped and this is one"),
                PassRule.flag("spun-unsure", "may be a swap, but which original is not clear, or the odds are too low: left as is"));
    }

    @Override
    public io.github.unmangle.core.BatchLearner newBatchLearner(PassOptions options) {
        double swapRate = options.getDouble("swap-rate", SWAP_RATE_MIN, SWAP_RATE_MAX);
        return new SpinLearner(Resources.CANDIDATES, Resources.NGRAMS, swapRate, options.getDouble("overuse-margin", 0));
    }

    @Override
    public Pass create(PassOptions options, BatchKnowledge batch) {
        // (values checked before the resources load: a bad one is said at once)
        double swapRate = options.getDouble("swap-rate", SWAP_RATE_MIN, SWAP_RATE_MAX);
        int fanOutCap = options.getInt("fan-out-cap", 1);
        double docGate = options.getDouble("doc-gate", 0, 1);
        int minAttested = options.getInt("min-attested", 1);
        return new SpinPass(Resources.CANDIDATES, Resources.NGRAMS, options.getDouble("margin", 0), options.getDouble("strong-margin", 0), minAttested,
                swapRate, fanOutCap,
                docGate, options.getDouble("choice-margin", 0), options.getDouble("cache-weight", 0, 1),
                options.getDouble("overuse-margin", 0), options.getBoolean("thesaurus"), options.getBoolean("pos") ? Resources.POS : null, options.getDouble("pos-margin", 0), batch instanceof SpinLearner.Knowledge k ? k : null,
                decisionModel(options.getString(DECISION_MODEL), DecisionModel.WORDNET), decisionModel(options.getString(OTHER_MODEL), DecisionModel.OTHER));
    }

    static final String DECISION_MODEL = "decision-model";
    static final String OTHER_MODEL = "other-model";

    /** The model an option names ({@code kind}: which of the two), or null for none; the built-in one is read when first needed. */
    private static java.util.function.Supplier<BoostedTrees> decisionModel(String option, DecisionModel kind) {
        return switch (option) {
            case "off" -> null;
            case "builtin" -> {
                // (WordNet's, asked of every spun text, is read on another thread while the n-grams load: its compiled form
                // takes about 10 ms in a JVM just started; the other spinners' is read when another spinner's text first needs it)
                if (kind == DecisionModel.WORDNET) {
                    io.github.unmangle.core.Preload.once(kind.resource, () -> java.util.Objects.requireNonNull(kind.builtin()));
                }
                yield kind::builtin;
            }
            default -> {
                BoostedTrees m = BoostedTrees.forOption("--spin." + kind.option, option, kind.names, DecisionModel.LIMIT);
                yield () -> m;
            }
        };
    }

    /**
     * The two decision models ({@link BoostedTrees}, threshold "restore-above"): WordNet spinners' texts', over
     * {@link SpinPass#UNSURE_FEATURES}, and other spinners' texts', with whether the original is a thesaurus's last. Each
     * built-in one is read once, when first asked for.
     */
    enum DecisionModel {
        WORDNET(DECISION_MODEL, "decision-model.txt", false),
        OTHER(OTHER_MODEL, "other-model.txt", true);

        /** The header line of a model's threshold. */
        static final String LIMIT = "restore-above";

        final String option;
        final String resource;
        /** Its features, as its file's "features" line names them. */
        final String[] names;

        DecisionModel(String option, String resource, boolean thesaurus) {
            this.option = option;
            this.resource = resource;
            String[] n = java.util.Arrays.copyOfRange(SpinPass.UNSURE_FEATURES, 2, SpinPass.UNSURE_FEATURES.length + (thesaurus ? 1 : 0));
            if (thesaurus) {
                n[n.length - 1] = "thesaurus";
            }
            this.names = n;
        }

        BoostedTrees read(java.io.BufferedReader r, String source) throws java.io.IOException {
            return BoostedTrees.read(r, source, names, LIMIT);
        }

        BoostedTrees builtin() {
            return this == WORDNET ? Wordnet.MODEL : Other.MODEL;
        }

        private static final class Wordnet {
            static final BoostedTrees MODEL = BoostedTrees.resource(SpinPassFactory.class, WORDNET.resource, WORDNET.names, LIMIT);
        }

        private static final class Other {
            static final BoostedTrees MODEL = BoostedTrees.resource(SpinPassFactory.class, OTHER.resource, OTHER.names, LIMIT);
        }
    }

    /** The share of words a spinner swaps, as an option may set it: a share, above 0 and below 1. */
    static final double SWAP_RATE_MIN = 0.001;
    static final double SWAP_RATE_MAX = 0.9;

    /** Loaded once, on first use of the pass (not when listing passes). */
    private static final class Resources {
        static final NGrams NGRAMS;
        static final Candidates CANDIDATES;
        static final PosModel POS;

        static {
            NGRAMS = NGrams.load();
            // the trigrams, then the part-of-speech model, on a second thread, while the candidates load (the longer)
            // (no lambda of this class: its body would wait on this class's initialisation, which waits on it)
            java.util.concurrent.FutureTask<PosModel> pos = new java.util.concurrent.FutureTask<>(PosModel.loader(NGRAMS));
            NGRAMS.preloadTrigrams(pos);
            CANDIDATES = Candidates.load(NGRAMS);
            pos.run(); // (at once if done; a task runs once)
            try {
                POS = pos.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the spin pass's resources loaded", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
}
}
