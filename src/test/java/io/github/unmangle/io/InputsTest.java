package io.github.unmangle.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

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
}
