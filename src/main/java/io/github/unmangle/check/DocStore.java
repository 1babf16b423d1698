package io.github.unmangle.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Every document's report, handed back in path order (then line, for JSONL records) as often as
 * asked, in bounded memory: up to {@code spillAt} reports are kept as objects; beyond that they
 * are sorted and written to a temporary file as one JSON line each (a run), and reading merges
 * the runs with what is still in memory. A check over millions of documents keeps one run's
 * worth in memory, and past {@link #MAX_RUNS} runs merges them into one (so a merge never needs
 * more open files than that). Not thread-safe: {@link Check} calls it under its lock.
 */
final class DocStore implements AutoCloseable {
    /** Reports kept in memory before a run is written (about 1 KB each); system property {@code unmangle.check.spill-at} (for tests and benchmarks). */
    static final int DEFAULT_SPILL_AT = Integer.getInteger("unmangle.check.spill-at", 20_000);

    static final Comparator<DocReport> ORDER = Comparator.comparing((DocReport d) -> d.path).thenComparingInt(d -> d.line);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int spillAt;
    private final List<DocReport> memory = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private final List<RunReader> readers = new ArrayList<>();
    private Path dir;
    private long size;
    private int compactions;

    DocStore(int spillAt) {
        this.spillAt = Math.max(1, spillAt);
    }

    long size() {
        return size;
    }

    /** Runs on disk at most; one more, and they are merged into one (a merge reads them all at once: an open file each). */
    static final int MAX_RUNS = 128;

    /** Runs on disk now (for tests). */
    int runs() {
        return runs.size();
    }

    List<Path> files() {
        return List.copyOf(runs);
    }

    void add(DocReport d) {
        memory.add(d);
        size++;
        if (memory.size() >= spillAt) {
            spill();
        }
    }

    private void spill() {
        memory.sort(ORDER);
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("unmangle-check-");
                dir.toFile().deleteOnExit();
            }
            Path run = dir.resolve("run-" + runs.size() + ".jsonl");
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                for (DocReport d : memory) {
                    w.write(JSON.writeValueAsString(write(d)));
                    w.write('\n');
                }
            }
            run.toFile().deleteOnExit();
            runs.add(run);
            if (runs.size() > MAX_RUNS) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write check's temporary file: " + e.getMessage(), e);
        }
        memory.clear();
    }

    /** Merges the runs on disk into one, so that reading them back never holds more than {@link #MAX_RUNS} + 1 files open. */
    private void compact() throws IOException {
        Path merged = dir.resolve("run-" + (++compactions) + "-merged.jsonl");
        List<RunReader> open = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
            for (Path run : runs) {
                open.add(new RunReader(run));
            }
            for (Iterator<DocReport> it = new Merge(new ArrayList<>(open)); it.hasNext(); ) {
                w.write(JSON.writeValueAsString(write(it.next())));
                w.write('\n');
            }
        } finally {
            open.forEach(RunReader::close);
        }
        merged.toFile().deleteOnExit();
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
        runs.clear();
        runs.add(merged);
    }

    /** Every report in order: a merge of the runs on disk with the ones in memory. */
    Iterator<DocReport> sorted() {
        memory.sort(ORDER); // stable: reports of one path and line keep their order
        List<Iterator<DocReport>> sources = new ArrayList<>();
        for (Path run : runs) {
            RunReader r = new RunReader(run);
            readers.add(r);
            sources.add(r);
        }
        sources.add(memory.iterator());
        return sources.size() == 1 ? sources.get(0) : new Merge(sources);
    }

    @Override
    public void close() {
        for (RunReader r : readers) {
            r.close();
        }
        readers.clear();
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                // a temporary file left behind is no failure of the check
            }
        }
        runs.clear();
        if (dir != null) {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // as above
            }
        }
    }

    /** A report as one JSON object (the same fields as {@code --format jsonl}, which restore it whole). */
    static ObjectNode write(DocReport d) {
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
            if (d.measured(s)) {
                sig.put(s.key(), d.value(s));
            } else {
                sig.putNull(s.key());
            }
        }
        ArrayNode f = o.putArray("failures");
        d.failures.forEach(s -> f.add(s.key()));
        ObjectNode ch = o.putObject("changed");
        d.changedBy.forEach(ch::put);
        return o;
    }

    static DocReport read(JsonNode o) {
        DocReport d = new DocReport(o.get("document").asText(), o.get("path").asText(), o.get("line").asInt());
        if (o.has("error")) {
            d.error = o.get("error").asText();
            return d;
        }
        JsonNode sig = o.get("signals");
        List<Signal> failures = new ArrayList<>();
        for (Signal s : Signal.values()) {
            JsonNode v = sig.get(s.key());
            if (v != null && !v.isNull()) {
                d.values.put(s, v.asDouble());
            }
        }
        for (JsonNode f : o.get("failures")) {
            for (Signal s : Signal.values()) {
                if (s.key().equals(f.asText())) {
                    failures.add(s);
                }
            }
        }
        d.failures = failures;
        o.get("changed").fields().forEachRemaining(e -> d.changedBy.put(e.getKey(), e.getValue().asDouble()));
        return d;
    }

    /** The reports of one run, read back a line at a time. */
    private static final class RunReader implements Iterator<DocReport> {
        private final BufferedReader in;
        private String next;

        RunReader(Path run) {
            try {
                in = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                next = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read check's temporary file: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        void close() {
            next = null;
            try {
                in.close();
            } catch (IOException e) {
                // only read from
            }
        }

        @Override
        public DocReport next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            try {
                DocReport d = read(JSON.readTree(next));
                next = in.readLine();
                if (next == null) {
                    close();
                }
                return d;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read check's temporary file: " + e.getMessage(), e);
            }
        }
    }

    /** K-way merge of sorted sources; on equal keys the earlier source first (runs are in arrival order). */
    private static final class Merge implements Iterator<DocReport> {
        private record Head(DocReport doc, int source) {
        }

        private final List<Iterator<DocReport>> sources;
        private final PriorityQueue<Head> heads = new PriorityQueue<>(
                Comparator.comparing(Head::doc, ORDER).thenComparingInt(Head::source));

        Merge(List<Iterator<DocReport>> sources) {
            this.sources = sources;
            for (int k = 0; k < sources.size(); k++) {
                if (sources.get(k).hasNext()) {
                    heads.add(new Head(sources.get(k).next(), k));
                }
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public DocReport next() {
            Head h = heads.poll();
            if (h == null) {
                throw new NoSuchElementException();
            }
            Iterator<DocReport> src = sources.get(h.source());
            if (src.hasNext()) {
                heads.add(new Head(src.next(), h.source()));
            }
            return h.doc();
        }
    }
}
