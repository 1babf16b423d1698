package io.github.unmangle.run;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.Flag;
import io.github.unmangle.core.PassReport;
import io.github.unmangle.io.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON report, streamed: one object per input as it finishes (its counts per pass and rule,
 * its metrics and every edit and flag), then what batch learning found and the totals. Written
 * atomically like every other output.
 *
 * <pre>{"tool":"unmangle","version":…,"passes":[…],"files":[{…},…],"batch":{…},"summary":{…}}</pre>
 */
public final class ReportWriter implements AutoCloseable {
    private final AtomicFile file;
    private final JsonGenerator g;
    private final Map<String, Long> totals = new TreeMap<>();
    private final Map<String, Map<String, Long>> byPass = new TreeMap<>();
    private final Map<Path, Pending> pending = new java.util.HashMap<>();

    public ReportWriter(Path path, String version, List<String> passes) throws IOException {
        try {
            file = new AtomicFile(path);
        } catch (IOException e) {
            // (said as a usage error, before any input is read: exit 2)
            throw new IllegalArgumentException("--report " + path + ": cannot write: " + io.github.unmangle.io.Inputs.describe(e), e);
        }
        g = new JsonFactory().createGenerator(file.stream(), JsonEncoding.UTF8);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("tool", "unmangle");
        g.writeStringField("version", version);
        g.writeArrayFieldStart("passes");
        for (String p : passes) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("files");
    }

    /**
     * Keeps a part's edits and flags until its file is written (parts arrive on the worker's
     * thread), each as one line of compact JSON; past {@link #SPILL_CHARS} for a file they go to a
     * temporary file, so that a huge input (millions of JSONL records, a file of many parts) with an
     * edit in every record does not hold them all in memory.
     */
    public void part(Path input, Part p) {
        // written as JSON on the worker's thread; only the appending is under the lock
        List<String> edits = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        long chars = 0;
        try {
            int pass = 0;
            for (PassReport r : p.cleaned().passes()) {
                int firstLine = p.firstLine(pass++); // (in a later part: where it starts in the text this pass saw)
                for (Edit ed : r.edits()) {
                    String json = json(ed, p, firstLine);
                    edits.add(json);
                    chars += json.length();
                }
                for (Flag f : r.flags()) {
                    String json = json(f, p, firstLine);
                    flags.add(json);
                    chars += json.length();
                }
            }
            if (edits.isEmpty() && flags.isEmpty()) {
                return;
            }
            synchronized (this) {
                Pending pend = pending.computeIfAbsent(input, k -> new Pending());
                pend.edits.addAll(edits);
                pend.flags.addAll(flags);
                pend.chars += chars;
                pend.spillIfLarge();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the report's edits in a temporary file: " + e.getMessage(), e);
        }
    }

    /** Characters of one file's pending edits and flags kept in memory before they go to a temporary file (tests lower it). */
    static int SPILL_CHARS = 4 << 20;

    /** One file's edits and flags, as JSON lines: in memory, then (past {@link #SPILL_CHARS}) in temporary files. */
    private static final class Pending {
        final List<String> edits = new ArrayList<>();
        final List<String> flags = new ArrayList<>();
        long chars;
        Path editsFile;
        Path flagsFile;

        void spillIfLarge() throws IOException {
            if (chars < SPILL_CHARS) {
                return;
            }
            if (editsFile == null) {
                editsFile = Files.createTempFile("unmangle-report-", ".edits.jsonl");
                flagsFile = Files.createTempFile("unmangle-report-", ".flags.jsonl");
                editsFile.toFile().deleteOnExit();
                flagsFile.toFile().deleteOnExit();
            }
            Files.write(editsFile, edits, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            Files.write(flagsFile, flags, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            edits.clear();
            flags.clear();
            chars = 0;
        }

        void delete() throws IOException {
            if (editsFile != null) {
                Files.deleteIfExists(editsFile);
                Files.deleteIfExists(flagsFile);
            }
        }
    }

    private static final JsonFactory COMPACT = new JsonFactory();

    /** An edit as one line of JSON: pass, rule, place, end, before, after, reason. */
    private static String json(Edit ed, Part p, int firstLine) throws IOException {
        java.io.StringWriter w = new java.io.StringWriter(96 + ed.before().length() + ed.after().length() + ed.reason().length());
        try (JsonGenerator c = COMPACT.createGenerator(w)) {
            head(c, ed.pass(), ed.rule(), p, firstLine, ed.line(), ed.column(), ed.start(), ed.end());
            c.writeStringField("before", ed.before());
            c.writeStringField("after", ed.after());
            c.writeStringField("reason", ed.reason());
            c.writeEndObject();
        }
        return w.toString();
    }

    /** A flag as one line of JSON: pass, rule, place, end, text, reason. */
    private static String json(Flag f, Part p, int firstLine) throws IOException {
        java.io.StringWriter w = new java.io.StringWriter(96 + f.text().length() + f.reason().length());
        try (JsonGenerator c = COMPACT.createGenerator(w)) {
            head(c, f.pass(), f.rule(), p, firstLine, f.line(), f.column(), f.start(), f.end());
            c.writeStringField("text", f.text());
            c.writeStringField("reason", f.reason());
            c.writeEndObject();
        }
        return w.toString();
    }

    /** Opens an edit's or a flag's object: its pass and rule, where it is (record, part, line, column, offsets). */
    private static void head(JsonGenerator c, String pass, String rule, Part p, int firstLine, int line, int column, int start, int end)
            throws IOException {
        c.writeStartObject();
        c.writeStringField("pass", pass);
        c.writeStringField("rule", rule);
        if (p.record() > 0) {
            c.writeNumberField("record", p.record());
        }
        if (p.part() > 0) {
            // (a large file is cleaned in parts: offsets count from the part's start, the file's character partStart)
            c.writeNumberField("part", p.part());
            c.writeNumberField("partStart", p.firstChar());
        }
        c.writeNumberField("line", line + firstLine - 1);
        c.writeNumberField("column", column);
        c.writeNumberField("start", start);
        c.writeNumberField("end", end);
    }

    /** Copies JSON lines into the report's array, pretty-printed like the rest. */
    private void copy(Path spilled, List<String> kept) throws IOException {
        if (spilled != null) {
            try (java.io.BufferedReader r = Files.newBufferedReader(spilled, StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    copy(line);
                }
            }
        }
        for (String line : kept) {
            copy(line);
        }
    }

    private void copy(String line) throws IOException {
        try (JsonParser jp = COMPACT.createParser(line)) {
            jp.nextToken();
            g.copyCurrentStructure(jp);
        }
    }

    public synchronized void file(Outcome o) throws IOException {
        Pending parts = pending.remove(o.input().path());
        totals.merge("files", 1L, Long::sum);
        totals.merge(o.status().name().toLowerCase().replace('_', '-'), 1L, Long::sum);
        g.writeStartObject();
        g.writeStringField("path", o.input().path().toString());
        if (o.output() != null) {
            g.writeStringField("output", o.output().toString());
        }
        g.writeStringField("status", o.status().name().toLowerCase().replace('_', '-'));
        if (o.error() != null) {
            g.writeStringField("error", o.error());
        }
        g.writeNumberField("bytes", o.bytesIn);
        g.writeNumberField("chars", o.charsIn);
        g.writeNumberField("charsOut", o.charsOut);
        if (o.charset != null) {
            g.writeStringField("charset", o.charset);
        }
        if (o.records > 0) {
            g.writeNumberField("records", o.records);
            g.writeNumberField("badRecords", o.badRecords);
        }
        if (o.parts > 1) {
            g.writeNumberField("parts", o.parts);
        }
        if (!o.decodingNotes.isEmpty()) {
            g.writeArrayFieldStart("decoding");
            for (String n : o.decodingNotes) {
                g.writeString(n);
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("passes");
        for (Map.Entry<String, PassStats> e : o.passes().entrySet()) {
            PassStats s = e.getValue();
            g.writeObjectFieldStart(e.getKey());
            g.writeNumberField("edits", s.edits());
            g.writeNumberField("flags", s.flags());
            g.writeNumberField("changedChars", s.changedChars());
            g.writeNumberField("millis", s.nanos() / 1_000_000.0);
            g.writeObjectFieldStart("rules");
            for (Map.Entry<String, Integer> r : s.rules().entrySet()) {
                g.writeNumberField(r.getKey(), r.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("metrics");
            for (Map.Entry<String, Double> m : s.metrics().entrySet()) {
                g.writeNumberField(m.getKey(), m.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            Map<String, Long> bp = byPass.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
            bp.merge("edits", (long) s.edits(), Long::sum);
            bp.merge("flags", (long) s.flags(), Long::sum);
            if (s.edits() > 0) {
                bp.merge("filesChanged", 1L, Long::sum);
            }
            totals.merge("edits", (long) s.edits(), Long::sum);
        }
        g.writeEndObject();
        g.writeArrayFieldStart("edits");
        if (parts != null) {
            copy(parts.editsFile, parts.edits);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("flags");
        if (parts != null) {
            copy(parts.flagsFile, parts.flags);
            parts.delete();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Ends the file list, adds batch findings and totals, and renames the report into place. */
    public synchronized void finish(Map<String, BatchKnowledge> batch, double seconds) throws IOException {
        g.writeEndArray();
        g.writeObjectFieldStart("batch");
        for (Map.Entry<String, BatchKnowledge> e : batch.entrySet()) {
            g.writeFieldName(e.getKey());
            g.setCodec(new com.fasterxml.jackson.databind.ObjectMapper());
            g.writeObject(e.getValue().summary());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("summary");
        for (Map.Entry<String, Long> e : totals.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeNumberField("seconds", seconds);
        g.writeObjectFieldStart("byPass");
        for (Map.Entry<String, Map<String, Long>> e : byPass.entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            for (Map.Entry<String, Long> v : e.getValue().entrySet()) {
                g.writeNumberField(v.getKey(), v.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.close();
        file.commit();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
