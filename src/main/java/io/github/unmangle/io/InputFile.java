package io.github.unmangle.io;

import java.nio.file.Path;

/**
 * One input: its path, its path relative to the argument it was found under (for
 * {@code --out-dir} mirroring), and its format.
 */
public record InputFile(Path path, Path relative, Format format, boolean gzip) {

    public enum Format { TEXT, JSONL }

    /** Classifies a path by name: {@code .gz} wraps, {@code .jsonl}/{@code .ndjson} are corpora. */
    public static InputFile of(Path path, Path relative) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        boolean gz = name.endsWith(".gz");
        String inner = gz ? name.substring(0, name.length() - 3) : name;
        Format f = inner.endsWith(".jsonl") || inner.endsWith(".ndjson") ? Format.JSONL : Format.TEXT;
        return new InputFile(path, relative, f, gz);
    }

    /**
     * Where the cleaned copy goes: beside the input ({@code a.txt} → {@code a.clean.txt},
     * {@code a} → {@code a.clean}, {@code a.txt.gz} → {@code a.clean.txt.gz}), or mirrored under
     * {@code outDir}.
     */
    public Path output(String suffix, Path outDir) {
        String name = path.getFileName().toString();
        String outName = outputName(name, suffix);
        if (outDir == null) {
            Path parent = path.toAbsolutePath().getParent();
            return parent.resolve(outName);
        }
        Path rel = relative.getParent() == null ? Path.of(outName) : relative.getParent().resolve(outName);
        return outDir.resolve(rel);
    }

    static String outputName(String name, String suffix) {
        if (name.endsWith(".gz")) {
            return outputName(name.substring(0, name.length() - 3), suffix) + ".gz";
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return name + "." + suffix;
        }
        return name.substring(0, dot) + "." + suffix + name.substring(dot);
    }

    /** Whether a file name looks like an earlier output of ours ({@code x.clean.txt}, {@code x.clean}). */
    public static boolean isOutputName(String name, String suffix) {
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        String mark = "." + suffix;
        if (name.endsWith(mark)) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.substring(0, dot).endsWith(mark);
    }
}
