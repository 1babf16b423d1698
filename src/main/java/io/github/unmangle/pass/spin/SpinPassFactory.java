package io.github.unmangle.pass.spin;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassOptions;

import java.util.List;

/** Factory of the {@code spin} pass (last in the default chain). */
public final class SpinPassFactory implements PassFactory {
    @Override
    public String name() {
        return SpinPass.NAME;
    }

    @Override
    public String description() {
        return "article-spinner synonyms back to the original words (U.Due south -> U.S, constabulary enforcement -> law enforcement), by WordNet and context";
    }

    @Override
    public int order() {
        return 400;
    }

    /**
     * Off in {@code clean} by default: on our spinner's output it restores a third of the swaps
     * at 96% precision, but it still changes about 1.7 words in 10,000 of clean text, above the
     * one-in-10,000 we accept for a default. {@code check} runs it anyway (it only scores).
     */
    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public List<PassOption> options() {
        return List.of(
                PassOption.value("fan-out-cap", 1000, "prior: a spinner is assumed to pick among at most this many forms of a word"),
                PassOption.value("margin", 8.0, "restore only when the odds that the word was spun from the original are above e^margin"),
                PassOption.value("swap-rate", 0.1, "share of words a spinner is assumed to replace (prior of the noisy-channel decision)"),
                PassOption.value("min-attested", 10, "... and, on one side, the original's word pair was seen this many times in real English while the spun pair never was"));
    }

    @Override
    public Pass create(PassOptions options, BatchKnowledge batch) {
        return new SpinPass(Resources.CANDIDATES, Resources.NGRAMS, options.getDouble("margin"), options.getInt("min-attested"),
                options.getDouble("swap-rate"), options.getInt("fan-out-cap"));
    }

    /** Loaded once, on first use of the pass (not when listing passes). */
    private static final class Resources {
        static final NGrams NGRAMS;
        static final Candidates CANDIDATES;

        static {
            // the two files are read in parallel (start-up of check and of clean --passes …,spin)
            java.util.concurrent.CompletableFuture<NGrams> ngrams = java.util.concurrent.CompletableFuture.supplyAsync(NGrams::load);
            Candidates c = Candidates.load();
            NGRAMS = ngrams.join();
            CANDIDATES = c.bind(NGRAMS);
        }
    }
}
