package io.github.unmangle.lang;

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
 * Gradient-boosted trees (LightGBM's, binary objective) over a fixed list of features, read from the text a training
 * script writes: a header with the feature names ("features NAME ...") and one threshold ("KEY VALUE", its key named by
 * the model's user), then each tree's splits ("feature threshold left right", a child below 0 being leaf ~child:
 * x ≤ threshold goes left, as LightGBM decides) and its leaves. The chance is the logistic of the leaves' sum. The
 * boilerplate pass's line model and the spin pass's decision model are such models.
 */
public final class BoostedTrees {
    /**
     * All trees' splits in one run of arrays, tree after tree (each tree's splits together, read in a few cache
     * lines): the feature, the threshold (as the greatest float not above LightGBM's double, so that a float feature
     * compares as it does with the double), and the children, as indexes into these arrays or, below 0, ~the index of
     * a leaf in {@code leaf}. {@code root[t]}: tree t's first split, or ~its only leaf.
     */
    private final int[] feature;
    private final float[] split;
    private final int[] left;
    private final int[] right;
    private final double[] leaf;
    private final int[] root;
    /** The header's threshold (its key given to {@link #read}). */
    public final double limit;
    /** Where it came from, for reasons and errors. */
    public final String source;

    private BoostedTrees(String source, double limit, List<int[]> f, List<double[]> th, List<int[]> l, List<int[]> r, List<double[]> v) {
        this.source = source;
        this.limit = limit;
        int splits = 0;
        int leaves = 0;
        for (int t = 0; t < f.size(); t++) {
            splits += f.get(t).length;
            leaves += v.get(t).length;
        }
        feature = new int[splits];
        split = new float[splits];
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
                split[s0 + k] = floatAtMost(th.get(t)[k]);
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
    public static float floatAtMost(double d) {
        float f = (float) d;
        return f > d ? Math.nextDown(f) : f;
    }

    /** A model in this format from a file ({@link #read(BufferedReader, String, String[], String)}). */
    public static BoostedTrees read(Path file, String[] names, String limitKey) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString(), names, limitKey);
        }
    }

    /** A model that ships as a resource beside {@code owner}, named "built-in RESOURCE" in errors; a missing or bad one is an error of the build. */
    public static BoostedTrees resource(Class<?> owner, String resource, String[] names, String limitKey) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "built-in " + resource, names, limitKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a model whose features must be {@code names}, in that order, and whose header gives the threshold
     * {@code limitKey}; {@code source} names it in errors ("file:line: ...").
     */
    public static BoostedTrees read(BufferedReader r, String source, String[] names, String limitKey) throws IOException {
        double limit = Double.NaN;
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
            String[] p = fields(line);
            if (p[0].equals("features")) {
                if (!Arrays.equals(Arrays.copyOfRange(p, 1, p.length), names)) {
                    throw new IOException(source + ":" + lineNo + ": the model's features are not this version's: " + line);
                }
            } else if (p[0].equals(limitKey)) {
                limit = Double.parseDouble(p[1]);
            } else if (p[0].equals("tree")) {
                int splits = Integer.parseInt(p[1]);
                int[] tf = new int[splits];
                double[] tt = new double[splits];
                int[] tl = new int[splits];
                int[] tr = new int[splits];
                for (int s = 0; s < splits; s++) {
                    String[] q = fields(r.readLine());
                    lineNo++;
                    if (q.length != 4) {
                        throw new IOException(source + ":" + lineNo + ": expected a split of the tree (feature threshold left right)");
                    }
                    tf[s] = Integer.parseInt(q[0]);
                    tt[s] = Double.parseDouble(q[1]);
                    tl[s] = Integer.parseInt(q[2]);
                    tr[s] = Integer.parseInt(q[3]);
                    if (tf[s] < 0 || tf[s] >= names.length) {
                        throw new IOException(source + ":" + lineNo + ": no feature " + tf[s]);
                    }
                }
                String[] q = fields(r.readLine());
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
            } else {
                throw new IOException(source + ":" + lineNo + ": unknown line: " + line);
            }
        }
        if (Double.isNaN(limit) || f.isEmpty()) {
            throw new IOException(source + ": no " + limitKey + " line or no trees");
        }
        return new BoostedTrees(source, limit, f, th, lt, rt, v);
    }

    /**
     * A line's fields, split at runs of spaces and tabs, without a regular expression: a model of thousands of lines is
     * read in a JVM just started, where String.split's pattern runs interpreted (the spin pass's decision model of 300 trees,
     * 4,600 lines: 135-192 ms read so in a fresh JVM, 92-129 ms without it).
     */
    private static String[] fields(String line) {
        if (line == null) {
            return new String[] {""};
        }
        List<String> out = new ArrayList<>();
        int n = line.length();
        for (int i = 0; i < n; ) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            int start = i;
            while (i < n && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out.isEmpty() ? new String[] {""} : out.toArray(new String[0]);
    }

    /**
     * The chance of each row of {@code xs} (null rows are passed over, their chance NaN). Tree after tree for all rows,
     * not row after row: a tree's splits stay in the nearest cache while the rows' walks, independent of each other,
     * overlap.
     */
    public double[] chance(float[][] xs) {
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
                    node = x[feature[node]] <= split[node] ? left[node] : right[node];
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
