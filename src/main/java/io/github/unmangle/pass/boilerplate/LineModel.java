package io.github.unmangle.pass.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient-boosted trees over a kept line's features ({@link KeptLines}) that give the chance that the
 * line belongs to the article, as boilerpipe's classifiers are decision trees over shallow text
 * features. {@code data/boilerplate/train.py} trains it (LightGBM) on boilerplate-dev's pages and
 * writes it as text: a header with the feature names and the threshold, then each tree's splits
 * ("feature threshold left right", a child below 0 being leaf ~child: x ≤ threshold goes left, as
 * LightGBM decides) and its leaves. The chance is the logistic of the leaves' sum.
 */
final class LineModel {
    /** The built-in model's resource. */
    static final String RESOURCE = "line-model.txt";

    /**
     * All trees' splits in one run of arrays, tree after tree (each tree's splits together, read in a few cache
     * lines): the feature, the threshold (as the greatest float not above LightGBM's double, so that a float feature
     * compares as it does with the double), and the children, as indexes into these arrays or, below 0, ~the index of
     * a leaf in {@code leaf}. {@code root[t]}: tree t's first split, or ~its only leaf.
     */
    private final int[] feature;
    private final float[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] leaf;
    private final int[] root;
    /** A line whose chance is under this goes. */
    final double dropBelow;
    /** Where it came from, for the edits' reasons and errors. */
    final String source;

    private LineModel(String source, double dropBelow, List<int[]> f, List<double[]> th, List<int[]> l, List<int[]> r, List<double[]> v) {
        this.source = source;
        this.dropBelow = dropBelow;
        int splits = 0;
        int leaves = 0;
        for (int t = 0; t < f.size(); t++) {
            splits += f.get(t).length;
            leaves += v.get(t).length;
        }
        feature = new int[splits];
        threshold = new float[splits];
        left = new int[splits];
        right = new int[splits];
        leaf = new double[leaves];
        root = new int[f.size()];
        int s0 = 0;
        int v0 = 0;
        for (int t = 0; t < f.size(); t++) {
            int n = f.get(t).length;
            for (int k = 0; k < n; k++) {
                feature[s0 + k] = f.get(t)[k];
                threshold[s0 + k] = floatAtMost(th.get(t)[k]);
                left[s0 + k] = child(l.get(t)[k], s0, v0);
                right[s0 + k] = child(r.get(t)[k], s0, v0);
            }
            System.arraycopy(v.get(t), 0, leaf, v0, v.get(t).length);
            root[t] = n == 0 ? ~v0 : s0;
            s0 += n;
            v0 += v.get(t).length;
        }
    }

    /** A child of a tree whose splits start at {@code s0} and leaves at {@code v0}, as an index into all trees'. */
    private static int child(int c, int s0, int v0) {
        return c >= 0 ? s0 + c : ~(v0 + ~c);
    }

    /** The greatest float not above {@code d}: for a float x, x ≤ d exactly when x ≤ floatAtMost(d). */
    static float floatAtMost(double d) {
        float f = (float) d;
        return f > d ? Math.nextDown(f) : f;
    }

    private static final class Builtin {
        static final LineModel MODEL = builtin();

        private static LineModel builtin() {
            try (InputStream in = LineModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " missing from the class path");
                }
                return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "built-in " + RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The model that ships in the jar, read once. */
    static LineModel builtin() {
        return Builtin.MODEL;
    }

    /** A model in {@link LineModel}'s text format from a file. */
    static LineModel read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    static LineModel read(BufferedReader r, String source) throws IOException {
        double dropBelow = Double.NaN;
        List<int[]> f = new ArrayList<>();
        List<double[]> th = new ArrayList<>();
        List<int[]> lt = new ArrayList<>();
        List<int[]> rt = new ArrayList<>();
        List<double[]> v = new ArrayList<>();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.trim().split("\\s+");
            switch (p[0]) {
                case "features" -> {
                    if (!Arrays.equals(Arrays.copyOfRange(p, 1, p.length), KeptLines.NAMES)) {
                        throw new IOException(source + ":" + lineNo + ": the model's features are not this version's: " + line);
                    }
                }
                case "drop-below" -> dropBelow = Double.parseDouble(p[1]);
                case "tree" -> {
                    int splits = Integer.parseInt(p[1]);
                    int[] tf = new int[splits];
                    double[] tt = new double[splits];
                    int[] tl = new int[splits];
                    int[] tr = new int[splits];
                    for (int s = 0; s < splits; s++) {
                        String[] q = r.readLine().trim().split("\\s+");
                        lineNo++;
                        tf[s] = Integer.parseInt(q[0]);
                        tt[s] = Double.parseDouble(q[1]);
                        tl[s] = Integer.parseInt(q[2]);
                        tr[s] = Integer.parseInt(q[3]);
                        if (tf[s] < 0 || tf[s] >= KeptLines.NAMES.length) {
                            throw new IOException(source + ":" + lineNo + ": no feature " + tf[s]);
                        }
                    }
                    String[] q = r.readLine().trim().split("\\s+");
                    lineNo++;
                    if (!q[0].equals("leaves") || q.length != splits + 2) {
                        throw new IOException(source + ":" + lineNo + ": expected the tree's " + (splits + 1) + " leaves");
                    }
                    double[] tv = new double[splits + 1];
                    for (int s = 0; s <= splits; s++) {
                        tv[s] = Double.parseDouble(q[s + 1]);
                    }
                    f.add(tf);
                    th.add(tt);
                    lt.add(tl);
                    rt.add(tr);
                    v.add(tv);
                }
                default -> throw new IOException(source + ":" + lineNo + ": unknown line: " + line);
            }
        }
        if (Double.isNaN(dropBelow) || f.isEmpty()) {
            throw new IOException(source + ": no drop-below line or no trees");
        }
        return new LineModel(source, dropBelow, f, th, lt, rt, v);
    }

    /**
     * The chance that a line belongs to the article, for each line's features in {@code xs} (null rows are passed over,
     * their chance NaN). Tree after tree for all lines,
     * not line after line: a tree's splits stay in the nearest cache while the lines' walks, independent of each
     * other, overlap.
     */
    double[] keep(float[][] xs) {
        double[] sum = new double[xs.length];
        int[] rows = new int[xs.length];
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] != null) {
                rows[n++] = i;
            } else {
                sum[i] = Double.NaN;
            }
        }
        for (int r : root) {
            for (int k = 0; k < n; k++) {
                float[] x = xs[rows[k]];
                int node = r;
                while (node >= 0) {
                    node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
                }
                sum[rows[k]] += leaf[~node];
            }
        }
        for (int k = 0; k < n; k++) {
            sum[rows[k]] = 1 / (1 + Math.exp(-sum[rows[k]]));
        }
        return sum;
    }
}
