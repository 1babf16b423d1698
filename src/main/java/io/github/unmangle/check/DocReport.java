package io.github.unmangle.check;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signals of one document (a text file, or one record of a JSONL corpus), what each pass
 * would change in it, and the thresholds it fails. {@code error} is set when it could not be read.
 */
public final class DocReport {
    final String name;
    final String path;
    final int line;
    final EnumMap<Signal, Double> values = new EnumMap<>(Signal.class);
    /** Per pass: share of the text it would change, and its rules with counts. */
    final Map<String, Double> changedBy = new LinkedHashMap<>();
    final Map<String, Map<String, Integer>> rulesBy = new LinkedHashMap<>();
    List<Signal> failures = List.of();
    boolean newlyFailing;
    String error;

    DocReport(String name, String path, int line) {
        this.name = name;
        this.path = path;
        this.line = line;
    }

    public String name() {
        return name;
    }

    /** The signal's value; 0 where it was not measured ({@link #measured}). */
    public double value(Signal s) {
        return values.getOrDefault(s, 0.0);
    }

    /** Whether the signal has a value: {@code english} has none for a document without words. */
    public boolean measured(Signal s) {
        return values.containsKey(s);
    }

    public List<Signal> failures() {
        return failures;
    }

    public boolean failed() {
        return error != null || !failures.isEmpty();
    }

    public String error() {
        return error;
    }
}
