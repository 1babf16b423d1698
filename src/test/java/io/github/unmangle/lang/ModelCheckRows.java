package io.github.unmangle.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rows a training script writes beside a model (data/trees.py write_check_rows): each row a place's or line's
 * features and the chance LightGBM gave it, which the Java trees must give too.
 */
public record ModelCheckRows(List<float[]> features, List<Double> chances) {
    /** The rows of {@code file} ("#" lines aside), each of {@code width} features and a chance. */
    public static ModelCheckRows read(Path file, int width) throws IOException {
        List<float[]> rows = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            assertEquals(width + 1, f.length, line);
            float[] x = new float[width];
            for (int i = 0; i < width; i++) {
                x[i] = Float.parseFloat(f[i]);
            }
            rows.add(x);
            expected.add(Double.parseDouble(f[width]));
        }
        return new ModelCheckRows(rows, expected);
    }

    /** The rows' features as one array, as {@link BoostedTrees#chance} takes them. */
    public float[][] all() {
        return features.toArray(new float[0][]);
    }
}
