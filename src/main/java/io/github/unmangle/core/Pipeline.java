package io.github.unmangle.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Passes in order. For each pass: give it the current text, take its edits, drop any edit that
 * overlaps an earlier one (recorded as a {@code pipeline/overlap} flag), apply the rest (located
 * by line and column as the pass made them), locate its flags, and hand the new text to the next pass. Edits of a rule the
 * user turned off ({@code --skip-rule PASS/RULE}) are not applied either: each becomes a flag that
 * says what it would have done. Thread-safe: one pipeline serves every worker.
 */
public final class Pipeline {

    /**
     * A pass with the name it is reported under, the names of its rules whose edits are not applied, and the names of
     * all its rules as its factory lists them ({@link PassFactory#rules()}; empty: not listed).
     */
    public record Step(String name, Pass pass, Set<String> skippedRules, Set<String> rules) {
        public Step {
            skippedRules = Set.copyOf(skippedRules);
            rules = Set.copyOf(rules);
        }

        public Step(String name, Pass pass, Set<String> skippedRules) {
            this(name, pass, skippedRules, Set.of());
        }

        public Step(String name, Pass pass) {
            this(name, pass, Set.of());
        }

        /** Whether every edit and flag of {@code r} is named by one of the rules listed (true when none are). */
        boolean namesListed(PassResult r) {
            if (rules.isEmpty()) {
                return true;
            }
            for (Edit e : r.edits()) {
                if (!rules.contains(e.rule())) {
                    throw new AssertionError("pass " + name + " made an edit of rule '" + e.rule() + "', which its factory does not list");
                }
            }
            for (Flag f : r.flags()) {
                if (!rules.contains(f.rule())) {
                    throw new AssertionError("pass " + name + " made a flag of rule '" + f.rule() + "', which its factory does not list");
                }
            }
            return true;
        }
    }

    private final List<Step> steps;
    /** "pass/rule" → edits not applied, for each rule turned off (counted across every document). */
    private final Map<String, LongAdder> skipped = new ConcurrentHashMap<>();

    public Pipeline(List<Step> steps) {
        this.steps = List.copyOf(steps);
        for (Step s : this.steps) {
            s.skippedRules().forEach(r -> skipped.put(s.name() + "/" + r, new LongAdder()));
        }
    }

    /**
     * Builds the named passes from {@code registry}, with per-pass option values
     * ({@code options.get(pass).get(option)}) and batch findings (may be empty).
     */
    public static Pipeline build(PassRegistry registry, List<String> names,
                                 Map<String, Map<String, String>> options,
                                 Map<String, BatchKnowledge> batch) {
        return build(registry, names, options, batch, Set.of());
    }

    /**
     * As {@link #build(PassRegistry, List, Map, Map)}, with rules turned off: {@code skipRules}
     * holds "pass/rule" names (see {@link #skipped()}).
     */
    public static Pipeline build(PassRegistry registry, List<String> names,
                                 Map<String, Map<String, String>> options,
                                 Map<String, BatchKnowledge> batch, Set<String> skipRules) {
        List<Step> steps = new ArrayList<>();
        for (String name : names) {
            PassFactory f = registry.get(name);
            PassOptions o = new PassOptions(name, f.options(), options.getOrDefault(name, Map.of()));
            Set<String> off = new java.util.HashSet<>();
            for (String r : skipRules) {
                if (r.startsWith(name + "/")) {
                    off.add(r.substring(name.length() + 1));
                }
            }
            Set<String> listed = new java.util.HashSet<>();
            f.rules().forEach(r -> listed.add(r.name()));
            steps.add(new Step(name, f.create(o, batch.get(name)), off, listed));
        }
        return new Pipeline(steps);
    }

    public static Pipeline build(PassRegistry registry, List<String> names) {
        return build(registry, names, Map.of(), Map.of());
    }

    public List<String> passNames() {
        return steps.stream().map(Step::name).toList();
    }

    /** For each rule turned off ("pass/rule"), how many of its edits were not applied so far. */
    public Map<String, Long> skipped() {
        Map<String, Long> out = new TreeMap<>();
        skipped.forEach((rule, n) -> out.put(rule, n.sum()));
        return out;
    }

    /** Cleans a whole document. */
    public Cleaned clean(String name, String text) {
        return clean(new PassInput(name, text, 0, true));
    }

    /** Cleans one part of a document. */
    public Cleaned clean(PassInput input) {
        String text = input.text();
        List<PassReport> reports = new ArrayList<>(steps.size());
        for (Step step : steps) {
            long t0 = System.nanoTime();
            PassResult r;
            try {
                r = step.pass().apply(new PassInput(input.name(), text, input.part(), input.lastPart()));
            } catch (RuntimeException e) {
                // (a third-party pass's failure names the pass: the input fails, the batch goes on)
                throw new IllegalStateException("pass " + step.name() + " failed: " + e, e);
            }
            if (r == null) {
                throw new IllegalStateException("pass " + step.name() + " returned no result");
            }
            assert step.namesListed(r); // (a rule a factory forgot to list could not be named to --skip-rule)
            List<Flag> flags = new ArrayList<>(r.flags());
            List<Edit> accepted = accept(step, text, r.edits(), flags); // (located when made: PassResult.Builder)
            String next = applyEdits(text, accepted);
            reports.add(new PassReport(step.name(), accepted, locatedFlags(text, flags), r.metrics(),
                    System.nanoTime() - t0));
            text = next;
        }
        return new Cleaned(text, reports);
    }

    private List<Edit> accept(Step step, String text, List<Edit> proposed, List<Flag> flags) {
        if (proposed.isEmpty()) {
            return List.of();
        }
        String pass = step.name();
        List<Edit> sorted = new ArrayList<>(proposed);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        List<Edit> out = new ArrayList<>(sorted.size());
        int lastEnd = -1;
        int lastStart = -1;
        for (Edit e : sorted) {
            if (e.end() > text.length()) {
                throw new IllegalStateException(pass + "/" + e.rule() + " edited past the end of the text");
            }
            boolean overlaps = e.start() < lastEnd || (e.start() == lastStart && e.start() == e.end()
                    && lastEnd == lastStart);
            if (overlaps) {
                flags.add(new Flag(pass, "pipeline/overlap", e.start(), e.end(), e.before(),
                        "edit " + e.rule() + " overlaps an earlier edit of the same pass; not applied", 0, 0));
                continue;
            }
            if (step.skippedRules().contains(e.rule())) {
                // turned off by the user: said, not done (and not in the way of the pass's other edits)
                skipped.get(pass + "/" + e.rule()).increment();
                flags.add(new Flag(pass, e.rule(), e.start(), e.end(), e.before(),
                        "not applied (--skip-rule " + pass + "/" + e.rule() + "): would be \"" + e.after() + "\" (" + e.reason() + ")", 0, 0));
                continue;
            }
            out.add(e);
            lastEnd = Math.max(lastEnd, e.end());
            lastStart = e.start();
        }
        return out;
    }

    private static List<Flag> locatedFlags(String text, List<Flag> flags) {
        if (flags.isEmpty()) {
            return List.of();
        }
        List<Flag> sorted = new ArrayList<>(flags);
        sorted.sort(Comparator.comparingInt(Flag::start));
        Cursor at = new Cursor(text);
        for (int i = 0; i < sorted.size(); i++) {
            Flag f = sorted.get(i);
            at.moveTo(f.start());
            sorted.set(i, f.at(at.line, at.column()));
        }
        return sorted;
    }

    /** Walks a text forward to ascending offsets, counting lines: their 1-based line and column. */
    private static final class Cursor {
        private final String text;
        private int line = 1;
        private int lineStart;
        private int pos;

        Cursor(String text) {
            this.text = text;
        }

        void moveTo(int offset) {
            for (; pos < offset; pos++) {
                if (text.charAt(pos) == '\n') {
                    line++;
                    lineStart = pos + 1;
                }
            }
        }

        int column() {
            return pos - lineStart + 1;
        }
    }

    /** Applies non-overlapping edits sorted by start. */
    public static String applyEdits(String text, List<Edit> edits) {
        if (edits.isEmpty()) {
            return text;
        }
        int growth = 0;
        for (Edit e : edits) {
            growth += Math.max(0, e.delta());
        }
        StringBuilder sb = new StringBuilder(text.length() + growth);
        int pos = 0;
        for (Edit e : edits) {
            sb.append(text, pos, e.start()).append(e.after());
            pos = e.end();
        }
        sb.append(text, pos, text.length());
        return sb.toString();
    }
}
