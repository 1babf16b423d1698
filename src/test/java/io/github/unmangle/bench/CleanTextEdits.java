package io.github.unmangle.bench;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.PassReport;
import io.github.unmangle.core.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Do-no-harm figure: what the default chain (and spin) does to text that is already clean — the
 * annotated main texts (gold) of boilerplate-dev's article pages and the human translations of
 * mt-dev. Every edit there is a false edit (or a fix the annotators' text needed); reported per
 * pass and rule, per 10,000 words, with examples.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.CleanTextEdits [SHARED_DIR] [--examples N] [--pass NAME] [--opt PASS.KEY=VALUE ...]}
 */
public final class CleanTextEdits {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared");
        int examples = 0;
        String onlyPass = null;
        Map<String, Map<String, String>> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--examples")) {
                examples = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--pass")) {
                onlyPass = args[++i];
            } else if (args[i].equals("--opt")) {
                BenchArgs.passOption(options, args[++i]);
            }
        }
        List<String> docs = new ArrayList<>();
        Path dev = shared.resolve("boilerplate-dev");
        for (String line : Files.readAllLines(dev.resolve("manifest.tsv"))) {
            String[] c = line.split("\t");
            if (!c[0].equals("name") && c[3].equals("article")) {
                docs.add(Files.readString(dev.resolve("gold").resolve(c[0] + ".txt"), StandardCharsets.UTF_8));
            }
        }
        int articles = docs.size();
        StringBuilder human = new StringBuilder();
        int lines = 0;
        for (String row : Files.readAllLines(shared.resolve("mt-dev/mqm_ted_zhen.tsv"))) {
            String[] c = row.split("\t", -1);
            if (c.length > 6 && (c[0].equals("ref") || c[0].equals("refB"))) {
                human.append(c[6].replace("<v>", "").replace("</v>", "")).append('\n');
                if (++lines % 40 == 0) {
                    docs.add(human.toString());
                    human.setLength(0);
                }
            }
        }
        docs.add(human.toString());
        PassRegistry reg = PassRegistry.load();
        Pipeline chain = Pipeline.build(reg, List.of("unicode", "boilerplate", "mt", "spin"), options, Map.of());
        long words = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Integer> byPass = new TreeMap<>();
        List<String> shown = new ArrayList<>();
        for (String d : docs) {
            Matcher m = WORD.matcher(d);
            while (m.find()) {
                words++;
            }
            Cleaned c = chain.clean("clean", d);
            List<String> texts = new ArrayList<>();
            String cur = d;
            for (String p : List.of("unicode", "boilerplate", "mt", "spin")) {
                texts.add(cur);
                cur = Pipeline.build(reg, List.of(p), options, Map.of()).clean("x", cur).text();
            }
            int pi = 0;
            String seen = d; // the text each pass saw (passes run in order)
            for (PassReport r : c.passes()) {
                final String view = texts.get(pi++);
                byPass.merge(r.pass(), r.edits().size(), Integer::sum);
                for (Edit e : r.edits()) {
                    if (e.end() > view.length()) {
                        continue;
                    }
                    byRule.merge(r.pass() + "/" + e.rule(), 1, Integer::sum);
                    if (shown.size() < examples && (onlyPass == null || onlyPass.equals(r.pass()))) {
                        String ctx = view.substring(Math.max(0, e.start() - 30), e.start()) + "[" + e.before() + "→" + e.after() + "]"
                                + view.substring(e.end(), Math.min(view.length(), e.end() + 30));
                        shown.add(r.pass() + "/" + e.rule() + ": " + ctx.replace("\n", "\\n"));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "clean text: %d article gold texts + %d human-translation lines, %d words%n", articles, lines, words);
        final long w = words;
        byPass.forEach((p, n) -> System.out.printf(Locale.ROOT, "  %-12s %6d edits = %6.2f per 10,000 words%n", p, n, 10000.0 * n / w));
        byRule.forEach((r, n) -> System.out.printf(Locale.ROOT, "    %-34s %6d%n", r, n));
        shown.forEach(s -> System.out.println("  e.g. " + s));
    }
}
