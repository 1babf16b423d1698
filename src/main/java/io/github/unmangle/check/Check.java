package io.github.unmangle.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.unmangle.io.AtomicFile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The corpus-quality gate: every document's signals against the thresholds, then the corpus:
 * totals, how many documents each threshold fails (with examples), what each pass would change,
 * histograms. With a baseline (an earlier {@code --format json} output), only documents that
 * fail now and are new or worse than in the baseline count as failures.
 */
public final class Check implements AutoCloseable {
    public static final int PASS = 0;
    public static final int FAIL = 1;
    /** No document was read: a gate that read nothing does not pass (pytest's "no tests collected" likewise). */
    public static final int NOTHING = 3;
    /** Documents a pass's examples are chosen from: the first this many (in path order) it would change. */
    private static final int PASS_EXAMPLES = 20;

    private final EnumMap<Signal, Double> limits;
    private final Map<String, double[]> baseline;
    private final DocStore docs;
    private int examples;
    private long failed;
    private long unreadable;
    /** Documents without words: their {@code english} is not measured. */
    private long wordless;
    private final EnumMap<Signal, SignalStats> stats = new EnumMap<>(Signal.class);

    public Check(EnumMap<Signal, Double> limits, Map<String, double[]> baseline) {
        this(limits, baseline, DocStore.DEFAULT_SPILL_AT);
    }

    /** {@code spillAt}: documents kept in memory before their reports go to a temporary file (sorted runs, merged on output). */
    Check(EnumMap<Signal, Double> limits, Map<String, double[]> baseline, int spillAt) {
        this.limits = limits;
        this.baseline = baseline;
        this.docs = new DocStore(spillAt);
        for (Signal s : Signal.values()) {
            stats.put(s, new SignalStats(s));
        }
    }

    /**
     * How many example documents per threshold to keep for {@link #table} (the most extreme
     * failing ones); set before the run. The outputs show at most this many.
     */
    public Check examples(int n) {
        this.examples = Math.max(0, n);
        return this;
    }

    public static EnumMap<Signal, Double> defaultLimits() {
        EnumMap<Signal, Double> m = new EnumMap<>(Signal.class);
        for (Signal s : Signal.values()) {
            m.put(s, s.defaultLimit());
        }
        return m;
    }

    /** The listener to give the batch run: it feeds {@link #add}. */
    public io.github.unmangle.run.FileCleaner.Listener collector() {
        return new Collector(this::add);
    }

    /** One signal across the corpus, gathered as documents arrive. */
    private static final class SignalStats {
        long failing;
        /** Documents it was measured on (the mean's divisor). */
        long measured;
        double sum;
        double max = Double.NEGATIVE_INFINITY;
        final long[] histogram = new long[10];
        /** The order examples are listed in: the furthest past the threshold first (highest for a maximum, lowest for a minimum), then by name. */
        final Comparator<DocReport> extreme;
        /** The most extreme failing documents, least extreme on top (a bounded heap). */
        final PriorityQueue<DocReport> worst;

        SignalStats(Signal s) {
            Comparator<DocReport> byValue = Comparator.comparingDouble((DocReport d) -> d.value(s));
            extreme = (s.isMax() ? byValue.reversed() : byValue).thenComparing(d -> d.name);
            worst = new PriorityQueue<>(extreme.reversed());
        }
    }

    /** Judges one finished document (thread-safe). */
    synchronized void add(DocReport d) {
        if (d.error == null) {
            List<Signal> failing = new ArrayList<>();
            for (Signal s : Signal.values()) {
                if (d.measured(s) && s.fails(d.value(s), limits.get(s))) {
                    failing.add(s);
                }
            }
            if (!failing.isEmpty() && baseline != null) {
                double[] before = baseline.get(baselineKey(d.name));
                if (before != null) {
                    boolean worse = failing.stream().anyMatch(s -> Double.isNaN(before[s.ordinal()]) || s.worse(d.value(s), before[s.ordinal()]));
                    if (!worse) {
                        failing.clear(); // accepted in the baseline and not worse since
                    }
                }
            }
            d.failures = failing;
            summarise(d);
            wordless += d.measured(Signal.ENGLISH) ? 0 : 1;
            for (Signal s : Signal.values()) {
                if (!d.measured(s)) {
                    continue;
                }
                SignalStats st = stats.get(s);
                st.measured++;
                double v = d.value(s);
                st.sum += v;
                st.max = Math.max(st.max, v);
                st.histogram[Math.min(9, (int) Math.floor(v * 10))]++;
                if (failing.contains(s)) {
                    st.failing++;
                    st.worst.add(d);
                    if (st.worst.size() > examples) {
                        st.worst.poll();
                    }
                }
            }
        } else {
            unreadable++;
        }
        failed += d.failed() ? 1 : 0;
        docs.add(d);
    }

    public synchronized long documents() {
        return docs.size();
    }

    public synchronized long failing() {
        return failed;
    }

    public int exitCode() {
        return failing() > 0 ? FAIL : documents() == 0 ? NOTHING : PASS;
    }

    /** Sorted runs of reports written to temporary files so far. */
    synchronized int spilledRuns() {
        return docs.runs();
    }

    synchronized List<Path> spilledFiles() {
        return docs.files();
    }

    /** Deletes the temporary files of a large check. */
    @Override
    public synchronized void close() {
        docs.close();
    }

    /** What an output does with each document; it may fail to write. */
    private interface Each {
        void accept(DocReport d) throws IOException;
    }

    /** Calls {@code each} for every document in path order (then line). */
    private synchronized void forEachSorted(Each each) throws IOException {
        for (Iterator<DocReport> it = docs.sorted(); it.hasNext(); ) {
            each.accept(it.next());
        }
    }

    /**
     * Calls {@code row} for the failing documents in path order, at most {@code maxRows} of them
     * (0: all); returns how many it called it for.
     */
    private long forEachFailing(int maxRows, Each row) throws IOException {
        long[] shown = {0};
        forEachSorted(d -> {
            if (d.failed() && (maxRows <= 0 || shown[0] < maxRows)) {
                shown[0]++;
                row.accept(d);
            }
        });
        return shown[0];
    }

    // ---------------------------------------------------------------- table

    public void table(PrintStream out, boolean colour, int examples, int maxRows) throws IOException {
        long all = documents();
        long failing = failing();
        String red = colour ? "\u001b[31m" : "";
        String green = colour ? "\u001b[32m" : "";
        String bold = colour ? "\u001b[1m" : "";
        String off = colour ? "\u001b[0m" : "";
        long shown = forEachFailing(maxRows, d -> {
            StringBuilder sb = new StringBuilder();
            sb.append(red).append("FAIL").append(off).append("  ").append(d.name).append("  ");
            if (d.error != null) {
                sb.append("unreadable: ").append(d.error);
            } else {
                for (Signal s : d.failures) {
                    sb.append(s.key()).append(' ').append(s.format(d.value(s))).append(s.isMax() ? " > " : " < ")
                            .append(s.format(limits.get(s))).append("; ");
                }
                sb.setLength(sb.length() - 2);
            }
            out.println(sb);
        });
        if (shown < failing) {
            out.printf(Locale.ROOT, "… and %d more failing documents (--rows 0 lists all; --format jsonl has every document)%n",
                    failing - shown);
        }
        out.println();
        out.printf(Locale.ROOT, "%s%d documents: %s%d passed%s, %s%d failed%s%n", bold, all, green,
                all - failing, off, failing > 0 ? red : "", failing, off);
        if (wordless > 0) {
            out.printf(Locale.ROOT, "%d without words (empty, or no letters): english not judged%n", wordless);
        }
        out.println();
        out.printf(Locale.ROOT, "%-12s %-28s %8s %10s %10s%n", "signal", "threshold", "failing", "mean", "max");
        for (Signal s : Signal.values()) {
            SignalStats st = stats.get(s);
            long measured = st.measured;
            double mean = measured == 0 ? 0 : st.sum / measured;
            double max = measured == 0 ? 0 : st.max;
            out.printf(Locale.ROOT, "%-12s %-28s %8d %10s %10s%n", s.key(), "--" + s.option() + "=" + s.format(limits.get(s)),
                    st.failing, s.format(mean), s.format(max));
            if (examples > 0 && st.failing > 0) {
                st.worst.stream().sorted(st.extreme).limit(examples)
                        .forEach(d -> out.printf(Locale.ROOT, "             e.g. %s (%s)%n", d.name, s.format(d.value(s))));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%-12s %10s %12s  %s%n", "pass", "would edit", "mean share", "top rules");
        for (Map.Entry<String, PassSummary> e : passSummaries.entrySet()) {
            PassSummary p = e.getValue();
            out.printf(Locale.ROOT, "%-12s %10d %12.4f  %s%n", e.getKey(), p.docs, p.share / Math.max(1, all), p.topRules(3));
            if (examples > 0) {
                p.examples().stream().limit(examples).forEach(x -> out.println("             e.g. " + x));
            }
        }
        out.println();
        out.println("histograms (documents per tenth: 0-0.1, 0.1-0.2, ..., 0.9-1):");
        for (Signal s : List.of(Signal.BOILERPLATE, Signal.SPIN, Signal.MT, Signal.CHANGED, Signal.ENGLISH, Signal.DUPLICATES)) {
            StringBuilder sb = new StringBuilder();
            for (long v : stats.get(s).histogram) {
                sb.append(String.format(Locale.ROOT, " %6d", v));
            }
            out.printf(Locale.ROOT, "  %-12s%s%n", s.key(), sb);
        }
    }

    /** What one pass would do across the corpus. */
    private static final class PassSummary {
        long docs;
        double share;
        final Map<String, Long> rules = new TreeMap<>();
        /** The first {@link #PASS_EXAMPLES} documents it would change, in path order (a bounded heap, last first). */
        final PriorityQueue<Map.Entry<DocReport, String>> first = new PriorityQueue<>(
                Map.Entry.<DocReport, String>comparingByKey(DocStore.ORDER).reversed());

        String topRules(int n) {
            return rules.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                    .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
        }

        List<String> examples() {
            List<Map.Entry<DocReport, String>> l = new ArrayList<>(first);
            l.sort(Map.Entry.comparingByKey(DocStore.ORDER));
            return l.stream().map(Map.Entry::getValue).toList();
        }
    }

    /** Per pass, what it would do across the corpus; gathered as documents arrive (their rule maps are then dropped). */
    private final Map<String, PassSummary> passSummaries = new LinkedHashMap<>();

    private void summarise(DocReport d) {
        for (Map.Entry<String, Double> c : d.changedBy.entrySet()) {
            PassSummary p = passSummaries.computeIfAbsent(c.getKey(), k -> new PassSummary());
            Map<String, Integer> rules = d.rulesBy.getOrDefault(c.getKey(), Map.of());
            if (c.getValue() > 0) {
                p.docs++;
                p.share += c.getValue();
                p.first.add(Map.entry(d, String.format(Locale.ROOT, "%s (%.3f of the text: %s)", d.name, c.getValue(), rules)));
                if (p.first.size() > PASS_EXAMPLES) {
                    p.first.poll();
                }
            }
            rules.forEach((r, n) -> p.rules.merge(r, (long) n, Long::sum));
        }
        d.rulesBy.clear(); // memory: what is kept of a document is its signals (and they go to disk past a run's worth)
    }

    // ---------------------------------------------------------------- machine-readable

    private static final ObjectMapper JSON = new ObjectMapper();

    public void jsonl(PrintStream out) throws IOException {
        forEachSorted(d -> out.println(JSON.writeValueAsString(DocStore.write(d))));
    }

    /** The whole report as one JSON object; its documents are written as they are read, so it needs no memory of its own. */
    public void json(OutputStream out, int examples) throws IOException {
        JsonGenerator g = JSON.getFactory().createGenerator(nonClosing(out));
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.setCodec(JSON);
        g.writeStartObject();
        ObjectNode th = JSON.createObjectNode();
        limits.forEach((s, v) -> th.put(s.option(), v));
        g.writeFieldName("thresholds");
        g.writeTree(th);
        g.writeArrayFieldStart("documents");
        EnumMap<Signal, List<String>> firstFailing = new EnumMap<>(Signal.class);
        for (Signal s : Signal.values()) {
            firstFailing.put(s, new ArrayList<>());
        }
        forEachSorted(d -> {
            g.writeTree(DocStore.write(d));
            for (Signal s : d.failures) {
                List<String> l = firstFailing.get(s);
                if (l.size() < examples) {
                    l.add(d.name);
                }
            }
        });
        g.writeEndArray();
        long all = documents();
        long failing = failing();
        ObjectNode sum = JSON.createObjectNode();
        sum.put("documents", all);
        sum.put("passed", all - failing);
        sum.put("failed", failing);
        sum.put("unreadable", unreadable);
        sum.put("without-words", wordless);
        ObjectNode per = sum.putObject("failing");
        for (Signal s : Signal.values()) {
            ObjectNode x = per.putObject(s.key());
            x.put("count", stats.get(s).failing);
            ArrayNode ex = x.putArray("examples");
            firstFailing.get(s).forEach(ex::add);
        }
        ObjectNode ps = sum.putObject("passes");
        passSummaries.forEach((name, p) -> {
            ObjectNode x = ps.putObject(name);
            x.put("documents-changed", p.docs);
            ObjectNode r = x.putObject("rules");
            p.rules.forEach(r::put);
            ArrayNode ex = x.putArray("examples");
            p.examples().stream().limit(Math.max(0, examples)).forEach(ex::add);
        });
        ObjectNode hist = sum.putObject("histograms");
        for (Signal s : Signal.values()) {
            if (s == Signal.ENCODING || s == Signal.LENGTH) {
                continue;
            }
            ArrayNode h = hist.putArray(s.key());
            for (long v : stats.get(s).histogram) {
                h.add(v);
            }
        }
        g.writeFieldName("summary");
        g.writeTree(sum);
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
    }

    /** GitHub Actions workflow commands: one error annotation per failing document, at its file and line. */
    public void github(PrintStream out) throws IOException {
        github(out, 0);
    }

    /**
     * As {@link #github(PrintStream)}, at most {@code maxRows} annotations (0: all): GitHub shows a
     * few per step, and a corpus with thousands failing would bury the log; the notice says how many
     * more there are.
     */
    public void github(PrintStream out, int maxRows) throws IOException {
        long shown = forEachFailing(maxRows, d -> {
            String msg = d.error != null ? "unreadable: " + d.error : reasons(d);
            out.printf("::error file=%s,line=%d,title=unmangle check::%s%n", escapeProperty(d.path), d.line, escapeData(msg));
        });
        long more = failing() - shown;
        out.printf("::notice title=unmangle check::%d documents, %d failed%s%n", documents(), failing(),
                more > 0 ? " (" + more + " not annotated: --rows 0 annotates all)" : "");
    }

    private String reasons(DocReport d) {
        StringBuilder sb = new StringBuilder();
        for (Signal s : d.failures) {
            sb.append(sb.isEmpty() ? "" : "; ").append(s.key()).append(' ').append(s.format(d.value(s)))
                    .append(s.isMax() ? " > " : " < ").append(s.format(limits.get(s))).append(" (").append(s.description()).append(')');
        }
        return sb.toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    /** JUnit XML: one test case per document, failures with the thresholds broken. */
    public void junit(Path file) throws IOException {
        try (AtomicFile f = new AtomicFile(file)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(f.stream(), StandardCharsets.UTF_8));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write("<testsuites><testsuite name=\"unmangle check\" tests=\"" + documents() + "\" failures=\""
                    + failing() + "\" errors=\"0\" skipped=\"0\">\n");
            forEachSorted(d -> {
                w.write("  <testcase classname=\"unmangle.check\" name=\"" + xml(d.name) + "\" file=\"" + xml(d.path) + "\"");
                if (!d.failed()) {
                    w.write("/>\n");
                } else {
                    String msg = xml(d.error != null ? "unreadable: " + d.error : reasons(d));
                    w.write(">\n    <failure message=\"" + msg + "\" type=\"threshold\">" + msg + "</failure>\n  </testcase>\n");
                }
            });
            w.write("</testsuite></testsuites>\n");
            w.flush();
            f.commit();
        }
    }

    private static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                // (as character references: a parser turns a raw newline or tab in an attribute into a space)
                case '\n' -> sb.append("&#10;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (c >= 0x20) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * Reads an earlier {@code --format json} output: document → its signals, in {@link Signal}
     * order (NaN where one is missing). The file is read as a stream, one document at a time, and
     * each document keeps one small array, so a baseline of millions of documents fits.
     */
    /**
     * A document's name as a baseline matches it: its path normalised ("./ck/a.txt", "ck//a.txt" and "ck/a.txt" are one
     * document), a JSONL record's ":line" kept. Paths stay as given, relative to where check runs: a baseline saved
     * with relative paths matches a check run from the same folder.
     */
    public static String baselineKey(String name) {
        int colon = name.lastIndexOf(':');
        String path = name;
        String line = "";
        if (colon > 0 && colon + 1 < name.length() && name.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            path = name.substring(0, colon);
            line = name.substring(colon);
        }
        try {
            String p = Path.of(path).normalize().toString();
            return (p.isEmpty() ? path : p) + line;
        } catch (java.nio.file.InvalidPathException e) {
            return name;
        }
    }

    public static Map<String, double[]> readBaseline(Path file) throws IOException {
        Map<String, double[]> m = new HashMap<>();
        boolean sawDocuments = false;
        try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + " is not an unmangle check --format json output (not a JSON object)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (!field.equals("documents") || t != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                sawDocuments = true;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode d = JSON.readTree(p);
                    JsonNode sig = d.get("signals");
                    JsonNode name = d.get("document");
                    if (sig == null || name == null) {
                        continue;
                    }
                    double[] v = new double[Signal.values().length];
                    for (Signal s : Signal.values()) {
                        JsonNode x = sig.get(s.key());
                        v[s.ordinal()] = x == null || x.isNull() ? Double.NaN : x.asDouble();
                    }
                    m.put(baselineKey(name.asText()), v);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!sawDocuments) {
            throw new IOException(file + " is not an unmangle check --format json output (no \"documents\")");
        }
        return m;
    }
}
