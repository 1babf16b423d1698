package io.github.unmangle.testing;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.BatchLearner;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassResult;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pass that exists only in test code and is registered through
 * src/test/resources/META-INF/services: upper-cases every occurrence of a word (option
 * {@code word}) and reports how many documents its batch learner saw; runs out of memory on
 * {@link #OUT_OF_MEMORY}, throws on {@link #THROW} (its learner on {@link #LEARNER_THROW}).
 */
public final class ShoutPassFactory implements PassFactory {
    /** A text holding this makes the pass run out of memory (for the batch's handling of it). */
    public static final String OUT_OF_MEMORY = "TEST-OUT-OF-MEMORY";
    /** A text holding this makes the pass fail as a library does when memory runs out (hppc's BufferAllocationException). */
    public static final String WRAPPED_OUT_OF_MEMORY = "TEST-WRAPPED-OOM";
    /** A text holding this makes the pass throw (a third-party pass's bug), and this its batch learner. */
    public static final String THROW = "TEST-THROW";
    public static final String LEARNER_THROW = "TEST-LEARNER-THROW";

    @Override
    public String name() {
        return "test-shout";
    }

    @Override
    public String description() {
        return "test only: upper-cases one word";
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public List<PassOption> options() {
        // (a '%' in a description, as a third-party pass may write one: "--help" prints it as written)
        return List.of(PassOption.value("word", "foo", "the word to upper-case (100% of its places)"),
                PassOption.flag("learn", false, "learn from the batch"));
    }

    record Seen(int docs) implements BatchKnowledge {
        @Override
        public Map<String, Object> summary() {
            return Map.of("documents", docs);
        }
    }

    @Override
    public BatchLearner newBatchLearner(PassOptions options) {
        if (!options.getBoolean("learn")) {
            return null;
        }
        AtomicInteger n = new AtomicInteger();
        return new BatchLearner() {
            @Override
            public void observe(String name, String text) {
                if (text.contains(LEARNER_THROW)) {
                    throw new IllegalStateException("test: " + LEARNER_THROW);
                }
                n.incrementAndGet();
            }

            @Override
            public BatchKnowledge finish() {
                return new Seen(n.get());
            }
        };
    }

    @Override
    public Pass create(PassOptions options, BatchKnowledge batch) {
        String word = options.getString("word");
        int seen = batch instanceof Seen s ? s.docs() : 0;
        return input -> {
            String text = input.text();
            if (text.contains(WRAPPED_OUT_OF_MEMORY)) {
                throw new IllegalStateException("test: buffer allocation failed", new OutOfMemoryError("test: " + WRAPPED_OUT_OF_MEMORY));
            }
            if (text.contains(OUT_OF_MEMORY)) {
                throw new OutOfMemoryError("test: " + OUT_OF_MEMORY); // as a pass over a huge input might
            }
            if (text.contains(THROW) && !text.contains(LEARNER_THROW)) {
                throw new IllegalStateException("test: " + THROW);
            }
            PassResult.Builder b = PassResult.builder(name(), text);
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
                b.replace(i, i + word.length(), word.toUpperCase(), "shout", "test rule");
            }
            return b.metric("batch-docs", seen).build();
        };
    }
}
