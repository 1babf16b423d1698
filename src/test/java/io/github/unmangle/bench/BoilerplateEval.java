package io.github.unmangle.bench;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.BatchLearner;
import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quality of the boilerplate pass on boilerplate-dev (pages saved as text by lynx, with the
 * annotated main text), scored as its README says: per page, bag-of-words precision and recall
 * of the kept text's word tokens against the gold's (case-sensitive), averaged over pages; F1 of
 * the averages. Baselines in the same run: keep every line, and C4's rule (keep lines ending in
 * terminal punctuation). Pages are split in two halves by their number (even/odd) so that what
 * was tuned on one half can be checked on the other; both are reported, and per page type. The
 * dev set's snippets (passages to keep and to drop) are scored too, as trafilatura's evaluation
 * scores them ({@link Snippets}).
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.BoilerplateEval DIR [--learn] [--worst N [--type T]] [--mb MB] [--dump DIR] [--pages FILE] [--rule R --examples N] [--wrap W] [--opt KEY=VALUE ...] [--cross-models DIR]} (--opt: a boilerplate option; --cross-models: each half of the pages cleaned with the line model trained on the other half, DIR/line-model-odd.txt and -even.txt as data/boilerplate/train.py --folds writes them)
 * (--learn: batch learning over all pages first; --mb: also time the pass alone over MB of input; --dump: write each page's kept text to DIR/NAME.txt;
 * --pages: write each page's name, type, precision, recall and F1 to FILE, tab-separated, to compare two runs page by page;
 * --rule R [--examples N]: the 40 pages that lose the most recall to rule R (and N of its drops whose words are mostly in the gold);
 * each rule's share of the recall lost is in the table of drops per rule; --wrap W: the pages wrapped first at W columns, as a text
 * browser saves them at its default width, see {@link #textBrowserWrap}).
 */
public final class BoilerplateEval {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final class Score {
        double p;
        double r;
        int pages;

        void add(double[] pr) {
            p += pr[0];
            r += pr[1];
            pages++;
        }

        String fmt() {
            double ap = p / pages;
            double ar = r / pages;
            return String.format(Locale.ROOT, "P %.4f R %.4f F1 %.4f (%d pages)", ap, ar, 2 * ap * ar / (ap + ar), pages);
        }
    }

    /**
     * The dev set's snippets ({@code snippets/NAME.json}: passages that must be kept, "with", and that must be dropped,
     * "without"), scored as trafilatura's evaluation scores them: a kept "with" passage is a true positive, a missing one a
     * false negative, a kept "without" passage a false positive, a dropped one a true negative; counted over all pages
     * (white space collapsed on both sides, a passage found as a substring).
     */
    private static final class Snippets {
        long tp;
        long fn;
        long fp;
        long tn;

        void add(String text, List<String> with, List<String> without) {
            String norm = text.replaceAll("\\s+", " ");
            for (String w : with) {
                if (norm.contains(w.strip().replaceAll("\\s+", " "))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (String w : without) {
                if (norm.contains(w.strip().replaceAll("\\s+", " "))) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }

        String fmt() {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            return String.format(Locale.ROOT, "P %.4f R %.4f F1 %.4f accuracy %.4f", p, r, f1(p, r), (double) (tp + tn) / (tp + fn + fp + tn));
        }
    }

    private static List<String> strings(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /**
     * A page as a text browser saves it at its default width ({@code lynx -dump} without {@code -width}: lines of up to
     * {@code width} characters): each line's words filled greedily up to the width, a continuation line at the line's
     * indentation, or under the text of a list item ("* ", "+ ", "o ", "- ", "12. ").
     */
    static String textBrowserWrap(String page, int width) {
        StringBuilder out = new StringBuilder();
        String[] lines = page.split("\n", -1);
        for (int li = 0; li < lines.length; li++) {
            String line = lines[li];
            if (li > 0) {
                out.append('\n');
            }
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (line.length() <= width || indent == line.length()) {
                out.append(line);
                continue;
            }
            java.util.regex.Matcher item = java.util.regex.Pattern.compile("([*+o-]|\\d{1,3}\\.) ").matcher(line).region(indent, line.length());
            int hang = indent + (item.lookingAt() ? item.end() - indent : 0);
            String pad = " ".repeat(Math.min(hang, width / 2));
            int lineStart = out.length();
            out.append(line, 0, indent);
            boolean first = true;
            for (String word : line.substring(indent).split(" +")) {
                if (!first && out.length() - lineStart + 1 + word.length() > width) {
                    out.append('\n');
                    lineStart = out.length();
                    out.append(pad).append(word);
                } else {
                    out.append(first ? "" : " ").append(word);
                }
                first = false;
            }
        }
        return out.toString();
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/boilerplate-dev");
        boolean learn = false;
        int worst = 0;
        String worstType = null;
        int mb = 0;
        int examples = 0;
        int lostLines = 0;
        String showRule = null;
        Path dump = null;
        Path pages = null;
        int wrap = 0;
        Path crossModels = null; // line models trained on one half of the pages, each applied to the other half's
        Map<String, String> opts = new HashMap<>(); // boilerplate options (--opt line-model=off)
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--learn" -> learn = true;
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--type" -> worstType = args[++i];
                case "--mb" -> mb = Integer.parseInt(args[++i]);
                case "--lost" -> lostLines = Integer.parseInt(args[++i]);
                case "--examples" -> examples = Integer.parseInt(args[++i]);
                case "--rule" -> showRule = args[++i];
                case "--dump" -> dump = Path.of(args[++i]);
                case "--pages" -> pages = Path.of(args[++i]);
                case "--wrap" -> wrap = Integer.parseInt(args[++i]);
                case "--cross-models" -> crossModels = Path.of(args[++i]);
                case "--opt" -> {
                    String[] kv = args[++i].split("=", 2);
                    opts.put(kv[0], kv[1]);
                }
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        List<String[]> manifest = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.tsv"))) {
            String[] f = line.split("\t");
            if (!f[0].equals("name")) {
                manifest.add(f);
            }
        }
        PassRegistry reg = PassRegistry.load();
        Map<String, BatchKnowledge> batch = new HashMap<>();
        List<String> inputs = new ArrayList<>();
        for (String[] m : manifest) {
            String page = Files.readString(dir.resolve("input").resolve(m[0] + ".txt"), StandardCharsets.UTF_8);
            inputs.add(wrap > 0 ? textBrowserWrap(page, wrap) : page);
        }
        if (learn) {
            PassFactory f = reg.get("boilerplate");
            BatchLearner l = f.newBatchLearner(PassOptions.defaults(f));
            for (int i = 0; i < inputs.size(); i++) {
                l.observe(manifest.get(i)[0], inputs.get(i));
            }
            BatchKnowledge k = l.finish();
            batch.put("boilerplate", k);
            System.out.println("learned: " + k.summary());
        }
        Pipeline pipe = Pipeline.build(reg, List.of("unicode", "boilerplate"), Map.of("boilerplate", opts), batch);
        Pipeline[] byHalf = null; // [even pages, odd pages]
        if (crossModels != null) {
            byHalf = new Pipeline[2];
            for (int h = 0; h < 2; h++) {
                Map<String, String> o = new HashMap<>(opts);
                o.put("line-model", crossModels.resolve(h == 0 ? "line-model-odd.txt" : "line-model-even.txt").toString());
                byHalf[h] = Pipeline.build(reg, List.of("unicode", "boilerplate"), Map.of("boilerplate", o), batch);
            }
            System.out.println("cross-fit: each page cleaned with the line model trained on the other half's pages (" + crossModels + ")");
        }
        if (dump != null) {
            Files.createDirectories(dump);
        }
        Map<String, Score> ours = new TreeMap<>();
        Map<String, Score> all = new TreeMap<>();
        Map<String, Score> c4 = new TreeMap<>();
        List<Object[]> byPage = new ArrayList<>();
        List<String> pageLines = new ArrayList<>();
        Map<String, int[]> ruleDrops = new TreeMap<>();
        Map<String, Double> recallLost = new TreeMap<>();
        Map<String, Double> pageLost = new HashMap<>();
        Snippets[] snippets = {new Snippets(), new Snippets(), new Snippets()}; // ours, keep-all, c4-rule
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int i = 0; i < manifest.size(); i++) {
            String[] m = manifest.get(i);
            String in = inputs.get(i);
            String gold = Files.readString(dir.resolve("gold").resolve(m[0] + ".txt"), StandardCharsets.UTF_8);
            boolean odd = Integer.parseInt(m[1].replaceAll("\\D", "")) % 2 == 1;
            Cleaned c = (byHalf == null ? pipe : byHalf[odd ? 1 : 0]).clean(m[0], in);
            double[] pr = pr(c.text(), gold);
            if (dump != null) {
                Files.writeString(dump.resolve(m[0] + ".txt"), c.text(), StandardCharsets.UTF_8);
            }
            String half = Integer.parseInt(m[1].replaceAll("\\D", "")) % 2 == 0 ? "even" : "odd";
            for (String key : List.of("all", "all/" + half, "type/" + m[3])) {
                ours.computeIfAbsent(key, k -> new Score()).add(pr);
                all.computeIfAbsent(key, k -> new Score()).add(pr(in, gold));
                c4.computeIfAbsent(key, k -> new Score()).add(pr(c4(in), gold));
            }
            Path snippetFile = dir.resolve("snippets").resolve(m[0] + ".json");
            if (Files.exists(snippetFile)) {
                var node = json.readTree(snippetFile.toFile());
                List<String> with = strings(node.get("with"));
                List<String> without = strings(node.get("without"));
                snippets[0].add(c.text(), with, without);
                snippets[1].add(in, with, without);
                snippets[2].add(c4(in), with, without);
            }
            byPage.add(new Object[] {m[0], m[3], pr[0], pr[1]});
            if (pages != null) {
                pageLines.add(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%.4f\t%.4f", m[0], m[3], pr[0], pr[1], f1(pr[0], pr[1])));
            }
            if (lostLines > 0) {
                String norm = c.text().replaceAll("\\s+", " ");
                for (String gl : gold.split("\n")) {
                    String gs = gl.strip().replaceAll("\\s+", " ");
                    if (gs.length() >= 25 && !norm.contains(gs) && lostLines-- > 0) {
                        System.out.println("  lost " + m[0] + " " + m[3] + ": " + gs.substring(0, Math.min(160, gs.length())));
                    }
                }
            }
            Map<String, Integer> g = bag(gold);
            // the gold tokens the kept text lacks, charged to the edits that dropped them (in order): each rule's share of the recall lost
            Map<String, Integer> missing = new HashMap<>(g);
            bag(c.text()).forEach((tok, k) -> missing.computeIfPresent(tok, (x, v) -> v - k > 0 ? v - k : null));
            int goldTokens = g.values().stream().mapToInt(Integer::intValue).sum();
            for (var rep : c.passes()) {
                if (!rep.pass().equals("boilerplate")) {
                    continue;
                }
                for (var e : rep.edits()) {
                    Matcher x = TOKEN.matcher(e.before());
                    int hit = 0;
                    int tot = 0;
                    int lost = 0;
                    while (x.find()) {
                        tot++;
                        if (g.containsKey(x.group())) {
                            hit++;
                        }
                        Integer need = missing.get(x.group());
                        if (need != null) {
                            lost++;
                            missing.compute(x.group(), (tk, v) -> v > 1 ? v - 1 : null);
                        }
                    }
                    if (goldTokens > 0) {
                        recallLost.merge(e.rule(), (double) lost / goldTokens / manifest.size(), Double::sum);
                        if (e.rule().equals(showRule)) {
                            pageLost.merge(m[0] + " " + m[3], (double) lost / goldTokens, Double::sum);
                        }
                    }
                    boolean mostlyGold = tot > 0 && hit > 0.8 * tot;
                    ruleDrops.computeIfAbsent(e.rule(), r -> new int[3])[mostlyGold ? 1 : 0]++;
                    ruleDrops.get(e.rule())[2] += tot;
                    if (mostlyGold && examples > 0 && (showRule == null || showRule.equals(e.rule()))) {
                        examples--;
                        System.out.println("  dropped gold? " + m[0] + " " + e.rule() + ": " + e.before().strip().replace("\n", " | ").substring(0, Math.min(150, e.before().strip().length())));
                    }
                }
            }
        }
        System.out.println("boilerplate-dev, " + manifest.size() + " pages, chain unicode,boilerplate" + (learn ? " with batch learning" : ""));
        for (String key : ours.keySet()) {
            System.out.printf(Locale.ROOT, "%-20s ours %s | keep-all %s | c4-rule %s%n", key, ours.get(key).fmt(),
                    all.get(key).fmt().replaceAll(" \\(.*", ""), c4.get(key).fmt().replaceAll(" \\(.*", ""));
        }
        if (snippets[0].tp + snippets[0].fn + snippets[0].fp + snippets[0].tn > 0) {
            System.out.printf(Locale.ROOT, "snippets (%d with, %d without; trafilatura's scoring) ours %s | keep-all %s | c4-rule %s%n",
                    snippets[0].tp + snippets[0].fn, snippets[0].fp + snippets[0].tn, snippets[0].fmt(), snippets[1].fmt(), snippets[2].fmt());
        }
        if (pages != null) {
            Files.write(pages, pageLines, StandardCharsets.UTF_8);
        }
        System.out.println("drops per rule: [edits whose words are mostly NOT in gold, mostly in gold (suspect), tokens, recall lost to the rule]");
        ruleDrops.forEach((r, v) -> System.out.printf(Locale.ROOT, "  %-18s %6d %6d %8d %8.4f%n", r, v[0], v[1], v[2], recallLost.getOrDefault(r, 0.0)));
        if (showRule != null) {
            System.out.println("pages losing the most recall to " + showRule + ":");
            pageLost.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(40)
                    .forEach(en -> System.out.printf(Locale.ROOT, "  %s %.3f%n", en.getKey(), en.getValue()));
        }
        if (worst > 0) {
            if (worstType != null) {
                String wt = worstType;
                byPage.removeIf(p -> !wt.equals(p[1]));
            }
            byPage.sort((a, b) -> Double.compare(f1((double) a[2], (double) a[3]), f1((double) b[2], (double) b[3])));
            System.out.println("lowest F1" + (worstType == null ? "" : " (" + worstType + ")") + ":");
            for (int i = 0; i < Math.min(worst, byPage.size()); i++) {
                System.out.printf(Locale.ROOT, "  %s %s P %.2f R %.2f%n", byPage.get(i)[0], byPage.get(i)[1], byPage.get(i)[2], byPage.get(i)[3]);
            }
            byPage.sort((a, b) -> Double.compare((double) a[3], (double) b[3]));
            System.out.println("lowest recall:");
            for (int i = 0; i < Math.min(worst, byPage.size()); i++) {
                System.out.printf(Locale.ROOT, "  %s %s P %.2f R %.2f%n", byPage.get(i)[0], byPage.get(i)[1], byPage.get(i)[2], byPage.get(i)[3]);
            }
            byPage.sort((a, b) -> Double.compare((double) a[2], (double) b[2]));
            System.out.println("lowest precision:");
            for (int i = 0; i < Math.min(worst, byPage.size()); i++) {
                System.out.printf(Locale.ROOT, "  %s %s P %.2f R %.2f%n", byPage.get(i)[0], byPage.get(i)[1], byPage.get(i)[2], byPage.get(i)[3]);
            }
        }
        if (mb > 0) {
            speed(reg, batch, inputs, mb, opts);
        }
    }

    /** The boilerplate pass alone, one thread, over MB of the pages repeated (after a warm-up), with the options {@code opts}. */
    private static void speed(PassRegistry reg, Map<String, BatchKnowledge> batch, List<String> inputs, int mb, Map<String, String> opts) {
        Pipeline only = Pipeline.build(reg, List.of("boilerplate"), Map.of("boilerplate", opts), batch);
        // (UTF-8 sizes counted once, outside the timed loops: encoding 100 MB took a few per cent of them)
        long[] size = inputs.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).toArray();
        long bytes = 0;
        for (String s : inputs) {
            only.clean("warm", s);
        }
        long t0 = System.nanoTime();
        int k = 0;
        while (bytes < mb * 1_000_000L) {
            int at = k++ % inputs.size();
            only.clean("x", inputs.get(at));
            bytes += size[at];
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "speed: boilerplate pass alone in the pipeline (edits applied), %.0f MB in %.2f s = %.1f MB/s single thread%n",
                bytes / 1e6, secs, bytes / 1e6 / secs);
        PassFactory f = reg.get("boilerplate");
        io.github.unmangle.core.Pass pass = f.create(new PassOptions("boilerplate", f.options(), opts), batch.get("boilerplate"));
        // in three rounds of a third each, so that a noisy machine shows in their spread (the median is the figure to quote)
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] rounds = new double[3];
        bytes = 0;
        k = 0;
        long cpu = mx.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        for (int r = 0; r < rounds.length; r++) {
            long roundBytes = 0;
            long r0 = System.nanoTime();
            while (roundBytes < mb * 1_000_000L / rounds.length) {
                int at = k++ % inputs.size();
                pass.apply(io.github.unmangle.core.PassInput.of("x", inputs.get(at)));
                roundBytes += size[at];
            }
            rounds[r] = roundBytes / 1e6 / ((System.nanoTime() - r0) / 1e9);
            bytes += roundBytes;
        }
        secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
        double[] sorted = rounds.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "speed: Pass.apply only (edits found, not applied), %.0f MB in %.2f s = %.1f MB/s single thread (%.1f MB/s of thread CPU time);"
                        + " rounds %.1f / %.1f / %.1f MB/s, median %.1f%n",
                bytes / 1e6, secs, bytes / 1e6 / secs, bytes / 1e6 / cpuSecs, rounds[0], rounds[1], rounds[2], sorted[1]);
    }

    private static String c4(String in) {
        StringBuilder sb = new StringBuilder();
        for (String line : in.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && ".!?\"'”’".indexOf(s.charAt(s.length() - 1)) >= 0) {
                sb.append(s).append('\n');
            }
        }
        return sb.toString();
    }

    /** Bag-of-words precision and recall of {@code kept} against {@code gold}. */
    static double[] pr(String kept, String gold) {
        long[] c = counts(kept, gold);
        long common = c[0];
        long nk = c[1];
        long ng = c[2];
        double p = nk == 0 ? (ng == 0 ? 1 : 0) : (double) common / nk;
        double r = ng == 0 ? 1 : (double) common / ng;
        return new double[] {p, r};
    }

    /** The words {@code kept} and {@code gold} share (as bags), then the words of each. */
    static long[] counts(String kept, String gold) {
        Map<String, Integer> g = bag(gold);
        Map<String, Integer> k = bag(kept);
        long common = 0;
        long nk = 0;
        long ng = 0;
        for (Map.Entry<String, Integer> e : k.entrySet()) {
            nk += e.getValue();
            common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        for (int v : g.values()) {
            ng += v;
        }
        return new long[] {common, nk, ng};
    }

    private static Map<String, Integer> bag(String s) {
        Map<String, Integer> m = new HashMap<>();
        Matcher x = TOKEN.matcher(s);
        while (x.find()) {
            m.merge(x.group(), 1, Integer::sum);
        }
        return m;
    }
}
