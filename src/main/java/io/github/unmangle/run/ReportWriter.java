package io.github.unmangle.run;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.Flag;
import io.github.unmangle.core.PassReport;
import io.github.unmangle.io.AtomicFile;

import java.io.IOException;
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
    private final Map<Path, List<Part>> pending = new java.util.HashMap<>();

    public ReportWriter(Path path, String version, List<String> passes) throws IOException {
        file = new AtomicFile(path);
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

    /** Keeps a part's edits until its file is written (parts arrive on the worker's thread). */
    public synchronized void part(Path input, Part p) {
        boolean any = false;
        for (PassReport r : p.cleaned().passes()) {
            any |= !r.edits().isEmpty() || !r.flags().isEmpty();
        }
        if (any || p.decoding() != null && p.decoding().note() != null) {
            pending.computeIfAbsent(input, k -> new ArrayList<>()).add(
                    new Part(p.label(), p.record(), p.part(), p.firstLine(), "", p.cleaned(), p.decoding()));
        }
    }

    public synchronized void file(Outcome o) throws IOException {
        List<Part> parts = pending.remove(o.input().path());
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
            for (Part p : parts) {
                for (PassReport r : p.cleaned().passes()) {
                    for (Edit ed : r.edits()) {
                        g.writeStartObject();
                        g.writeStringField("pass", ed.pass());
                        g.writeStringField("rule", ed.rule());
                        writePlace(p, ed.line(), ed.column(), ed.start());
                        g.writeNumberField("end", ed.end());
                        g.writeStringField("before", ed.before());
                        g.writeStringField("after", ed.after());
                        g.writeStringField("reason", ed.reason());
                        g.writeEndObject();
                    }
                }
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("flags");
        if (parts != null) {
            for (Part p : parts) {
                for (PassReport r : p.cleaned().passes()) {
                    for (Flag f : r.flags()) {
                        g.writeStartObject();
                        g.writeStringField("pass", f.pass());
                        g.writeStringField("rule", f.rule());
                        writePlace(p, f.line(), f.column(), f.start());
                        g.writeNumberField("end", f.end());
                        g.writeStringField("text", f.text());
                        g.writeStringField("reason", f.reason());
                        g.writeEndObject();
                    }
                }
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writePlace(Part p, int line, int column, int start) throws IOException {
        if (p.record() > 0) {
            g.writeNumberField("record", p.record());
        }
        if (p.part() > 0) {
            g.writeNumberField("part", p.part());
        }
        g.writeNumberField("line", line + p.firstLine() - 1);
        g.writeNumberField("column", column);
        g.writeNumberField("start", start);
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
