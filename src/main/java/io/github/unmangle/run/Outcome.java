package io.github.unmangle.run;

import io.github.unmangle.io.InputFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What happened to one input file. */
public final class Outcome {

    public enum Status {
        /** Cleaned; the output differs from the input. */
        CHANGED,
        /** Cleaned; nothing needed changing (the output is still written). */
        UNCHANGED,
        /** Output newer than input; left alone (use --force). */
        UP_TO_DATE,
        /** Not text (NUL bytes). Counts as a failure. */
        BINARY,
        /** Could not be read, decoded or written. */
        FAILED
    }

    final InputFile input;
    final Path output;
    Status status;
    String error;
    long bytesIn;
    long charsIn;
    long charsOut;
    int parts;
    int records;
    int badRecords;
    final List<String> decodingNotes = new ArrayList<>();
    String charset;
    final Map<String, PassStats> passes = new LinkedHashMap<>();
    final List<Part> kept = new ArrayList<>(); // parts with edits or flags, for the report

    Outcome(InputFile input, Path output) {
        this.input = input;
        this.output = output;
    }

    public InputFile input() {
        return input;
    }

    public Path output() {
        return output;
    }

    public Status status() {
        return status;
    }

    public String error() {
        return error;
    }

    /** JSONL lines copied unchanged: no JSON value, longer than the part size, or a record whose cleaning failed. */
    public int badRecords() {
        return badRecords;
    }

    public boolean failed() {
        return status == Status.FAILED || status == Status.BINARY || badRecords > 0;
    }

    public Map<String, PassStats> passes() {
        return passes;
    }

    public int edits() {
        int n = 0;
        for (PassStats s : passes.values()) {
            n += s.edits();
        }
        return n;
    }

    public long bytesIn() {
        return bytesIn;
    }

    public List<String> decodingNotes() {
        return decodingNotes;
    }

    void add(Part p) {
        parts++;
        charsIn += p.original().length();
        charsOut += p.cleaned().text().length();
        if (p.decoding() != null) {
            if (charset == null) {
                charset = p.decoding().charset();
            }
            if (p.decoding().note() != null) {
                decodingNotes.add((p.record() > 0 ? "record " + p.record() + ": " : "") + p.decoding().note());
            }
        }
        String text = p.original();
        for (var r : p.cleaned().passes()) {
            passes.computeIfAbsent(r.pass(), k -> new PassStats()).add(r, text.length());
        }
    }
}
