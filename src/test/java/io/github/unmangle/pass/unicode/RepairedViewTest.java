package io.github.unmangle.pass.unicode;

import io.github.unmangle.core.Edit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The repaired text the line joiner reads, and its offsets mapped back to the raw text's. */
class RepairedViewTest {

    private static Edit edit(String rule, String t, int start, int end, String after) {
        return new Edit("unicode", rule, start, end, t.substring(start, end), after, "test", 1, start + 1);
    }

    @Test
    void aRepairsNewTextMapsToTheRawSpanItTook() {
        String t = "ab\u00E2\u0080\u0099cd\nef";
        RepairedView v = RepairedView.of(t, List.of(edit(Mojibake.RULE, t, 2, 5, "\u2019")));
        assertEquals("ab\u2019cd\nef", v.text);
        assertEquals(2, v.lines.count);
        assertEquals(0, v.rawAt(0));
        assertEquals(2, v.rawAt(2)); // (in the repair: where its raw span begins)
        assertEquals(5, v.rawAt(3));
        assertEquals(7, v.rawAt(5)); // the line feed
        assertEquals(5, v.lines.rawColumns(0, 3)); // "ab" and the three characters the repair took: the raw columns
        assertEquals(0, v.rawSpan(0, 2));
        assertEquals(-1, v.rawSpan(1, 3));
        assertEquals(5, v.rawSpan(3, 5));
    }

    @Test
    void aSpanOverADeletionIsNoRawSpan() {
        String t = "ab\u00C2cd";
        RepairedView v = RepairedView.of(t, List.of(edit(UnicodePass.C1_RULE, t, 2, 3, "")));
        assertEquals("abcd", v.text);
        assertEquals(-1, v.rawSpan(1, 3)); // "bc": the raw text between them was taken out
        assertEquals(3, v.rawSpan(2, 4)); // "cd": raw text as it was, after the deletion
        assertEquals(0, v.rawSpan(0, 2));
    }

    @Test
    void onlyEncodingRepairsMakeAViewAndNoneMayTakeALineEnd() {
        String t = "a\u00A0b\nc";
        assertNull(RepairedView.of(t, List.of(edit(CharRules.SPACE, t, 1, 2, " "))));
        String u = "a\u00E2\n\u0080c";
        assertNull(RepairedView.of(u, List.of(edit(Mojibake.RULE, u, 1, 4, "x"))));
    }

    @Test
    void aRepairThatWritesALineEndLeavesTheRawBreaksTheirVerdicts() {
        String t = "one\u00E2\u0080\u00A8two\nthree\nfour";
        RepairedView v = RepairedView.of(t, List.of(edit(Mojibake.RULE, t, 3, 6, "\n")));
        assertEquals(4, v.lines.count);
        Lines raw = new Lines();
        raw.add(0, 9, 10, 0);
        raw.add(10, 15, 16, 0);
        raw.add(16, 20, 20, 0);
        // the view's breaks: the one the repair wrote (dropped), then the raw text's two
        assertArrayEquals(new byte[] {2, 3, 0}, v.onRawLines(new byte[] {1, 2, 3, 0}, raw));
    }
}
