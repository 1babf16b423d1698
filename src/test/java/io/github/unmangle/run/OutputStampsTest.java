package io.github.unmangle.run;

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
     * Outputs are stamped by the file system's clock, which is coarser than the JVM's and may lag it: an output written
     * right after a run started must still count as that run's. (The JVM's clock is set well ahead here, as if the
     * run had started a few seconds before the file system's time; measured against the run's start, the output
     * looked older than the run and was cleaned again on a restart.)
     */
    @Test
    void anOutputWrittenAfterTheStampIsThisRunsWhateverTheJvmClockSays() throws Exception {
        Path in = inputOfAnHourAgo();
        Path out = dir.resolve("a.clean.txt");
        OutputStamps stamps = new OutputStamps(OutputStamps.fingerprint("this configuration"), "this configuration",
                System.currentTimeMillis() + 5_000);
        assertFalse(stamps.upToDate(in, out), "no output yet");
        Files.writeString(out, "made by this run");
        assertTrue(stamps.upToDate(in, out));
        OutputStamps restart = new OutputStamps(OutputStamps.fingerprint("this configuration"), "this configuration",
                System.currentTimeMillis() + 10_000);
        assertTrue(restart.upToDate(in, out), "a restart of the same configuration skips it");
    }

    /** An output older than the stamp that another configuration's run wrote is not this configuration's. */
    @Test
    void anOutputOlderThanANewConfigurationsStampIsStale() throws Exception {
        Path in = inputOfAnHourAgo();
        Path out = dir.resolve("a.clean.txt");
        Files.writeString(out, "made by another configuration");
        Files.setLastModifiedTime(out, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        OutputStamps stamps = new OutputStamps(OutputStamps.fingerprint("new configuration"), "new configuration",
                System.currentTimeMillis());
        assertFalse(stamps.upToDate(in, out));
    }
}
