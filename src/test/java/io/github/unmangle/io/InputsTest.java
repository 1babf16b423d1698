package io.github.unmangle.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    /** Workers write hidden temp files beside their inputs while the walker lists the same directory. */
    @Test
    void ownTemporaryOutputsVanishingDuringTheWalkAreNotProblems() {
        NoSuchFileException gone = new NoSuchFileException("x");
        assertTrue(Inputs.vanishedOutput(Path.of("sub/.a.clean.txt.9f3c.tmp"), gone, "clean"));
        assertTrue(Inputs.vanishedOutput(Path.of("a.clean.txt"), gone, "clean"));
        assertFalse(Inputs.vanishedOutput(Path.of("sub/a.txt"), gone, "clean"), "a vanished input is reported");
        assertFalse(Inputs.vanishedOutput(Path.of(".a.clean.txt.9f3c.tmp"), new AccessDeniedException("x"), "clean"),
                "other errors are reported");
    }

    /**
     * A folder's earlier outputs are no inputs (a.clean.txt beside a.txt, or a whole --out-dir tree of them), unless a glob
     * that names outputs asks for them: `check --include '*.clean.txt' cleaned/` checks what `clean --out-dir cleaned/` wrote.
     * A glob that names no output ("*.txt") still leaves them out.
     */
    @Test
    void outputsAreTakenOnlyWhereAGlobNamesThem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "text");
        Files.writeString(dir.resolve("a.clean.txt"), "text");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.clean.txt"), "text");
        assertEquals(List.of("a.txt"), names(new Inputs(List.of(), List.of(), "clean"), dir));
        assertEquals(List.of("a.txt"), names(new Inputs(List.of("*.txt"), List.of(), "clean"), dir));
        assertEquals(List.of("a.clean.txt", "b.clean.txt"), names(new Inputs(List.of("*.clean.txt"), List.of(), "clean"), dir));
        assertEquals(List.of("b.clean.txt"), names(new Inputs(List.of("sub/*.clean.txt"), List.of(), "clean"), dir));
    }

    private static List<String> names(Inputs inputs, Path dir) {
        List<String> found = new ArrayList<>();
        inputs.forEach(List.of(dir), in -> found.add(in.path().getFileName().toString()), p -> { });
        java.util.Collections.sort(found);
        return found;
    }

    /** A folder reached twice, itself and through a link to it, is walked once: its files would be cleaned twice into the same outputs; a link loop is no failure. */
    @Test
    void aLinkedFolderIsWalkedOnce(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.txt"), "text");
        Files.createSymbolicLink(dir.resolve("sublink"), dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir); // a link back to a folder above: passed over, no problem
        List<Path> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long n = new Inputs(List.of(), List.of(), "clean").forEach(List.of(dir), in -> found.add(in.path()), p -> problems.add(p.message()));
        assertEquals(1, n, found.toString());
        assertEquals(1, found.size(), found.toString());
        assertTrue(problems.isEmpty(), problems.toString());
    }
}
