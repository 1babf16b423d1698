package io.github.unmangle.run;

import io.github.unmangle.core.Edit;
import io.github.unmangle.core.PassReport;

import java.util.Map;
import java.util.TreeMap;

/** What one pass did across one input (all its parts or records). */
public final class PassStats {
    private int edits;
    private int flags;
    private long changedChars;
    private long nanos;
    private final Map<String, Integer> rules = new TreeMap<>();
    private final Map<String, double[]> metrics = new TreeMap<>(); // name -> {weighted sum, weight}

    void add(PassReport r, int textLength) {
        edits += r.edits().size();
        flags += r.flags().size();
        nanos += r.nanos();
        for (Edit e : r.edits()) {
            rules.merge(e.rule(), 1, Integer::sum);
            changedChars += Math.max(e.end() - e.start(), e.after().length());
        }
        double w = Math.max(1, textLength);
        for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
            double[] acc = metrics.computeIfAbsent(m.getKey(), k -> new double[2]);
            acc[0] += m.getValue() * w;
            acc[1] += w;
        }
    }

    public int edits() {
        return edits;
    }

    public int flags() {
        return flags;
    }

    public long changedChars() {
        return changedChars;
    }

    public long nanos() {
        return nanos;
    }

    public Map<String, Integer> rules() {
        return rules;
    }

    /** Metrics averaged over parts, weighted by part length. */
    public Map<String, Double> metrics() {
        Map<String, Double> out = new TreeMap<>();
        metrics.forEach((k, v) -> out.put(k, v[1] == 0 ? 0 : v[0] / v[1]));
        return out;
    }
}
