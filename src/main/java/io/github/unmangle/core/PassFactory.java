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

    /** Position in the default chain; lower runs first (pages 50, unicode 100, boilerplate 200, mt 300, spin 400). */
    default int order() {
        return 1000;
    }

    default List<PassOption> options() {
        return List.of();
    }

    /**
     * Every rule its edits and flags are named by, for {@code unmangle passes --rules} and to check a
     * {@code --skip-rule} before the run (a name not listed is a usage error, with the nearest name suggested). Empty
     * (the default) when the pass does not list them: its {@code --skip-rule} values are then only said to have matched
     * nothing after the run. A pass that lists its rules must name every edit and flag by one of them (the pipeline
     * checks this when Java assertions are on, as in the tests).
     */
    default List<PassRule> rules() {
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
