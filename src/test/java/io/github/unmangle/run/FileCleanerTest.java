package io.github.unmangle.run;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileCleanerTest {

    /** An exception caused, at any depth, by running out of memory reads as such; a chain that comes round again ends. */
    @Test
    void outOfMemoryIsFoundAmongTheCauses() {
        RuntimeException wrapped = new IllegalStateException("pass x failed",
                new IllegalStateException("buffer allocation failed", new OutOfMemoryError("test")));
        assertTrue(FileCleaner.causedByOutOfMemory(wrapped));
        assertFalse(FileCleaner.causedByOutOfMemory(new IllegalStateException("no", new IllegalArgumentException("plain"))));
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b");
        a.initCause(b);
        b.initCause(a); // a chain Java allows: a → b → a → …
        assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> FileCleaner.causedByOutOfMemory(a)));
    }
}
