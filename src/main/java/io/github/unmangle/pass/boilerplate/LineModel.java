package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.lang.BoostedTrees;

import java.io.BufferedReader;
import java.io.IOException;

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

    /** The model in a file an option names ({@link BoostedTrees#forOption}: a missing or bad file is that option's error). */
    static LineModel forOption(String option, String file) {
        return new LineModel(BoostedTrees.forOption(option, file, KeptLines.NAMES, DROP_BELOW));
    }

    static LineModel read(BufferedReader r, String source) throws IOException {
        return new LineModel(BoostedTrees.read(r, source, KeptLines.NAMES, DROP_BELOW));
    }

    /** The header line of the model's threshold. */
    private static final String DROP_BELOW = "drop-below";

    private static final class Builtin {
        static final LineModel MODEL = new LineModel(BoostedTrees.resource(LineModel.class, RESOURCE, KeptLines.NAMES, DROP_BELOW));
    }

    /**
     * The chance that a line belongs to the article, for each line's features in {@code xs} (null rows are passed over,
     * their chance NaN).
     */
    double[] keep(float[][] xs) {
        return trees.chance(xs);
    }
}
