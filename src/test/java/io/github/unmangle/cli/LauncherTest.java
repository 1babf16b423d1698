package io.github.unmangle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./unmangle} launcher's java command line, read from a stand-in {@code java} on the PATH that prints
 * its arguments (a copy of the launcher in a folder with a jar already there, so nothing is built): the JIT for
 * the run's size, the class-data-sharing archive when there is one, transparent huge pages where the kernel gives
 * them on request, the collector's GCTimeRatio, and UNMANGLE_JAVA_OPTS after all of them, so that it overrides.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("unmangle");
    private static final Path THP = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    @TempDir
    Path root;

    @BeforeEach
    void copyLauncher() throws IOException {
        Files.copy(LAUNCHER, root.resolve("unmangle"));
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("target/unmangle.jar"), "");
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
    }

    private List<String> javaArgs(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("unmangle").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().remove("UNMANGLE_JAVA_OPTS");
        pb.environment().remove("UNMANGLE_THP");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return List.of(out.split("\n"));
    }

    private static boolean thpOnRequest() throws IOException {
        return Files.isReadable(THP) && Files.readString(THP).contains("[madvise]");
    }

    @Test
    void aSmallRunUsesTheQuickCompilerTheCollectorsRatioAndTheUsersOptionsLast() throws Exception {
        List<String> a = javaArgs(Map.of("UNMANGLE_JAVA_OPTS", "-Dmine=1"), "clean", "-");
        assertTrue(a.contains("-XX:TieredStopAtLevel=1"), a.toString());
        assertTrue(a.contains("-XX:GCTimeRatio=4"), a.toString());
        assertFalse(a.stream().anyMatch(s -> s.startsWith("-XX:SharedArchiveFile")), "no archive, no CDS: " + a);
        assertEquals(thpOnRequest(), a.contains("-XX:+UseTransparentHugePages"), a.toString());
        int mine = a.indexOf("-Dmine=1");
        assertTrue(mine > a.indexOf("-XX:GCTimeRatio=4") && mine > a.indexOf("-XX:TieredStopAtLevel=1"), a.toString());
        assertEquals(List.of("-jar", root.resolve("target/unmangle.jar").toString(), "clean", "-"), a.subList(mine + 1, a.size()));
    }

    @Test
    void unmangleThpZeroLeavesHugePagesOut() throws Exception {
        assertFalse(javaArgs(Map.of("UNMANGLE_THP", "0"), "clean", "-").contains("-XX:+UseTransparentHugePages"));
    }

    @Test
    void anArchiveBesideTheJarIsUsed() throws Exception {
        Files.writeString(root.resolve("target/unmangle.jsa"), "");
        assertTrue(javaArgs(Map.of(), "clean", "-").contains("-XX:SharedArchiveFile=" + root.resolve("target/unmangle.jsa")));
    }

    /** A file over 256 MB (sparse: nothing written) gets all the JIT's tiers, without C2's profiled loop predicates. */
    @Test
    void aLargeFileGetsAllTiers() throws Exception {
        Path big = root.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(300L << 20);
        }
        List<String> a = javaArgs(Map.of(), "clean", big.toString());
        assertTrue(a.contains("-XX:-UseProfiledLoopPredicate"), a.toString());
        assertFalse(a.contains("-XX:TieredStopAtLevel=1"), a.toString());
    }
}
