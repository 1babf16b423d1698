package io.github.unmangle.cli;

import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.run.Batch;
import io.github.unmangle.run.RunOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code unmangle clean}: writes a cleaned copy of every input beside it (or stdin → stdout). */
@Command(name = "clean", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cleans text files, directories of them, .gz files and .jsonl corpora; "
                + "the cleaned copy goes beside each input (a.txt -> a.clean.txt), originals are never "
                + "modified. With '-' or no PATH and stdin not a terminal: stdin -> stdout."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs cleaned (or up to date)", "1:some inputs failed: missing, unreadable, "
                + "binary, a line over the part size, unwritable output", "2:usage error"})
final class CleanCommand implements Callable<Integer> {
    PassRegistry registry;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories; '-' for stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--passes", paramLabel = "LIST", split = ",",
            description = "Passes to run, in this order (default: every default-on pass, in default order; "
                    + "see 'unmangle passes').")
    List<String> passes;

    @Option(names = "--skip", paramLabel = "NAME", split = ",", description = "Passes to leave out.")
    List<String> skip = new ArrayList<>();

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Write outputs under DIR, mirroring each input's path below its argument.")
    Path outDir;

    @Option(names = "--suffix", paramLabel = "WORD", defaultValue = "clean",
            description = "Output name marker: a.txt -> a.WORD.txt (default: ${DEFAULT-VALUE}).")
    String suffix;

    @Option(names = "--force", description = "Clean inputs whose output is already newer than them.")
    boolean force;

    @Option(names = {"-n", "--dry-run"}, description = "Write nothing; combine with --diff, --explain, --report.")
    boolean dryRun;

    @Option(names = "--diff", description = "Print a unified diff of every change (stdin mode: instead of the text).")
    boolean diff;

    @Option(names = "--explain", description = "Print each edit: file:line:col: pass/rule: before -> after (reason). "
            + "Goes to stderr in stdin mode.")
    boolean explain;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write a JSON report: per file and pass, counts, metrics and every edit.")
    Path report;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files cleaned in parallel (default: cores, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--include", paramLabel = "GLOB", split = ",",
            description = "In directories, clean only files matching a glob (default: *.txt, *.text, *.md, "
                    + "*.jsonl, *.ndjson, their .gz, and files without extension).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", split = ",", description = "In directories, skip files matching a glob.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--field", paramLabel = "NAME", defaultValue = "text",
            description = "JSONL field to clean; every other field is kept as is (default: ${DEFAULT-VALUE}).")
    String field;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "auto",
            description = "Input format: auto (by extension; stdin is text), text, jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--learn", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Learn a site's furniture (lines repeated across files) from the batch first, "
                    + "when at least --learn-min-files inputs come together (default: on).")
    boolean learn;

    @Option(names = "--learn-min-files", paramLabel = "N", defaultValue = "20",
            description = "Fewest inputs for batch learning (default: ${DEFAULT-VALUE}).")
    int learnMinFiles;

    @Option(names = "--part-size", paramLabel = "MIB", defaultValue = "8",
            description = "Large inputs are cleaned in parts of about this many MiB, cut at paragraph "
                    + "boundaries; also the longest line accepted (default: ${DEFAULT-VALUE}).")
    int partSizeMib;

    @Option(names = {"-q", "--quiet"}, description = "Only errors on stderr.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "A line per input on stderr.")
    boolean verbose;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read default option values from this properties file (default: ./.unmangle.properties).")
    Path config;

    @Override
    public Integer call() throws IOException {
        List<String> chain = chain();
        Map<String, Map<String, String>> passOptions = passOptions();
        RunOptions opt = runOptions();
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, "UTF-8");
        try {
            Batch batch = new Batch(registry, chain, passOptions, opt, out, System.err, Main.version())
                    .globs(include, exclude);
            boolean stdin = paths.equals(List.of("-")) || paths.isEmpty() && !stdinIsTerminal();
            if (paths.isEmpty() && !stdin) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "no PATH given and stdin is a terminal (use '-' to read stdin)");
            }
            if (stdin) {
                OutputStream sink = out;
                return batch.runStream(System.in, sink);
            }
            if (paths.contains("-")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'-' (stdin) cannot be mixed with paths");
            }
            return batch.run(paths.stream().map(Path::of).toList());
        } finally {
            out.flush();
        }
    }

    private List<String> chain() {
        List<String> chain = passes == null ? new ArrayList<>(registry.defaultChain()) : new ArrayList<>(passes);
        for (String s : chain) {
            if (!registry.has(s)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown pass '" + s
                        + "'; known passes: " + String.join(", ", registry.all().stream().map(f -> f.name()).toList()));
            }
        }
        for (String s : skip) {
            if (!registry.has(s)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown pass '" + s + "' in --skip");
            }
        }
        chain.removeAll(skip);
        return chain;
    }

    /** Values of the --PASS.OPTION options given on the command line or in the config file. */
    private Map<String, Map<String, String>> passOptions() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (OptionSpec o : spec.options()) {
            String name = o.longestName().substring(2);
            int dot = name.indexOf('.');
            if (dot < 0 || !registry.has(name.substring(0, dot))) {
                continue;
            }
            Object v = o.getValue();
            if (v != null) {
                out.computeIfAbsent(name.substring(0, dot), k -> new LinkedHashMap<>()).put(name.substring(dot + 1), v.toString());
            }
        }
        return out;
    }

    private RunOptions runOptions() {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (partSizeMib < 1 || partSizeMib > 1024) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--part-size must be 1..1024 MiB");
        }
        if (!List.of("auto", "text", "jsonl").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be auto, text or jsonl");
        }
        if (suffix.isBlank() || suffix.contains("/")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--suffix must be a plain word");
        }
        RunOptions o = new RunOptions();
        o.suffix = suffix;
        o.outDir = outDir;
        o.force = force;
        o.dryRun = dryRun;
        o.diff = diff;
        o.explain = explain;
        o.report = report;
        o.jobs = jobs;
        o.quiet = quiet;
        o.verbose = verbose;
        o.field = field;
        o.format = format;
        o.learn = learn;
        o.learnMinFiles = learnMinFiles;
        o.partLimit = partSizeMib << 20;
        return o;
    }

    /** Whether stdin is a terminal (then a missing PATH is a usage error, not a wait for input). */
    static boolean stdinIsTerminal() {
        Path fd0 = Path.of("/proc/self/fd/0");
        try {
            if (Files.exists(fd0)) {
                String real = fd0.toRealPath().toString();
                return real.startsWith("/dev/pts") || real.startsWith("/dev/tty") || real.equals("/dev/console");
            }
        } catch (IOException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }
}
