package io.github.unmangle.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check's corpus reports hold in bounded memory: past a run's worth of documents their
 * reports go to sorted temporary files, merged on output. Whether a check spills or not, every
 * output is the same, and its documents come in path order whatever order they arrived in.
 */
class CheckOutputTest {
    /** Documents as a batch delivers them: text files, JSONL records (one path, many lines), unreadable files; out of order. */
    private static List<DocReport> corpus(long seed) {
        Random r = new Random(seed);
        List<DocReport> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String path = "/corpus/" + (char) ('a' + r.nextInt(5)) + "/doc" + i + ".txt";
            DocReport d = new DocReport(path, path, 1);
            if (i % 37 == 0) {
                d.error = "binary file (NUL bytes); skipped";
            } else {
                fill(d, r);
            }
            docs.add(d);
        }
        for (int k = 1; k <= 120; k++) {
            DocReport d = new DocReport("/corpus/records.jsonl:" + k, "/corpus/records.jsonl", k);
            fill(d, r);
            docs.add(d);
        }
        Collections.shuffle(docs, r);
        return docs;
    }

    private static void fill(DocReport d, Random r) {
        for (Signal s : Signal.values()) {
            d.values.put(s, s == Signal.LENGTH ? 200 + r.nextInt(5000) : s == Signal.ENCODING ? r.nextInt(3) * (r.nextInt(4) == 0 ? 1 : 0)
                    : r.nextDouble() * (r.nextInt(5) == 0 ? 1 : 0.05));
        }
        for (String pass : List.of("unicode", "boilerplate", "spin")) {
            double share = r.nextInt(3) == 0 ? 0 : r.nextDouble() / 3;
            d.changedBy.put(pass, share);
            if (share > 0) {
                d.rulesBy.put(pass, new java.util.TreeMap<>(Map.of(pass + "-rule", 1 + r.nextInt(4))));
            }
        }
    }

    /** Every output of a check fed {@code docs}, one after another. */
    private static String outputs(Check check, List<DocReport> docs, Path junit) throws Exception {
        docs.forEach(check::add);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(b, true, StandardCharsets.UTF_8);
        check.table(out, false, 3, 0);
        check.table(out, false, 2, 5);
        check.json(out, 3);
        check.jsonl(out);
        check.github(out);
        check.junit(junit);
        return b.toString(StandardCharsets.UTF_8) + Files.readString(junit);
    }

    private static List<DocReport> copies(List<DocReport> docs) {
        // a check takes its documents' rule maps: each check gets documents of its own
        List<DocReport> l = new ArrayList<>();
        for (DocReport d : docs) {
            DocReport c = new DocReport(d.name, d.path, d.line);
            c.error = d.error;
            c.values.putAll(d.values);
            c.changedBy.putAll(d.changedBy);
            d.rulesBy.forEach((k, v) -> c.rulesBy.put(k, new java.util.TreeMap<>(v)));
            l.add(c);
        }
        return l;
    }

    @Test
    void spillingToDiskChangesNoOutput(@TempDir Path tmp) throws Exception {
        List<DocReport> docs = corpus(11);
        String inMemory;
        try (Check check = new Check(Check.defaultLimits(), null, 1_000_000).examples(3)) {
            inMemory = outputs(check, copies(docs), tmp.resolve("a.xml"));
        }
        Check spilling = new Check(Check.defaultLimits(), null, 13).examples(3);
        String spilled = outputs(spilling, copies(docs), tmp.resolve("b.xml"));
        assertTrue(spilling.spilledRuns() >= 30, "runs: " + spilling.spilledRuns());
        spilling.close();
        assertEquals(inMemory, spilled);
        assertTrue(inMemory.contains("420 documents"), inMemory);
        // a run every 2 documents: 210 runs, more than may be open at once, so they are merged on the way
        try (Check many = new Check(Check.defaultLimits(), null, 2).examples(3)) {
            String merged = outputs(many, copies(docs), tmp.resolve("c.xml"));
            assertTrue(many.spilledRuns() <= DocStore.MAX_RUNS, "runs: " + many.spilledRuns());
            assertEquals(inMemory, merged);
        }
    }

    @Test
    void documentsComeInPathOrderWhateverTheirArrival(@TempDir Path tmp) throws Exception {
        for (int spillAt : new int[] {1_000_000, 7}) {
            try (Check check = new Check(Check.defaultLimits(), null, spillAt)) {
                copies(corpus(5)).forEach(check::add);
                List<String> keys = new ArrayList<>();
                each(check, line -> keys.add(line));
                List<String> sorted = new ArrayList<>(keys);
                sorted.sort(java.util.Comparator.comparing((String k) -> k.substring(0, k.indexOf('\t')))
                        .thenComparingInt(k -> Integer.parseInt(k.substring(k.indexOf('\t') + 1))));
                assertEquals(420, keys.size());
                assertEquals(sorted, keys, "spill at " + spillAt);
                // the records of one JSONL file in their line order, 1..120
                List<String> records = keys.stream().filter(k -> k.startsWith("/corpus/records.jsonl\t")).toList();
                assertEquals("/corpus/records.jsonl\t1", records.get(0));
                assertEquals("/corpus/records.jsonl\t120", records.get(119));
            }
        }
    }

    /** path TAB line of each document of the check's jsonl output. */
    private static void each(Check check, Consumer<String> key) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        check.jsonl(new PrintStream(b, true, StandardCharsets.UTF_8));
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : b.toString(StandardCharsets.UTF_8).split("\n")) {
            var o = json.readTree(line);
            key.accept(o.get("path").asText() + "\t" + o.get("line").asInt());
        }
    }

    @Test
    void closingDeletesTheTemporaryRuns() throws Exception {
        Check check = new Check(Check.defaultLimits(), null, 10);
        copies(corpus(3)).forEach(check::add);
        List<Path> runs = check.spilledFiles();
        assertFalse(runs.isEmpty());
        runs.forEach(p -> assertTrue(Files.exists(p), p.toString()));
        check.jsonl(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        check.close();
        runs.forEach(p -> assertFalse(Files.exists(p), p + " left behind"));
    }

    @Test
    void tableExamplesAreTheMostExtremeFailingDocuments() throws Exception {
        try (Check check = new Check(Check.defaultLimits(), null, 5).examples(2)) {
            double[] spins = {0.04, 0.30, 0.01, 0.09, 0.30, 0.02};
            double[] english = {0.95, 0.95, 0.05, 0.15, 0.95, 0.12};
            for (int i = 0; i < spins.length; i++) {
                DocReport d = new DocReport("d" + i, "d" + i, 1);
                for (Signal s : Signal.values()) {
                    d.values.put(s, s == Signal.LENGTH ? 1000.0 : 0.0);
                }
                d.values.put(Signal.SPIN, spins[i]);
                d.values.put(Signal.ENGLISH, english[i]);
                check.add(d);
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            check.table(new PrintStream(b, true, StandardCharsets.UTF_8), false, 2, 0);
            String t = b.toString(StandardCharsets.UTF_8);
            // 0.30 twice (by name), not 0.09 nor 0.04; and 4 documents fail spin (> 0.03)
            assertTrue(t.contains("e.g. d1 (0.300)\n             e.g. d4 (0.300)\n"), t);
            assertFalse(t.contains("e.g. d3"), t);
            assertTrue(t.matches("(?s).*spin +--max-spin=0.030 +4 .*"), t);
            // a minimum's examples are its lowest: 0.05 and 0.12 of the three under 0.6, not 0.15
            assertTrue(t.contains("e.g. d2 (0.050)\n             e.g. d5 (0.120)\n"), t);
            assertFalse(t.contains("e.g. d3"), t);
        }
    }

    /** A baseline is read as a stream, in any field order; a signal it lacks counts as got worse. */
    @Test
    void baselineIsReadWhateverItsFieldOrder(@TempDir Path tmp) throws Exception {
        Path base = tmp.resolve("base.json");
        Files.writeString(base, """
                {"summary": {"documents": 2, "failing": {"spin": {"count": 1}}},
                 "documents": [
                   {"document": "a.txt", "signals": {"spin": 0.5, "boilerplate": 0.1}},
                   {"document": "b.txt", "signals": {"boilerplate": 0.1}},
                   {"document": "c.txt", "error": "binary"}],
                 "thresholds": {"max-spin": 0.03}}
                """);
        Map<String, double[]> m = Check.readBaseline(base);
        assertEquals(2, m.size());
        assertEquals(0.5, m.get("a.txt")[Signal.SPIN.ordinal()]);
        assertTrue(Double.isNaN(m.get("b.txt")[Signal.SPIN.ordinal()]));
        try (Check check = new Check(Check.defaultLimits(), m, 100)) {
            for (String name : List.of("a.txt", "b.txt")) {
                DocReport d = new DocReport(name, name, 1);
                for (Signal s : Signal.values()) {
                    d.values.put(s, s == Signal.ENGLISH ? 0.95 : s == Signal.LENGTH ? 1000.0 : 0.0);
                }
                d.values.put(Signal.SPIN, 0.4);
                check.add(d);
            }
            // a.txt failed spin at 0.5 before and is better now: accepted; b.txt had no spin: it fails
            assertEquals(1, check.failing());
        }
        Files.writeString(base, "{\"thresholds\": {}}");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> Check.readBaseline(base))
                .getMessage().contains("no \"documents\""));
    }
}
