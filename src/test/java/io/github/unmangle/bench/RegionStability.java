package io.github.unmangle.bench;

import io.github.unmangle.core.Pipeline;
import io.github.unmangle.core.PassRegistry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much one line decides a page: the boilerplate pass's output on boilerplate-dev, and again with one of the lines it
 * kept that are not the page's main text (under a fifth of its words in the gold) taken out of the input, as if a rule
 * had learned to drop it. Taking out furniture should never cost article text; where it does, the pass's reading of
 * where the article stands (its region, its blocks) hangs on that line, and a change that recognises one more line of
 * furniture can lose a page (wcxb_dev_2947 lost 0.99 -> 0.22 of its recall so, 2026-12-04). Reports, per page type,
 * the pages whose recall falls by {@value #FALL} or more for some line, and the lines that did it.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.RegionStability DIR [--cross-models DIR] [--lines N] [--show N]}
 * (N lines tried a page, spread over its kept non-gold lines; default 4).
 */
public final class RegionStability {
    /** A fall of recall at least this large counts. */
    static final double FALL = 0.2;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/boilerplate-dev");
        Path crossModels = null;
        int tries = 4;
        int show = 20;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--cross-models" -> crossModels = Path.of(args[++i]);
                case "--lines" -> tries = Integer.parseInt(args[++i]);
                case "--show" -> show = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        PassRegistry reg = PassRegistry.load();
        Pipeline[] byHalf = new Pipeline[2];
        for (int h = 0; h < 2; h++) {
            Map<String, String> o = new HashMap<>();
            if (crossModels != null) {
                o.put("line-model", crossModels.resolve(h == 0 ? "line-model-odd.txt" : "line-model-even.txt").toString());
            }
            byHalf[h] = Pipeline.build(reg, List.of("unicode", "boilerplate"), Map.of("boilerplate", o), Map.of());
        }
        Map<String, int[]> byType = new java.util.TreeMap<>(); // pages, pages with a fall, tries, falls
        List<String> shown = new ArrayList<>();
        double lost = 0;
        int pages = 0;
        for (String line : Files.readAllLines(dir.resolve("manifest.tsv"))) {
            String[] m = line.split("\t");
            if (m[0].equals("name")) {
                continue;
            }
            String in = Files.readString(dir.resolve("input").resolve(m[0] + ".txt"), StandardCharsets.UTF_8);
            String gold = Files.readString(dir.resolve("gold").resolve(m[0] + ".txt"), StandardCharsets.UTF_8);
            Pipeline pipe = byHalf[Integer.parseInt(m[1].replaceAll("\\D", "")) % 2];
            String kept = pipe.clean(m[0], in).text();
            double recall = BoilerplateEval.pr(kept, gold)[1];
            Set<String> goldWords = words(gold);
            // the kept lines not of the main text, found as lines of the input
            List<String> inputLines = List.of(in.split("\n", -1));
            Set<String> inputSet = new HashSet<>();
            inputLines.forEach(l -> inputSet.add(l.strip()));
            List<String> candidates = new ArrayList<>();
            for (String k : kept.split("\n")) {
                String s = k.strip();
                List<String> w = tokens(s);
                if (w.isEmpty() || !inputSet.contains(s) || candidates.contains(s)) {
                    continue;
                }
                long inGold = w.stream().filter(goldWords::contains).count();
                if (inGold * 5 < w.size()) {
                    candidates.add(s);
                }
            }
            int[] t = byType.computeIfAbsent(m[3], x -> new int[4]);
            t[0]++;
            pages++;
            double worst = 0;
            String worstLine = null;
            int n = Math.min(tries, candidates.size());
            for (int k = 0; k < n; k++) {
                String drop = candidates.get(n == candidates.size() ? k : (int) ((long) k * candidates.size() / n));
                StringBuilder sb = new StringBuilder(in.length());
                boolean gone = false;
                for (String l : inputLines) {
                    if (!gone && l.strip().equals(drop)) {
                        gone = true;
                        continue;
                    }
                    sb.append(l).append('\n');
                }
                double r = BoilerplateEval.pr(pipe.clean(m[0], sb.toString()).text(), gold)[1];
                t[2]++;
                if (recall - r >= FALL) {
                    t[3]++;
                }
                if (recall - r > worst) {
                    worst = recall - r;
                    worstLine = drop;
                }
            }
            if (worst >= FALL) {
                t[1]++;
                lost += worst;
                shown.add(String.format(Locale.ROOT, "  %s %-13s recall %.2f -> %.2f without \"%s\"", m[0], m[3], recall, recall - worst,
                        worstLine.length() > 90 ? worstLine.substring(0, 90) + "…" : worstLine));
            }
        }
        System.out.printf(Locale.ROOT, "boilerplate-dev, %d pages%s: up to %d kept non-gold lines taken out of each page's input, one at a time%n",
                pages, crossModels == null ? "" : ", cross-fit line models", tries);
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            int[] t = e.getValue();
            System.out.printf(Locale.ROOT, "  %-14s %4d pages, %3d lose %.1f or more of their recall for one line (%d of %d lines tried)%n",
                    e.getKey(), t[0], t[1], FALL, t[3], t[2]);
        }
        System.out.printf(Locale.ROOT, "pages that lose %.1f or more: %d; their worst falls sum to %.2f pages' recall%n",
                FALL, shown.size(), lost);
        shown.stream().limit(show).forEach(System.out::println);
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Set<String> words(String s) {
        return new HashSet<>(tokens(s));
    }
}
