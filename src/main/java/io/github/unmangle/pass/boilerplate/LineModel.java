package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.lang.BoostedTrees;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gradient-boosted trees ({@link BoostedTrees}) over a kept line's features ({@link KeptLines}) that give the chance
 * that the line belongs to the article, as boilerpipe's classifiers are decision trees over shallow text features.
 * {@code data/boilerplate/train.py} trains it (LightGBM) on boilerplate-dev's pages and writes it as text, its threshold
 * as "drop-below".
 */
final class LineModel {
    /** The built-in model's resource. */
    static final String RESOURCE = "line-model.txt";

    private final BoostedTrees trees;
    /** A line whose chance is under this goes. */
    final double dropBelow;
    /** Where it came from, for the edits' reasons and errors. */
    final String source;

    private LineModel(BoostedTrees trees) {
        this.trees = trees;
        this.dropBelow = trees.limit;
        this.source = trees.source;
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
        return new LineModel(BoostedTrees.read(r, source, KeptLines.NAMES, "drop-below"));
    }

    /** The greatest float not above {@code d} ({@link BoostedTrees#floatAtMost}). */
    static float floatAtMost(double d) {
        return BoostedTrees.floatAtMost(d);
    }

    /**
     * The chance that a line belongs to the article, for each line's features in {@code xs} (null rows are passed over,
     * their chance NaN).
     */
    double[] keep(float[][] xs) {
        return trees.chance(xs);
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
}
