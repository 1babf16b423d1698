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

/**
 * What every command that reads inputs and runs passes shares ({@code clean}, {@code check}):
 * the paths, the pass chain and its options, input selection and format, batch learning,
 * parallelism and verbosity.
 */
abstract class InputCommand {
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

    @Option(names = "--with", paramLabel = "NAME", split = ",",
            description = "Passes to add to the chain, in their default place (e.g. --with spin).")
    List<String> with = new ArrayList<>();

    @Option(names = "--skip-rule", paramLabel = "PASS/RULE", split = ",",
            description = "Turn one rule off (e.g. mt/space-inside-brackets, as --explain names it): its edits are "
                    + "reported as flags, not applied; a --skip-rule that matched no edit is named on stderr.")
    List<String> skipRules = new ArrayList<>();

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

    @Option(names = "--input-format", paramLabel = "FMT", defaultValue = "auto",
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

    List<String> chain() {
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
        for (String w : with) {
            if (!registry.has(w)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown pass '" + w + "' in --with");
            }
            if (!chain.contains(w)) {
                chain.add(w);
            }
        }
        if (passes == null) {
            chain.sort(java.util.Comparator.comparingInt(n -> registry.get(n).order()));
        }
        chain.removeAll(skip);
        return chain;
    }

    /** The --skip-rule values, checked against the chain they are to run in. */
    java.util.Set<String> skipRules(List<String> chain) {
        for (String r : skipRules) {
            int slash = r.indexOf('/');
            String pass = slash < 0 ? r : r.substring(0, slash);
            if (slash <= 0 || slash == r.length() - 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--skip-rule takes PASS/RULE (e.g. mt/space-inside-brackets), not '" + r + "'");
            }
            if (!chain.contains(pass)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--skip-rule " + r + ": pass '" + pass + "' is not in the chain ("
                        + String.join(", ", chain) + ")");
            }
            List<String> names = registry.get(pass).rules().stream().map(io.github.unmangle.core.PassRule::name).toList();
            String rule = r.substring(slash + 1);
            if (!names.isEmpty() && !names.contains(rule)) {
                String near = nearest(rule, names);
                throw new CommandLine.ParameterException(spec.commandLine(), "--skip-rule " + r + ": pass " + pass + " has no rule '" + rule + "'"
                        + (near == null ? "" : " (did you mean " + pass + "/" + near + "?)") + "; 'unmangle passes --rules' lists them");
            }
        }
        return java.util.Set.copyOf(skipRules);
    }

    /** The name of {@code names} nearest to {@code typed} by edit distance, if within a third of its length (a slip, not another word), else null. */
    static String nearest(String typed, List<String> names) {
        org.apache.commons.text.similarity.LevenshteinDistance d = new org.apache.commons.text.similarity.LevenshteinDistance(Math.max(1, typed.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String n : names) {
            int k = d.apply(typed, n);
            if (k >= 0 && k < bestDistance) {
                best = n;
                bestDistance = k;
            }
        }
        return best;
    }

    /**
     * Says, on stderr, each {@code --PASS.OPTION} given on the command line for a pass that is not in {@code chain}
     * ("--spin.doc-gate=0" without "--with spin" changes nothing, silently otherwise). A config file's keys are not
     * said: a file shared by clean and check holds options of passes one of them does not run.
     */
    void unusedPassOptions(List<String> chain, java.io.PrintStream err) {
        if (quiet) {
            return; // (as the warning of an unmatched --skip-rule)
        }
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        for (OptionSpec o : spec.options()) {
            String pass = passOf(o);
            if (pass != null && !chain.contains(pass) && parsed.hasMatchedOption(o)) {
                err.println("unmangle: " + o.longestName() + " is given, but pass " + pass + " is not in the chain (--with " + pass + " adds it); ignored");
            }
        }
    }

    /** The pass whose option {@code o} is ({@code --PASS.OPTION} of a pass found), or null. */
    private String passOf(OptionSpec o) {
        String name = o.longestName().substring(2);
        int dot = name.indexOf('.');
        return dot > 0 && registry.has(name.substring(0, dot)) ? name.substring(0, dot) : null;
    }

    /** Values of the --PASS.OPTION options given on the command line or in the config file. */
    Map<String, Map<String, String>> passOptions() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (OptionSpec o : spec.options()) {
            String pass = passOf(o);
            Object v = o.getValue();
            if (pass != null && v != null) {
                out.computeIfAbsent(pass, k -> new LinkedHashMap<>()).put(o.longestName().substring(pass.length() + 3), v.toString());
            }
        }
        return out;
    }

    /** Run options from the shared options, validated. */
    RunOptions baseRunOptions() {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (partSizeMib < 1 || partSizeMib > 1024) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--part-size must be 1..1024 MiB");
        }
        if (!List.of("auto", "text", "jsonl").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--input-format must be auto, text or jsonl");
        }
        RunOptions o = new RunOptions();
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

    /** Whether to read stdin: '-' alone, or no PATH while stdin is not a terminal. */
    boolean readStdin() {
        boolean stdin = paths.equals(List.of("-")) || paths.isEmpty() && !stdinIsTerminal();
        if (paths.isEmpty() && !stdin) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no PATH given and stdin is a terminal (use '-' to read stdin)");
        }
        if (!stdin && paths.contains("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'-' (stdin) cannot be mixed with paths");
        }
        return stdin;
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
