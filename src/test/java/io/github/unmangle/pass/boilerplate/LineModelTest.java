package io.github.unmangle.pass.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The line model: the trees read as LightGBM reads them, and what it drops on a page and leaves on clean text. */
class LineModelTest {
    private static final BoilerplatePassFactory FACTORY = new BoilerplatePassFactory();

    private static String clean(String text, String lineModel) {
        return io.github.unmangle.core.Pipeline.build(io.github.unmangle.core.PassRegistry.load(), List.of("boilerplate"),
                Map.of("boilerplate", Map.of(BoilerplatePass.LINE_MODEL, lineModel)), Map.of()).clean("t", text).text();
    }

    private static PassResult pass(String text, String lineModel) {
        PassOptions o = new PassOptions("boilerplate", FACTORY.options(), Map.of(BoilerplatePass.LINE_MODEL, lineModel));
        return FACTORY.create(o).apply(PassInput.of("t", text));
    }

    /**
     * testdata/boilerplate/line-model-check.tsv holds 60 kept lines' features and the chance LightGBM gave each with
     * the built-in model (train.py wrote both): the Java trees give the same, one line at a time and all at once.
     */
    @Test
    void theBuiltInModelGivesLightGbmsOwnChances() throws IOException {
        io.github.unmangle.lang.ModelCheckRows rows = io.github.unmangle.lang.ModelCheckRows.read(Path.of("testdata/boilerplate/line-model-check.tsv"),
                KeptLines.NAMES.length);
        List<Double> expected = rows.chances();
        assertEquals(60, expected.size());
        LineModel m = LineModel.builtin();
        double[] all = m.keep(rows.all());
        boolean bothSides = false;
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), m.keep(new float[][] {rows.features().get(i)})[0], 1e-9, "row " + i);
            assertEquals(expected.get(i), all[i], 1e-9, "row " + i + " (all at once)");
            bothSides |= expected.get(i) < m.dropBelow;
        }
        assertTrue(bothSides, "some rows under the threshold");
        assertTrue(expected.stream().anyMatch(p -> p >= m.dropBelow), "some rows over it");
    }

    @Test
    void aModelOfOtherFeaturesOrWithoutThresholdIsRefused() {
        IOException e = assertThrows(IOException.class,
                () -> LineModel.read(new BufferedReader(new StringReader("features words chars\n")), "m.txt"));
        assertTrue(e.getMessage().contains("m.txt:1") && e.getMessage().contains("features"), e.getMessage());
        String names = "features " + String.join(" ", KeptLines.NAMES) + "\n";
        e = assertThrows(IOException.class,
                () -> LineModel.read(new BufferedReader(new StringReader(names + "tree 0\nleaves 0.5\n")), "m.txt"));
        assertTrue(e.getMessage().contains("drop-below"), e.getMessage());
        e = assertThrows(IOException.class,
                () -> LineModel.read(new BufferedReader(new StringReader(names + "drop-below 0.5\ntree 1\n0 1.5 -1 -2\nleaves 0.1\n")), "m.txt"));
        assertTrue(e.getMessage().contains("leaves"), e.getMessage());
    }

    /** A one-split model read from its text: x ≤ threshold goes left, and the chance is the logistic of the leaves. */
    @Test
    void aSmallModelIsReadAndWeighsAsWritten() throws IOException {
        String text = "features " + String.join(" ", KeptLines.NAMES) + "\ndrop-below 0.4\n"
                + "tree 1\n0 3.5 -1 -2\nleaves -2.0 1.0\ntree 0\nleaves 0.5\n";
        LineModel m = LineModel.read(new BufferedReader(new StringReader(text)), "m.txt");
        float[] x = new float[KeptLines.NAMES.length];
        x[0] = 3.5f; // "words" at the threshold: left
        assertEquals(1 / (1 + Math.exp(1.5)), m.keep(new float[][] {x})[0], 1e-12);
        x[0] = 4;
        assertEquals(1 / (1 + Math.exp(-1.5)), m.keep(new float[][] {x})[0], 1e-12);
        assertEquals(0.4, m.dropBelow);
    }

    /**
     * On a saved page (testdata/boilerplate/pages/wcxb_dev_0192.txt: its README says where it comes from) the rules keep
     * a menu of topics in an indented list; the model drops it, and keeps the article. Off, the menu stays.
     */
    @Test
    void theModelDropsAMenuTheRulesKeptAndNeitherSentencesNorTheArticle() throws IOException {
        String page = Files.readString(Path.of("testdata/boilerplate/pages/wcxb_dev_0192.txt"));
        PassResult on = pass(page, "builtin");
        PassResult off = pass(page, "off");
        String kept = clean(page, "builtin");
        String keptWithout = clean(page, "off");
        List<String> menu = List.of("o DSM", "o Sunshine Act", "o Telepsychiatry");
        for (String item : menu) {
            assertTrue(keptWithout.contains(item + "\n"), item);
            assertFalse(kept.contains(item + "\n"), item);
        }
        String article = "Scientific advancements and technology are giving psychiatrists increasing abilities to deliver treatments";
        assertTrue(kept.contains(article));
        var modelEdits = on.edits().stream().filter(e -> e.rule().equals(BoilerplatePass.LINE_MODEL)).toList();
        assertTrue(modelEdits.size() >= menu.size(), modelEdits.toString());
        assertTrue(off.edits().stream().noneMatch(e -> e.rule().equals(BoilerplatePass.LINE_MODEL)));
        for (var e : modelEdits) {
            String line = e.before().strip();
            assertFalse(line.matches(".*[.!?:;…][\"'”’)]*"), "a sentence: " + line);
            assertTrue(e.reason().contains("chance of belonging to the article"), e.reason());
        }
    }

    /**
     * A news page saved by lynx with its defaults, wrapped at 80 columns (testdata/boilerplate/lynx/cnbc1-default.txt:
     * its README says where it comes from): the model, which learned from pages saved with a paragraph on a line, read
     * the first line of the article ("Some traders found Wednesday's [72]Fed statement to be a bit gloomier", with
     * "than expected." below) as a short line of furniture. A line of a wrapped paragraph is not the model's to drop.
     */
    @Test
    void aLineOfAWrappedParagraphIsNotTheModels() throws IOException {
        String page = Files.readString(Path.of("testdata/boilerplate/lynx/cnbc1-default.txt"));
        String kept = io.github.unmangle.core.Pipeline.build(io.github.unmangle.core.PassRegistry.load(), List.of("unicode", "boilerplate"))
                .clean("t", page).text();
        assertTrue(kept.contains("Some traders found Wednesday's Fed statement to be a bit gloomier"), kept);
        assertTrue(kept.contains("One reason may be the addition of concern about Europe"), kept);
    }

    /**
     * A manual page as man sets it (testdata/boilerplate/man/bzmore.txt: its README says where it comes from) has a few
     * lines the rules drop ("SEE ALSO", its running heads), enough for a tenth of its words, but it does not read as a saved
     * web page by its wording: the model, which learned from saved web pages, leaves it (it dropped its synopsis line,
     * "bzless [ name ... ]").
     */
    @Test
    void theModelLeavesATextThatReadsAsNoSavedWebPage() throws IOException {
        var cleaned = io.github.unmangle.core.Pipeline.build(io.github.unmangle.core.PassRegistry.load(), List.of("unicode", "boilerplate"))
                .clean("t", Files.readString(Path.of("testdata/boilerplate/man/bzmore.txt")));
        List<io.github.unmangle.core.Edit> edits = cleaned.passes().stream().flatMap(p -> p.edits().stream()).toList();
        assertTrue(edits.stream().noneMatch(e -> e.rule().equals(BoilerplatePass.LINE_MODEL)), edits.toString());
        // (a manual page is no web page at all since 2026-12-05: the boilerplate pass leaves it as it is, ManualPage; before,
        // its rules dropped "SEE ALSO" and its running heads)
        assertTrue(edits.stream().noneMatch(e -> e.pass().equals("boilerplate")), edits.toString());
        assertTrue(cleaned.passes().stream().anyMatch(p -> p.flags().stream().anyMatch(f -> f.rule().equals(BoilerplatePass.MANUAL_PAGE))));
    }

    /** Clean text (testdata/boilerplate/clean: article texts alone) is no page with furniture: the model leaves it. */
    @Test
    void theModelLeavesCleanText() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("testdata/boilerplate/clean"))) {
            for (Path p : files.toList()) {
                PassResult r = pass(Files.readString(p), "builtin");
                assertTrue(r.edits().stream().noneMatch(e -> e.rule().equals(BoilerplatePass.LINE_MODEL)), p + ": " + r.edits());
            }
        }
    }
}
