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
 * What the default chain keeps of pages saved by text browsers with their defaults (lynx, elinks, w3m, links), converted
 * to text by the C html2text or pandoc, or converted to
 * Markdown (html2text: a link's address and an image are not counted as words) or to text by BeautifulSoup's get_text()
 * (as it is, "gettext", and as the much-copied recipe, "soup"), against the same
 * pages saved as boilerplate-dev's were, by lynx with -nolist -width=1024 (bench/saved-pages.sh makes them). Per set:
 * words kept (link numbers aside), pages whose article start (the first 120 characters' words of the fixture's expected
 * text, where it has one) is kept whole, link numbers ("[12]") left, and per page, how far the words kept are from those
 * kept of the -nolist save. With --examples N, up to N pages whose article start was lost, and N far from the -nolist save.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.SavedPagesEval DIR [--examples N] [--opt PASS.KEY=VALUE ...]} (DIR: target/saved-pages)
 */
public final class SavedPagesEval {
    private static final Pattern MARK = Pattern.compile("\\[\\d+]");
    // (an address has no spaces, though html2text may break it at a hyphen, and a title is quoted: a link left open, its
    // title's second line dropped, swallows no text up to the next ")")
    private static final Pattern MARKDOWN_ADDRESS = Pattern.compile("!\\[[^\\]]*]\\((?:[^)\\s]|\\n)*(?:\\s+\"[^\"]*\")?\\)|]\\((?:[^)\\s]|\\n)*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int examples = 0;
        Map<String, Map<String, String>> opts = new java.util.HashMap<>(); // --opt PASS.KEY=VALUE
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--examples")) {
                examples = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--opt")) {
                BenchArgs.passOption(opts, args[++i]);
            }
        }
        PassRegistry reg = PassRegistry.load();
        Pipeline chain = Pipeline.build(reg, reg.defaultChain(), opts, Map.of());
        ObjectMapper json = new ObjectMapper();
        List<String> names = new ArrayList<>();
        try (var files = Files.list(dir.resolve("lynx"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().forEach(names::add);
        }
        String[] sets = java.util.stream.Stream.of("lynx", "elinks", "w3m", "links", "html2text", "pandoc", "markdown", "soup", "gettext", "nolist").filter(d -> Files.isDirectory(dir.resolve(d))).toArray(String[]::new);
        int m = sets.length;
        long[] kept = new long[m];
        int[] starts = new int[m];
        long[] marks = new long[m];
        List<List<Double>> deviation = new ArrayList<>();
        List<String> far = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (int s = 0; s < m; s++) {
            deviation.add(new ArrayList<>());
        }
        int withStart = 0;
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
            int[] words = new int[m];
            for (int s = 0; s < m; s++) {
                Path in = dir.resolve(sets[s]).resolve(name);
                // (read as UTF-8, a malformed byte as U+FFFD: a browser may write a page's bytes as they came)
                String out = Files.exists(in) ? chain.clean(name, new String(Files.readAllBytes(in), StandardCharsets.UTF_8)).text() : "";
                marks[s] += MARK.matcher(out).results().count();
                // (a Markdown link's address and an image are no words of the page: "[Home](/)" counts one)
                String text = norm(MARKDOWN_ADDRESS.matcher(MARK.matcher(out).replaceAll("")).replaceAll(" "));
                words[s] = text.isEmpty() ? 0 : text.split(" ").length;
                kept[s] += words[s];
                boolean kept1 = !start.isEmpty() && text.contains(start);
                starts[s] += kept1 ? 1 : 0;
                if (!start.isEmpty() && !kept1) {
                    lost.add(String.format(Locale.ROOT, "%s %s: the article's start lost", sets[s], stem));
                }
            }
            for (int s = 0; s < m; s++) {
                double d = Math.abs(words[s] - words[m - 1]) / (double) Math.max(1, words[m - 1]);
                deviation.get(s).add(d);
                if (d > 0.25) {
                    far.add(String.format(Locale.ROOT, "%s %s: %d words kept, %d of the -nolist save", sets[s], stem, words[s], words[m - 1]));
                }
            }
        }
        for (int s = 0; s < m; s++) {
            List<Double> d = deviation.get(s);
            d.sort(Double::compare);
            System.out.printf(Locale.ROOT, "%-7s %d pages: %,7d words kept, article start kept on %d of %d pages, link numbers left %,5d;"
                            + " words kept against the -nolist save's: median difference %.1f%%, within 25%% on %d pages%n",
                    sets[s], names.size(), kept[s], starts[s], withStart, marks[s], 100 * d.get(d.size() / 2), d.stream().filter(x -> x <= 0.25).count());
        }
        lost.stream().limit(examples).forEach(x -> System.out.println("    " + x));
        far.stream().limit(examples).forEach(x -> System.out.println("    " + x));
    }

    private static String norm(String text) {
        return NON_WORD.matcher(text).replaceAll(" ").strip();
    }
}
