package io.github.unmangle.core;

/**
 * One cleanup pass. It reads a document's current text and returns the edits it proposes; it
 * never changes the text itself. Instances are made once per run by their {@link PassFactory}
 * and shared by all worker threads, so {@link #apply} must be thread-safe (keep per-document
 * state in locals).
 */
@FunctionalInterface
public interface Pass {
    PassResult apply(PassInput input);
}
