package io.github.unmangle.core;

import java.util.List;
import java.util.Map;

/** What one pass did to one document (or one part of it). */
public record PassReport(String pass, List<Edit> edits, List<Flag> flags, Map<String, Double> metrics,
                         long nanos) {
}
