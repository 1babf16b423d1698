package io.github.unmangle.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a pass returns for one document: the edits it wants applied, the spots it flagged without
 * changing, and named measurements (scores, shares) for reports and {@code check}.
 */
public final class PassResult {
    private final List<Edit> edits;
    private final List<Flag> flags;
    private final Map<String, Double> metrics;

    private PassResult(List<Edit> edits, List<Flag> flags, Map<String, Double> metrics) {
        this.edits = Collections.unmodifiableList(edits);
        this.flags = Collections.unmodifiableList(flags);
        this.metrics = Collections.unmodifiableMap(metrics);
    }

    public List<Edit> edits() {
        return edits;
    }

    public List<Flag> flags() {
        return flags;
    }

    public Map<String, Double> metrics() {
        return metrics;
    }

    public static PassResult empty() {
        return new PassResult(List.of(), List.of(), Map.of());
    }

    /** Starts a result for pass {@code pass} over {@code text} (the text the pass was given). */
    public static Builder builder(String pass, CharSequence text) {
        return new Builder(pass, text);
    }

    /** Collects edits; {@code before} is taken from the text, so a pass only says where and what. */
    public static final class Builder {
        private final String pass;
        private final CharSequence text;
        private final List<Edit> edits = new ArrayList<>();
        private final List<Flag> flags = new ArrayList<>();
        private final Map<String, Double> metrics = new LinkedHashMap<>();
        /**
         * Where each line of the text starts, made at the first edit: an edit is located (line, column) as it is
         * made, and the pipeline keeps it as it is. (The pipeline made a located copy of each, while the pass's own
         * were still held: two edits' memory for every edit, 3,000,000 of them for a text of short lines dropped.)
         */
        private int[] lineStarts;

        private Builder(String pass, CharSequence text) {
            this.pass = pass;
            this.text = text;
        }

        /** Replaces {@code text[start, end)} with {@code after}. No-op replacements are dropped. */
        public Builder replace(int start, int end, String after, String rule, String reason) {
            if (start < 0 || end > text.length() || start > end) {
                throw new IllegalArgumentException(pass + "/" + rule + ": span " + start + ".." + end
                        + " outside text of length " + text.length());
            }
            String before = text.subSequence(start, end).toString();
            if (!before.equals(after)) {
                int line = lineOf(start);
                edits.add(new Edit(pass, rule, start, end, before, after, reason, line + 1, start - lineStarts[line] + 1));
            }
            return this;
        }

        /** The 0-based line that {@code offset} is on. */
        private int lineOf(int offset) {
            if (lineStarts == null) {
                // (line ends found with String.indexOf, which the JVM runs as a vector loop; counted first, so the
                // table is made once at its size)
                String s = text.toString();
                int n = 1;
                for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
                    n++;
                }
                lineStarts = new int[n];
                for (int i = s.indexOf('\n'), k = 1; i >= 0; i = s.indexOf('\n', i + 1)) {
                    lineStarts[k++] = i + 1;
                }
            }
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        public Builder delete(int start, int end, String rule, String reason) {
            return replace(start, end, "", rule, reason);
        }

        public Builder insert(int at, String inserted, String rule, String reason) {
            return replace(at, at, inserted, rule, reason);
        }

        public Builder flag(int start, int end, String rule, String reason) {
            if (start < 0 || end > text.length() || start > end) {
                throw new IllegalArgumentException(pass + "/" + rule + ": flag span " + start + ".." + end
                        + " outside text of length " + text.length());
            }
            flags.add(new Flag(pass, rule, start, end, text.subSequence(start, end).toString(),
                    reason, 0, 0));
            return this;
        }

        public Builder metric(String name, double value) {
            metrics.put(name, value);
            return this;
        }

        public int editCount() {
            return edits.size();
        }

        /** The edits made so far, in the order they were made (a view: it follows the builder). */
        public List<Edit> editsSoFar() {
            return java.util.Collections.unmodifiableList(edits);
        }

        public PassResult build() {
            return new PassResult(edits, flags, metrics);
        }
    }
}
