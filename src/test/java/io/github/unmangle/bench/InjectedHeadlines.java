package io.github.unmangle.bench;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.Flag;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.PassReport;
import io.github.unmangle.core.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Related-article headlines injected between an article's paragraphs, as news pages scraped to text carry them: each
 * article page's gold main text of boilerplate-dev gets one headline of another article between two of its prose
 * paragraphs, and the boilerplate pass (alone, one document at a time, no batch) cleans it. The headlines are the other
 * pages' own, read from their addresses' slugs ("amazon-pauses-police-use-of-facial-recognition" as "Amazon pauses police
 * use of facial recognition"), written in sentence case or in title case, 6 to 16 words, of a page drawn at random or of
 * the page nearest in topic (the most content words shared, as a site's "related" links are). Reports, per case: the headlines
 * dropped, flagged (kept, with a flag over them) or kept; and what the injection cost the article: lines the pass dropped
 * from the injected text that it kept from the text as it was. The same articles' subheadings, which the gold keeps, are
 * the lines a rule for these must leave: their drops are {@code CleanTextEdits}'s figure.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.InjectedHeadlines [DEV_DIR] [--seed N] [--show N]}
 */
public final class InjectedHeadlines {
    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "at", "by", "as", "vs");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/boilerplate-dev");
        long seed = 1;
        int show = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed")) {
                seed = Long.parseLong(args[++i]);
            } else if (args[i].equals("--show")) {
                show = Integer.parseInt(args[++i]);
            }
        }
        List<String[]> pages = new ArrayList<>(); // name, slug headline
        for (String line : Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length > 3 && f[3].equals("article")) {
                pages.add(new String[] {f[0], slugHeadline(f[2])});
            }
        }
        List<Set<String>> words = new ArrayList<>();
        for (String[] page : pages) {
            Set<String> w = new HashSet<>();
            for (String x : Files.readString(dir.resolve("gold").resolve(page[0] + ".txt"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (x.length() >= 3 && !io.github.unmangle.lang.Stopwords.contains(x)) {
                    w.add(x);
                }
            }
            words.add(w);
        }
        Random rnd = new Random(seed);
        Pipeline pass = Pipeline.build(PassRegistry.load(), List.of("boilerplate"), Map.of(), Map.of());
        Map<String, int[]> byCase = new TreeMap<>(); // case -> {injected, dropped, flagged, kept, articles losing lines, lines lost}
        int shown = 0;
        for (int pi = 0; pi < pages.size(); pi++) {
          String[] page = pages.get(pi);
          for (boolean nearest : new boolean[] {false, true}) {
            String gold = Files.readString(dir.resolve("gold").resolve(page[0] + ".txt"), StandardCharsets.UTF_8);
            List<Integer> gaps = proseGaps(gold);
            if (gaps.isEmpty()) {
                continue;
            }
            String headline = null;
            if (nearest) {
                double best = -1;
                for (int k = 0; k < pages.size(); k++) {
                    if (k != pi && pages.get(k)[1] != null) {
                        int both = 0;
                        for (String w : words.get(pi)) {
                            both += words.get(k).contains(w) ? 1 : 0;
                        }
                        double j = both / (double) (words.get(pi).size() + words.get(k).size() - both);
                        if (j > best) {
                            best = j;
                            headline = pages.get(k)[1];
                        }
                    }
                }
            }
            for (int tries = 0; tries < 50 && headline == null; tries++) {
                String[] other = pages.get(rnd.nextInt(pages.size()));
                if (other != page && other[1] != null) {
                    headline = other[1];
                }
            }
            if (headline == null) {
                continue;
            }
            boolean title = rnd.nextBoolean();
            String written = title ? titleCase(headline) : headline;
            int at = gaps.get(rnd.nextInt(gaps.size()));
            String injected = gold.substring(0, at) + written + "\n\n" + gold.substring(at);
            Cleaned before = pass.clean(page[0], gold);
            Cleaned after = pass.clean(page[0], injected);
            String kase = (nearest ? "nearest, " : "random, ") + (title ? "title case" : "sentence case");
            int[] n = byCase.computeIfAbsent(kase, k -> new int[6]);
            n[0]++;
            int hs = at;
            int he = at + written.length();
            boolean dropped = false;
            boolean flagged = false;
            String rule = "";
            for (PassReport r : after.passes()) {
                for (Edit e : r.edits()) {
                    if (e.start() <= hs && e.end() >= he) {
                        dropped = true;
                        rule = e.rule();
                    }
                }
                for (Flag fl : r.flags()) {
                    flagged |= fl.start() <= hs && fl.end() >= he;
                }
            }
            n[dropped ? 1 : flagged ? 2 : 3]++;
            // the article's own lines the injection cost: dropped after, kept before (by their text)
            Set<String> keptBefore = new HashSet<>(before.text().lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
            Set<String> keptAfter = new HashSet<>(after.text().lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
            int lost = 0;
            for (String l : keptBefore) {
                if (!keptAfter.contains(l)) {
                    lost++;
                }
            }
            if (lost > 0) {
                n[4]++;
                n[5] += lost;
            }
            if (shown < show && (!dropped || lost > 0)) {
                shown++;
                System.out.printf(Locale.ROOT, "  %s %s %s: \"%s\"%s%n", page[0], kase, dropped ? "dropped (" + rule + ")" : flagged ? "flagged" : "kept",
                        written, lost > 0 ? ", " + lost + " of the article's lines lost" : "");
            }
          }
        }
        System.out.println("boilerplate pass, one headline of another article injected between two prose paragraphs of each article page's gold text");
        int[] all = new int[6];
        for (Map.Entry<String, int[]> e : byCase.entrySet()) {
            int[] n = e.getValue();
            for (int k = 0; k < 6; k++) {
                all[k] += n[k];
            }
            print(e.getKey(), n);
        }
        print("all", all);
    }

    private static void print(String kase, int[] n) {
        System.out.printf(Locale.ROOT, "  %-24s %4d headlines: dropped %4d (%.3f), flagged %4d, kept %4d; articles that lost a line of their own %d (%d lines)%n",
                kase, n[0], n[1], n[1] / (double) Math.max(1, n[0]), n[2], n[3], n[4], n[5]);
    }

    /**
     * The headline an address's slug spells, in sentence case, or null: its last path segment's words (split at "-" and
     * "_", letters only, numbers and file extensions aside), 6 to 16 of them.
     */
    static String slugHeadline(String url) {
        String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String slug = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.[a-z]{2,5}$", "");
        List<String> words = new ArrayList<>();
        for (String w : slug.split("[-_]+")) {
            if (!w.matches("[A-Za-z]+")) {
                return null; // (ids, dates and numbers: no headline's words)
            }
            words.add(w.toLowerCase(Locale.ROOT));
        }
        if (words.size() < 6 || words.size() > 16) {
            return null;
        }
        String s = String.join(" ", words);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String titleCase(String s) {
        String[] w = s.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(i > 0 && SMALL.contains(w[i]) ? w[i] : Character.toUpperCase(w[i].charAt(0)) + w[i].substring(1));
        }
        return b.toString();
    }

    /** Offsets where a paragraph starts after a blank line, with a prose paragraph (120+ characters, ending a sentence) on each side. */
    static List<Integer> proseGaps(String t) {
        List<Integer> out = new ArrayList<>();
        List<int[]> paras = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int e = t.indexOf("\n\n", i);
            int end = e < 0 ? t.length() : e;
            if (end > i) {
                paras.add(new int[] {i, end});
            }
            if (e < 0) {
                break;
            }
            i = e + 2;
            while (i < t.length() && t.charAt(i) == '\n') {
                i++;
            }
        }
        for (int k = 1; k < paras.size(); k++) {
            if (prose(t, paras.get(k - 1)) && prose(t, paras.get(k))) {
                out.add(paras.get(k)[0]);
            }
        }
        return out;
    }

    private static boolean prose(String t, int[] p) {
        String s = t.substring(p[0], p[1]).strip();
        return s.length() >= 120 && !s.contains("\n") && ".!?\"”’)".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
