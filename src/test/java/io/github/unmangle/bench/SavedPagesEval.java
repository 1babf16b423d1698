package io.github.unmangle.bench;

import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the default chain keeps of pages saved by a text browser with its defaults, against the same pages saved as
 * boilerplate-dev's were (bench/saved-pages.sh makes both). Per set: words kept (link numbers aside), pages whose
 * article start (the first 120 characters' words of the fixture's expected text, where it has one) is kept whole, link
 * numbers ("[12]") left; and per page, how far the words kept from the default save are from those kept from the other.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.SavedPagesEval DIR [--examples N]} (DIR: target/saved-pages)
 */
public final class SavedPagesEval {
    private static final Pattern MARK = Pattern.compile("\\[\\d+]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int examples = 0;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--examples")) {
                examples = Integer.parseInt(args[++i]);
            }
        }
        PassRegistry reg = PassRegistry.load();
        Pipeline chain = Pipeline.build(reg, reg.defaultChain(), Map.of(), Map.of());
        ObjectMapper json = new ObjectMapper();
        List<String> names = new ArrayList<>();
        try (var files = Files.list(dir.resolve("default"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().forEach(names::add);
        }
        long[] kept = new long[2];
        int[] starts = new int[2];
        long[] marks = new long[2];
        int withStart = 0;
        List<Double> deviation = new ArrayList<>();
        List<String> far = new ArrayList<>();
        for (String name : names) {
            String stem = name.substring(0, name.length() - 4);
            Path expected = dir.resolve("package/fixtures").resolve(stem + ".json");
            String start = "";
            if (Files.exists(expected)) {
                JsonNode text = json.readTree(expected.toFile()).path("expected").path("cleaned_text");
                start = norm(text.asText(""));
                start = start.substring(0, Math.min(120, start.length())).strip();
            }
            withStart += start.isEmpty() ? 0 : 1;
            int[] words = new int[2];
            String[] sets = {"default", "nolist"};
            for (int s = 0; s < 2; s++) {
                String in = Files.readString(dir.resolve(sets[s]).resolve(name), StandardCharsets.UTF_8);
                String out = chain.clean(name, in).text();
                marks[s] += MARK.matcher(out).results().count();
                String text = MARK.matcher(out).replaceAll("");
                words[s] = norm(text).isEmpty() ? 0 : norm(text).split(" ").length;
                kept[s] += words[s];
                starts[s] += !start.isEmpty() && norm(text).contains(start) ? 1 : 0;
            }
            double d = Math.abs(words[0] - words[1]) / (double) Math.max(1, words[1]);
            deviation.add(d);
            if (d > 0.25) {
                far.add(String.format(Locale.ROOT, "%s: %d words kept from the default save, %d from the other", stem, words[0], words[1]));
            }
        }
        String[] labels = {"saved by lynx -dump (defaults)", "saved with -nolist -width=1024"};
        for (int s = 0; s < 2; s++) {
            System.out.printf(Locale.ROOT, "%-32s %d pages: %,d words kept, article start kept on %d of %d pages, link numbers left %d%n",
                    labels[s], names.size(), kept[s], starts[s], withStart, marks[s]);
        }
        deviation.sort(Double::compare);
        System.out.printf(Locale.ROOT, "words kept from the default save against the other's: median difference %.1f%%, within 25%% on %d of %d pages%n",
                100 * deviation.get(deviation.size() / 2), deviation.stream().filter(d -> d <= 0.25).count(), names.size());
        far.stream().limit(examples).forEach(s -> System.out.println("    " + s));
    }

    private static String norm(String text) {
        return NON_WORD.matcher(text).replaceAll(" ").strip();
    }
}
