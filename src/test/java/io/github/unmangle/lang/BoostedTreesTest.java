package io.github.unmangle.lang;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
        // read with no expectations (the build step's way), the header's own features and threshold
        BoostedTrees own = BoostedTrees.read(new BufferedReader(new StringReader("features a b\nlimit 0.3\ntree 0\nleaves 0.25\n")), "m.txt", null, null);
        assertArrayEquals(NAMES, own.names);
        assertEquals("limit", own.limitKey);
        assertEquals(0.3, own.limit);
        IOException e = assertThrows(IOException.class,
                () -> BoostedTrees.read(new BufferedReader(new StringReader("limit 0.3\ntree 0\nleaves 0.25\n")), "m.txt", null, null));
        assertTrue(e.getMessage().startsWith("m.txt:2: no features line"), e.getMessage());
    }

    /** A model cut short, or with a split of the wrong shape, is refused with its line, not read as something else. */
    @Test
    void aMalformedModelIsRefusedWithItsLine() {
        for (String bad : new String[] {"features a b\nlimit 0.3\ntree 1\n0 1.5 -1\nleaves 0.1 0.2\n", "features a b\nlimit 0.3\ntree 2\n0 1.5 -1 -2\n",
            "features a b\nlimit 0.3\ntree 1\n7 1.5 -1 -2\nleaves 0.1 0.2\n",
            // (a split whose child is itself, or a leaf the tree lacks: a walk that never ends, or reads past the leaves)
            "features a b\nlimit 0.3\ntree 1\n0 1.5 0 -2\nleaves 0.1 0.2\n", "features a b\nlimit 0.3\ntree 1\n0 1.5 -1 -3\nleaves 0.1 0.2\n"}) {
            IOException e = assertThrows(IOException.class, () -> read(bad), bad);
            assertTrue(e.getMessage().startsWith("m.txt:4") || e.getMessage().startsWith("m.txt:5"), e.getMessage());
        }
    }

    /** The compiled form reads back as the same model: the same threshold and, on any row, the same chance. */
    @Test
    void theCompiledFormIsTheSameModel() throws IOException {
        BoostedTrees m = read("features a b\nlimit 0.3\ntree 2\n1 2.5 1 -2\n0 -0.75 -1 -3\nleaves -1.0 2.0 0.5\ntree 0\nleaves 0.25\n");
        BoostedTrees c = BoostedTrees.compiled(m.compiled(), "m.bin", NAMES, "limit");
        assertEquals(m.limit, c.limit);
        Random r = new Random(5);
        float[][] rows = new float[1000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new float[] {(float) r.nextGaussian(), 2.5f + r.nextInt(3) - 1};
        }
        assertArrayEquals(m.chance(rows), c.chance(rows));
        assertEquals(3, java.util.Arrays.stream(c.chance(rows)).distinct().count()); // (all three leaves of the first tree reached)
    }

    /** A compiled form of other features, another threshold, cut short or pointing out of its arrays is refused, named. */
    @Test
    void aBadCompiledFormIsRefused() throws IOException {
        byte[] good = read("features a b\nlimit 0.3\ntree 1\n1 2.5 -1 -2\nleaves -1.0 2.0\n").compiled();
        assertTrue(BoostedTrees.compiled(good, "m.bin", NAMES, "limit").limit == 0.3);
        assertThrows(IOException.class, () -> BoostedTrees.compiled(good, "m.bin", new String[] {"a", "c"}, "limit"));
        assertThrows(IOException.class, () -> BoostedTrees.compiled(good, "m.bin", NAMES, "other"));
        assertThrows(IOException.class, () -> BoostedTrees.compiled(java.util.Arrays.copyOf(good, good.length - 1), "m.bin", NAMES, "limit"));
        assertThrows(IOException.class, () -> BoostedTrees.compiled(java.util.Arrays.copyOf(good, good.length + 8), "m.bin", NAMES, "limit"));
        byte[] wrongChild = good.clone();
        // (the one split's left child, ~0, made ~5: a leaf the model lacks; the arrays end with root, then two leaves)
        java.nio.ByteBuffer.wrap(wrongChild).putInt(good.length - 16 - 4 - 4 - 4, ~5);
        IOException e = assertThrows(IOException.class, () -> BoostedTrees.compiled(wrongChild, "m.bin", NAMES, "limit"));
        assertTrue(e.getMessage().startsWith("m.bin: split 0"), e.getMessage());
        byte[] huge = good.clone();
        java.nio.ByteBuffer.wrap(huge).putInt(4, Integer.MAX_VALUE); // (the features' count: refused, not allocated)
        assertThrows(IOException.class, () -> BoostedTrees.compiled(huge, "m.bin", NAMES, "limit"));
        byte[] notOne = good.clone();
        notOne[0] = 'x';
        assertThrows(IOException.class, () -> BoostedTrees.compiled(notOne, "m.bin", NAMES, "limit"));
    }

    /** A model's file may hold its text or its compiled form; anything else is refused, named, as no model. */
    @Test
    void aFileHoldsTheTextOrTheCompiledForm(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        String text = "features a b\nlimit 0.3\ntree 1\n1 2.5 -1 -2\nleaves -1.0 2.0\n";
        java.nio.file.Path txt = java.nio.file.Files.writeString(dir.resolve("m.txt"), text);
        java.nio.file.Path bin = java.nio.file.Files.write(dir.resolve("m.bin"), read(text).compiled());
        float[][] rows = {{0, 2f}, {0, 3f}};
        assertArrayEquals(BoostedTrees.read(txt, NAMES, "limit").chance(rows), BoostedTrees.read(bin, NAMES, "limit").chance(rows));
        java.nio.file.Path junk = java.nio.file.Files.write(dir.resolve("junk.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        IOException e = assertThrows(IOException.class, () -> BoostedTrees.read(junk, NAMES, "limit"));
        assertTrue(e.getMessage().startsWith(junk + ": not a model"), e.getMessage());
    }

    /**
     * Each built-in model's compiled form is on the class path (the build wrote it, BoostedTrees.main) and is its text's
     * model, so that the model read is the one committed.
     */
    @Test
    void theBuiltInModelsAreCompiledFromTheirText() throws IOException {
        for (String text : new String[] {"/io/github/unmangle/pass/boilerplate/line-model.txt", "/io/github/unmangle/pass/spin/decision-model.txt",
            "/io/github/unmangle/pass/spin/other-model.txt"}) {
            BoostedTrees fromText;
            try (var in = BoostedTreesTest.class.getResourceAsStream(text)) {
                // (its features and threshold as its header names them)
                fromText = BoostedTrees.read(new BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)), text, null, null);
            }
            String[] names = fromText.names;
            byte[] bin;
            try (var in = BoostedTreesTest.class.getResourceAsStream(BoostedTrees.compiledName(text))) {
                assertNotNull(in, "no compiled form of " + text + " on the class path");
                bin = in.readAllBytes();
            }
            BoostedTrees compiled = BoostedTrees.compiled(bin, text, names, fromText.limitKey);
            assertEquals(fromText.limit, compiled.limit);
            Random r = new Random(3);
            float[][] rows = new float[2000][names.length];
            for (float[] row : rows) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = (float) (r.nextGaussian() * Math.pow(10, r.nextInt(4) - 1));
                }
            }
            assertArrayEquals(fromText.chance(rows), compiled.chance(rows), text);
        }
    }
}
