package io.github.unmangle.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.unmangle.io.AtomicFile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corpus-quality gate: every document's signals against the thresholds, then the corpus:
 * totals, how many documents each threshold fails (with examples), what each pass would change,
 * histograms. With a baseline (an earlier {@code --format json} output), only documents that
 * fail now and are new or worse than in the baseline count as failures.
 */
public final class Check {
    public static final int PASS = 0;
    public static final int FAIL = 1;

    private final EnumMap<Signal, Double> limits;
    private final Map<String, Map<String, Double>> baseline;
    private final List<DocReport> docs = new ArrayList<>();

    public Check(EnumMap<Signal, Double> limits, Map<String, Map<String, Double>> baseline) {
        this.limits = limits;
        this.baseline = baseline;
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

    /** Judges one finished document (thread-safe). */
    synchronized void add(DocReport d) {
        if (d.error == null) {
            List<Signal> failing = new ArrayList<>();
            for (Signal s : Signal.values()) {
                if (s.fails(d.value(s), limits.get(s))) {
                    failing.add(s);
                }
            }
            if (!failing.isEmpty() && baseline != null) {
                Map<String, Double> before = baseline.get(d.name);
                if (before != null) {
                    boolean worse = failing.stream().anyMatch(s -> before.get(s.key()) == null || s.worse(d.value(s), before.get(s.key())));
                    if (!worse) {
                        failing.clear(); // accepted in the baseline and not worse since
                    }
                }
            }
            d.failures = failing;
            summarise(d);
        }
        docs.add(d);
    }

    public synchronized int documents() {
        return docs.size();
    }

    public synchronized long failing() {
        return docs.stream().filter(DocReport::failed).count();
    }

    private List<DocReport> sorted() {
        List<DocReport> l = new ArrayList<>(docs);
        l.sort(Comparator.comparing((DocReport d) -> d.path).thenComparingInt(d -> d.line));
        return l;
    }

    public int exitCode() {
        return failing() > 0 ? FAIL : PASS;
    }

    // ---------------------------------------------------------------- table

    public void table(PrintStream out, boolean colour, int examples, int maxRows) {
        List<DocReport> all = sorted();
        int shown = 0;
        long failing = all.stream().filter(DocReport::failed).count();
        String red = colour ? "\u001b[31m" : "";
        String green = colour ? "\u001b[32m" : "";
        String bold = colour ? "\u001b[1m" : "";
        String off = colour ? "\u001b[0m" : "";
        for (DocReport d : all) {
            if (!d.failed()) {
                continue;
            }
            if (maxRows > 0 && shown == maxRows) {
                out.printf(Locale.ROOT, "… and %d more failing documents (--rows 0 lists all; --format jsonl has every document)%n",
                        failing - shown);
                break;
            }
            shown++;
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
        }
        long failed = all.stream().filter(DocReport::failed).count();
        out.println();
        out.printf(Locale.ROOT, "%s%d documents: %s%d passed%s, %s%d failed%s%n", bold, all.size(), green,
                all.size() - failed, off, failed > 0 ? red : "", failed, off);
        out.println();
        out.printf(Locale.ROOT, "%-12s %-22s %8s %10s %10s%n", "signal", "threshold", "failing", "mean", "max");
        for (Signal s : Signal.values()) {
            long f = all.stream().filter(d -> d.failures.contains(s)).count();
            double mean = all.stream().filter(d -> d.error == null).mapToDouble(d -> d.value(s)).average().orElse(0);
            double max = all.stream().filter(d -> d.error == null).mapToDouble(d -> d.value(s)).max().orElse(0);
            out.printf(Locale.ROOT, "%-12s %-22s %8d %10s %10s%n", s.key(), "--" + s.option() + "=" + s.format(limits.get(s)),
                    f, s.format(mean), s.format(max));
            if (examples > 0 && f > 0) {
                all.stream().filter(d -> d.failures.contains(s))
                        .sorted(Comparator.comparingDouble((DocReport d) -> d.value(s)).reversed().thenComparing(d -> d.name))
                        .limit(examples)
                        .forEach(d -> out.printf(Locale.ROOT, "             e.g. %s (%s)%n", d.name, s.format(d.value(s))));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%-12s %10s %12s  %s%n", "pass", "would edit", "mean share", "top rules");
        for (Map.Entry<String, PassSummary> e : passSummaries.entrySet()) {
            PassSummary p = e.getValue();
            out.printf(Locale.ROOT, "%-12s %10d %12.4f  %s%n", e.getKey(), p.docs, p.share / Math.max(1, all.size()), p.topRules(3));
            if (examples > 0) {
                p.examples.stream().limit(examples).forEach(x -> out.println("             e.g. " + x));
            }
        }
        out.println();
        out.println("histograms (documents per tenth: 0-0.1, 0.1-0.2, ..., 0.9-1):");
        for (Signal s : List.of(Signal.BOILERPLATE, Signal.SPIN, Signal.MT, Signal.CHANGED, Signal.ENGLISH, Signal.DUPLICATES)) {
            StringBuilder sb = new StringBuilder();
            for (long v : histogram(all, s)) {
                sb.append(String.format(Locale.ROOT, " %6d", v));
            }
            out.printf(Locale.ROOT, "  %-12s%s%n", s.key(), sb);
        }
    }

    private static long[] histogram(List<DocReport> all, Signal s) {
        long[] h = new long[10];
        for (DocReport d : all) {
            if (d.error == null) {
                h[Math.min(9, (int) Math.floor(d.value(s) * 10))]++;
            }
        }
        return h;
    }

    /** What one pass would do across the corpus. */
    private static final class PassSummary {
        long docs;
        double share;
        final Map<String, Long> rules = new TreeMap<>();
        final List<String> examples = new ArrayList<>();

        String topRules(int n) {
            return rules.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                    .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
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
                if (p.examples.size() < 20) {
                    p.examples.add(String.format(Locale.ROOT, "%s (%.3f of the text: %s)", d.name, c.getValue(), rules));
                }
            }
            rules.forEach((r, n) -> p.rules.merge(r, (long) n, Long::sum));
        }
        d.rulesBy.clear(); // memory: one small record per document is all that is kept
    }

    // ---------------------------------------------------------------- machine-readable

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode docNode(DocReport d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("document", d.name);
        o.put("path", d.path);
        o.put("line", d.line);
        o.put("status", d.failed() ? "fail" : "pass");
        if (d.error != null) {
            o.put("error", d.error);
            return o;
        }
        ObjectNode sig = o.putObject("signals");
        for (Signal s : Signal.values()) {
            sig.put(s.key(), d.value(s));
        }
        ArrayNode f = o.putArray("failures");
        d.failures.forEach(s -> f.add(s.key()));
        ObjectNode ch = o.putObject("changed");
        d.changedBy.forEach(ch::put);
        return o;
    }

    public void jsonl(PrintStream out) {
        for (DocReport d : sorted()) {
            try {
                out.println(JSON.writeValueAsString(docNode(d)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public void json(OutputStream out, int examples) throws IOException {
        List<DocReport> all = sorted();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode th = root.putObject("thresholds");
        limits.forEach((s, v) -> th.put(s.option(), v));
        ArrayNode arr = root.putArray("documents");
        all.forEach(d -> arr.add(docNode(d)));
        ObjectNode sum = root.putObject("summary");
        long failed = all.stream().filter(DocReport::failed).count();
        sum.put("documents", all.size());
        sum.put("passed", all.size() - failed);
        sum.put("failed", failed);
        sum.put("unreadable", all.stream().filter(d -> d.error != null).count());
        ObjectNode per = sum.putObject("failing");
        for (Signal s : Signal.values()) {
            ObjectNode x = per.putObject(s.key());
            x.put("count", all.stream().filter(d -> d.failures.contains(s)).count());
            ArrayNode ex = x.putArray("examples");
            all.stream().filter(d -> d.failures.contains(s)).limit(Math.max(0, examples)).forEach(d -> ex.add(d.name));
        }
        ObjectNode ps = sum.putObject("passes");
        passSummaries.forEach((name, p) -> {
            ObjectNode x = ps.putObject(name);
            x.put("documents-changed", p.docs);
            ObjectNode r = x.putObject("rules");
            p.rules.forEach(r::put);
            ArrayNode ex = x.putArray("examples");
            p.examples.stream().limit(Math.max(0, examples)).forEach(ex::add);
        });
        ObjectNode hist = sum.putObject("histograms");
        for (Signal s : Signal.values()) {
            if (s == Signal.ENCODING || s == Signal.LENGTH) {
                continue;
            }
            ArrayNode h = hist.putArray(s.key());
            for (long v : histogram(all, s)) {
                h.add(v);
            }
        }
        JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(nonClosing(out), root);
        out.write('\n');
        out.flush();
    }

    /** GitHub Actions workflow commands: one error annotation per failing document, at its file and line. */
    public void github(PrintStream out) {
        for (DocReport d : sorted()) {
            if (!d.failed()) {
                continue;
            }
            String msg = d.error != null ? "unreadable: " + d.error : reasons(d);
            out.printf("::error file=%s,line=%d,title=unmangle check::%s%n", escapeProperty(d.path), d.line, escapeData(msg));
        }
        out.printf("::notice title=unmangle check::%d documents, %d failed%n", documents(), failing());
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
        List<DocReport> all = sorted();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long failed = all.stream().filter(DocReport::failed).count();
        sb.append("<testsuites><testsuite name=\"unmangle check\" tests=\"").append(all.size()).append("\" failures=\"")
                .append(failed).append("\" errors=\"0\" skipped=\"0\">\n");
        for (DocReport d : all) {
            sb.append("  <testcase classname=\"unmangle.check\" name=\"").append(xml(d.name)).append("\" file=\"")
                    .append(xml(d.path)).append("\"");
            if (!d.failed()) {
                sb.append("/>\n");
                continue;
            }
            String msg = d.error != null ? "unreadable: " + d.error : reasons(d);
            sb.append(">\n    <failure message=\"").append(xml(msg)).append("\" type=\"threshold\">")
                    .append(xml(msg)).append("</failure>\n  </testcase>\n");
        }
        sb.append("</testsuite></testsuites>\n");
        try (AtomicFile f = new AtomicFile(file)) {
            f.stream().write(sb.toString().getBytes(StandardCharsets.UTF_8));
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
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
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

    /** Reads an earlier {@code --format json} output: document → signal → value. */
    public static Map<String, Map<String, Double>> readBaseline(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(file));
        JsonNode docs = root.get("documents");
        if (docs == null || !docs.isArray()) {
            throw new IOException(file + " is not an unmangle check --format json output (no \"documents\")");
        }
        Map<String, Map<String, Double>> m = new HashMap<>();
        for (JsonNode d : docs) {
            JsonNode sig = d.get("signals");
            if (sig == null) {
                continue;
            }
            Map<String, Double> v = new HashMap<>();
            sig.fields().forEachRemaining(e -> v.put(e.getKey(), e.getValue().asDouble()));
            m.put(d.get("document").asText(), v);
        }
        return m;
    }
}
