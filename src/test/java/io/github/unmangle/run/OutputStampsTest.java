package io.github.unmangle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputStampsTest {
    @TempDir
    Path dir;

    private Path inputOfAnHourAgo() throws Exception {
        Path in = dir.resolve("a.txt");
        Files.writeString(in, "text");
        Files.setLastModifiedTime(in, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        return in;
    }

    /**
     * An output written after its directory's stamp is this configuration's, whatever the JVM's clock says: the stamp's
     * own modification time, stamped by the same file system clock as the output, is where this configuration's
     * outputs begin (a run's start by the JVM's clock, finer and ahead of the file system's by up to a tick, made an
     * output written in the same tick look older than the run).
     */
    @Test
    void anOutputWrittenAfterTheStampIsThisConfigurations() throws Exception {
        Path in = inputOfAnHourAgo();
        Path out = dir.resolve("a.clean.txt");
        OutputStamps stamps = new OutputStamps("this configuration");
        assertFalse(stamps.upToDate(in, out), "no output yet");
        Path stamp = dir.resolve(OutputStamps.NAME);
        assertEquals(OutputStamps.fingerprint("this configuration"), Files.readAllLines(stamp).get(0));
        Files.writeString(out, "made by this run");
        Files.setLastModifiedTime(out, Files.getLastModifiedTime(stamp)); // the same tick as the stamp
        assertTrue(stamps.upToDate(in, out));
        assertTrue(new OutputStamps("this configuration").upToDate(in, out), "a restart of the same configuration skips it");
    }

    /** An output older than the stamp that another configuration's run wrote is not this configuration's. */
    @Test
    void anOutputOlderThanANewConfigurationsStampIsStale() throws Exception {
        Path in = inputOfAnHourAgo();
        Path out = dir.resolve("a.clean.txt");
        Files.writeString(out, "made by another configuration");
        Files.setLastModifiedTime(out, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertTrue(OutputStamps.newer(out, in));
        assertFalse(new OutputStamps("new configuration").upToDate(in, out));
    }
}
