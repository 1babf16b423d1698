package io.github.unmangle.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
    /** Its features, in order, and its threshold's key, as its header names them (what {@link #compiled()} writes). */
    final String[] names;
    final String limitKey;

    private BoostedTrees(String source, String[] names, String limitKey, double limit, List<int[]> f, List<double[]> th, List<int[]> l,
                         List<int[]> r, List<double[]> v) {
        this.source = source;
        this.names = names;
        this.limitKey = limitKey;
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

    /**
     * A model from a file: its text ({@link #read(BufferedReader, String, String[], String)}) or its compiled form (what
     * the build writes beside a built-in model's text, {@link #main}), told apart by the compiled form's first bytes.
     */
    public static BoostedTrees read(Path file, String[] names, String limitKey) throws IOException {
        byte[] data = Files.readAllBytes(file);
        if (data.length >= 4 && ByteBuffer.wrap(data).getInt() == MAGIC) {
            return compiled(data, file.toString(), names, limitKey);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(data)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not a model: neither a model's text (UTF-8) nor its compiled form", e);
        }
        return read(new BufferedReader(new java.io.StringReader(text)), file.toString(), names, limitKey);
    }

    /**
     * The model a command-line option names by its file ({@link #read(Path, String[], String)}); a missing or bad file
     * is the option's error, naming it ("--spin.decision-model: no such file: FILE").
     */
    public static BoostedTrees forOption(String option, String file, String[] names, String limitKey) {
        try {
            return read(Path.of(file), names, limitKey);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(option + ": no such file: " + file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A model that ships as a resource beside {@code owner} (its text, "NAME.txt"), named "built-in RESOURCE" in errors; a
     * missing or bad one is an error of the build. Its compiled form, "NAME.bin" ({@link #main}: the build writes it beside
     * the text in the classes), is read where present: parsing the text's thousands of numbers in a JVM just started took
     * 44-58 ms for the spin pass's decision model, reading the compiled arrays a few.
     */
    public static BoostedTrees resource(Class<?> owner, String resource, String[] names, String limitKey) {
        String source = "built-in " + resource;
        try (InputStream bin = owner.getResourceAsStream(compiledName(resource))) {
            if (bin != null) {
                return compiled(bin.readAllBytes(), source, names, limitKey);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), source, names, limitKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled form's name of a model's text ("line-model.txt": "line-model.bin"). */
    static String compiledName(String text) {
        return (text.endsWith(".txt") ? text.substring(0, text.length() - 4) : text) + ".bin";
    }

    /** The compiled form's first bytes ("UBT" and its version). */
    private static final int MAGIC = 0x55425401;

    /**
     * This model's compiled form: the magic, the threshold's key and value, the feature names, then the arrays as the
     * model holds them (big-endian), so that {@link #compiled(byte[], String, String[], String)} reads them back in bulk.
     */
    byte[] compiled() {
        byte[][] strings = new byte[names.length + 1][];
        int size = 4 * 5 + 8 + 4 * (feature.length * 4 + root.length) + 8 * leaf.length;
        for (int i = 0; i <= names.length; i++) {
            strings[i] = (i == 0 ? limitKey : names[i - 1]).getBytes(StandardCharsets.UTF_8);
            size += 4 + strings[i].length;
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.putInt(MAGIC).putInt(names.length);
        for (byte[] s : strings) {
            b.putInt(s.length).put(s);
        }
        b.putDouble(limit).putInt(feature.length).putInt(leaf.length).putInt(root.length);
        b.asIntBuffer().put(feature);
        b.position(b.position() + 4 * feature.length);
        b.asFloatBuffer().put(split);
        b.position(b.position() + 4 * split.length);
        b.asIntBuffer().put(left);
        b.position(b.position() + 4 * left.length);
        b.asIntBuffer().put(right);
        b.position(b.position() + 4 * right.length);
        b.asIntBuffer().put(root);
        b.position(b.position() + 4 * root.length);
        b.asDoubleBuffer().put(leaf);
        return b.array();
    }

    /**
     * A model from its compiled form ({@link #compiled()}), checked as its text is: the same features in the same order,
     * the threshold under {@code limitKey}, every split's feature and children in range, every count within the bytes.
     */
    static BoostedTrees compiled(byte[] data, String source, String[] names, String limitKey) throws IOException {
        try {
            ByteBuffer b = ByteBuffer.wrap(data);
            if (b.getInt() != MAGIC) {
                throw new IOException(source + ": not a compiled model of this version (compiled form)");
            }
            String[] stored = new String[count(b, 4)];
            String key = string(b);
            for (int i = 0; i < stored.length; i++) {
                stored[i] = string(b);
            }
            if (!Arrays.equals(stored, names)) {
                throw new IOException(source + ": the model's features are not this version's: " + String.join(" ", stored));
            }
            if (!key.equals(limitKey)) {
                throw new IOException(source + ": its threshold is " + key + ", not " + limitKey);
            }
            double limit = b.getDouble();
            int splits = count(b, 16);
            int leaves = count(b, 8);
            int trees = count(b, 4);
            int[] feature = ints(b, splits);
            float[] split = new float[splits];
            b.asFloatBuffer().get(split);
            b.position(b.position() + 4 * splits);
            int[] left = ints(b, splits);
            int[] right = ints(b, splits);
            int[] root = ints(b, trees);
            double[] leaf = new double[leaves];
            b.asDoubleBuffer().get(leaf);
            if (b.position() + 8 * leaves != data.length || trees == 0) {
                throw new IOException(source + ": a compiled model of the wrong length");
            }
            for (int s = 0; s < splits; s++) {
                // (a split's children come after it, as LightGBM numbers them: no walk can go round in a circle)
                if (feature[s] < 0 || feature[s] >= names.length || !node(left[s], s, splits, leaves) || !node(right[s], s, splits, leaves)) {
                    throw new IOException(source + ": split " + s + " of the compiled model out of range");
                }
            }
            for (int r : root) {
                if (!node(r, -1, splits, leaves)) {
                    throw new IOException(source + ": a tree's root of the compiled model out of range");
                }
            }
            return new BoostedTrees(source, names, limitKey, limit, feature, split, left, right, leaf, root);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw new IOException(source + ": a compiled model cut short or malformed" + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    /** Whether {@code c} is a split after {@code after} or a leaf, in range. */
    private static boolean node(int c, int after, int splits, int leaves) {
        return c >= 0 ? c > after && c < splits : ~c < leaves;
    }

    /** A count read from {@code b}, checked against what is left of it ({@code unit} bytes an item, at least): a damaged file is refused, not allocated. */
    private static int count(ByteBuffer b, int unit) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining() / unit) {
            throw new IllegalArgumentException("a count of " + n + " where " + b.remaining() + " bytes are left");
        }
        return n;
    }

    private static String string(ByteBuffer b) {
        byte[] s = new byte[count(b, 1)];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }

    private static int[] ints(ByteBuffer b, int n) {
        int[] a = new int[n];
        b.asIntBuffer().get(a);
        b.position(b.position() + 4 * n);
        return a;
    }

    private BoostedTrees(String source, String[] names, String limitKey, double limit, int[] feature, float[] split, int[] left, int[] right,
                         double[] leaf, int[] root) {
        this.source = source;
        this.names = names;
        this.limitKey = limitKey;
        this.limit = limit;
        this.feature = feature;
        this.split = split;
        this.left = left;
        this.right = right;
        this.leaf = leaf;
        this.root = root;
    }

    /**
     * Build step (the pom runs it on the classes, before the tests): writes each model text FILE.txt given, read with the
     * features and threshold its header names, compiled beside it as FILE.bin. Usage: {@code BoostedTrees FILE.txt...}
     */
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path text = Path.of(arg);
            byte[] out;
            try (BufferedReader r = Files.newBufferedReader(text, StandardCharsets.UTF_8)) {
                out = read(r, arg, null, null).compiled();
            }
            Path bin = text.resolveSibling(compiledName(text.getFileName().toString()));
            Path tmp = bin.resolveSibling(bin.getFileName() + ".tmp");
            Files.write(tmp, out);
            Files.move(tmp, bin, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Reads a model whose features must be {@code names}, in that order, and whose header gives the threshold
     * {@code limitKey}; {@code source} names it in errors ("file:line: ..."). Null for either: the header's own (its
     * "features" line, then its one other "KEY VALUE" line), as the build step reads a model it compiles.
     */
    public static BoostedTrees read(BufferedReader r, String source, String[] names, String limitKey) throws IOException {
        double limit = Double.NaN;
        String key = limitKey;
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
                String[] own = Arrays.copyOfRange(p, 1, p.length);
                if (names != null && !Arrays.equals(own, names)) {
                    throw new IOException(source + ":" + lineNo + ": the model's features are not this version's: " + line);
                }
                names = own;
            } else if (key == null ? p.length == 2 && f.isEmpty() && !p[0].equals("tree") : p[0].equals(key)) {
                key = p[0];
                limit = Double.parseDouble(p[1]);
            } else if (names == null) {
                throw new IOException(source + ":" + lineNo + ": no features line before the trees");
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
                    if (!node(tl[s], s, splits, splits + 1) || !node(tr[s], s, splits, splits + 1)) {
                        throw new IOException(source + ":" + lineNo + ": a child that is no later split nor a leaf of the tree");
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
            throw new IOException(source + ": no " + (key == null ? "threshold" : key) + " line or no trees");
        }
        return new BoostedTrees(source, names, key, limit, f, th, lt, rt, v);
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
