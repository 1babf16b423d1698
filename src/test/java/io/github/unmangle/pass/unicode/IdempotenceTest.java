package io.github.unmangle.pass.unicode;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cleaning twice equals cleaning once; and the seeds get only their real fixes. */
class IdempotenceTest {

    static List<String> inputs() throws IOException {
        List<String> out = new ArrayList<>();
        for (String c : Golden.cases()) {
            out.add(Golden.DIR.resolve(c + ".in.txt").toString());
        }
        for (Path p : Golden.seeds()) {
            out.add(p.toString());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void cleaningTwiceEqualsCleaningOnce(String path) {
        String in = Golden.read(Path.of(path));
        for (Map<String, String> opts : List.of(Map.<String, String>of(), Map.of("fold-punctuation", "true"),
                Map.of("keep-crlf", "true"))) {
            String once = Golden.clean(in, opts).text();
            Cleaned twice = Golden.clean(once, opts);
            assertEquals(once, twice.text(), path + " " + opts + ": second run changed "
                    + twice.passes().get(0).edits());
        }
    }

    /**
     * A line broken inside a sentence whose next line opens with mojibake (UTF-8's closing quotation mark read as
     * windows-1252, "called.â" and two C1 controls, as wcxb_dev_4267, a review page, has it): the break is judged on
     * the text as the repairs leave it, so the first cleaning joins it, not the second.
     */
    @Test
    void aBreakBesideMojibakeIsJoinedInTheFirstCleaning() {
        String first = "   I\u00E2\u0080\u0099m grateful it was her that called as I stated to her, \u00E2\u0080\u009CI\u00E2\u0080\u0099m not"
                + " sure how it would have went if it were another agent that";
        String next = "   called.\u00E2\u0080\u009D (I can be nervous when speaking but she made me feel heard and understood.)";
        String once = Golden.clean(first + "\n" + next + "\n").text();
        assertEquals("   I\u2019m grateful it was her that called as I stated to her, \u201CI\u2019m not sure how it would have went if it"
                + " were another agent that called.\u201D (I can be nervous when speaking but she made me feel heard and understood.)\n", once);
        assertEquals(once, Golden.clean(once).text());
    }

    /**
     * A repair that writes a line's end (UTF-8's U+2028 read as windows-1252 becomes a line feed) gives the repaired text
     * a line more than the raw one: the joins judged on it are set on the raw text's own breaks (the break the repair
     * wrote, inside a sentence here, is judged by the next cleaning: it is no break of the raw text's).
     */
    @Test
    void aRepairThatWritesALineEndLeavesTheOtherBreaksWhereTheyAre() {
        String in = "Focus on your business,\u00E2\u0080\u00A8not your stress: we answer the phone for you when a customer calls"
                + " in the middle of the night.\n\nOur plans\n";
        assertEquals("Focus on your business,\nnot your stress: we answer the phone for you when a customer calls in the middle of"
                + " the night.\n\nOur plans\n", Golden.clean(in).text());
        String wrapped = "Focus on your business,\u00E2\u0080\u00A8not your stress: we answer the phone for you when a customer calls"
                + " in the middle of the night, and we will keep on answering it when the\nlines are busy and your team is away.\n";
        assertEquals("Focus on your business,\nnot your stress: we answer the phone for you when a customer calls in the middle of"
                + " the night, and we will keep on answering it when the lines are busy and your team is away.\n", Golden.clean(wrapped).text());
    }

    /**
     * One sentence wrapped by hand over fourteen lines (a quotation's long period, as the fortune files have them; no
     * width fills its lines): the joins inside it reach up from its end in one cleaning, not eight lines a cleaning.
     */
    @Test
    void aSentenceWrappedOverManyLinesIsJoinedWholeAtOnce() {
        String[] lines = {
            "Stated briefly, the findings are that when they are shown an array of",
            "figures or a sequence of events in which they are told to discover",
            "an underlying order, subjects show strong tendencies to perceive order",
            "and causality in random arrays, to perceive a pattern or a link",
            "which seems intuitively correct even when the actual relation",
            "in the figures is counterintuitive, to jump to conclusions about the right",
            "hypothesis, to seek and to use only positive or confirmatory evidence, to",
            "read the evidence liberally as confirmatory, to fail to generate or to",
            "assess other hypotheses, and having thus managed to expose themselves",
            "only to information that confirms their first belief, to become more",
            "and more certain of it, whatever the figures say, and to go on and",
            "defend that belief against all comers in the coffee room and in the",
            "journals, which in turn persuades their colleagues, who repeat it in",
            "their own papers until it becomes the settled view of the whole field.",
        };
        String in = "Some text to start with.\n\n" + String.join("\n", lines) + "\n\nAnd a last line.\n";
        String once = Golden.clean(in, Map.of()).text();
        assertEquals("Some text to start with.\n\n" + String.join(" ", lines) + "\n\nAnd a last line.\n", once);
        assertEquals(once, Golden.clean(once, Map.of()).text());
    }

    private static List<Edit> seedEdits(String prefix) throws IOException {
        for (Path p : Golden.seeds()) {
            if (p.getFileName().toString().startsWith(prefix)) {
                return Golden.clean(Golden.read(p)).passes().get(0).edits();
            }
        }
        Assumptions.abort("seed " + prefix + " not available");
        return List.of();
    }

    @Test
    void seedsWithoutDamageGetNoEdits() throws IOException {
        assertEquals(List.of(), seedEdits("000"));
        assertEquals(List.of(), seedEdits("001"));
        assertEquals(List.of(), seedEdits("002"));
    }

    @Test
    void seed003BrokenLineAndRunInBullet() throws IOException {
        List<Edit> edits = seedEdits("003");
        assertEquals(List.of("line-join", "run-in-bullet"), edits.stream().map(Edit::rule).toList());
        assertEquals("\n", edits.get(0).before());
        assertEquals(" ", edits.get(0).after());
        assertEquals(" ", edits.get(1).before());
        assertEquals("\n", edits.get(1).after());
    }

    @Test
    void seed004NoBreakSpacesAndCasingSlip() throws IOException {
        List<Edit> edits = seedEdits("004");
        assertTrue(edits.size() > 30, "many NBSPs");
        for (Edit e : edits) {
            if (e.rule().equals("casing-slip")) {
                assertEquals("impactIng", e.before());
                assertEquals("impacting", e.after());
            } else {
                assertEquals("odd-space", e.rule());
                assertEquals("\u00A0", e.before());
            }
        }
        assertEquals(1, edits.stream().filter(e -> e.rule().equals("casing-slip")).count());
    }
}
