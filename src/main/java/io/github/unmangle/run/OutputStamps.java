package io.github.unmangle.run;

import io.github.unmangle.io.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an output is up to date: newer than its input, as make has it, and made by the same
 * configuration — the same unmangle build, pass chain, pass options and skipped rules. An output
 * made by another (an earlier build, {@code --with spin} added, an option changed) is stale, so a
 * run with a new configuration cleans everything again, and a restart of that run skips only what
 * it has already made.
 *
 * <p>Each directory that receives outputs holds a small hidden file, {@value #NAME}: the
 * configuration's fingerprint and the time from which outputs count as made by it. A run that
 * finds another fingerprint there (or none) writes its own, with the time it was written by the
 * file system's clock (which stamps the outputs too), before it writes any output to that
 * directory; outputs older than that time are cleaned again. (Input
 * listing skips hidden files, so the stamp is never an input.)
 */
final class OutputStamps {
    static final String NAME = ".unmangle-state";
    private final String fingerprint;
    private final String description;
    private final long runStart;
    private final Map<Path, Long> since = new ConcurrentHashMap<>();

    OutputStamps(String fingerprint, String description, long runStart) {
        this.fingerprint = fingerprint;
        this.description = description;
        this.runStart = runStart;
    }

    /** Whether {@code out} exists, is newer than {@code in} and was made by this configuration. */
    boolean upToDate(Path in, Path out) throws IOException {
        // (the directory's stamp is read, or written, before any output goes there: also when this one is new)
        long from = since.computeIfAbsent(out.toAbsolutePath().getParent(), this::since);
        if (!Files.exists(out)) {
            return false;
        }
        long made = Files.getLastModifiedTime(out).toMillis();
        return made > Files.getLastModifiedTime(in).toMillis() && made >= from;
    }

    /**
     * From when the outputs in {@code dir} count as this configuration's: the stamp's time when it
     * names this configuration; else this run's start, written down as the new stamp.
     */
    private long since(Path dir) {
        Path stamp = dir.resolve(NAME);
        try {
            if (Files.isRegularFile(stamp)) {
                List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && lines.get(0).equals(fingerprint)) {
                    return Long.parseLong(lines.get(1).trim());
                }
            }
            // The time is the file system's, read back from the stamp once it is written: outputs are stamped by the file
            // system's clock, which runs coarser than the JVM's and may lag it by a tick; an output written right after the
            // run started (or rewritten by a user in the same few milliseconds) could look older than the run's own start.
            write(stamp, runStart);
            long from = Files.getLastModifiedTime(stamp).toMillis();
            write(stamp, from);
            return from;
        } catch (IOException | RuntimeException e) {
            // unreadable or unwritable: nothing there counts as made by this run's configuration
            return Long.MAX_VALUE;
        }
    }

    private void write(Path stamp, long from) throws IOException {
        try (AtomicFile f = new AtomicFile(stamp)) {
            f.stream().write((fingerprint + "\n" + from + "\n" + description + "\n").getBytes(StandardCharsets.UTF_8));
            f.commit();
        }
    }

    /** The fingerprint of a configuration described by {@code description}: SHA-256, hex. */
    static String fingerprint(String description) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(description.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When the code of {@code c} was built: its jar's or class directory's modification time (0 when unknown). */
    static long built(Class<?> c) {
        try {
            var src = c.getProtectionDomain().getCodeSource();
            if (src == null) {
                return 0;
            }
            Path p = Path.of(src.getLocation().toURI());
            if (Files.isDirectory(p)) {
                p = p.resolve(c.getName().replace('.', '/') + ".class");
            }
            return Files.getLastModifiedTime(p).toMillis();
        } catch (Exception e) {
            return 0;
        }
    }
}
