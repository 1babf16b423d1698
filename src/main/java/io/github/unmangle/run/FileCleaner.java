package io.github.unmangle.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.unmangle.core.BinaryInputException;
import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Decoded;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.Decoder;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.Pipeline;
import io.github.unmangle.io.AtomicFile;
import io.github.unmangle.io.ByteLines;
import io.github.unmangle.io.InputFile;
import io.github.unmangle.io.Inputs;
import io.github.unmangle.io.TextChunks;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The whole path of one input, top to bottom: skip if up to date → open (gunzip) → read in parts
 * (or JSONL records) → decode → passes → write the cleaned text to a temporary file → rename it
 * into place → hand each part to the listener (explain, diff, report, check). Originals are only
 * ever opened for reading.
 */
public final class FileCleaner {

    /** Receives every cleaned part as it is made, and every problem. */
    public interface Listener {
        void part(InputFile input, Part part);

        default void problem(InputFile input, String message) {
        }

        /** An input is finished (cleaned, skipped or failed); called once per input. */
        default void done(Outcome outcome) {
        }

        /** Every input is finished; called once, before the run's summary is printed. */
        default void finished() {
        }
    }

    /** Jackson is loaded only when a JSONL input comes along (it costs start-up time). */
    private static final class Json {
        // (a line holding more than one value, "{...} {...}" or "{...} junk", is no record: read as its first
        // value alone, the rest of the line would be lost from the output; it is copied unchanged instead)
        static final ObjectMapper MAPPER = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private final Pipeline pipeline;
    private final RunOptions opt;
    private final Listener listener;

    /** Which outputs this run's configuration made, or null: newer than the input is up to date. */
    private final OutputStamps stamps;

    public FileCleaner(Pipeline pipeline, RunOptions opt, Listener listener) {
        this(pipeline, opt, listener, null);
    }

    FileCleaner(Pipeline pipeline, RunOptions opt, Listener listener, OutputStamps stamps) {
        this.pipeline = pipeline;
        this.opt = opt;
        this.listener = listener;
        this.stamps = stamps;
    }

    public Outcome clean(InputFile in) {
        Path out = opt.dryRun ? null : in.output(opt.suffix, opt.outDir);
        Outcome o = new Outcome(in, out);
        try {
            // (asked also when forced: the stamp of the output's directory is written before the output is)
            boolean upToDate = out != null && (stamps != null ? stamps.upToDate(in.path(), out) : OutputStamps.newer(out, in.path()));
            if (upToDate && !opt.force) {
                o.status = Outcome.Status.UP_TO_DATE;
                return o;
            }
            o.bytesIn = Files.size(in.path());
            try (InputStream raw = open(in.path(), in.gzip());
                 AtomicFile target = out == null ? null : new AtomicFile(out)) {
                OutputStream sink = target == null ? OutputStream.nullOutputStream()
                        : in.gzip() ? new GZIPOutputStream(target.stream(), 1 << 16) : target.stream();
                boolean changed = jsonl(opt, in) ? cleanJsonl(in, raw, sink, o) : cleanText(in, raw, sink, o);
                sink.close();
                if (target != null) {
                    target.commit();
                }
                o.status = changed ? Outcome.Status.CHANGED : Outcome.Status.UNCHANGED;
            }
        } catch (BinaryInputException e) {
            o.status = Outcome.Status.BINARY;
            o.error = e.getMessage() + "; skipped";
        } catch (ZipException e) {
            o.status = Outcome.Status.FAILED;
            o.error = "not valid gzip: " + e.getMessage();
        } catch (TextChunks.HugeLineException e) {
            o.status = Outcome.Status.FAILED;
            o.error = e.getMessage();
        } catch (IOException e) {
            o.status = Outcome.Status.FAILED;
            o.error = Inputs.describe(e) + (out != null && !Files.isWritable(out.toAbsolutePath().getParent())
                    ? " (writing " + out + ")" : "");
        } catch (RuntimeException e) {
            o.status = Outcome.Status.FAILED;
            // (a library may wrap running out of memory: hppc's BufferAllocationException)
            o.error = causedByOutOfMemory(e) ? OUT_OF_MEMORY : "internal error: " + e;
        } catch (OutOfMemoryError e) {
            // what this input held is free again once its frames are gone: the batch goes on
            o.status = Outcome.Status.FAILED;
            o.error = OUT_OF_MEMORY;
        } catch (StackOverflowError e) {
            o.status = Outcome.Status.FAILED;
            o.error = "internal error: stack overflow";
        }
        return o;
    }

    private static final String OUT_OF_MEMORY =
            "out of memory (give Java more heap, e.g. UNMANGLE_JAVA_OPTS=-Xmx4g, or use a smaller --part-size)";

    static boolean causedByOutOfMemory(Throwable e) {
        // (at most 32 causes deep: a chain that comes back to an earlier exception would go round forever)
        int depth = 0;
        for (Throwable c = e.getCause(); c != null && c != e && depth++ < 32; e = c, c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Whether an input is read as JSONL: by --input-format, else by its extension. */
    static boolean jsonl(RunOptions opt, InputFile in) {
        return switch (opt.format) {
            case "jsonl" -> true;
            case "text" -> false;
            default -> in.format() == InputFile.Format.JSONL;
        };
    }

    /** Plain text: parts of at most {@code partLimit} bytes, cut at paragraph boundaries. */
    public boolean cleanText(InputFile in, InputStream raw, OutputStream sink, Outcome o) throws IOException {
        String label = in.path().toString();
        Writer w = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16);
        boolean changed = false;
        long chars = 0; // (of the decoded text before this part: where its offsets start in the whole)
        // the line each part starts on in the text each pass saw (0: the input; the last: the cleaned text): a pass that
        // joins or drops lines moves the later passes' lines of every later part
        int[] lines = new int[pipeline.passNames().size() + 1];
        java.util.Arrays.fill(lines, 1);
        try (TextChunks chunks = new TextChunks(raw, opt.partLimit)) {
            for (int part = 0; ; part++) {
                Decoded d = chunks.next();
                if (d == null) {
                    break;
                }
                boolean last = chunks.done();
                Cleaned c = pipeline.clean(new PassInput(label, d.text(), part, last));
                Part p = new Part(label, 0, part, lines[0], chars, d.text(), c, d, part == 0 ? null : lines.clone());
                o.add(p);
                listener.part(in, p);
                changed |= p.changed() || !d.plainUtf8() && !"bom".equals(d.method());
                w.write(c.text());
                if (last) {
                    break;
                }
                // (for the next part: most files are one part and never count)
                int n = countLines(d.text());
                lines[0] += n;
                for (int k = 0; k < c.passes().size(); k++) {
                    for (Edit e : c.passes().get(k).edits()) {
                        n += countLines(e.after()) - countLines(e.before());
                    }
                    lines[k + 1] += n;
                }
                chars += d.text().length();
            }
        }
        w.flush();
        return changed;
    }

    /**
     * The JSON line {@code line} with the string value of its top-level {@code field} (the last, where the key
     * stands twice, as the tree read it) replaced by {@code value}; every other byte as it was: the other fields'
     * numbers keep their digits (1.10, 3.141592653589793238, 1e400: a tree written back rounds or rewrites them),
     * their order, spacing and escapes.
     */
    static String withValue(String line, String field, String value) throws IOException {
        int start = -1;
        int end = -1;
        try (com.fasterxml.jackson.core.JsonParser p = Json.MAPPER.getFactory().createParser(line)) {
            int depth = 0;
            for (com.fasterxml.jackson.core.JsonToken t; (t = p.nextToken()) != null; ) {
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                } else if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && depth == 1 && field.equals(p.currentName())
                        && p.nextToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    start = (int) p.currentTokenLocation().getCharOffset();
                    p.getText(); // (the string is read to its end: the location after it is known)
                    end = (int) p.currentLocation().getCharOffset();
                } else if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && depth == 1 && field.equals(p.currentName())) {
                    start = -1; // a later non-string value of the key is the one the tree holds
                }
            }
        }
        if (start < 0 || end <= start || line.charAt(start) != '"' || line.charAt(end - 1) != '"') {
            throw new IOException("cannot find the string value of \"" + field + "\" in its line");
        }
        return line.substring(0, start) + Json.MAPPER.writeValueAsString(value) + line.substring(end);
    }

    /** JSONL: each record's {@code field} is a document; every other field is kept as it is. */
    public boolean cleanJsonl(InputFile in, InputStream raw, OutputStream sink, Outcome o) throws IOException {
        String label = in.path().toString();
        boolean changed = false;
        int objects = 0;
        int withField = 0;
        int notText = 0;
        ByteLines lines = new ByteLines(raw, opt.partLimit);
        while (lines.next()) {
            int n = lines.number();
            o.records++;
            if (lines.overlong()) {
                // (held whole, it would take the memory --part-size bounds; one record's size is that record's problem, as its
                // failure is: it is copied unchanged, a buffer at a time, and named, and the corpus goes on)
                o.badRecords++;
                listener.problem(in, "line " + n + ": longer than --part-size (" + (opt.partLimit >> 20) + " MiB); copied unchanged");
                sink.write(lines.bytes(), 0, lines.length());
                lines.copyRest(sink);
                sink.write('\n');
                continue;
            }
            Decoded d = Decoder.decode(lines.bytes(), 0, lines.length());
            String text = d.text();
            JsonNode node;
            try {
                node = text.isBlank() ? null : Json.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                o.badRecords++;
                listener.problem(in, "line " + n + ": invalid JSON (" + e.getOriginalMessage() + "); copied unchanged");
                writeLine(sink, lines.bytes(), lines.length());
                continue;
            }
            objects += node instanceof ObjectNode ? 1 : 0;
            JsonNode value = node instanceof ObjectNode obj ? obj.get(opt.field) : null;
            if (value == null || !value.isTextual()) {
                notText += value != null && !value.isNull() ? 1 : 0;
                writeLine(sink, lines.bytes(), lines.length());
                continue;
            }
            withField++;
            String doc = value.textValue();
            Cleaned c;
            try {
                c = pipeline.clean(PassInput.of(label + "#" + n, doc));
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof RuntimeException r && causedByOutOfMemory(r)) {
                    throw r; // (running out of memory, wrapped by a library, is the input's, as the error itself is)
                }
                // one record's failure is that record's: it is copied unchanged and named, and the corpus goes on
                o.badRecords++;
                listener.problem(in, "line " + n + ": internal error: " + e + "; copied unchanged");
                writeLine(sink, lines.bytes(), lines.length());
                continue;
            }
            Part p = new Part(label + "#" + n, n, 0, 1, 0, doc, c, d);
            o.add(p);
            listener.part(in, p);
            if (p.changed() || !d.plainUtf8()) {
                changed = true;
                sink.write(withValue(text, opt.field, c.text()).getBytes(StandardCharsets.UTF_8));
                sink.write('\n');
            } else {
                writeLine(sink, lines.bytes(), lines.length());
            }
        }
        // (not failures: such records are copied as they are; but a misnamed --field cleans nothing, silently)
        if (objects > 0 && withField == 0 && notText == 0) {
            listener.problem(in, "no record has a field \"" + opt.field + "\" (--field names the one to clean); copied unchanged");
        } else if (notText > 0) {
            listener.problem(in, notText + " record(s) with a \"" + opt.field + "\" that is not a string; copied unchanged");
        }
        return changed;
    }

    /**
     * The documents of a JSONL input, for batch learning: each record's {@code field} string, with its line number.
     * Lines that hold no such record (invalid JSON, no such field, longer than {@code partLimit}) are passed over
     * here: they are reported when the file is cleaned.
     */
    static void jsonlDocuments(InputStream raw, int partLimit, String field, java.util.function.ObjIntConsumer<String> doc)
            throws IOException {
        ByteLines lines = new ByteLines(raw, partLimit);
        while (lines.next()) {
            if (lines.overlong()) {
                continue; // (its rest is skipped by the next read)
            }
            String text = Decoder.decode(lines.bytes(), 0, lines.length()).text();
            JsonNode node;
            try {
                node = text.isBlank() ? null : Json.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                continue;
            }
            JsonNode value = node instanceof ObjectNode obj ? obj.get(field) : null;
            if (value != null && value.isTextual()) {
                doc.accept(value.textValue(), lines.number());
            }
        }
    }

    private static void writeLine(OutputStream sink, byte[] b, int len) throws IOException {
        sink.write(b, 0, len);
        sink.write('\n');
    }

    static InputStream open(Path p, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16);
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    static int countLines(String s) {
        int n = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }
}
