package io.github.unmangle.run;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.BatchLearner;
import io.github.unmangle.core.Decoded;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;
import io.github.unmangle.io.AtomicFile;
import io.github.unmangle.io.InputFile;
import io.github.unmangle.io.Inputs;
import io.github.unmangle.io.TextChunks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A run of {@code unmangle clean}: find inputs → (learn from the batch) → clean each on a pool of
 * workers → print, report, count. Exit codes: {@link #OK}, {@link #SOME_FAILED}.
 */
public final class Batch {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    private final PassRegistry registry;
    private final List<String> passes;
    private final Map<String, Map<String, String>> passOptions;
    private final RunOptions opt;
    private final PrintStream out;
    private final PrintStream err;
    private final String version;
    private final AtomicLong failures = new AtomicLong();
    private final Map<String, Long> counts = new java.util.concurrent.ConcurrentHashMap<>();

    public Batch(PassRegistry registry, List<String> passes, Map<String, Map<String, String>> passOptions,
                 RunOptions opt, PrintStream out, PrintStream err, String version) {
        this.registry = registry;
        this.passes = passes;
        this.passOptions = passOptions;
        this.opt = opt;
        this.out = out;
        this.err = err;
        this.version = version;
    }

    /** How long a temporary output must have been left untouched before a later run removes it (a run still writing it touches it). */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofHours(1);

    /** Cleans every input under {@code paths}; returns the exit code. */
    public int run(List<Path> paths) throws IOException {
        long t0 = System.nanoTime();
        Inputs inputs = new Inputs(includes, excludes, opt.suffix);
        Map<String, BatchKnowledge> batch = learn(inputs, paths);
        Pipeline pipeline = Pipeline.build(registry, passes, passOptions, batch, opt.skipRules);
        ReportWriter report = opt.report == null ? null : new ReportWriter(opt.report, version, passes);
        try {
            FileCleaner cleaner = new FileCleaner(pipeline, opt, new Printer(report), stamps());
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, opt.jobs), r -> {
                Thread t = new Thread(r, "unmangle-worker");
                t.setDaemon(true);
                return t;
            });
            Semaphore inFlight = new Semaphore(Math.max(1, opt.jobs) * 4);
            java.util.concurrent.atomic.AtomicLong swept = new java.util.concurrent.atomic.AtomicLong();
            if (!opt.dryRun) {
                inputs.leftovers(LEFTOVER_AGE, p -> {
                    try {
                        if (Files.deleteIfExists(p)) {
                            swept.incrementAndGet();
                        }
                    } catch (IOException e) {
                        err.println("unmangle: " + shown(p) + ": cannot remove this temporary file left by an interrupted run: " + Inputs.describe(e));
                    }
                });
            }
            Outputs outputs = namedOutputs(paths);
            inputs.forEach(paths, in -> {
                if (outputs != null && outputs.isOutputOfNamed(in)) {
                    return; // ("clean *.txt" again: a.clean.txt is a.txt's output, not an input)
                }
                String clash = outputs == null ? null : outputs.claim(in, opt);
                if (clash != null) {
                    fail(in.path(), clash, report);
                    return;
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        finish(cleaner.clean(in), report);
                    } catch (RuntimeException | Error e) {
                        // never a silent worker death: the input is named and the run fails
                        fail(in.path(), "internal error: " + e, report);
                    } finally {
                        inFlight.release();
                    }
                });
            }, problem -> fail(problem.path(), problem.message(), report));
            pool.shutdown();
            awaitQuietly(pool);
            if (outputs != null && outputs.skipped > 0 && !opt.quiet) {
                err.println("unmangle: " + outputs.skipped + " file(s) named on the command line not cleaned: each is the output of another one named there (a.txt → a."
                        + opt.suffix + ".txt), written as that");
            }
            if (observer != null) {
                observer.finished();
            }
            if (inputsSeen() == 0 && (outputs == null || outputs.skipped == 0) && !opt.quiet) {
                // (a mistyped folder, or one of other files: said, by clean and by check, not a silent "0 changed")
                err.println("unmangle: no input files found (in a folder: " + Inputs.TEXT_EXTENSIONS.stream().sorted().map(e -> "*." + e)
                        .collect(java.util.stream.Collectors.joining(", ")) + ", their .gz and files without extension, or what --include"
                        + " names; hidden entries and earlier outputs, *." + opt.suffix + ".*, are passed over: --include '*." + opt.suffix
                        + ".txt' takes outputs)");
            }
            if (swept.get() > 0 && !opt.quiet) {
                err.println("unmangle: removed " + swept.get() + " temporary output(s) left by an interrupted run (hidden .*.tmp files, untouched for "
                        + LEFTOVER_AGE.toHours() + " hour or more)");
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            if (report != null) {
                report.finish(batch, secs);
            }
            summary(secs);
            unusedSkips(pipeline);
        } finally {
            if (report != null) {
                report.close();
            }
        }
        return failures.get() > 0 ? SOME_FAILED : OK;
    }

    /**
     * This run's configuration, for the outputs' up-to-date check: the build of unmangle and of
     * each pass in the chain (a third-party pass's jar too), the chain, the passes' options, the
     * skipped rules and what decides what is read.
     */
    private OutputStamps stamps() {
        StringBuilder d = new StringBuilder("unmangle ").append(version).append(" built ").append(OutputStamps.built(Batch.class));
        d.append("; passes");
        for (String p : passes) {
            d.append(' ').append(p).append(" built ").append(OutputStamps.built(registry.get(p).getClass()));
        }
        d.append("; options ").append(new java.util.TreeMap<>(passOptions)).append("; skip-rules ").append(new java.util.TreeSet<>(opt.skipRules))
                .append("; field ").append(opt.field).append("; format ").append(opt.format).append("; part-size ").append(opt.partLimit)
                .append("; learn ").append(opt.learn).append(' ').append(opt.learnMinFiles);
        return new OutputStamps(d.toString());
    }

    /** Cleans stdin to stdout, part by part (a pipeline filter). */
    public int runStream(InputStream in, OutputStream sink) throws IOException {
        Pipeline pipeline = Pipeline.build(registry, passes, passOptions, Map.of(), opt.skipRules);
        InputFile stdin = new InputFile(Path.of("<stdin>"), Path.of("<stdin>"),
                "jsonl".equals(opt.format) ? InputFile.Format.JSONL : InputFile.Format.TEXT, false);
        ReportWriter report = opt.report == null ? null : new ReportWriter(opt.report, version, passes);
        try {
            // explain/diff go to stderr here, so stdout stays the cleaned text
            Printer printer = new Printer(report, err);
            FileCleaner cleaner = new FileCleaner(pipeline, opt, printer);
            Outcome o = new Outcome(stdin, null);
            try {
                OutputStream target = opt.diff || opt.dryRun ? OutputStream.nullOutputStream() : sink;
                boolean changed = stdin.format() == InputFile.Format.JSONL
                        ? cleaner.cleanJsonl(stdin, in, target, o) : cleaner.cleanText(stdin, in, target, o);
                target.flush();
                o.status = changed ? Outcome.Status.CHANGED : Outcome.Status.UNCHANGED;
            } catch (io.github.unmangle.core.BinaryInputException e) {
                o.status = Outcome.Status.BINARY;
                o.error = e.getMessage() + "; skipped";
            } catch (TextChunks.HugeLineException e) {
                o.status = Outcome.Status.FAILED;
                o.error = e.getMessage();
            }
            finish(o, report);
            unusedSkips(pipeline);
            if (report != null) {
                report.finish(Map.of(), 0);
            }
        } finally {
            if (report != null) {
                report.close();
            }
        }
        return failures.get() > 0 ? SOME_FAILED : OK;
    }

    private List<String> includes = List.of();
    private List<String> excludes = List.of();
    private FileCleaner.Listener observer;

    /** Told of the batch-learning read (the first read of every input), for a progress display. */
    public interface LearnListener {
        /** Learning starts over {@code inputs} inputs. */
        default void started(long inputs) {
        }

        /** One more input was read (from a worker thread). */
        default void observed() {
        }

        default void finished() {
        }
    }

    private LearnListener learnListener = new LearnListener() { };

    public Batch learning(LearnListener l) {
        this.learnListener = l;
        return this;
    }

    /** Also tells {@code l} about every cleaned part and finished input (as {@code check} does). */
    public Batch observe(FileCleaner.Listener l) {
        this.observer = l;
        return this;
    }

    public Batch globs(List<String> include, List<String> exclude) {
        this.includes = include;
        this.excludes = exclude;
        return this;
    }

    /**
     * First read of the batch: when a chosen pass can learn from a batch and at least
     * {@code learnMinFiles} inputs come together, every input is decoded once and shown to the
     * learners. Returns what they found (empty when learning did not run).
     */
    private Map<String, BatchKnowledge> learn(Inputs inputs, List<Path> paths) {
        Map<String, BatchLearner> learners = new LinkedHashMap<>();
        if (opt.learn) {
            for (String name : passes) {
                PassFactory f = registry.get(name);
                BatchLearner l = f.newBatchLearner(new PassOptions(name, f.options(),
                        passOptions.getOrDefault(name, Map.of())));
                if (l != null) {
                    learners.put(name, l);
                }
            }
        }
        if (learners.isEmpty()) {
            return Map.of();
        }
        // (the run's inputs alone: a file named on the command line that is another's output is not cleaned, so not read;
        // read, "clean *.txt" run again counted each input twice and learned every line of it as seen in two documents)
        Outputs named = namedOutputs(paths);
        java.util.function.Predicate<InputFile> cleaned = in -> named == null || !named.isOutputOfNamed(in);
        AtomicLong counted = new AtomicLong();
        inputs.forEach(paths, in -> {
            if (cleaned.test(in)) {
                counted.incrementAndGet();
            }
        }, p -> { });
        long n = counted.get();
        if (n < opt.learnMinFiles) {
            if (opt.verbose) {
                err.println("unmangle: " + n + " inputs; batch learning needs at least " + opt.learnMinFiles);
            }
            return Map.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, opt.jobs));
        Semaphore inFlight = new Semaphore(Math.max(1, opt.jobs) * 4);
        Map<String, String> failedLearners = new java.util.concurrent.ConcurrentHashMap<>();
        LearnListener shown = learnListener;
        shown.started(n);
        inputs.forEach(paths, in -> {
            if (!cleaned.test(in)) {
                return;
            }
            inFlight.acquireUninterruptibly();
            pool.execute(() -> {
                try (InputStream raw = FileCleaner.open(in.path(), in.gzip())) {
                    if (FileCleaner.jsonl(opt, in)) {
                        // each record's field is a document, as it is cleaned (the raw lines are JSON, every one different)
                        FileCleaner.jsonlDocuments(raw, opt.partLimit, opt.field,
                                (doc, line) -> observe(learners, failedLearners, in, in.path() + "#" + line, doc));
                    } else {
                        try (TextChunks chunks = new TextChunks(raw, opt.partLimit)) {
                            for (Decoded d; (d = chunks.next()) != null; ) {
                                observe(learners, failedLearners, in, in.path().toString(), d.text());
                                if (chunks.done()) {
                                    break;
                                }
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // reported when the file is cleaned
                } finally {
                    inFlight.release();
                    shown.observed();
                }
            });
        }, p -> { });
        pool.shutdown();
        awaitQuietly(pool);
        shown.finished();
        Map<String, BatchKnowledge> found = new LinkedHashMap<>();
        learners.forEach((name, l) -> {
            if (failedLearners.containsKey(name)) {
                return;
            }
            BatchKnowledge k;
            try {
                k = l.finish();
            } catch (RuntimeException e) {
                err.println("unmangle: batch learning of pass " + name + " failed: " + e + "; that pass runs without it");
                return;
            }
            if (k != null) {
                found.put(name, k);
            }
        });
        if (opt.verbose) {
            err.println("unmangle: learned from " + n + " inputs: " + found.keySet());
        }
        return found;
    }

    /**
     * The outputs of the inputs named on the command line, to pass over as inputs; null when none can be among them: one
     * argument cannot collide with itself (its outputs mirror distinct inputs; so a million-file folder keeps no set of
     * its outputs, and no real path is asked for each). A dry run reads them as the run would (it previewed cleaning
     * a.clean.txt, and learning from it, where the run passes it over).
     */
    private Outputs namedOutputs(List<Path> paths) {
        return paths.size() < 2 ? null : new Outputs(paths);
    }

    /** Each learner still learning sees the document; one that fails is named once and drops out, the others go on. */
    private void observe(Map<String, BatchLearner> learners, Map<String, String> failed, InputFile in, String name, String doc) {
        for (Map.Entry<String, BatchLearner> l : learners.entrySet()) {
            if (failed.containsKey(l.getKey())) {
                continue;
            }
            try {
                l.getValue().observe(name, doc);
            } catch (RuntimeException e) {
                if (failed.putIfAbsent(l.getKey(), e.toString()) == null) {
                    err.println("unmangle: batch learning of pass " + l.getKey() + " failed on " + shown(in.path()) + ": " + e
                            + "; that pass runs without it");
                }
            }
        }
    }

    private void finish(Outcome o, ReportWriter report) {
        if (observer != null) {
            observer.done(o);
        }
        counts.merge(o.status().name(), 1L, Long::sum);
        counts.merge("edits", (long) o.edits(), Long::sum);
        if (o.badRecords > 0) {
            counts.merge("badRecords", 1L, Long::sum);
        }
        if (o.failed()) {
            failures.incrementAndGet();
        }
        if (o.error() != null && AtomicFile.stopping()) {
            return; // (Ctrl-C: what fails now fails for that; the interrupted inputs are cleaned again by the next run)
        }
        if (o.error() != null) {
            err.println("unmangle: " + shown(o.input().path()) + ": " + o.error());
        } else if (opt.verbose) {
            // (a text read in another charset than UTF-8 is said: its output, in UTF-8, is "changed" with no edit)
            String read = o.charset == null || o.charset.equals("utf-8") || o.charset.equals("us-ascii") ? "" : ", read as " + o.charset;
            err.println("unmangle: " + shown(o.input().path()) + ": " + o.status().name().toLowerCase().replace('_', '-')
                    + read + ", " + o.edits() + (o.edits() == 1 ? " edit" : " edits") + (o.output() != null && o.status() != Outcome.Status.UP_TO_DATE
                    ? " → " + o.output() : ""));
        }
        if (report != null) {
            try {
                report.file(o);
            } catch (IOException e) {
                err.println("unmangle: cannot write report " + opt.report + ": " + Inputs.describe(e));
                failures.incrementAndGet();
            }
        }
    }

    /**
     * The outputs this run writes, so that no two inputs write the same one ({@code --out-dir} mirrors
     * "d1/a.txt" and "d2/a.txt" both to "a.clean.txt"). A file named on the command line that is the
     * output of another one named there ("clean *.txt" run again lists a.txt and a.clean.txt) is that
     * output, not an input: it is not cleaned ({@link #isOutputOfNamed}), and written as a.txt's output.
     * Called on the thread that lists the inputs.
     */
    private final class Outputs {
        private final java.util.Set<Path> outputsOfNamed = new java.util.HashSet<>();
        private final Map<Path, Path> claimed = new java.util.HashMap<>();
        private long skipped;

        Outputs(List<Path> args) {
            for (Path a : args) {
                if (Files.isRegularFile(a)) {
                    outputsOfNamed.add(key(InputFile.of(a, a.getFileName()).output(opt.suffix, opt.outDir)));
                }
            }
        }

        boolean isOutputOfNamed(InputFile in) {
            boolean output = outputsOfNamed.contains(key(in.path()));
            skipped += output ? 1 : 0;
            return output;
        }

        /** Claims the output of {@code in}; returns why it cannot be written, or null. */
        String claim(InputFile in, RunOptions opt) {
            Path out = key(in.output(opt.suffix, opt.outDir));
            Path other = claimed.putIfAbsent(out, in.path());
            return other == null ? null
                    : "its output " + out + " is also the output of " + other + (opt.outDir != null ? " (inputs of the same name, mirrored under --out-dir from different arguments)" : "") + "; skipped";
        }

        /** A path as the file system names it: its folder's real path (through links) where that exists. */
        private static Path key(Path p) {
            Path abs = p.toAbsolutePath().normalize();
            Path parent = abs.getParent();
            try {
                return parent == null ? abs : parent.toRealPath().resolve(abs.getFileName());
            } catch (IOException e) {
                return abs; // (a folder --out-dir has yet to make)
            }
        }
    }

    /** A path as a message shows it: one line, whatever its name holds (a newline or a control character as an escape). */
    static String shown(Path p) {
        return shown(p.toString());
    }

    /** As {@link #shown(Path)}, for a name as a string (a part's label: its file's path, and "#n" for a JSONL record). */
    static String shown(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                StringBuilder b = new StringBuilder(s.length() + 8);
                for (char c : s.toCharArray()) {
                    b.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
                return b.toString();
            }
        }
        return s;
    }

    /**
     * An input that failed before (or outside) its cleaning: missing, unreadable, its output taken, an internal error.
     * It goes the way of every other outcome, so that check's outputs and the report list it too, not stderr alone.
     */
    private void fail(Path path, String message, ReportWriter report) {
        Outcome o = new Outcome(InputFile.of(path, path.getFileName() == null ? path : path.getFileName()), null);
        o.status = Outcome.Status.FAILED;
        o.error = message;
        finish(o, report);
    }

    /** A --skip-rule that no edit matched is most likely misspelt: say so (rule names are those --explain prints). */
    private void unusedSkips(Pipeline pipeline) {
        if (opt.quiet) {
            return;
        }
        pipeline.skipped().forEach((rule, n) -> {
            if (n == 0) {
                err.println("unmangle: --skip-rule " + rule + ": no edit of that rule in this run (rule names are those --explain prints)");
            }
        });
    }

    /** Inputs met so far, whatever became of them. */
    private long inputsSeen() {
        return counts.getOrDefault("CHANGED", 0L) + counts.getOrDefault("UNCHANGED", 0L) + counts.getOrDefault("UP_TO_DATE", 0L)
                + counts.getOrDefault("FAILED", 0L) + counts.getOrDefault("BINARY", 0L);
    }

    private void summary(double secs) {
        if (opt.quiet || !opt.summary) {
            return;
        }
        long changed = counts.getOrDefault("CHANGED", 0L);
        long unchanged = counts.getOrDefault("UNCHANGED", 0L);
        long upToDate = counts.getOrDefault("UP_TO_DATE", 0L);
        long bad = counts.getOrDefault("FAILED", 0L) + counts.getOrDefault("BINARY", 0L);
        long badRecords = counts.getOrDefault("badRecords", 0L);
        long edits = counts.getOrDefault("edits", 0L);
        err.printf("unmangle: %d changed, %d unchanged, %d up to date, %d failed%s; %d edit%s in %.1f s%s%n",
                changed, unchanged, upToDate, bad, badRecords > 0 ? " (and " + badRecords + " with JSONL lines copied unchanged: invalid JSON, longer than --part-size, or a record whose cleaning failed)" : "",
                edits, edits == 1 ? "" : "s", secs,
                opt.dryRun ? " (dry run: nothing written)" : "");
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Prints explanations (to stdout, or stderr when stdout carries the cleaned text) and diffs
     * (to stdout), whole parts at a time so that workers' lines never interleave.
     */
    private final class Printer implements FileCleaner.Listener {
        private final ReportWriter report;
        private final PrintStream explainTo;

        Printer(ReportWriter report) {
            this(report, out);
        }

        Printer(ReportWriter report, PrintStream explainTo) {
            this.report = report;
            this.explainTo = explainTo;
        }

        @Override
        public void part(InputFile input, Part p) {
            if (opt.explain) {
                StringBuilder sb = new StringBuilder();
                Explain.explain(p, sb);
                print(explainTo, sb);
            }
            if (opt.diff) {
                StringBuilder sb = new StringBuilder();
                Explain.diff(p, sb);
                print(out, sb);
            }
            if (report != null) {
                report.part(input.path(), p);
            }
            if (observer != null) {
                observer.part(input, p);
            }
        }

        private void print(PrintStream ps, StringBuilder sb) {
            if (!sb.isEmpty()) {
                synchronized (Batch.this) {
                    ps.print(sb);
                    ps.flush();
                }
            }
        }

        @Override
        public void problem(InputFile input, String message) {
            err.println("unmangle: " + shown(input.path()) + ": " + message);
        }
    }

    public static List<String> list(String csv) {
        List<String> out = new ArrayList<>();
        if (csv != null) {
            for (String s : csv.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }
}
