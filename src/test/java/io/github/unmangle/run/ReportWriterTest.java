package io.github.unmangle.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.Flag;
import io.github.unmangle.core.PassReport;
import io.github.unmangle.io.InputFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report holds a file's edits until the file is done; past a limit they wait in a temporary file, with the same report. */
class ReportWriterTest {
    /** A report of one JSONL input of {@code records} records, each with two edits and a flag. */
    private static String report(Path dir, String name, int records) throws Exception {
        Path out = dir.resolve(name);
        Path input = dir.resolve("corpus.jsonl");
        try (ReportWriter w = new ReportWriter(out, "test", List.of("unicode"))) {
            for (int r = 1; r <= records; r++) {
                List<Edit> edits = new ArrayList<>();
                edits.add(new Edit("unicode", "odd-space", 3, 4, "\u00a0", " ", "no-break space", 1, 4));
                edits.add(new Edit("unicode", "zero-width", 9, 10, "\u200b", "", "zero-width \"space\" " + r, 1, 10));
                List<Flag> flags = List.of(new Flag("unicode", "casing", 12, 20, "impactIng", "maybe a casing slip", 1, 13));
                PassReport pr = new PassReport("unicode", edits, flags, Map.of(), 1000);
                w.part(input, new Part("corpus.jsonl:" + r, r, 0, 1, 0, "", new Cleaned("x", List.of(pr)), null));
            }
            Outcome o = new Outcome(InputFile.of(input, input.getFileName()), null);
            o.status = Outcome.Status.CHANGED;
            w.file(o);
            w.finish(Map.of(), 1.0);
        }
        return Files.readString(out);
    }

    @Test
    void editsWaitingInATemporaryFileMakeTheSameReport(@TempDir Path dir) throws Exception {
        int before = ReportWriter.SPILL_CHARS;
        String inMemory = report(dir, "a.json", 3000);
        String spilled;
        List<Path> leftBefore = temporaries();
        try {
            ReportWriter.SPILL_CHARS = 2000; // a spill every few records
            spilled = report(dir, "b.json", 3000);
        } finally {
            ReportWriter.SPILL_CHARS = before;
        }
        assertEquals(inMemory, spilled);
        JsonNode file = new ObjectMapper().readTree(spilled).get("files").get(0);
        assertEquals(6000, file.get("edits").size());
        assertEquals(3000, file.get("flags").size());
        assertEquals(2999, file.get("edits").get(5997).get("record").asInt());
        assertEquals("zero-width \"space\" 3000", file.get("edits").get(5999).get("reason").asText());
        assertEquals(leftBefore, temporaries(), "temporary files left behind");
    }

    private static List<Path> temporaries() throws Exception {
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("unmangle-report-")).sorted().toList();
        }
    }
}
