package io.github.unmangle.pass.pages;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.PassResult;
import io.github.unmangle.core.Pipeline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagesTest {
    private static final PagesPass PASS = new PagesPass(0.2);

    private static String cleaned(String text) {
        return Pipeline.build(PassRegistry.load(), List.of("pages")).clean("t", text).text();
    }

    /** Page {@code n} of a report: a header, its text, a footer with its number, and a form feed. */
    private static String page(int n, String text) {
        return "Annual Report 2020      City of Springfield\n\n" + text + "\n\nPage " + n + " of 3\n\f";
    }

    @Test
    void runningHeadersFootersAndPageNumbersGoAndACutParagraphGoesOn() {
        String t = page(1, "The council met on Tuesday.\nIt approved the budget for the new library and the")
                + page(2, "two schools that residents had asked for.\nThe work starts in spring.")
                + page(3, "Roads come next year.");
        String out = cleaned(t);
        assertEquals("The council met on Tuesday.\nIt approved the budget for the new library and the\n"
                + "two schools that residents had asked for.\nThe work starts in spring.\n\nRoads come next year.\n", out);
    }

    @Test
    void aLineThatPagesHoldInsideTooIsNoFurniture() {
        // "Cons" heads each product of a review; two of them fall at a page's edge by chance
        String t = "Pros\nLight and quiet.\nCons\nThe lid is loose.\nPros\nCheap.\nCons\f"
                + "Cons\nNo timer.\nPros\nFast.\nCons\nSmall.\nPros\nEasy to clean.\nCons\nLoud.\f";
        String out = cleaned(t);
        assertEquals(5, out.split("Cons", -1).length - 1, out); // every "Cons" stays
        assertFalse(out.contains("\f"), out);
    }

    @Test
    void aTextWithoutFormFeedsOrOfOnePageIsLeftToTheUnicodePass() {
        assertEquals(PassResult.empty().edits(), PASS.apply(PassInput.of("t", "Page 1\n\nSome text.\n")).edits());
        assertTrue(PASS.apply(PassInput.of("t", "Page 1\n\nSome text.\n\f")).edits().isEmpty());
    }

    @Test
    void formFeedsCloserThanADocumentsPagesAreLeftToTheUnicodePass() {
        // (a stream of tiny "pages": each would cost a page's bookkeeping; none is a PDF's)
        StringBuilder tiny = new StringBuilder();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < PagesPass.MAX_PAGES + 1; i++) {
            if (i < 1000) {
                tiny.append("Page ").append(i + 1).append('\n').append("x".repeat(i % 10 + 1)).append('\f');
            }
            many.append(page(i + 1, "x".repeat(i % 50 + PagesPass.MIN_PAGE_CHARS)));
        }
        assertTrue(PASS.apply(PassInput.of("t", tiny.toString())).edits().isEmpty());
        assertTrue(PASS.apply(PassInput.of("t", many.toString())).edits().isEmpty());
        // (fewer of the same pages are read)
        assertFalse(PASS.apply(PassInput.of("t", page(1, "The first page.") + page(2, "The second.") + page(3, "The third."))).edits().isEmpty());
    }

    @Test
    void aPageBreakWithNoFurnitureBetweenTwoParagraphsStaysAParagraphBreak() {
        // (a form feed alone on its line, as a source file's section break: only the control goes)
        String out = cleaned("First part ends here.\n\n\f\nSecond part starts here.\n\f\n");
        assertEquals("First part ends here.\n\n\nSecond part starts here.\n\n", out);
        out = cleaned("First part ends here.\n\n\fSecond part starts here.\n");
        assertEquals("First part ends here.\n\nSecond part starts here.\n", out);
        out = cleaned("the sentence goes\n\fon here.\n");
        assertEquals("the sentence goes\non here.\n", out);
    }

    @Test
    void goldenReadme() throws IOException {
        Path dir = Path.of("testdata/pages");
        String in = Files.readString(dir.resolve("readme.in.txt"), StandardCharsets.UTF_8);
        String out = Files.readString(dir.resolve("readme.out.txt"), StandardCharsets.UTF_8);
        Cleaned c = Pipeline.build(PassRegistry.load(), List.of("pages")).clean("readme", in);
        assertEquals(out, c.text());
        List<Edit> edits = c.passes().get(0).edits();
        assertEquals(List.of("page-break", "page-break", "page-furniture"), edits.stream().map(Edit::rule).toList());
        assertTrue(edits.get(0).reason().contains("\"Page 1\", \"unmangle README\", \"December 2026\""), edits.get(0).reason());
        // the default chain (the unicode pass after it) keeps none of the furniture, and no form feed
        String chained = Pipeline.build(PassRegistry.load(), List.of("pages", "unicode")).clean("readme", in).text();
        assertFalse(chained.contains("Page 2") || chained.contains("December 2026") || chained.contains("\f"), chained);
        String alone = Pipeline.build(PassRegistry.load(), List.of("unicode")).clean("readme", in).text();
        assertTrue(alone.contains("Page 2") && alone.contains("December 2026"), alone); // (which the unicode pass alone keeps)
    }
}
