package io.github.unmangle.run;

import io.github.unmangle.io.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * fingerprint of the configuration that made them, with its description. A run that finds another
 * fingerprint there (or none) writes its own before it writes any output to that directory; the
 * stamp's modification time is then the time from which outputs count as made by the
 * configuration. (It is the file system's clock that stamps both: the JVM's is finer and runs
 * ahead of it by up to a tick, so an output written right after a run's start, by the JVM's clock,
 * could look older than the run.) Input listing skips hidden files, so the stamp is never an input.
 */
final class OutputStamps {
    static final String NAME = ".unmangle-state";
    private final String fingerprint;
    private final String description;
    private final Map<Path, Long> since = new ConcurrentHashMap<>();

    /** The stamps of the configuration that {@code description} describes. */
    OutputStamps(String description) {
        this.fingerprint = fingerprint(description);
        this.description = description;
    }

    /** Whether {@code out} exists, is newer than {@code in} and was made by this configuration. */
    boolean upToDate(Path in, Path out) throws IOException {
        // (the directory's stamp is read, or written, before any output goes there: also when this one is new)
        long from = since.computeIfAbsent(out.toAbsolutePath().getParent(), this::since);
        return newer(out, in) && Files.getLastModifiedTime(out).toMillis() >= from;
    }

    /** Whether {@code out} exists and is newer than {@code in}, as make has it. */
    static boolean newer(Path out, Path in) throws IOException {
        return Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(in)) > 0;
    }

    /**
     * From when the outputs in {@code dir} count as this configuration's: the modification time of
     * its stamp there, written now when the stamp there names another configuration or none.
     */
    private long since(Path dir) {
        Path stamp = dir.resolve(NAME);
        try {
            if (!Files.isRegularFile(stamp) || !fingerprint.equals(firstLine(stamp))) {
                try (AtomicFile f = new AtomicFile(stamp)) {
                    f.stream().write((fingerprint + "\n" + description + "\n").getBytes(StandardCharsets.UTF_8));
                    f.commit();
                }
            }
            return Files.getLastModifiedTime(stamp).toMillis();
        } catch (IOException | RuntimeException e) {
            // unreadable or unwritable: nothing there counts as made by this run's configuration
            return Long.MAX_VALUE;
        }
    }

    private static String firstLine(Path file) throws IOException {
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return r.readLine();
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
