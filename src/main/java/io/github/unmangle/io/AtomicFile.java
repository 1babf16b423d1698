package io.github.unmangle.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either absent, the old version, or complete: the bytes go to a
 * hidden temporary file in the target directory, which is renamed into place on {@link #commit}.
 * Closing without committing deletes the temporary file.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    /** Temporary files being written now; deleted if the JVM is stopped (Ctrl-C) mid-write. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /**
     * Guards {@link #LIVE} against the shutdown hook: once it has run ({@link #STOPPING}), no temporary file is
     * made or committed (workers go on for a moment after Ctrl-C: a file made after the sweep was left behind,
     * and a commit of a file the sweep had just deleted failed as "no such file" against its input).
     */
    private static final Object LOCK = new Object();
    private static volatile boolean STOPPING;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            java.util.List<Path> live;
            synchronized (LOCK) {
                STOPPING = true;
                live = java.util.List.copyOf(LIVE);
            }
            for (Path p : live) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort while shutting down
                }
            }
        }, "unmangle-cleanup"));
    }

    /** Whether the JVM is shutting down (Ctrl-C): what fails now fails for that, not for its input. */
    public static boolean stopping() {
        return STOPPING;
    }

    /** The name of a temporary file this class writes: "." + the target's name + "." + hex digits + ".tmp". */
    private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\.(.+)\\.[0-9a-f]{1,16}\\.tmp");

    /** The target's name if {@code name} is one of this class's temporary files, else null. */
    public static String temporaryTarget(String name) {
        if (!name.startsWith(".") || !name.endsWith(".tmp")) {
            return null; // (most names: no pattern run for them)
        }
        java.util.regex.Matcher m = TEMPORARY.matcher(name);
        return m.matches() ? m.group(1) : null;
    }

    public AtomicFile(Path target) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: that makes the file owner-only (0600), which the rename would
        // pass on to the output, and it seeds a SecureRandom, which costs start-up time.
        Path t;
        OutputStream o;
        while (true) {
            t = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            // (made and listed under the lock: the shutdown hook sweeps either before the file exists, and then none
            // is made, or after it is listed; a file made between the two was left behind)
            synchronized (LOCK) {
                if (STOPPING) {
                    throw new IOException("interrupted (shutting down)");
                }
                try {
                    o = Files.newOutputStream(t, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    LIVE.add(t);
                    break;
                } catch (FileAlreadyExistsException e) {
                    // another writer picked the same name: draw again
                }
            }
        }
        this.temp = t;
        this.out = o;
    }

    public OutputStream stream() {
        return out;
    }

    public void commit() throws IOException {
        out.close();
        // (the rename under the lock: the shutdown hook deletes no file mid-commit; renames are quick)
        synchronized (LOCK) {
            if (STOPPING) {
                throw new IOException("interrupted (shutting down)");
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            LIVE.remove(temp);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
                LIVE.remove(temp);
            }
        }
    }
}
