package io.github.unmangle.pass.boilerplate;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch learning of a site's template lines: exact on small batches, bounded memory on large ones. */
class TemplateLearnerTest {
    private static final String TEMPLATE = "Subscribe to our weekly newsletter for more stories";
    private static final String RARE = "Advertisement placed by our regional sales partners";

    /** A document of {@code lines} lines no other document has (article text), plus {@code extra}. */
    private static String doc(int d, int lines, String... extra) {
        Random r = new Random(d);
        // (digits are one '0' to the line hash: the title differs in letters)
        StringBuilder b = new StringBuilder("Title of story ").append(letters(d)).append('\n');
        for (int l = 0; l < lines; l++) {
            b.append("Unique line ").append(letters(r.nextInt(Integer.MAX_VALUE))).append(' ').append(letters(r.nextInt(Integer.MAX_VALUE)))
                    .append(" about the harbour\n");
        }
        for (String x : extra) {
            b.append(x).append('\n');
        }
        return b.toString();
    }

    /** {@code d} in letters: a, b, …, z, ba, bb, … */
    private static String letters(int d) {
        StringBuilder b = new StringBuilder();
        do {
            b.insert(0, (char) ('a' + d % 26));
            d /= 26;
        } while (d > 0);
        return b.toString();
    }

    private static boolean template(TemplateLearner.Knowledge k, String line) {
        return k.isTemplate(line, 0, line.length());
    }

    /** Up to a bucket of documents the counts are exact: 6 of 300 documents (2%) make a line template, 5 do not. */
    @Test
    void smallBatchesAreCountedExactly() {
        TemplateLearner l = new TemplateLearner(5, 0.02);
        for (int d = 0; d < 300; d++) {
            l.observe("d" + d, d % 50 == 7 ? doc(d, 20, TEMPLATE) : d % 60 == 3 ? doc(d, 20, RARE) : doc(d, 20));
        }
        TemplateLearner.Knowledge k = (TemplateLearner.Knowledge) l.finish();
        assertTrue(template(k, TEMPLATE)); // 6 documents
        assertFalse(template(k, RARE));    // 5 documents
        assertEquals(300 * 21 + 2, l.tracked()); // every line still counted
    }

    /** Over many buckets the lines seen once are forgotten, the template found however late it starts. */
    @Test
    void largeBatchesKeepMemoryBoundedAndFindTheTemplate() {
        TemplateLearner l = new TemplateLearner(5, 0.02); // buckets of 1,000 documents
        int most = 0;
        for (int d = 0; d < 12_000; d++) {
            // the template from document 6,000 on, in one of 20 documents: 300 of 12,000 (2.5%)
            boolean t = d >= 6_000 && d % 20 == 0;
            // a line in 1.5% of the documents: below the threshold however it is counted
            boolean rare = d % 67 == 0;
            l.observe("d" + d, t ? doc(d, 30, TEMPLATE) : rare ? doc(d, 30, RARE) : doc(d, 30));
            most = Math.max(most, l.tracked());
        }
        TemplateLearner.Knowledge k = (TemplateLearner.Knowledge) l.finish();
        assertTrue(template(k, TEMPLATE));
        assertFalse(template(k, RARE));
        // at most about one bucket's lines (1,000 documents of 31) are held, not all 372,000
        assertTrue(most <= 1_000 * 31 + 100, "most lines tracked: " + most);
        String last = "Title of story " + letters(11_999);
        assertTrue(k.isTitle(last, 0, last.length()));
        assertFalse(k.isTitle("Title of story unseen", 0, "Title of story unseen".length()));
    }
}
