package io.github.unmangle.bench;

import io.github.unmangle.core.Edit;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The converse of {@link FurnitureProbe}: the sentences of clean text that the boilerplate pass drops. Each sentence
 * of the files (paragraphs split at blank lines, their lines joined, sentences split after . ! or ? before a capital or a
 * quotation mark; kept: 4 to 30 words, ending in . ! or ?, with four lowercase words in a row, which labels and menus
 * lack) is put alone between two paragraphs of prose and cleaned by the boilerplate pass alone; a sentence not in the
 * output is listed with the rule that dropped it, and counted per rule. The texts are clean, so each is a false drop,
 * or a sentence that is furniture where it stands (a disclaimer, a newsletter's pitch): read them.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.FurnitureSentences FILE|DIR...}
 */
public final class FurnitureSentences {
    private static final String A = FurnitureProbe.A;
    private static final String B = FurnitureProbe.B;
    private static final Pattern PARAGRAPHS = Pattern.compile("\n[ \t]*\n");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"“])");
    private static final Pattern LOWERCASE_RUN = Pattern.compile("\\b[a-z]+ [a-z]+ [a-z]+ [a-z]+\\b");
    private static final Pattern ENDS = Pattern.compile(".*[.!?][\"”]?$");

    public static void main(String[] args) throws IOException {
        Pipeline boilerplate = Pipeline.build(PassRegistry.load(), List.of("boilerplate"));
        Map<String, Integer> byRule = new TreeMap<>();
        int sentences = 0;
        int dropped = 0;
        for (Path file : files(args)) {
            String text;
            try {
                text = Files.readString(file);
            } catch (MalformedInputException e) {
                continue; // (not UTF-8)
            }
            for (String paragraph : PARAGRAPHS.split(text)) {
                for (String s : SENTENCE_END.split(paragraph.replaceAll("\\s+", " ").strip())) {
                    int words = s.split(" ").length;
                    if (words < 4 || words > 30 || !ENDS.matcher(s).matches() || !LOWERCASE_RUN.matcher(s).find()) {
                        continue;
                    }
                    sentences++;
                    var r = boilerplate.clean("probe", A + "\n\n" + s + "\n\n" + B + "\n");
                    if (!r.text().contains(s)) {
                        dropped++;
                        String rule = r.passes().stream().flatMap(pr -> pr.edits().stream()).filter(e -> e.before().contains(s.substring(0, Math.min(20, s.length()))))
                                .map(Edit::rule).findFirst().orElse("?");
                        byRule.merge(rule, 1, Integer::sum);
                        System.out.println("  " + rule + "\t" + s + "\t(" + file.getFileName() + ")");
                    }
                }
            }
        }
        System.out.printf("%d sentences, %d dropped (%.2f per 1,000): %s%n", sentences, dropped, dropped * 1000.0 / Math.max(1, sentences), byRule);
    }

    private static List<Path> files(String[] args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
