package io.github.unmangle.core;

/**
 * Gathers evidence across a batch before cleaning starts (the first of at most two reads of each
 * input). {@link #observe} is called from several threads at once and must be thread-safe.
 */
public interface BatchLearner {

    /** Sees one decoded document (or one part of a very large one). */
    void observe(String name, String text);

    /** Called once after every document was observed. */
    BatchKnowledge finish();
}
