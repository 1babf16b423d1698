package io.github.unmangle.lang;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trees' text format and their reading (the models built on them are tested where they are used). */
class BoostedTreesTest {
    private static final String[] NAMES = {"a", "b"};

    private static BoostedTrees read(String text) throws IOException {
        return BoostedTrees.read(new BufferedReader(new StringReader(text)), "m.txt", NAMES, "limit");
    }

    /** A float compares with the rounded threshold exactly as with LightGBM's double. */
    @Test
    void aFloatThresholdDecidesAsTheDouble() {
        Random r = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            double d = r.nextGaussian() * Math.pow(10, r.nextInt(7) - 3);
            float t = BoostedTrees.floatAtMost(d);
            for (float x : new float[] {(float) d, Math.nextUp((float) d), Math.nextDown((float) d), t, Math.nextUp(t)}) {
                assertEquals(x <= d, x <= t, d + " " + x);
            }
        }
    }

    /** Fields apart by runs of spaces or tabs; x ≤ threshold goes left; the chance is the logistic of the leaves' sum. */
    @Test
    void aModelIsReadAsWritten() throws IOException {
        BoostedTrees m = read("# a note\nfeatures a b\nlimit 0.3\ntree 1\n1\t2.5  -1 -2\nleaves -1.0 2.0\n\ntree 0\nleaves 0.25\n");
        assertEquals(0.3, m.limit);
        double[] p = m.chance(new float[][] {{0, 2.5f}, null, {0, 3}});
        assertEquals(1 / (1 + Math.exp(0.75)), p[0], 1e-12);
        assertTrue(Double.isNaN(p[1]));
        assertEquals(1 / (1 + Math.exp(-2.25)), p[2], 1e-12);
    }

    /** A model cut short, or with a split of the wrong shape, is refused with its line, not read as something else. */
    @Test
    void aMalformedModelIsRefusedWithItsLine() {
        for (String bad : new String[] {"features a b\nlimit 0.3\ntree 1\n0 1.5 -1\nleaves 0.1 0.2\n", "features a b\nlimit 0.3\ntree 2\n0 1.5 -1 -2\n",
            "features a b\nlimit 0.3\ntree 1\n7 1.5 -1 -2\nleaves 0.1 0.2\n"}) {
            IOException e = assertThrows(IOException.class, () -> read(bad), bad);
            assertTrue(e.getMessage().startsWith("m.txt:4") || e.getMessage().startsWith("m.txt:5"), e.getMessage());
        }
    }
}
