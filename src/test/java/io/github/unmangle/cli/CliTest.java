package io.github.unmangle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end, in process: outputs, error paths and exit codes. */
class CliTest extends ConsoleCapture {
    private int run(String... args) {
        return Main.execute(args);
    }

    @Test
    void fileIsCleanedBesideItAndOriginalIsUntouched() throws Exception {
        Path a = write("a.txt", "say foo twice: foo\n");
        Path b = write("noext", "foo\n");
        byte[] before = Files.readAllBytes(a);
        FileTime mtime = Files.getLastModifiedTime(a);
        assertEquals(0, run("clean", "--passes", "test-shout", a.toString(), b.toString()));
        assertEquals("say FOO twice: FOO\n", Files.readString(dir.resolve("a.clean.txt")));
        assertEquals("FOO\n", Files.readString(dir.resolve("noext.clean")));
        assertArrayEquals(before, Files.readAllBytes(a));
        assertEquals(mtime, Files.getLastModifiedTime(a));
    }

    @Test
    void outputGetsTheSamePermissionsAsAnyNewFileNotOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path a = write("p/a.txt", "foo\n");
        Path reference = Files.createFile(dir.resolve("p/reference"));
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", a.toString()));
        assertEquals(Files.getPosixFilePermissions(reference),
                Files.getPosixFilePermissions(dir.resolve("p/a.clean.txt")));
        try (var left = Files.list(dir.resolve("p"))) {
            assertEquals(java.util.Set.of("a.txt", "reference", "a.clean.txt", ".unmangle-state"),
                    left.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()), "no temporary file left behind");
        }
    }

    @Test
    void directoryIsWalkedRecursivelySkippingOutputsHiddenAndExcluded() throws Exception {
        write("d/one.txt", "foo");
        write("d/sub/two.txt", "foo");
        write("d/sub/skip.log", "foo");
        write("d/.hidden/three.txt", "foo");
        write("d/sub/old.clean.txt", "foo");
        write("d/drafts/four.txt", "foo");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", "--exclude", "drafts/**", dir.resolve("d").toString()));
        assertTrue(Files.exists(dir.resolve("d/one.clean.txt")));
        assertTrue(Files.exists(dir.resolve("d/sub/two.clean.txt")));
        assertFalse(Files.exists(dir.resolve("d/sub/skip.clean.log")));
        assertFalse(Files.exists(dir.resolve("d/.hidden/three.clean.txt")));
        assertFalse(Files.exists(dir.resolve("d/sub/old.clean.clean.txt")));
        assertFalse(Files.exists(dir.resolve("d/drafts/four.clean.txt")));
    }

    /** A link back to a folder above it is passed over (that folder is walked already): no failure, each file cleaned once. */
    @Test
    void symlinkLoopIsPassedOverAndTheRestIsCleaned() throws Exception {
        write("loop/a.txt", "foo");
        Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
        assertEquals(0, run("clean", "--passes", "test-shout", dir.resolve("loop").toString()));
        assertFalse(stderr().contains("loop"), stderr());
        assertTrue(stderr().contains("1 changed"), stderr());
        assertEquals("FOO", Files.readString(dir.resolve("loop/a.clean.txt")));
    }

    @Test
    void includeGlobsSelectFiles() throws Exception {
        write("d/a.log", "foo");
        write("d/b.txt", "foo");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", "--include", "*.log", dir.resolve("d").toString()));
        assertTrue(Files.exists(dir.resolve("d/a.clean.log")));
        assertFalse(Files.exists(dir.resolve("d/b.clean.txt")));
    }

    @Test
    void outDirMirrorsTheTree() throws Exception {
        write("in/x/a.txt", "foo");
        Path outDir = dir.resolve("out");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", "--out-dir", outDir.toString(), dir.resolve("in").toString()));
        assertEquals("FOO", Files.readString(outDir.resolve("x/a.clean.txt")));
        assertFalse(Files.exists(dir.resolve("in/x/a.clean.txt")));
    }

    @Test
    void gzipInGzipOut() throws Exception {
        Path gz = dir.resolve("a.txt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write("foo bar\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", gz.toString()));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("a.clean.txt.gz")))) {
            assertEquals("FOO bar\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void jsonlCleansOneFieldAndKeepsTheRest() throws Exception {
        Path j = write("c.jsonl", "{\"id\":1,\"text\":\"a foo\",\"meta\":{\"foo\":\"foo\"}}\n"
                + "{\"id\":2,\"text\":\"nothing\"}\n"
                + "{\"id\":3,\"body\":\"foo\"}\n");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", j.toString()));
        List<String> lines = Files.readAllLines(dir.resolve("c.clean.jsonl"));
        assertEquals(3, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("a FOO", first.get("text").asText());
        assertEquals("foo", first.get("meta").get("foo").asText());
        assertEquals(1, first.get("id").asInt());
        assertEquals("{\"id\":2,\"text\":\"nothing\"}", lines.get(1));
        assertEquals("{\"id\":3,\"body\":\"foo\"}", lines.get(2));
    }

    @Test
    void jsonlFieldOption() throws Exception {
        Path j = write("c.jsonl", "{\"body\":\"foo\"}\n");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", "--field", "body", j.toString()));
        assertEquals("{\"body\":\"FOO\"}", Files.readString(dir.resolve("c.clean.jsonl")).trim());
    }

    @Test
    void aMisnamedFieldOrANonStringOneIsSaidNotSilentlySkipped() throws Exception {
        Path j = write("c.jsonl", "{\"body\":\"foo\"}\n{\"body\":\"foo\"}\n");
        assertEquals(0, run("clean", "--passes", "test-shout", j.toString()));
        assertEquals(Files.readString(j), Files.readString(dir.resolve("c.clean.jsonl")));
        assertTrue(stderr().contains("c.jsonl: no record has a field \"text\""), stderr());
        err.reset();
        Path k = write("d.jsonl", "{\"text\":5}\n{\"text\":\"foo\"}\n{\"text\":null}\n");
        assertEquals(0, run("clean", "--passes", "test-shout", k.toString()));
        assertTrue(stderr().contains("d.jsonl: 1 record(s) with a \"text\" that is not a string"), stderr());
        assertEquals("{\"text\":5}\n{\"text\":\"FOO\"}\n{\"text\":null}\n", Files.readString(dir.resolve("d.clean.jsonl")));
        err.reset();
        assertEquals(0, run("clean", "--passes", "test-shout", "--force", "--field", "body", j.toString()));
        assertFalse(stderr().contains("no record"), stderr());
    }

    @Test
    void invalidJsonLineIsReportedCopiedAndFailsTheRun() throws Exception {
        Path j = write("c.jsonl", "{\"text\":\"foo\"}\n{not json\n{\"text\":\"foo\"}\n");
        assertEquals(1, run("clean", "-q", "--passes", "test-shout", j.toString()));
        assertTrue(stderr().contains("c.jsonl: line 2: invalid JSON"), stderr());
        List<String> lines = Files.readAllLines(dir.resolve("c.clean.jsonl"));
        assertEquals(List.of("{\"text\":\"FOO\"}", "{not json", "{\"text\":\"FOO\"}"), lines);
        // the summary says why the run failed though no file did
        assertEquals(1, run("clean", "--force", "--passes", "test-shout", j.toString()));
        assertTrue(stderr().contains("0 failed (and 1 with JSONL lines copied unchanged: invalid JSON, longer than --part-size, or a record whose cleaning failed)"), stderr());
    }

    @Test
    void aLineOfTwoJsonValuesIsInvalidNotCutToItsFirst() throws Exception {
        // read as its first value alone, the rest of such a line (a second record, junk) would be lost from the output
        Path j = write("t.jsonl", "{\"text\":\"foo\"} {\"id\":2,\"text\":\"foo\"}\n{\"text\":\"foo\"} junk\n{\"text\":\"foo\"}\n");
        assertEquals(1, run("clean", "-q", "--passes", "test-shout", j.toString()));
        assertTrue(stderr().contains("t.jsonl: line 1: invalid JSON") && stderr().contains("t.jsonl: line 2: invalid JSON"), stderr());
        assertEquals(List.of("{\"text\":\"foo\"} {\"id\":2,\"text\":\"foo\"}", "{\"text\":\"foo\"} junk", "{\"text\":\"FOO\"}"),
                Files.readAllLines(dir.resolve("t.clean.jsonl")));
    }

    /** A boolean pass option takes a value only when it is "true" or "false": a path after it stays a path. */
    @Test
    void aBooleanPassOptionLeavesTheNextPathAlone() throws Exception {
        Path a = write("flag/a.txt", "foo");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", "--test-shout.learn", a.toString()));
        assertEquals("FOO", Files.readString(dir.resolve("flag/a.clean.txt")));
        assertEquals(0, run("clean", "-q", "--force", "--passes", "test-shout", "--test-shout.learn", "false", a.toString()));
        assertEquals(2, run("clean", "-q", "--passes", "test-shout", "--test-shout.learn=maybe", a.toString()));
    }

    /** Two inputs of one name mirrored under --out-dir from different arguments: the second fails, the first's output stands. */
    @Test
    void outDirNeverWritesOneOutputForTwoInputs() throws Exception {
        write("d1/a.txt", "foo one");
        write("d2/a.txt", "foo two");
        Path out = dir.resolve("out");
        assertEquals(1, run("clean", "-q", "--passes", "test-shout", "--out-dir", out.toString(), dir.resolve("d1").toString(), dir.resolve("d2").toString()));
        assertTrue(stderr().contains("d2/a.txt: its output ") && stderr().contains("is also the output of"), stderr());
        assertEquals("FOO one", Files.readString(out.resolve("a.clean.txt")));
    }

    /** "clean *.txt" run again names a.txt and its output a.clean.txt: the output is written as a.txt's, not cleaned as an input. */
    @Test
    void aNamedOutputOfANamedInputIsNotCleanedAsAnInput() throws Exception {
        Path a = write("g/a.txt", "foo");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", a.toString()));
        Path o = dir.resolve("g/a.clean.txt");
        assertEquals("FOO", Files.readString(o));
        assertEquals(0, run("clean", "--force", "--passes", "test-shout", a.toString(), o.toString()));
        assertFalse(Files.exists(dir.resolve("g/a.clean.clean.txt")));
        assertEquals("FOO", Files.readString(o));
        assertTrue(stderr().contains("1 file(s) named on the command line not cleaned"), stderr());
        // a dry run previews the same run: the output is no input there either
        err.reset();
        out.reset();
        assertEquals(0, run("clean", "-n", "--explain", "--force", "--passes", "test-shout", a.toString(), o.toString()));
        assertFalse(stdout().contains("a.clean.txt:1:1"), stdout());
        assertTrue(stdout().contains("a.txt:1:1: test-shout/shout"), stdout());
        assertTrue(stderr().contains("1 file(s) named on the command line not cleaned"), stderr());
    }

    /** In a file cleaned in parts, an edit's offsets plus its part's partStart are offsets in the whole text. */
    @Test
    void reportOffsetsOfALaterPartAreFoundWithPartStart() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 1_500_000; i++) {
            sb.append("Line ").append(i).append(" has a foo in it and é.\n").append(i % 7 == 0 ? "\n" : "");
        }
        String text = sb.toString();
        Path a = write("parts/a.txt", text);
        Path report = dir.resolve("parts.json");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", "--part-size", "1", "--report", report.toString(), a.toString()));
        JsonNode f = new ObjectMapper().readTree(report.toFile()).get("files").get(0);
        assertTrue(f.get("parts").asInt() >= 2, f.toString());
        int later = 0;
        for (JsonNode e : f.get("edits")) {
            long base = e.has("partStart") ? e.get("partStart").asLong() : 0;
            later += e.has("partStart") ? 1 : 0;
            int s = (int) (base + e.get("start").asLong());
            assertEquals(e.get("before").asText(), text.substring(s, (int) (base + e.get("end").asLong())), e.toString());
        }
        assertTrue(later > 1000, "edits in later parts: " + later);
    }

    /**
     * In a later part, an edit's line is its line in the whole text as its pass saw it, and a diff hunk's "+" lines are
     * the cleaned text's: a pass before it that dropped lines of an earlier part moves them (they counted from the
     * original text's lines).
     */
    @Test
    void linesOfALaterPartAreInTheTextEachPassSaw() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 1_500_000; i++) {
            sb.append("Paragraph ").append(i).append(" tells of a foo that the town council kept in the old library for years.\n\n")
                    .append(i % 3 == 0 ? "Share this article\n\n" : "");
        }
        Path a = write("lp/a.txt", sb.toString());
        assertEquals(0, run("clean", "-q", "--passes", "boilerplate", "--part-size", "1", "--suffix", "mid", a.toString()));
        List<String> mid = Files.readAllLines(dir.resolve("lp/a.mid.txt"));
        assertTrue(mid.size() < sb.toString().split("\n", -1).length - 1000, "boilerplate dropped lines: " + mid.size());
        Path report = dir.resolve("lp.json");
        assertEquals(0, run("clean", "-q", "--passes", "boilerplate,test-shout", "--part-size", "1", "--report", report.toString(),
                a.toString()));
        JsonNode f = new ObjectMapper().readTree(report.toFile()).get("files").get(0);
        assertTrue(f.get("parts").asInt() >= 2, f.toString());
        int later = 0;
        for (JsonNode e : f.get("edits")) {
            if (!e.get("pass").asText().equals("test-shout")) {
                continue;
            }
            later += e.has("part") ? 1 : 0;
            String line = mid.get(e.get("line").asInt() - 1);
            assertTrue(line.startsWith("foo", e.get("column").asInt() - 1), e + " on line: " + line);
        }
        assertTrue(later > 1000, "edits in later parts: " + later);
        // the diff's hunks: "-" lines where the original has them, "+" lines where the cleaned text has them
        List<String> original = Files.readAllLines(a);
        List<String> cleaned = Files.readAllLines(dir.resolve("lp/a.clean.txt"));
        out.reset();
        assertEquals(0, run("clean", "-n", "--diff", "--passes", "boilerplate,test-shout", "--part-size", "1", a.toString()));
        int hunks = 0;
        int from = 0;
        int to = 0;
        for (String l : stdout().split("\n")) {
            java.util.regex.Matcher h = java.util.regex.Pattern.compile("^@@ -(\\d+)(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@").matcher(l);
            if (l.startsWith("--- ") || l.startsWith("+++ ")) {
                continue; // (each part's diff has its own header)
            }
            if (h.find()) {
                hunks++;
                from = Integer.parseInt(h.group(1)) - 1;
                to = Integer.parseInt(h.group(2)) - 1;
            } else if (hunks > 0 && l.startsWith("-")) {
                assertEquals(l.substring(1), original.get(from++), "hunk " + hunks);
            } else if (hunks > 0 && l.startsWith("+")) {
                assertEquals(l.substring(1), cleaned.get(to++), "hunk " + hunks);
            } else if (hunks > 0 && l.startsWith(" ")) {
                assertEquals(l.substring(1), original.get(from++), "hunk " + hunks);
                assertEquals(l.substring(1), cleaned.get(to++), "hunk " + hunks);
            }
        }
        assertTrue(hunks >= 2 && to > 10_000, "hunks: " + hunks + ", the last reaching cleaned line " + to);
    }

    /** One record whose cleaning fails is copied unchanged and named; the others are cleaned (it failed the whole file). */
    @Test
    void aJsonlRecordThatFailsIsCopiedAndTheRestCleaned() throws Exception {
        Path j = write("rf.jsonl", "{\"text\":\"foo\"}\n{\"text\":\"foo TEST-THROW\"}\n{\"text\":\"foo\"}\n");
        assertEquals(1, run("clean", "-q", "--passes", "test-shout", j.toString()));
        assertTrue(stderr().contains("rf.jsonl: line 2: internal error: java.lang.IllegalStateException: pass test-shout failed"), stderr());
        assertEquals(List.of("{\"text\":\"FOO\"}", "{\"text\":\"foo TEST-THROW\"}", "{\"text\":\"FOO\"}"), Files.readAllLines(dir.resolve("rf.clean.jsonl")));
    }

    /**
     * A JSONL record longer than {@code --part-size} is copied unchanged and named, as a record whose cleaning fails is;
     * the file's other records are cleaned, in their order (the whole file failed: "line 2 is longer than 1 MiB").
     */
    @Test
    void aJsonlRecordLongerThanThePartSizeIsCopiedAndTheRestCleaned() throws Exception {
        String big = "{\"id\":\"big\",\"text\":\"" + "foo ".repeat(600_000) + "\"}"; // 2.4 MB; the last one without a line end
        Path j = write("big.jsonl", "{\"text\":\"foo\"}\n" + big + "\n{\"text\":\"foo\"}\n" + big);
        assertEquals(1, run("clean", "-q", "--passes", "test-shout", "--part-size", "1", j.toString()));
        assertTrue(stderr().contains("big.jsonl: line 2: longer than --part-size (1 MiB); copied unchanged"), stderr());
        assertTrue(stderr().contains("big.jsonl: line 4: longer than --part-size (1 MiB); copied unchanged"), stderr());
        assertEquals(List.of("{\"text\":\"FOO\"}", big, "{\"text\":\"FOO\"}", big), Files.readAllLines(dir.resolve("big.clean.jsonl")));
    }

    /** A cleaned record keeps every other byte of its line: numbers keep their digits, keys their order and spacing. */
    @Test
    void jsonlKeepsEveryOtherFieldAsWritten() throws Exception {
        String line = "{ \"id\" : 2 , \"price\":1.10,\"pi\":3.141592653589793238462643383279,\"f\":1e400,"
                + "\"nested\":{\"text\":\"foo\"},\"text\" : \"a foo\\u00e9\\n\" , \"tags\":[\"foo\"] }";
        Path j = write("n.jsonl", line + "\n");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", j.toString()));
        assertEquals(line.replace("\"a foo\\u00e9\\n\"", "\"a FOOé\\n\"") + "\n", Files.readString(dir.resolve("n.clean.jsonl")));
    }

    @Test
    void stdinToStdout() throws Exception {
        System.setIn(new ByteArrayInputStream("a foo\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, run("clean", "--passes", "test-shout", "-"));
        assertEquals("a FOO\n", stdout());
    }

    @Test
    void withAddsAPassInItsDefaultPlace() throws Exception {
        String spun = "Our lives would be worse if nosotros outlawed it.\n";
        System.setIn(new ByteArrayInputStream(spun.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, run("clean", "-"));
        assertEquals(spun, stdout()); // spin is not in the default chain
        out.reset();
        System.setIn(new ByteArrayInputStream(spun.getBytes(StandardCharsets.UTF_8)));
        // (one sentence: without the document gate, which holds a short text's lone swap)
        assertEquals(0, run("clean", "--with", "spin", "--spin.doc-gate=0", "--explain", "-"));
        assertEquals("Our lives would be worse if we outlawed it.\n", stdout());
        assertTrue(stderr().contains("spin/spun-word"), stderr());
        assertEquals(2, run("clean", "--with", "nosuchpass", "-"));
        assertTrue(stderr().contains("unknown pass 'nosuchpass' in --with"), stderr());
    }

    @Test
    void skipRuleLeavesThatRulesEditsAsFlagsAndNamesUnknownOnes() throws Exception {
        System.setIn(new ByteArrayInputStream("a foo\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, run("clean", "--explain", "--passes", "test-shout", "--skip-rule", "test-shout/shout", "-"));
        assertEquals("a foo\n", stdout());
        assertTrue(stderr().contains("test-shout/shout: \"foo\" left as is") && stderr().contains("would be \"FOO\""), stderr());
        out.reset();
        err.reset();
        System.setIn(new ByteArrayInputStream("a foo\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, run("clean", "--passes", "test-shout", "--skip-rule", "test-shout/shuot", "-"));
        assertEquals("a FOO\n", stdout());
        assertTrue(stderr().contains("--skip-rule test-shout/shuot: no edit of that rule"), stderr());
        assertEquals(2, run("clean", "--passes", "test-shout", "--skip-rule", "mt/space-before-punct", "-"));
        assertTrue(stderr().contains("pass 'mt' is not in the chain"), stderr());
        assertEquals(2, run("clean", "--skip-rule", "mt", "-"));
        assertTrue(stderr().contains("--skip-rule takes PASS/RULE"), stderr());
    }

    @Test
    void skipRuleOfAPassThatListsItsRulesIsCheckedBeforeTheRun() throws Exception {
        System.setIn(new ByteArrayInputStream("He said `` yes '' .\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, run("clean", "--skip-rule", "mt/space-befor-punct", "-"));
        assertTrue(stderr().contains("pass mt has no rule 'space-befor-punct' (did you mean mt/space-before-punct?)"), stderr());
        assertEquals("", stdout()); // nothing cleaned
        err.reset();
        assertEquals(2, run("clean", "--skip-rule", "unicode/quotes", "-"));
        assertTrue(stderr().contains("pass unicode has no rule 'quotes';"), stderr()); // no name near enough to suggest
        err.reset();
        System.setIn(new ByteArrayInputStream("He said `` yes '' .\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, run("clean", "--skip-rule", "mt/space-before-punct", "-"));
        assertEquals("He said \"yes\" .\n", stdout()); // the listed rule is turned off, the others still run
    }

    @Test
    void passesListsEachPassesRulesOnRequest() throws Exception {
        assertEquals(0, run("passes"));
        assertFalse(stdout().contains("mt/space-before-punct"), stdout());
        out.reset();
        assertEquals(0, run("passes", "--rules"));
        String listed = stdout();
        for (String rule : List.of("unicode/mojibake", "boilerplate/navigation", "mt/space-before-punct", "spin/spun-word")) {
            assertTrue(listed.contains("    " + rule + "\n") || listed.contains("    " + rule + " [flag]\n"), rule + " in\n" + listed);
        }
        assertTrue(listed.contains("    spin/spun-unsure [flag]\n"), listed);
        assertTrue(listed.contains("(the pass does not list its rules)"), listed); // the test jar's pass, which lists none
    }

    @Test
    void checkAlsoNamesAnUnmatchedSkipRuleButPrintsNoCleanSummary() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a foo\n");
        run("check", "--passes", "test-shout", "--skip-rule", "test-shout/shuot", dir.toString());
        assertTrue(stderr().contains("--skip-rule test-shout/shuot: no edit of that rule"), stderr());
        assertFalse(stderr().contains("changed,") || stdout().contains("changed,"), stderr());
        err.reset();
        run("check", "-q", "--passes", "test-shout", "--skip-rule", "test-shout/shuot", dir.toString());
        assertFalse(stderr().contains("--skip-rule"), stderr());
    }

    @Test
    void stdinExplainGoesToStderrSoStdoutStaysText() throws Exception {
        System.setIn(new ByteArrayInputStream("a foo\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, run("clean", "--explain", "--passes", "test-shout", "-"));
        assertEquals("a FOO\n", stdout());
        assertTrue(stderr().contains("<stdin>:1:3: test-shout/shout: \"foo\" → \"FOO\""), stderr());
    }

    @Test
    void missingPathFailsWithMessageAndOthersAreStillDone() throws Exception {
        Path a = write("a.txt", "foo");
        Path missing = dir.resolve("missing.txt");
        assertEquals(1, run("clean", "--passes", "test-shout", missing.toString(), a.toString()));
        assertTrue(stderr().contains(missing + ": no such file or directory"), stderr());
        assertEquals("FOO", Files.readString(dir.resolve("a.clean.txt")));
    }

    @Test
    void binaryFileIsSkippedWithMessage() throws Exception {
        Path bin = dir.resolve("img.txt");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path a = write("a.txt", "foo");
        assertEquals(1, run("clean", "--passes", "test-shout", bin.toString(), a.toString()));
        assertTrue(stderr().contains("img.txt: binary file"), stderr());
        assertFalse(Files.exists(dir.resolve("img.clean.txt")));
        assertTrue(Files.exists(dir.resolve("a.clean.txt")));
    }

    @Test
    void unwritableOutputFailsWithMessageAndLeavesNoTemporaryFile() throws Exception {
        Path a = write("a.txt", "foo");
        Path blocker = write("blocker", "a file where a directory should be");
        assertEquals(1, run("clean", "--passes", "test-shout", "--out-dir", blocker.resolve("sub").toString(), a.toString()));
        assertTrue(stderr().contains(a.toString()), stderr());
        try (Stream<Path> s = Files.walk(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void unreadableFileFailsWithMessage() throws Exception {
        Path a = write("a.txt", "foo");
        Path locked = write("locked.txt", "foo");
        locked.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root: cannot make a file unreadable");
        assertEquals(1, run("clean", "--passes", "test-shout", locked.toString(), a.toString()));
        assertTrue(stderr().contains("locked.txt: permission denied"), stderr());
        assertTrue(Files.exists(dir.resolve("a.clean.txt")));
    }

    @Test
    void hugeLineFailsWithMessage() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "x".repeat((1 << 20) + 10));
        assertEquals(1, run("clean", "--passes", "test-shout", "--part-size", "1", big.toString()));
        assertTrue(stderr().contains("big.txt: a line longer than 1 MiB"), stderr());
        assertFalse(Files.exists(dir.resolve("big.clean.txt")));
    }

    @Test
    void upToDateOutputIsSkippedUnlessForced() throws Exception {
        Path a = write("a.txt", "foo");
        Path out = dir.resolve("a.clean.txt");
        Files.writeString(out, "stale but newer");
        Files.setLastModifiedTime(out, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 10_000));
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", a.toString()));
        assertEquals("stale but newer", Files.readString(out));
        assertEquals(0, run("clean", "-q", "--force", "--passes", "test-shout", a.toString()));
        assertEquals("FOO", Files.readString(out));
    }

    /** An output made by another configuration (here: without batch learning) is cleaned again; a rerun of the same one skips its own. */
    @Test
    void outputsOfAnotherConfigurationAreCleanedAgainARerunSkipsItsOwn() throws Exception {
        Path a = write("a.txt", "foo");
        Files.setLastModifiedTime(a, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path out = dir.resolve("a.clean.txt");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", a.toString()));
        assertEquals("FOO", Files.readString(out));
        assertTrue(Files.isRegularFile(dir.resolve(".unmangle-state")));
        Files.writeString(out, "made by this configuration");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", a.toString()));
        assertEquals("made by this configuration", Files.readString(out), "the same configuration: up to date");
        Files.setLastModifiedTime(out, FileTime.fromMillis(System.currentTimeMillis() - 1_000));
        assertEquals(0, run("clean", "-q", "--no-learn", "--passes", "test-shout", a.toString()));
        assertEquals("FOO", Files.readString(out), "another configuration: cleaned again");
        Files.writeString(out, "made by the new configuration");
        assertEquals(0, run("clean", "-q", "--no-learn", "--passes", "test-shout", a.toString()));
        assertEquals("made by the new configuration", Files.readString(out), "a rerun of the new configuration skips what it made");
        assertEquals(0, run("clean", "-q", "--no-learn", "--passes", "test-shout", dir.toString()));
        assertFalse(stderr().contains(".unmangle-state"), "the stamp is never an input: " + stderr());
    }

    @Test
    void dryRunWritesNothingAndDiffShowsTheChange() throws Exception {
        Path a = write("a.txt", "one\nfoo\nthree\n");
        assertEquals(0, run("clean", "-n", "--diff", "--passes", "test-shout", a.toString()));
        assertFalse(Files.exists(dir.resolve("a.clean.txt")));
        assertTrue(stdout().contains("-foo\n+FOO\n"), stdout());
        assertTrue(stdout().contains("@@ -1,3 +1,3 @@"), stdout());
    }

    /** A last line without a line end is said as diff(1) says it (patch(1) fails the hunk otherwise), on both sides. */
    @Test
    void diffSaysALastLineHasNoLineEnd() throws Exception {
        Path a = write("a.txt", "one\nfoo");
        assertEquals(0, run("clean", "-n", "--diff", "--passes", "test-shout", a.toString()));
        assertTrue(stdout().contains(" one\n-foo\n\\ No newline at end of file\n+FOO\n\\ No newline at end of file\n"), stdout());
        assertFalse(stdout().contains("\u0000"), stdout());
        out.reset();
        Path b = write("b.txt", "one\nfoo\n");
        assertEquals(0, run("clean", "-n", "--diff", "--passes", "test-shout", b.toString()));
        assertFalse(stdout().contains("No newline"), stdout());
    }

    @Test
    void explainNamesFileLineColumnPassRuleAndReason() throws Exception {
        Path a = write("a.txt", "one\ntwo foo\n");
        assertEquals(0, run("clean", "--explain", "--passes", "test-shout", a.toString()));
        assertTrue(stdout().contains(a + ":2:5: test-shout/shout: \"foo\" → \"FOO\"  (test rule)"), stdout());
    }

    @Test
    void reportHasEveryEditAndTotals() throws Exception {
        Path a = write("a.txt", "foo foo\n");
        write("b.txt", "bar\n");
        Path report = dir.resolve("r.json");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", "--report", report.toString(),
                a.toString(), dir.resolve("b.txt").toString()));
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertEquals(2, r.get("files").size());
        assertEquals(2, r.get("summary").get("edits").asInt());
        JsonNode fa = null;
        for (JsonNode f : r.get("files")) {
            if (f.get("path").asText().endsWith("a.txt")) {
                fa = f;
            }
        }
        assertEquals("changed", fa.get("status").asText());
        assertEquals(2, fa.get("passes").get("test-shout").get("rules").get("shout").asInt());
        JsonNode e = fa.get("edits").get(1);
        assertEquals(1, e.get("line").asInt());
        assertEquals(5, e.get("column").asInt());
        assertEquals("foo", e.get("before").asText());
        assertEquals("FOO", e.get("after").asText());
    }

    @Test
    void passOptionsFromCommandLineAndConfigFile() throws Exception {
        Path a = write("a.txt", "foo bar baz\n");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", "--test-shout.word=bar", a.toString()));
        assertEquals("foo BAR baz\n", Files.readString(dir.resolve("a.clean.txt")));
        Path cfg = write("conf.properties", "passes=test-shout\ntest-shout.word=baz\nsuffix=fixed\n");
        assertEquals(0, run("clean", "-q", "--config", cfg.toString(), a.toString()));
        assertEquals("foo bar BAZ\n", Files.readString(dir.resolve("a.fixed.txt")));
    }

    /** A pass option given on the command line for a pass not in the chain is said (it changed nothing, silently). */
    @Test
    void aPassOptionForAPassNotInTheChainIsSaid() throws Exception {
        Path a = write("po/a.txt", "foo\n");
        assertEquals(0, run("clean", "--passes", "unicode", "--test-shout.word=bar", a.toString()));
        assertTrue(stderr().contains("--test-shout.word is given, but pass test-shout is not in the chain (--with test-shout adds it); ignored"), stderr());
        err.reset();
        assertEquals(0, run("clean", "--force", "--passes", "test-shout", "--test-shout.word=foo", a.toString()));
        assertFalse(stderr().contains("not in the chain"), stderr());
    }

    /** A config key that names no option is said (it was ignored silently); clean's file may hold check's options; booleans read as PassOptions reads them. */
    @Test
    void aMisspeltConfigKeyIsSaid() throws Exception {
        Path a = write("k/a.txt", "foo\n");
        Path cfg = write("k.properties", "passes=test-shout\njobz=4\nmax-spin=0.05\ntest-shout.learn=on\n");
        assertEquals(0, run("clean", "-q", "--config", cfg.toString(), a.toString()));
        assertTrue(stderr().contains("config file: no option '--jobz'"), stderr());
        assertFalse(stderr().contains("max-spin") || stderr().contains("test-shout.learn"), stderr());
    }

    /** A report that cannot be written is said in one line before any input is read (exit 2); a truncated .gz is named as such. */
    @Test
    void unwritableReportAndTruncatedGzipAreSaidPlainly() throws Exception {
        Path a = write("w/a.txt", "foo\n");
        assertEquals(2, run("clean", "-q", "--passes", "test-shout", "--report", a.resolve("r.json").toString(), a.toString()));
        assertTrue(stderr().contains("--report ") && stderr().contains("cannot write: "), stderr());
        assertFalse(Files.exists(dir.resolve("w/a.clean.txt")));
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write("foo bar baz\n".repeat(2000).getBytes(StandardCharsets.UTF_8));
        }
        Path t = dir.resolve("w/t.txt.gz");
        Files.write(t, java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
        assertEquals(1, run("clean", "-q", "--passes", "test-shout", t.toString()));
        assertTrue(stderr().contains("t.txt.gz: unexpected end of input (a truncated .gz?)"), stderr());
    }

    /** A file's name with a newline in it keeps its message on one line (the newline shown as \\n). */
    @Test
    void aNameWithANewlineKeepsItsMessageOnOneLine() throws Exception {
        Path bad = dir.resolve("nl/bad\nname.txt");
        Files.createDirectories(bad.getParent());
        Files.write(bad, new byte[] {'a', 0, 'b'});
        assertEquals(1, run("clean", "-q", "--passes", "test-shout", dir.resolve("nl").toString()));
        assertTrue(stderr().lines().anyMatch(l -> l.contains("bad\\nname.txt: binary file")), stderr());
        // so with --explain and --diff: each edit's line, and the diff's header, name it on one line
        Path odd = write("nl2/odd\nname.txt", "say foo\n");
        assertEquals(0, run("clean", "-n", "--explain", "--diff", "--passes", "test-shout", odd.getParent().toString()));
        assertTrue(stdout().lines().anyMatch(l -> l.startsWith(odd.getParent() + "/odd\\nname.txt:1:5: test-shout/shout")), stdout());
        assertTrue(stdout().lines().anyMatch(l -> l.equals("--- " + odd.getParent() + "/odd\\nname.txt")), stdout());
        assertFalse(stdout().lines().anyMatch(l -> l.equals("name.txt") || l.startsWith("name.txt:") || l.startsWith("name.txt\t")), stdout());
    }

    /** Out-of-range and non-finite values are usage errors (exit 2), not silent: a NaN threshold turned the check off. */
    @Test
    void outOfRangeValuesAreUsageErrors() throws Exception {
        Path a = write("r/a.txt", "foo\n");
        assertEquals(2, run("check", "--no-progress", "--passes", "test-shout", "--max-spin=NaN", a.toString()));
        assertEquals(2, run("check", "--no-progress", "--passes", "test-shout", "--max-boilerplate=-1", a.toString()));
        assertEquals(2, run("clean", "-q", "--passes", "spin", "--spin.swap-rate=-1", a.toString()));
        assertTrue(stderr().contains("--spin.swap-rate wants a number from"), stderr());
        assertEquals(2, run("clean", "-q", "--passes", "spin", "--spin.fan-out-cap=0", a.toString()));
        assertEquals(2, run("clean", "-q", "--passes", "spin", "--spin.margin=NaN", a.toString()));
        // a negative margin of odds, a weight or share outside 0..1, a template of one document: each named, none taken
        for (String[] bad : new String[][] {{"spin", "--spin.margin=-1", "at least 0"}, {"spin", "--spin.pos-margin=-0.5", "at least 0"},
                {"spin", "--spin.cache-weight=2", "from 0.0 to 1.0"}, {"mt", "--mt.drop-above=-1", "from 0.0 to 1.0"},
                {"mt", "--mt.term-min-sentences=0", "at least 1"}, {"boilerplate", "--boilerplate.template-min-docs=1", "at least 2"},
                {"boilerplate", "--boilerplate.template-min-share=1.5", "from 0.0 to 1.0"}}) {
            err.reset();
            assertEquals(2, run("clean", "-q", "--passes", bad[0], bad[1], a.toString()), bad[1]);
            String option = bad[1].substring(0, bad[1].indexOf('='));
            assertTrue(stderr().contains(option + " wants a") && stderr().contains(bad[2]), stderr());
        }
        assertEquals(0, run("clean", "-q", "--passes", "spin", "--spin.margin=0", "--spin.cache-weight=1", a.toString()));
    }

    /** A third-party pass's failure names the pass and fails that input only; its learner's failure leaves the others learning. */
    @Test
    void aFailingPassOrLearnerIsNamedAndTheRestGoesOn() throws Exception {
        Path ok = write("pf/a.txt", "foo\n");
        Path bad = write("pf/b.txt", "foo TEST-THROW\n");
        assertEquals(1, run("clean", "-q", "--passes", "test-shout", ok.toString(), bad.toString()));
        assertTrue(stderr().contains("b.txt: internal error: java.lang.IllegalStateException: pass test-shout failed"), stderr());
        assertEquals("FOO\n", Files.readString(dir.resolve("pf/a.clean.txt")));
        err.reset();
        for (int i = 0; i < 5; i++) {
            write("pl/f" + i + ".txt", "Home\n\nA line of the page's own text, long enough to be prose, said here once.\n\nfoo\n"
                    + (i == 2 ? "TEST-LEARNER-THROW\n" : ""));
        }
        Path report = dir.resolve("pl.json");
        assertEquals(0, run("clean", "-q", "--passes", "boilerplate,test-shout", "--test-shout.learn", "--learn-min-files", "5",
                "--report", report.toString(), dir.resolve("pl").toString()));
        assertTrue(stderr().contains("batch learning of pass test-shout failed"), stderr());
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertTrue(r.get("batch").has("boilerplate") && !r.get("batch").has("test-shout"), r.get("batch").toString());
    }

    /**
     * A JSONL corpus is learned from as it is cleaned: each record's field is a document (its raw lines are JSON, each one
     * different, so a site's furniture repeated in every record's text went unseen).
     */
    @Test
    void batchLearningReadsTheRecordsOfAJsonlCorpus() throws Exception {
        for (int i = 0; i < 5; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 4; k++) {
                String[] animals = {"otter", "heron", "badger", "lynx"};
                String text = "Widget Weekly, the paper of the valley\n\nThe " + animals[k] + " of story " + "abcde".charAt(i)
                        + " says foo, and then it says a little more about it, as the text of a story does in a corpus.\n";
                b.append(new ObjectMapper().writeValueAsString(java.util.Map.of("id", i * 4 + k, "text", text))).append('\n');
            }
            b.append("not json\n");
            write("jl/f" + i + ".jsonl", b.toString());
        }
        Path report = dir.resolve("jl.json");
        run("clean", "-q", "--passes", "boilerplate,test-shout", "--test-shout.learn", "--learn-min-files", "5",
                "--report", report.toString(), dir.resolve("jl").toString());
        JsonNode batch = new ObjectMapper().readTree(report.toFile()).get("batch");
        assertEquals(20, batch.get("test-shout").get("documents").asInt(), batch.toString());
        assertEquals(20, batch.get("boilerplate").get("documents").asInt(), batch.toString());
        assertTrue(batch.get("boilerplate").get("template-lines").asInt() >= 1, batch.toString());
        String out = Files.readString(dir.resolve("jl/f0.clean.jsonl"));
        assertFalse(out.contains("Widget Weekly"), out);
        assertTrue(out.contains("The lynx of story a says FOO"), out);
    }

    /** "clean *.txt" run again names each input's output too: those are not cleaned, and not learned from either. */
    @Test
    void batchLearningPassesOverOutputsNamedOnTheCommandLine() throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("clean", "-q", "--force", "--passes", "test-shout", "--test-shout.learn",
                "--learn-min-files", "5", "--report", dir.resolve("r.json").toString()));
        for (int i = 0; i < 5; i++) {
            args.add(write("named/f" + i + ".txt", "foo " + i + "\n").toString());
        }
        assertEquals(0, run(args.toArray(String[]::new)));
        for (int i = 0; i < 5; i++) {
            args.add(dir.resolve("named/f" + i + ".clean.txt").toString());
        }
        assertEquals(0, run(args.toArray(String[]::new)));
        JsonNode batch = new ObjectMapper().readTree(dir.resolve("r.json").toFile()).get("batch");
        assertEquals(5, batch.get("test-shout").get("documents").asInt(), batch.toString());
        // ten files named, five of them inputs: fewer than --learn-min-files 6, so no learning
        args.set(args.indexOf("5"), "6");
        assertEquals(0, run(args.toArray(String[]::new)));
        assertFalse(new ObjectMapper().readTree(dir.resolve("r.json").toFile()).get("batch").has("test-shout"));
    }

    @Test
    void batchLearningRunsOnlyForLargeEnoughBatches() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("d/f" + i + ".txt", "foo");
        }
        Path report = dir.resolve("r.json");
        assertEquals(0, run("clean", "-q", "--passes", "test-shout", "--test-shout.learn", "--learn-min-files", "5",
                "--report", report.toString(), dir.resolve("d").toString()));
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertEquals(5, r.get("batch").get("test-shout").get("documents").asInt());
        assertEquals(5.0, r.get("files").get(0).get("passes").get("test-shout").get("metrics").get("batch-docs").asDouble());
        assertEquals(0, run("clean", "-q", "--force", "--passes", "test-shout", "--test-shout.learn", "--learn-min-files", "6",
                "--report", report.toString(), dir.resolve("d").toString()));
        r = new ObjectMapper().readTree(report.toFile());
        assertFalse(r.get("batch").has("test-shout"));
    }

    /**
     * A run killed mid-write (kill -9) leaves an output's hidden temporary file; the next run over
     * the directory removes it once it is an hour old, and nothing else: not a fresh one (a run may
     * be writing it), not a dry run's, not a hidden file of the user's.
     */
    @Test
    void temporaryOutputsLeftByAKilledRunAreRemovedOnceStale() throws Exception {
        write("left/a.txt", "foo bar\n");
        Path stale = write("left/.a.clean.txt.3f9c2a7b1d0e4f55.tmp", "half an output");
        Path fresh = write("left/.b.clean.txt.0123456789abcdef.tmp", "being written");
        Path mine = write("left/.notes.1234.tmp", "a hidden file of the user's");
        Path notOutput = write("left/.a.txt.89ab.tmp", "not an output's name");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 2 * 3600_000L);
        for (Path p : List.of(stale, mine, notOutput)) {
            Files.setLastModifiedTime(p, old);
        }
        assertEquals(0, run("clean", "-n", "--passes", "test-shout", dir.resolve("left").toString()));
        assertTrue(Files.exists(stale), "a dry run removes nothing");
        assertEquals(0, run("clean", "--passes", "test-shout", dir.resolve("left").toString()));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh) && Files.exists(mine) && Files.exists(notOutput));
        assertTrue(stderr().contains("removed 1 temporary output(s) left by an interrupted run"), stderr());
        assertEquals("FOO bar\n", Files.readString(dir.resolve("left/a.clean.txt")));
    }

    /** Off a terminal (a log, CI) clean prints no progress: stderr holds the summary line alone. */
    @Test
    void offATerminalCleanPrintsNoProgress() throws Exception {
        for (int i = 0; i < 3; i++) {
            write("quiet/f" + i + ".txt", "foo " + i + "\n");
        }
        assertEquals(0, run("clean", "--passes", "test-shout", dir.resolve("quiet").toString()));
        assertEquals(1, stderr().lines().count(), stderr());
        assertTrue(stderr().startsWith("unmangle: 3 changed, 0 unchanged"), stderr());
        assertEquals(0, run("clean", "--no-progress", "--force", "--passes", "test-shout", dir.resolve("quiet").toString()));
    }

    /** A pass that runs out of memory on one input fails that input, by name, and the batch goes on. */
    @Test
    void anInputThatRunsOutOfMemoryFailsAloneAndIsNamed() throws Exception {
        Path bad = write("oom/a.txt", "foo " + io.github.unmangle.testing.ShoutPassFactory.OUT_OF_MEMORY + "\n");
        write("oom/b.txt", "foo bar\n");
        assertEquals(1, run("clean", "-j", "1", "--passes", "test-shout", dir.resolve("oom").toString()));
        assertTrue(stderr().contains(bad + ": out of memory"), stderr());
        assertEquals("FOO bar\n", Files.readString(dir.resolve("oom/b.clean.txt")));
        assertFalse(Files.exists(dir.resolve("oom/a.clean.txt")));
        // a library that wraps the error (hppc's BufferAllocationException) says the same, not "internal error"
        Path wrapped = write("oom2/a.txt", "foo " + io.github.unmangle.testing.ShoutPassFactory.WRAPPED_OUT_OF_MEMORY + "\n");
        assertEquals(1, run("clean", "-j", "1", "--passes", "test-shout", dir.resolve("oom2").toString()));
        assertTrue(stderr().contains(wrapped + ": out of memory"), stderr());
        // in a JSONL record too, as the error itself is there (it was "line 1: internal error: ...; copied unchanged")
        for (String oom : List.of(io.github.unmangle.testing.ShoutPassFactory.OUT_OF_MEMORY,
                io.github.unmangle.testing.ShoutPassFactory.WRAPPED_OUT_OF_MEMORY)) {
            Path jl = write("oom3/a.jsonl", "{\"text\": \"foo " + oom + "\"}\n");
            assertEquals(1, run("clean", "-j", "1", "--passes", "test-shout", jl.toString()));
            assertTrue(stderr().contains(jl + ": out of memory"), stderr());
            assertFalse(stderr().contains("internal error"), stderr());
        }
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertEquals(2, run("clean", "--no-such-option", "x"));
        // one line naming the problem and where help is, not the page of options
        assertTrue(stderr().startsWith("unmangle: Unknown option: '--no-such-option'"), stderr());
        assertTrue(stderr().contains("Try 'unmangle clean --help' for the options."), stderr());
        assertFalse(stderr().contains("Usage:"), stderr());
        assertTrue(stderr().lines().count() <= 4, stderr());
        assertEquals(2, run("clean", "--passes", "no-such-pass", "x"));
        assertEquals(2, run("clean", "--jobs", "0", "x"));
        Path a = write("a.txt", "foo");
        assertEquals(2, run("clean", "--passes", "test-shout", a.toString(), "--test-shout.word"));
        System.setIn(new ByteArrayInputStream(new byte[0]));
        assertEquals(2, run("clean", "--passes", "test-shout", "-", a.toString()));
    }

    /** -v says each input's status, the charset it was read in when not UTF-8 (its output, in UTF-8, "changed" with no edit), and its edits. */
    @Test
    void verboseSaysEachInputsStatusCharsetAndEdits() throws Exception {
        Path a = write("v/a.txt", "say foo\n");
        Path latin = dir.resolve("v/latin.txt");
        Files.write(latin, "The caf\u00e9 serves cr\u00e8me br\u00fbl\u00e9e, and the waiter brings it to the table.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertEquals(0, run("clean", "-v", "--passes", "test-shout", a.toString(), latin.toString()));
        assertTrue(stderr().contains(a + ": changed, 1 edit → "), stderr());
        assertTrue(stderr().contains(latin + ": changed, read as windows-1252, 0 edits → "), stderr());
    }

    /**
     * A folder that holds no input is said, by clean and by check (it was a silent "0 changed"); one edit is "1 edit". The
     * check, a gate, exits 3 then: it read nothing (it passed with 0 before, over a mistyped folder or one of outputs alone).
     */
    @Test
    void pathsThatHoldNoInputAreSaid() throws Exception {
        Path none = Files.createDirectories(dir.resolve("none"));
        write("none/notes.pdf", "foo");
        assertEquals(0, run("clean", "--passes", "test-shout", none.toString()));
        assertTrue(stderr().contains("unmangle: no input files found"), stderr());
        int said = stderr().length(); // (the captured stderr holds every run's)
        assertEquals(3, run("check", "--passes", "test-shout", none.toString()));
        assertTrue(stderr().substring(said).contains("unmangle: no input files found"), stderr());
        said = stderr().length();
        Path a = write("one/a.txt", "say foo\n");
        assertEquals(0, run("clean", "--passes", "test-shout", a.getParent().toString()));
        String after = stderr().substring(said);
        assertTrue(after.contains("1 changed, 0 unchanged, 0 up to date, 0 failed; 1 edit in "), after);
        assertFalse(after.contains("no input files found"), after);
    }

    /** A pass option's description is printed as written, a '%' in it too (picocli reads descriptions as format strings). */
    @Test
    void helpPrintsEveryPassOptionsDescriptionAsWritten() {
        for (String command : List.of("clean", "check")) {
            assertEquals(0, run(command, "--help"));
            assertTrue(stdout().contains("the word to upper-case (100% of its places)"), stdout());
            assertFalse(stderr().contains("WARN"), stderr());
        }
    }

    @Test
    void passesCommandListsPassesWithOptions() {
        assertEquals(0, run("passes"));
        assertTrue(stdout().contains("test-shout"), stdout());
        assertTrue(stdout().contains("--test-shout.word=foo"), stdout());
    }

    @Test
    void parallelJobsCleanEveryFile() throws Exception {
        for (int i = 0; i < 200; i++) {
            write("many/f" + i + ".txt", "foo " + i + "\n");
        }
        assertEquals(0, run("clean", "-q", "-j", "4", "--passes", "test-shout", dir.resolve("many").toString()));
        for (int i = 0; i < 200; i++) {
            assertEquals("FOO " + i + "\n", Files.readString(dir.resolve("many/f" + i + ".clean.txt")));
        }
    }
}
