package io.github.unmangle.core;

import java.util.Map;

/** What a {@link BatchLearner} found; passes cast it to their own type. */
public interface BatchKnowledge {

    /** A JSON-friendly summary of the findings, for the report (counts, examples). */
    Map<String, Object> summary();
}
