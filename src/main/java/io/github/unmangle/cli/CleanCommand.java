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
final class CleanCommand extends InputCommand implements Callable<Integer> {
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

    @Option(names = "--explain", description = "Print each edit: file:line:col: pass/rule: \"before\" → \"after\"  (reason). "
            + "Goes to stderr in stdin mode.")
    boolean explain;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write a JSON report: per file and pass, counts, metrics and every edit.")
    Path report;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "A progress bar on stderr when it is a terminal (default: on; off with -q, -v, --explain, --diff and in stdin mode).")
    boolean progress;

    @Override
    public Integer call() throws IOException {
        List<String> chain = chain();
        unusedPassOptions(chain, System.err);
        Map<String, Map<String, String>> passOptions = passOptions();
        RunOptions opt = runOptions();
        opt.skipRules = skipRules(chain);
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, "UTF-8");
        try {
            Batch batch = new Batch(registry, chain, passOptions, opt, out, System.err, Main.version())
                    .globs(include, exclude);
            if (readStdin()) {
                OutputStream sink = out;
                return batch.runStream(System.in, sink);
            }
            // (lines of --explain, --diff or -v would be torn by a bar on the same terminal)
            boolean bar = progress && !quiet && !verbose && !explain && !diff;
            try (Progress p = new Progress("clean", bar, null, null)) {
                return batch.observe(p.wrap(null)).learning(Progress.learning(bar)).run(paths.stream().map(Path::of).toList());
            }
        } finally {
            out.flush();
        }
    }



    private RunOptions runOptions() {
        RunOptions o = baseRunOptions();
        if (suffix.isBlank() || suffix.contains("/")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--suffix must be a plain word");
        }
        o.suffix = suffix;
        o.outDir = outDir;
        o.force = force;
        o.dryRun = dryRun;
        o.diff = diff;
        o.explain = explain;
        o.report = report;
        return o;
    }

}
