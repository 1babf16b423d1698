package io.github.unmangle.core;

import java.util.List;

/**
 * Makes a {@link Pass} by name. Implementations are listed in
 * {@code META-INF/services/io.github.unmangle.core.PassFactory}, so any jar on the class path can
 * add a pass (as Lucene finds its analysis factories). Factories must be cheap to construct:
 * load language resources in {@link #create}, not in the constructor, so listing passes and
 * starting up stay fast.
 */
public interface PassFactory {

    /** Short lowercase name used on the command line ({@code --passes unicode,spin}). */
    String name();

    /** One line for {@code unmangle passes}. */
    String description();

    /** Whether the pass runs when {@code --passes} is not given. */
    default boolean enabledByDefault() {
        return true;
    }

    /** Position in the default chain; lower runs first (unicode 100, boilerplate 200, mt 300, spin 400). */
    default int order() {
        return 1000;
    }

    default List<PassOption> options() {
        return List.of();
    }

    /**
     * Returns a learner when the pass can use evidence from a whole batch (for example lines
     * repeated across many files of one site). The runner feeds it every document of a large
     * enough batch before cleaning, then hands what it learned to {@link #create}.
     */
    default BatchLearner newBatchLearner(PassOptions options) {
        return null;
    }

    /** Creates the pass; {@code batch} is what its learner found, or null. */
    Pass create(PassOptions options, BatchKnowledge batch);

    default Pass create(PassOptions options) {
        return create(options, null);
    }
}
