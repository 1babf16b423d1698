package io.github.unmangle.bench;

import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage of the boilerplate pass's furniture wording: each line of each probe file (see
 * {@code bench/probes/README.md}) is put between two paragraphs of prose and cleaned
 * by the boilerplate pass alone; the lines it keeps are listed, with a count per file.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.FurnitureProbe FILE...}
 */
public final class FurnitureProbe {
    static final String A = "The council approved the budget on Monday after a long debate about the cost of the new bridge over the river.";
    static final String B = "Residents said they were pleased with the outcome, though some worried about the traffic during construction.";

    public static void main(String[] args) throws Exception {
        Pipeline boilerplate = Pipeline.build(PassRegistry.load(), List.of("boilerplate"));
        int allLines = 0;
        int allKept = 0;
        for (String arg : args) {
            List<String> lines = Files.readAllLines(Path.of(arg)).stream().filter(l -> !l.isBlank()).toList();
            int kept = 0;
            for (String line : lines) {
                String out = boilerplate.clean("probe", A + "\n\n" + line + "\n\n" + B + "\n").text();
                if (out.contains(line)) {
                    kept++;
                    System.out.println("  kept: " + line);
                }
            }
            System.out.printf("%s: %d lines, %d kept%n", Path.of(arg).getFileName(), lines.size(), kept);
            allLines += lines.size();
            allKept += kept;
        }
        System.out.printf("all: %d lines, %d kept%n", allLines, allKept);
    }

    private FurnitureProbe() {
    }
}
