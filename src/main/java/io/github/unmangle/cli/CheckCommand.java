package io.github.unmangle.cli;

import io.github.unmangle.check.Check;
import io.github.unmangle.check.Signal;
import io.github.unmangle.run.Batch;
import io.github.unmangle.run.RunOptions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code unmangle check}: a corpus-quality gate — signals per document against thresholds, nothing written beside inputs. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads the same inputs as clean, writes nothing beside them, and reports per document: "
                + "encoding repairs, boilerplate share, spin score, MT score, share each pass would change, "
                + "English sanity, duplicate lines, length; then per corpus: totals, failures per threshold "
                + "(with --examples), what each pass would change, histograms."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document passed every threshold", "1:some document failed a threshold (or, "
                + "with --baseline, got worse), or some input could not be read", "2:usage error",
                "3:no document was read (the paths hold no input: a gate that read nothing does not pass)"})
final class CheckCommand extends InputCommand implements Callable<Integer> {

    @Option(names = "--max-encoding", paramLabel = "N", description = "Most encoding repairs per document (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    double maxEncoding;

    @Option(names = "--max-boilerplate", paramLabel = "SHARE", description = "Most share of text the boilerplate pass would drop (default: ${DEFAULT-VALUE}).", defaultValue = "0.15")
    double maxBoilerplate;

    @Option(names = "--max-spin", paramLabel = "SHARE", description = "Highest spin score (default: ${DEFAULT-VALUE}).", defaultValue = "0.03")
    double maxSpin;

    @Option(names = "--max-mt", paramLabel = "SHARE", description = "Highest MT score (default: ${DEFAULT-VALUE}).", defaultValue = "0.2")
    double maxMt;

    @Option(names = "--max-changed", paramLabel = "SHARE", description = "Most share of text the other passes would change (default: ${DEFAULT-VALUE}).", defaultValue = "0.02")
    double maxChanged;

    @Option(names = "--min-english", paramLabel = "SHARE", description = "Least share of words (two letters or more; web addresses aside) that are English words, by the English word list "
            + "(default: ${DEFAULT-VALUE}; 0 turns it off).", defaultValue = "0.6")
    double minEnglish;

    @Option(names = "--max-duplicate-lines", paramLabel = "SHARE", description = "Most share of the text's characters in lines that repeat an earlier line (default: ${DEFAULT-VALUE}).", defaultValue = "0.2")
    double maxDuplicates;

    @Option(names = "--min-length", paramLabel = "CHARS", description = "Shortest document (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    double minLength;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "Output: table (readable; colour on a terminal unless NO_COLOR), json, jsonl (one object per document), "
                    + "github (GitHub Actions annotations) (default: ${DEFAULT-VALUE}).")
    String outputFormat;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML: one test case per document.")
    Path junit;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "100",
            description = "Table and github: list (annotate) at most N failing documents (default: ${DEFAULT-VALUE}; 0 lists all).")
    int rows;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "0",
            description = "Show up to N example documents per threshold and per pass.")
    int examples;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An accepted earlier --format json output: fail only documents that are new or worse than in it.")
    Path baseline;

    @Option(names = "--save-baseline", paramLabel = "FILE", description = "Also write this run's json output to FILE (to accept it as the next baseline).")
    Path saveBaseline;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Progress on stderr: a bar on a terminal, periodic counts otherwise (default: on; -q turns it off).")
    boolean progress;

    @Override
    public Integer call() throws IOException {
        if (!List.of("table", "json", "jsonl", "github").contains(outputFormat)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be table, json, jsonl or github");
        }
        if (rows < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rows must be 0 or more");
        }
        if (examples < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--examples must be 0 or more");
        }
        EnumMap<Signal, Double> limits = new EnumMap<>(Signal.class);
        limits.put(Signal.ENCODING, maxEncoding);
        limits.put(Signal.BOILERPLATE, maxBoilerplate);
        limits.put(Signal.SPIN, maxSpin);
        limits.put(Signal.MT, maxMt);
        limits.put(Signal.CHANGED, maxChanged);
        limits.put(Signal.ENGLISH, minEnglish);
        limits.put(Signal.DUPLICATES, maxDuplicates);
        limits.put(Signal.LENGTH, minLength);
        for (Map.Entry<Signal, Double> l : limits.entrySet()) {
            if (!Double.isFinite(l.getValue()) || l.getValue() < 0) {
                // (NaN would turn the threshold off without a word: every comparison with it is false)
                throw new CommandLine.ParameterException(spec.commandLine(), "--" + l.getKey().option() + " must be a number of 0 or more, not " + l.getValue());
            }
        }
        Map<String, double[]> base = null;
        if (baseline != null) {
            try {
                base = Check.readBaseline(baseline);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--baseline: " + e.getMessage());
            }
        }
        try (Check check = new Check(limits, base).examples(examples)) {
            return check(check);
        }
    }

    private int check(Check check) throws IOException {
        RunOptions opt = baseRunOptions();
        opt.dryRun = true;
        boolean quietRun = quiet;
        opt.summary = false; // the clean summary line is not check's output (an unmatched --skip-rule is still named)
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, "UTF-8");
        int rc;
        try (Progress p = new Progress("check", progress && !quietRun, () -> check.failing() + " failing",
                n -> String.format("unmangle check: %d inputs read, %d documents, %d failing", n, check.documents(), check.failing()))) {
            List<String> chain = checkChain();
            unusedPassOptions(chain, System.err);
            opt.skipRules = skipRules(chain);
            Batch batch = new Batch(registry, chain, passOptions(), opt, out, System.err, Main.version())
                    .globs(include, exclude)
                    .observe(p.wrap(check.collector()))
                    .learning(Progress.learning(progress && !quietRun));
            if (readStdin()) {
                rc = batch.runStream(System.in, java.io.OutputStream.nullOutputStream());
            } else {
                List<Path> roots = paths.stream().map(Path::of).toList();
                rc = batch.run(roots);
            }
        }
        switch (outputFormat) {
            case "json" -> check.json(out, examples);
            case "jsonl" -> check.jsonl(out);
            case "github" -> check.github(out, rows);
            default -> check.table(out, colour(), examples, rows);
        }
        out.flush();
        try {
            if (junit != null) {
                check.junit(junit);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("--junit " + junit + ": cannot write: " + io.github.unmangle.io.Inputs.describe(e), e);
        }
        if (saveBaseline != null) {
            try (var f = new io.github.unmangle.io.AtomicFile(saveBaseline)) {
                check.json(f.stream(), examples);
                f.commit();
            } catch (IOException e) {
                throw new IllegalArgumentException("--save-baseline " + saveBaseline + ": cannot write: " + io.github.unmangle.io.Inputs.describe(e), e);
            }
        }
        return rc != Batch.OK ? Batch.SOME_FAILED : check.exitCode();
    }

    /**
     * The default chain, plus {@code spin} when it is off by default: it is off for cleaning only
     * because it may change clean text, and check writes nothing, so its spin score is safe to have.
     */
    private List<String> checkChain() {
        List<String> c = new java.util.ArrayList<>(chain());
        if (passes == null && registry.has("spin") && !c.contains("spin") && !skip.contains("spin")) {
            c.add("spin");
            c.sort(java.util.Comparator.comparingInt(n -> registry.get(n).order()));
        }
        return c;
    }

    private static boolean colour() {
        return System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }
}
