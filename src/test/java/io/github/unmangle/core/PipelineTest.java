package io.github.unmangle.core;

import io.github.unmangle.testing.ShoutPassFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    private static Pipeline of(String name, Pass pass) {
        return new Pipeline(List.of(new Pipeline.Step(name, pass)));
    }

    /** One replacement a test pass makes: text [start, end) becomes {@code after}, by {@code rule}. */
    private record Replace(int start, int end, String after, String rule) {
    }

    /**
     * The pass's edits as the pipeline reports them, after a pass that makes {@code replaces} (in that order) cleans
     * {@code text} to {@code expected}; {@code made} (one slot) gets the pass's own result.
     */
    private static List<Edit> reported(String text, String expected, PassResult[] made, Replace... replaces) {
        Pipeline p = of("t", in -> {
            PassResult.Builder b = PassResult.builder("t", in.text());
            for (Replace r : replaces) {
                b.replace(r.start(), r.end(), r.after(), r.rule(), "why");
            }
            return made[0] = b.build();
        });
        Cleaned c = p.clean("doc", text);
        assertEquals(expected, c.text());
        return c.passes().get(0).edits();
    }

    @Test
    void appliesEditsAndLocatesThem() {
        List<Edit> edits = reported("abc\ndefghi\n", "Xbc\ndei\n", new PassResult[1], new Replace(0, 1, "X", "r1"), new Replace(6, 9, "", "r2"));
        assertEquals(2, edits.size());
        assertEquals(1, edits.get(0).line());
        assertEquals(1, edits.get(0).column());
        assertEquals(2, edits.get(1).line());
        assertEquals(3, edits.get(1).column());
        assertEquals("fgh", edits.get(1).before());
    }

    /**
     * The report keeps the pass's own edits, located as they were made, not a located copy of each: the copies and the
     * pass's edits were held at once, twice the memory of the edits (3,000,000 for a text of short lines dropped).
     */
    @Test
    void theReportHoldsThePassesOwnEditsLocated() {
        PassResult[] made = new PassResult[1];
        List<Edit> edits = reported("abc\ndef\n\nghi", "ac\nXef\n\nYhi", made,
                new Replace(9, 10, "Y", "r2"), new Replace(4, 5, "X", "r1"), new Replace(1, 2, "", "r0"));
        assertEquals(List.of("r0", "r1", "r2"), edits.stream().map(Edit::rule).toList());
        assertEquals(List.of(1, 2, 4), edits.stream().map(Edit::line).toList());
        assertEquals(List.of(2, 1, 1), edits.stream().map(Edit::column).toList());
        for (Edit e : edits) {
            assertTrue(made[0].edits().stream().anyMatch(m -> m == e), "a copy of the pass's edit: " + e);
        }
    }

    @Test
    void overlappingEditIsDroppedAndFlagged() {
        Pipeline p = of("t", in -> PassResult.builder("t", in.text())
                .replace(0, 4, "AAAA", "first", "")
                .replace(2, 6, "BBBB", "second", "")
                .build());
        Cleaned c = p.clean("doc", "abcdefgh");
        assertEquals("AAAAefgh", c.text());
        assertEquals(1, c.passes().get(0).edits().size());
        assertEquals("pipeline/overlap", c.passes().get(0).flags().get(0).rule());
    }

    @Test
    void aPassThatListsItsRulesMustNameEveryEditAndFlagByOne() {
        // (the check is a Java assertion: the tests run with assertions on, as surefire sets them)
        Pass pass = in -> PassResult.builder("t", in.text()).replace(0, 1, "X", "listed", "").flag(2, 3, "unlisted", "").build();
        Pipeline listed = new Pipeline(List.of(new Pipeline.Step("t", pass, java.util.Set.of(), java.util.Set.of("listed", "unlisted"))));
        assertEquals("Xbc", listed.clean("doc", "abc").text());
        Pipeline missing = new Pipeline(List.of(new Pipeline.Step("t", pass, java.util.Set.of(), java.util.Set.of("listed"))));
        AssertionError e = assertThrows(AssertionError.class, () -> missing.clean("doc", "abc"));
        assertTrue(e.getMessage().contains("flag of rule 'unlisted'"), e.getMessage());
        // a pass that lists none is not checked (a third-party pass need not list them)
        assertEquals("Xbc", of("t", pass).clean("doc", "abc").text());
    }

    @Test
    void everyBuiltInPassListsItsRulesOnceEach() {
        PassRegistry registry = PassRegistry.load();
        for (String name : List.of("unicode", "boilerplate", "mt", "spin")) {
            List<String> names = registry.get(name).rules().stream().map(PassRule::name).toList();
            assertTrue(names.size() >= 10, name + ": " + names);
            assertEquals(names.size(), new java.util.HashSet<>(names).size(), name + " lists a rule twice: " + names);
        }
        assertThrows(IllegalArgumentException.class, () -> PassRule.edit("Space Before", "not a rule's name"));
    }

    @Test
    void aSkippedRuleIsFlaggedNotAppliedAndCounted() {
        Pass pass = in -> PassResult.builder("t", in.text())
                .replace(0, 1, "X", "keep", "kept")
                .replace(2, 4, "YY", "off", "because")
                .replace(3, 5, "ZZ", "keep", "overlaps only the skipped edit")
                .build();
        Pipeline p = new Pipeline(List.of(new Pipeline.Step("t", pass, java.util.Set.of("off"))));
        Cleaned c = p.clean("doc", "abcdefgh");
        // the skipped edit is not in the way of the one it overlaps
        assertEquals("XbcZZfgh", c.text());
        assertEquals(List.of("keep", "keep"), c.passes().get(0).edits().stream().map(Edit::rule).toList());
        Flag f = c.passes().get(0).flags().get(0);
        assertEquals("off", f.rule());
        assertEquals("cd", f.text());
        assertEquals(3, f.column());
        assertTrue(f.reason().contains("--skip-rule t/off") && f.reason().contains("\"YY\"") && f.reason().contains("because"), f.reason());
        p.clean("doc2", "12345");
        assertEquals(Map.of("t/off", 2L), p.skipped());
    }

    @Test
    void skipRulesReachOnlyTheirOwnPass() {
        Pipeline p = Pipeline.build(io.github.unmangle.core.PassRegistry.load(), List.of("unicode", "mt"), Map.of(), Map.of(),
                java.util.Set.of("mt/space-before-punct"));
        Cleaned c = p.clean("doc", "Hello , world\u200b .\n");
        assertEquals("Hello , world .\n", c.text()); // the zero-width space goes (unicode), the spaces stay
        assertEquals(Map.of("mt/space-before-punct", 2L), p.skipped());
    }

    @Test
    void noOpReplacementIsNotAnEdit() {
        PassResult r = PassResult.builder("t", "abc").replace(0, 1, "a", "same", "").build();
        assertTrue(r.edits().isEmpty());
    }

    @Test
    void spanOutsideTextIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> PassResult.builder("t", "abc").replace(2, 5, "x", "r", ""));
    }

    @Test
    void replayingTheEditLogReproducesTheOutput() {
        Pipeline p = new Pipeline(List.of(
                new Pipeline.Step("a", in -> PassResult.builder("a", in.text()).replace(0, 3, "four", "x", "").build()),
                new Pipeline.Step("b", in -> PassResult.builder("b", in.text()).insert(in.text().length(), "!", "y", "").build())));
        String original = "one two";
        Cleaned c = p.clean("doc", original);
        String replay = original;
        for (PassReport r : c.passes()) {
            replay = Pipeline.applyEdits(replay, r.edits());
        }
        assertEquals("four two!", c.text());
        assertEquals(c.text(), replay);
    }

    @Test
    void passFoundByNameThroughServiceLoader() {
        PassRegistry reg = PassRegistry.load();
        assertTrue(reg.has("test-shout"));
        assertTrue(!reg.defaultChain().contains("test-shout"), "off-by-default pass must not be in the default chain");
        Pipeline p = Pipeline.build(reg, List.of("test-shout"), Map.of("test-shout", Map.of("word", "bar")), Map.of());
        Cleaned c = p.clean("doc", "a bar and a foo");
        assertEquals("a BAR and a foo", c.text());
        assertEquals("shout", c.passes().get(0).edits().get(0).rule());
    }

    @Test
    void unknownPassAndUnknownOptionAreErrors() {
        PassRegistry reg = PassRegistry.of(new ShoutPassFactory());
        assertThrows(IllegalArgumentException.class, () -> Pipeline.build(reg, List.of("nope")));
        assertThrows(IllegalArgumentException.class, () -> Pipeline.build(reg, List.of("test-shout"),
                Map.of("test-shout", Map.of("colour", "red")), Map.of()));
    }
}
