package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.core.Pipeline;
import io.github.unmangle.core.PassRegistry;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the features of every line the boilerplate pass keeps ({@link KeptLines}) on each page of
 * boilerplate-dev, one TSV row per line: page, page type, the line's text, its features. The rows
 * train {@link LineModel} (data/boilerplate/train.py labels them with the gold). The model is
 * switched off while they are read: the features are those of the rules' kept lines.
 * Usage: bench/java.sh io.github.unmangle.pass.boilerplate.LineFeatureDump DEV_DIR OUT.tsv
 */
public final class LineFeatureDump {
    private LineFeatureDump() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Pipeline pipe = Pipeline.build(PassRegistry.load(), List.of("unicode", "boilerplate"),
                Map.of("boilerplate", Map.of(BoilerplatePass.LINE_MODEL, "off")), Map.of()); // (a model of other features may be built in)
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("page\ttype\ttext\t" + String.join("\t", KeptLines.NAMES) + "\n");
            String[] page = new String[2];
            BoilerplatePass.featureSink = (text, f) -> {
                try {
                    StringBuilder row = new StringBuilder(page[0]).append('\t').append(page[1]).append('\t')
                            .append(text.replace('\t', ' '));
                    for (float x : f) {
                        row.append('\t').append(x);
                    }
                    w.write(row.append('\n').toString());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            for (String line : Files.readAllLines(dir.resolve("manifest.tsv"))) {
                String[] m = line.split("\t");
                if (m[0].equals("name")) {
                    continue;
                }
                page[0] = m[0];
                page[1] = m[3];
                pipe.clean(m[0], Files.readString(dir.resolve("input").resolve(m[0] + ".txt"), StandardCharsets.UTF_8));
            }
        } finally {
            BoilerplatePass.featureSink = null;
        }
    }
}
