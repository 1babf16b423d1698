package io.github.unmangle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.unmangle.check.Check;
import io.github.unmangle.lang.Lexicon;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code unmangle check} end to end: thresholds, exit codes, every output format, baseline. */
class CheckTest extends ConsoleCapture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROSE = "The council said on Tuesday that it would review how the new bridge is paid for, "
            + "after residents wrote to the mayor about the cost and the delays.\n\n"
            + "Critics have argued for years that the plan is too expensive for a town of this size, "
            + "and several members have since asked for an independent audit of the accounts.\n";

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.execute(args);
    }

    /** A clean article, one with boilerplate over the threshold, one with mojibake. */
    private Path corpus() throws Exception {
        write("c/clean.txt", PROSE);
        write("c/furniture.txt", PROSE + "\nShare this article\nFollow us on Twitter\nSubscribe\nPrivacy Policy\nCookie settings\n"
                + "Skip to content\nSign in\nAdvertisement\nRelated Articles\nYou may also like\nPost a Comment\n"
                + "© 2024 Example Media. All rights reserved.\n");
        write("c/mojibake.txt", PROSE.replace("council", "councilâ€™s"));
        return dir.resolve("c");
    }

    /**
     * The duplicate-line share: of the characters of the lines (3 characters or more, whitespace aside), those in lines
     * repeating an earlier one.
     */
    @Test
    void duplicateLinesAreTheShareOfTheTextInRepeatedLines() throws Exception {
        String a = "The council met on Tuesday to discuss the bridge.";
        String b = "Residents wrote to the mayor about the delays.";
        String c = b.replace("mayor", "council");
        write("dup/d.txt", a + "\n" + b + "\n  " + a + "  \n" + a + "\nok\n" + c + "\n");
        assertEquals(1, run("check", "--no-progress", "--passes", "unicode", "--format", "jsonl", dir.resolve("dup").toString()));
        JsonNode d = JSON.readTree(stdout().strip());
        // 5 lines counted ("ok" is too short), 2 of them repeats of the first
        double share = 2.0 * a.length() / (3 * a.length() + b.length() + c.length());
        assertEquals(share, d.get("signals").get("duplicates").asDouble(), 1e-9);
        assertEquals("[\"duplicates\"]", d.get("failures").toString());
    }

    /**
     * A review's repeated subheadings ("Pros", "Cons" under each product) are a small part of its text: the share of
     * characters passes them, where a share of lines (a third of these) failed such articles (boilerplate-dev's gold texts:
     * 29 of 791 articles failed the default check so, 2 by characters; bench/check-signals.sh).
     */
    @Test
    void repeatedShortHeadingsAreASmallShareOfTheText() throws Exception {
        StringBuilder review = new StringBuilder();
        String[] names = {"Aurora", "Breeze", "Cascade", "Drift"};
        for (int i = 0; i < names.length; i++) {
            review.append("The ").append(names[i]).append("\n\n")
                    .append("We tested the ").append(names[i]).append(" for ").append(3 + i).append(" weeks in a small flat, where it ran for about ")
                    .append(6 + i).append(" hours a day on its lowest setting and was barely audible from the next room.\n\n")
                    .append("At ").append(150 + 20 * i).append(" dollars the ").append(names[i]).append(" sits in the middle of the market, and its filter costs ")
                    .append(20 + i).append(" dollars to replace every six months, which is less than most of its rivals charge.\n\n")
                    .append("Pros\n\n- Light and quiet\n\nCons\n\n- Short battery life\n\n");
        }
        write("review/r.txt", review.toString());
        assertEquals(0, run("check", "--no-progress", "--passes", "unicode", "--format", "jsonl", dir.resolve("review").toString()), stdout());
        JsonNode d = JSON.readTree(stdout().strip());
        double dup = d.get("signals").get("duplicates").asDouble();
        assertTrue(dup > 0 && dup < 0.2, stdout());
    }

    /**
     * A page whose furniture is a sixth of its text fails by default (0.15 at most): at the default of the day
     * before, three tenths, 41% of boilerplate-dev's whole saved pages passed (bench/check-signals.sh; 85% fail now, and
     * 16 of its 1,476 gold texts, one of them an article).
     */
    @Test
    void aPageWithAFewMenuLinesFailsTheDefaultBoilerplateShare() throws Exception {
        write("bp/page.txt", PROSE + "\n" + PROSE.replace("council", "board").replace("bridge", "road").replace("Critics", "Opponents") + "\nShare this article\nFollow us on Twitter\n"
                + "Subscribe to our newsletter\nPrivacy Policy\nCookie settings\n© 2024 Example Media. All rights reserved.\n");
        assertEquals(1, run("check", "--no-progress", "--format", "jsonl", dir.resolve("bp").toString()), stdout());
        JsonNode d = JSON.readTree(stdout().strip());
        double share = d.get("signals").get("boilerplate").asDouble();
        assertTrue(share > 0.15 && share < 0.3, stdout());
        assertEquals("[\"boilerplate\"]", d.get("failures").toString());
        assertEquals(0, run("check", "--no-progress", "--max-boilerplate", "0.3", dir.resolve("bp").toString()), stdout());
    }

    /**
     * English sanity reads a list in English as English (a shop's categories: no function words, so a share of those
     * failed it), and fails text in another language.
     */
    @Test
    void anEnglishListPassesTheEnglishCheckAndAnotherLanguageFails() throws Exception {
        write("lang/list.txt", "Headphones & Earbuds\n\nWireless Headphones\nNoise Cancelling Headphones\nGaming Headsets\nPortable Speakers\n"
                + "Smart Speakers\nSoundbars\nTurntables\n");
        write("lang/french.txt", "Tous les êtres humains naissent libres et égaux en dignité et en droits. Ils sont doués de raison et de"
                + " conscience et doivent agir les uns envers les autres dans un esprit de fraternité.\n");
        assertEquals(1, run("check", "--no-progress", "--passes", "unicode", "--format", "jsonl", dir.resolve("lang").toString()));
        for (String l : stdout().lines().toList()) {
            JsonNode d = JSON.readTree(l);
            double english = d.get("signals").get("english").asDouble();
            if (d.get("document").asText().endsWith("list.txt")) {
                assertTrue(english > 0.9, l);
                assertEquals("pass", d.get("status").asText(), l);
            } else {
                assertTrue(english < 0.4, l);
                assertEquals("[\"english\"]", d.get("failures").toString(), l);
            }
        }
    }

    /**
     * A document without words (empty, blank, digits and signs only; a JSONL record's empty text) has no English share:
     * 0 of 0 words failed {@code --min-english} (every empty file of a corpus failed the default check). It is not
     * judged on it ({@code null} in JSON, left out of the signal's mean), and the table counts such documents; a text
     * with words, none of them English, still fails.
     */
    @Test
    void documentsWithoutWordsAreNotJudgedOnTheirEnglishShare() throws Exception {
        write("w/empty.txt", "");
        write("w/blank.txt", "  \n\n \t\n");
        write("w/numbers.txt", "2024 12 01\n");
        write("w/records.jsonl", "{\"text\": \"\"}\n{\"text\": \" \\n \"}\n");
        assertEquals(0, run("check", "--no-progress", dir.resolve("w").toString()), stdout());
        assertTrue(stdout().contains("5 documents: 5 passed, 0 failed"), stdout());
        assertTrue(stdout().contains("5 without words (empty, or no letters): english not judged"), stdout());

        write("w/prose.txt", PROSE);
        write("w/foreign.txt", "Zorbl quux frobnicate.\n");
        assertEquals(1, run("check", "--no-progress", "--format", "jsonl", dir.resolve("w").toString()));
        for (String l : stdout().lines().toList()) {
            JsonNode d = JSON.readTree(l);
            String name = d.get("document").asText();
            JsonNode english = d.get("signals").get("english");
            if (name.endsWith("foreign.txt")) {
                assertEquals(0, english.asDouble(), l);
                assertEquals("english", d.get("failures").get(0).asText(), l);
            } else if (name.endsWith("prose.txt")) {
                assertTrue(english.asDouble() > 0.9, l);
            } else {
                assertTrue(english.isNull(), l);
                assertEquals("pass", d.get("status").asText(), l);
            }
        }
        // the mean is of the documents with words
        assertEquals(1, run("check", "--no-progress", dir.resolve("w").toString()));
        long words = Lexicon.english().englishWords(PROSE.toCharArray());
        double prose = (double) (int) words / (words >>> 32);
        assertTrue(stdout().matches("(?s).*\\nenglish +--min-english=0.600 +1 +" + String.format(java.util.Locale.ROOT, "%.3f", prose / 2) + " .*"), stdout());
    }

    @Test
    void cleanCorpusPassesWithExitZeroAndWritesNothing() throws Exception {
        write("ok/a.txt", PROSE);
        write("ok/b.txt", PROSE.replace("Tuesday", "Monday"));
        assertEquals(0, run("check", "--no-progress", dir.resolve("ok").toString()), stdout());
        assertTrue(stdout().contains("2 documents: 2 passed, 0 failed"), stdout());
        try (Stream<Path> s = Files.list(dir.resolve("ok"))) {
            assertEquals(2, s.count(), "check writes nothing beside inputs");
        }
    }

    @Test
    void failingDocumentsAreNamedWithTheirThresholdsAndExitOne() throws Exception {
        Path c = corpus();
        assertEquals(1, run("check", "--no-progress", "--examples", "2", c.toString()));
        String o = stdout();
        assertTrue(o.contains("FAIL  " + c.resolve("furniture.txt") + "  boilerplate"), o);
        assertTrue(o.contains("FAIL  " + c.resolve("mojibake.txt") + "  encoding 1 > 0"), o);
        assertFalse(o.contains("FAIL  " + c.resolve("clean.txt")), o);
        assertTrue(o.contains("3 documents: 1 passed, 2 failed"), o);
        assertTrue(o.contains("e.g. " + c.resolve("furniture.txt")), "examples per threshold: " + o);
        // thresholds are options: loosened, everything passes
        assertEquals(0, run("check", "--no-progress", "--max-boilerplate", "1", "--max-encoding", "5", "--max-changed", "1", c.toString()), stdout());
    }

    @Test
    void theTableListsAtMostRowsFailingDocuments() throws Exception {
        Path c = corpus();
        assertEquals(1, run("check", "--no-progress", "--rows", "1", c.toString()));
        assertEquals(1, stdout().lines().filter(l -> l.startsWith("FAIL")).count(), stdout());
        assertTrue(stdout().contains("… and 1 more failing documents"), stdout());
        assertEquals(1, run("check", "--no-progress", "--rows", "0", c.toString()));
        assertEquals(2, stdout().lines().filter(l -> l.startsWith("FAIL")).count(), stdout());
    }

    @Test
    void thresholdsComeFromTheConfigFileToo() throws Exception {
        Path c = corpus();
        Path conf = write("conf.properties", "max-boilerplate=1\nmax-encoding=5\nmax-changed=1\n");
        assertEquals(0, run("check", "--no-progress", "--config", conf.toString(), c.toString()), stdout());
    }

    @Test
    void jsonAndJsonlCarryEveryDocumentAndTheSummary() throws Exception {
        Path c = corpus();
        assertEquals(1, run("check", "--no-progress", "--format", "json", "--examples", "1", c.toString()));
        JsonNode root = JSON.readTree(stdout());
        assertEquals(3, root.get("documents").size());
        assertEquals(2, root.get("summary").get("failed").asInt());
        assertEquals(1, root.get("summary").get("failing").get("boilerplate").get("count").asInt());
        assertEquals(10, root.get("summary").get("histograms").get("spin").size());
        JsonNode furniture = null;
        for (JsonNode d : root.get("documents")) {
            if (d.get("document").asText().endsWith("furniture.txt")) {
                furniture = d;
            }
        }
        assertTrue(furniture.get("signals").get("boilerplate").asDouble() > 0.3);
        assertEquals("fail", furniture.get("status").asText());

        assertEquals(1, run("check", "--no-progress", "--format", "jsonl", c.toString()));
        List<String> lines = stdout().lines().toList();
        assertEquals(3, lines.size());
        for (String l : lines) {
            assertTrue(JSON.readTree(l).has("signals"), l);
        }
    }

    @Test
    void jsonlCorporaAreCheckedPerRecord() throws Exception {
        String rec1 = JSON.writeValueAsString(java.util.Map.of("id", 1, "text", PROSE));
        String rec2 = JSON.writeValueAsString(java.util.Map.of("id", 2, "text", PROSE.replace("council", "councilâ€™s")));
        Path f = write("corpus.jsonl", rec1 + "\n" + rec2 + "\n");
        assertEquals(1, run("check", "--no-progress", "--format", "github", f.toString()));
        String o = stdout();
        assertTrue(o.contains("::error file=" + f + ",line=2,title=unmangle check::encoding 1 > 0"), o);
        assertFalse(o.contains("line=1,"), o);
        assertTrue(o.contains("::notice title=unmangle check::2 documents, 1 failed\n"), o);
    }

    /** A missing input is listed in check's outputs as unreadable (it was on stderr alone: CI had no annotation or test case for it). */
    @Test
    void aMissingInputIsListedNotOnlySaid() throws Exception {
        Path a = write("mi/a.txt", PROSE);
        Path missing = dir.resolve("mi/nosuch.txt");
        assertEquals(1, run("check", "--no-progress", "--format", "json", a.toString(), missing.toString()));
        JsonNode root = JSON.readTree(stdout());
        JsonNode found = null;
        for (JsonNode d : root.get("documents")) {
            if (d.get("document").asText().endsWith("nosuch.txt")) {
                found = d;
            }
        }
        assertTrue(found != null && found.get("error").asText().contains("no such file"), root.toString());
        assertEquals(2, root.get("documents").size());
    }

    /** A JSONL file's invalid lines fail it, and its entry says so (not the file's status, "changed"). */
    @Test
    void invalidJsonLinesAreSaidAsTheCause() throws Exception {
        String rec = JSON.writeValueAsString(java.util.Map.of("id", 1, "text", PROSE));
        Path f = write("mixed.jsonl", rec + "\n{not json\n" + rec + "\n");
        assertEquals(1, run("check", "--no-progress", "--format", "jsonl", f.toString()));
        List<String> errors = new java.util.ArrayList<>();
        for (String l : stdout().lines().toList()) {
            JsonNode d = JSON.readTree(l);
            if (d.has("error")) {
                errors.add(d.get("error").asText());
            }
        }
        assertEquals(List.of("1 JSONL line(s) not checked (invalid JSON, longer than --part-size, or a record whose cleaning failed)"), errors, stdout());
    }

    /** GitHub annotations stop at --rows; the notice says how many more failed. */
    @Test
    void githubAnnotationsStopAtRows() throws Exception {
        StringBuilder corpus = new StringBuilder();
        for (int k = 0; k < 5; k++) {
            corpus.append(JSON.writeValueAsString(java.util.Map.of("text", PROSE.replace("council", "councilâ€™s")))).append('\n');
        }
        Path f = write("bad.jsonl", corpus.toString());
        assertEquals(1, run("check", "--no-progress", "--format", "github", "--rows", "2", f.toString()));
        String o = stdout();
        assertEquals(2, o.lines().filter(l -> l.startsWith("::error")).count(), o);
        assertTrue(o.contains("line=1,") && o.contains("line=2,") && !o.contains("line=3,"), o);
        assertTrue(o.contains("::notice title=unmangle check::5 documents, 5 failed (3 not annotated: --rows 0 annotates all)"), o);
        assertEquals(1, run("check", "--no-progress", "--format", "github", "--rows", "0", f.toString()));
        assertEquals(5, stdout().lines().filter(l -> l.startsWith("::error")).count());
    }

    @Test
    void junitXmlHasOneTestCasePerDocument() throws Exception {
        Path c = corpus();
        Path xml = dir.resolve("out/junit.xml");
        assertEquals(1, run("check", "--no-progress", "-q", "--junit", xml.toString(), c.toString()));
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        NodeList cases = d.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        assertEquals(2, d.getElementsByTagName("failure").getLength());
    }

    @Test
    void baselineFailsOnlyNewOrWorseDocuments() throws Exception {
        Path c = corpus();
        Path base = dir.resolve("baseline.json");
        assertEquals(1, run("check", "--no-progress", "--save-baseline", base.toString(), c.toString()));
        assertTrue(Files.exists(base));
        // nothing changed since the accepted run: passes
        assertEquals(0, run("check", "--no-progress", "--baseline", base.toString(), c.toString()), stdout());
        // a new failing document fails; a worse one fails
        write("c/new.txt", PROSE.replace("council", "councilâ€™s"));
        assertEquals(1, run("check", "--no-progress", "--baseline", base.toString(), c.toString()));
        assertTrue(stdout().contains("FAIL  " + c.resolve("new.txt")), stdout());
        assertFalse(stdout().contains("FAIL  " + c.resolve("mojibake.txt")), stdout());
        Files.delete(c.resolve("new.txt"));
        write("c/mojibake.txt", PROSE.replace("council", "councilâ€™s").replace("mayor", "mayorâ€™s"));
        assertEquals(1, run("check", "--no-progress", "--baseline", base.toString(), c.toString()));
        assertTrue(stdout().contains("FAIL  " + c.resolve("mojibake.txt") + "  encoding 2 > 0"), stdout());
    }

    /** A baseline matches a document however its folder was written: "c/", "./c" and "c//x" name the same files. */
    @Test
    void baselineMatchesPathsAsNormalised() {
        assertEquals("c/a.txt", Check.baselineKey("./c/a.txt"));
        assertEquals("c/a.txt", Check.baselineKey("c//a.txt"));
        assertEquals("c/a.jsonl:12", Check.baselineKey("./c/a.jsonl:12"));
        assertEquals("c/x/a.txt", Check.baselineKey("c/y/../x/a.txt"));
        assertEquals("-", Check.baselineKey("-"));
    }

    @Test
    void spinIsScoredByCheckEvenThoughCleanLeavesItOff() throws Exception {
        write("s/spun.txt", "Our quality of life would be much worse today if nosotros outlawed new technology.\n"
                + "Yous can read the complete letter here, as it is used for U.S constabulary enforcement.\n");
        assertEquals(1, run("check", "--no-progress", "--format", "json", "--max-spin", "0.01", dir.resolve("s").toString()));
        JsonNode doc = JSON.readTree(stdout()).get("documents").get(0);
        assertTrue(doc.get("signals").get("spin").asDouble() > 0.01, doc.toString());
        assertEquals("spin", doc.get("failures").get(0).asText());
        assertEquals(0, run("check", "--no-progress", "--skip", "spin", "--max-spin", "0.01", dir.resolve("s").toString()), stdout());
    }

    @Test
    void stdinIsCheckedAndBadUsageIsTwo() throws Exception {
        System.setIn(new ByteArrayInputStream(PROSE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, Main.execute("check", "--no-progress", "-"));
        assertEquals(2, run("check", "--format", "xml", dir.toString()));
        assertEquals(2, run("check", "--max-spin", "lots", dir.toString()));
        write("bad.json", "{}");
        assertEquals(2, run("check", "--baseline", dir.resolve("bad.json").toString(), dir.toString()));
    }

    @Test
    void unreadableInputsFailTheCheckAndTheRestIsReported() throws Exception {
        write("m/a.txt", PROSE);
        Files.write(dir.resolve("m/bin.txt"), new byte[] {1, 0, 2, 0, 3});
        assertEquals(1, run("check", "--no-progress", dir.resolve("m").toString()));
        assertTrue(stdout().contains("FAIL  " + dir.resolve("m/bin.txt") + "  unreadable"), stdout());
        assertTrue(stdout().contains("2 documents: 1 passed, 1 failed"), stdout());
    }
}
