package io.github.unmangle.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Expands command-line paths into input files. A file is taken as given; a directory is walked
 * recursively for text files (by extension, see {@link #TEXT_EXTENSIONS}, plus files without an
 * extension), skipping hidden entries, earlier outputs ({@code *.clean.*}, unless an include glob names them:
 * {@code --include '*.clean.txt'}), anything an
 * {@code --exclude} glob matches, and — when {@code --include} globs are given — anything none
 * of them matches. Globs match the path relative to the directory argument, or the file name.
 * Walking is lazy, so millions of files never sit in memory at once.
 */
public final class Inputs {

    public static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "jsonl", "ndjson");

    /** Something wrong with a path argument itself (missing, unreadable). */
    public record Problem(Path path, String message) {
    }

    private final List<PathMatcher> include = new ArrayList<>();
    /** The {@link #include} globs that name outputs themselves ("*.clean.txt"): they take outputs as inputs. */
    private final List<PathMatcher> includeOutputs = new ArrayList<>();
    private final List<PathMatcher> exclude = new ArrayList<>();
    private final String suffix;
    private Consumer<Path> leftovers;
    private long leftoverBefore;

    public Inputs(List<String> includeGlobs, List<String> excludeGlobs, String suffix) {
        for (String g : includeGlobs) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
            include.add(m);
            if (InputFile.isOutputName(g, suffix)) {
                includeOutputs.add(m);
            }
        }
        for (String g : excludeGlobs) {
            exclude.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        this.suffix = suffix;
    }

    /**
     * While walking, also hands {@code sink} the temporary outputs an interrupted earlier run left
     * behind (killed before it could delete them: {@code kill -9}, the out-of-memory killer): hidden
     * files named as {@link AtomicFile} names them, for an output name of this suffix, not modified
     * for {@code age}. Younger ones may belong to a run still writing them, and are left alone.
     */
    public Inputs leftovers(java.time.Duration age, Consumer<Path> sink) {
        this.leftovers = sink;
        this.leftoverBefore = System.currentTimeMillis() - age.toMillis();
        return this;
    }

    /** Whether {@code p} (at {@code rel} under a directory argument) is a stale temporary output. */
    private boolean leftover(Path p, Path rel, java.nio.file.attribute.BasicFileAttributes a) {
        String target = AtomicFile.temporaryTarget(rel.getFileName().toString());
        return target != null && a.isRegularFile() && InputFile.isOutputName(target, suffix)
                && a.lastModifiedTime().toMillis() < leftoverBefore;
    }

    /**
     * Calls {@code sink} for every input under {@code args}, {@code problems} for each argument
     * that cannot be read. Returns the number of inputs found.
     */
    public long forEach(List<Path> args, Consumer<InputFile> sink, Consumer<Problem> problems) {
        long n = 0;
        for (Path arg : args) {
            if (!Files.exists(arg)) {
                problems.accept(new Problem(arg, "no such file or directory"));
                continue;
            }
            if (Files.isDirectory(arg)) {
                if (!Files.isReadable(arg)) {
                    problems.accept(new Problem(arg, "directory not readable (permission denied)"));
                    continue;
                }
                n += walk(arg, sink, problems);
            } else {
                sink.accept(InputFile.of(arg, arg.getFileName()));
                n++;
            }
        }
        return n;
    }

    /**
     * Walks a directory (following links, each folder once; a link back to a folder above it is passed
     * over), reporting an unreadable subdirectory as a problem and going on with the rest.
     */
    private long walk(Path root, Consumer<InputFile> sink, Consumer<Problem> problems) {
        long[] n = {0};
        // a folder reached again through a link to it ("sublink" → "sub") is walked once: twice, its files
        // would be cleaned twice at once into the same outputs
        java.util.Set<Object> seen = new java.util.HashSet<>();
        try {
            Files.walkFileTree(root, java.util.EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                            if (!d.equals(root) && hidden(root.relativize(d))) {
                                return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                            }
                            Object key = a.fileKey();
                            return key != null && !seen.add(key) ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                            Path rel = root.relativize(p);
                            if (a.isRegularFile() && !hidden(rel) && wanted(rel)) {
                                sink.accept(InputFile.of(p, rel));
                                n[0]++;
                            } else if (leftovers != null && leftover(p, rel, a)) {
                                leftovers.accept(p);
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                            if (vanishedOutput(root.relativize(p), e, suffix)) {
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                            if (e instanceof java.nio.file.FileSystemLoopException) {
                                // a link back to a folder above it: that folder is being walked already (no failure)
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                            problems.accept(new Problem(p, "cannot read: " + describe(e)));
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.accept(new Problem(root, "cannot walk directory: " + describe(e)));
        }
        return n[0];
    }

    /**
     * A file gone between listing and visiting that is not an input anyway: the hidden temporary file
     * of an output that this very run is writing in the same directory (renamed into place a moment
     * later), or an output itself. Anything else that vanishes is still reported.
     */
    static boolean vanishedOutput(Path rel, IOException e, String suffix) {
        return e instanceof java.nio.file.NoSuchFileException
                && (hidden(rel) || InputFile.isOutputName(rel.getFileName().toString(), suffix));
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    boolean wanted(Path rel) {
        String name = rel.getFileName().toString();
        if (InputFile.isOutputName(name, suffix) && !matches(includeOutputs, rel)) {
            // (an earlier output is no input, unless a glob that names outputs asks for it: `check --include '*.clean.txt' cleaned/`)
            return false;
        }
        if (matches(exclude, rel)) {
            return false;
        }
        if (!include.isEmpty()) {
            return matches(include, rel);
        }
        String inner = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        int dot = inner.lastIndexOf('.');
        if (dot <= 0) {
            return !name.endsWith(".gz") || inner.indexOf('.') < 0;
        }
        return TEXT_EXTENSIONS.contains(inner.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean matches(List<PathMatcher> globs, Path rel) {
        for (PathMatcher m : globs) {
            if (m.matches(rel) || m.matches(rel.getFileName())) {
                return true;
            }
        }
        return false;
    }

    /** A short human description of an I/O failure. */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.io.EOFException) {
            // (GZIPInputStream's only word for a truncated file)
            return "unexpected end of input (a truncated .gz?)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
