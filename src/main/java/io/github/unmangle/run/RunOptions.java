package io.github.unmangle.run;

import java.nio.file.Path;

/** How a batch is run; set by the CLI, or by hand when embedding. */
public final class RunOptions {
    /** Output name marker: {@code a.txt} → {@code a.clean.txt}. */
    public String suffix = "clean";
    /** Mirror outputs under this directory instead of beside the inputs. */
    public Path outDir;
    /** Clean even when the output is newer than the input. */
    public boolean force;
    /** Write nothing beside the inputs. */
    public boolean dryRun;
    /** Print a unified diff of each change. */
    public boolean diff;
    /** Print every edit with its reason. */
    public boolean explain;
    /** JSON report path, or null. */
    public Path report;
    /** Worker threads. */
    public int jobs = Runtime.getRuntime().availableProcessors();
    /** Only errors on stderr. */
    public boolean quiet;
    /** Print clean's summary line at the end (check prints its own report instead). */
    public boolean summary = true;
    public boolean verbose;
    /** Largest part handed to the passes at once, in bytes (also the longest line allowed). */
    public int partLimit = io.github.unmangle.io.TextChunks.DEFAULT_LIMIT;
    /** JSONL field to clean. */
    public String field = "text";
    /** Learn batch-level evidence (repeated lines, …) before cleaning, when enough files come together. */
    public boolean learn = true;
    /** Fewest input files for batch learning to start. */
    public int learnMinFiles = 20;
    /** Force the input format ("auto", "text", "jsonl"); stdin is text unless told otherwise. */
    public String format = "auto";
    /** Rules turned off, as "pass/rule": their edits are reported as flags, not applied. */
    public java.util.Set<String> skipRules = java.util.Set.of();
}
