package io.github.unmangle.bench;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
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
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How well the unicode pass undoes casing slips of the shapes typing, OCR and text tools leave, and what it does to words
 * written so on purpose. Clean texts (boilerplate-dev's gold texts) get a slip in one word of {@code 1/RATE}, of one shape
 * drawn at random: a capital inside a lowercase word ("impactIng"), a capital as a lowercase word's second letter
 * ("tHe"), a capital inside a capitalised word ("ThUrsday"), and the shift key held one letter long on a capitalised
 * word ("THe"). The unicode pass runs on the damaged text and on the clean one; each slip is read at its place in both
 * outputs (texts whose outputs do not split into as many words are left out). Reported per shape: slips, restored
 * exactly, left, made something else; then the casing-slip edits on the clean texts themselves, each one to read (the
 * mixed-case words of clean text are names and code, or the text's own slips).
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.CasingEval [DIR] [--texts N] [--rate R] [--examples N]} (DIR:
 * folder of clean .txt files, by default ../shared/boilerplate-dev/gold; R: one word in R gets a slip, 100 by default).
 */
public final class CasingEval {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_@#/.'’-])[A-Za-z]{3,}(?![\\p{L}\\p{N}_@/'’-])");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final String[] SHAPES = {"inner capital (impactIng)", "second letter (tHe)", "inside a capitalised word (ThUrsday)",
        "shift held (THe)"};

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("../shared/boilerplate-dev/gold");
        int max = 400;
        int rate = 100;
        int examples = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--texts" -> max = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--examples" -> examples = Integer.parseInt(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().limit(max).toList();
        }
        Pipeline unicode = Pipeline.build(PassRegistry.load(), List.of("unicode"));
        Random rnd = new Random(7);
        long[] made = new long[SHAPES.length];
        long[] restored = new long[SHAPES.length];
        long[] left = new long[SHAPES.length];
        long[] other = new long[SHAPES.length];
        long words = 0;
        long skipped = 0;
        long elsewhere = 0;
        List<String> cleanEdits = new ArrayList<>();
        Map<Integer, List<String>> missed = new HashMap<>();
        for (Path p : files) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Cleaned clean = unicode.clean("clean", text);
            for (Edit e : clean.passes().get(0).edits()) {
                if (e.rule().equals("casing-slip")) {
                    cleanEdits.add(p.getFileName() + ": " + e.before() + " -> " + e.after());
                }
            }
            // the slips, each at a word's place in the text (counted in whitespace-separated tokens)
            StringBuilder damaged = new StringBuilder();
            Map<Integer, int[]> slips = new HashMap<>(); // token ordinal -> {shape}
            Map<Integer, String> originals = new HashMap<>();
            Matcher m = WORD.matcher(text);
            int last = 0;
            while (m.find()) {
                String w = m.group();
                words++;
                String slipped = null;
                int shape = -1;
                if (rnd.nextInt(rate) == 0) {
                    shape = rnd.nextInt(SHAPES.length);
                    slipped = slip(w, shape, rnd);
                }
                damaged.append(text, last, m.start());
                if (slipped != null) {
                    int ordinal = tokens(damaged.toString() + "x") - 1; // (the word's token: the text so far and the word's first letter)
                    slips.put(ordinal, new int[] {shape});
                    originals.put(ordinal, w);
                    damaged.append(slipped);
                } else {
                    damaged.append(w);
                }
                last = m.end();
            }
            damaged.append(text, last, text.length());
            String[] outClean = split(clean.text());
            String[] outDamaged = split(unicode.clean("damaged", damaged.toString()).text());
            String[] in = split(damaged.toString());
            if (outClean.length != outDamaged.length || in.length != split(text).length || outClean.length != in.length) {
                skipped += slips.size();
                continue;
            }
            for (int k = 0; k < outClean.length; k++) {
                int[] s = slips.get(k);
                if (s == null) {
                    elsewhere += outClean[k].equals(outDamaged[k]) ? 0 : 1;
                    continue;
                }
                made[s[0]]++;
                if (outDamaged[k].equals(outClean[k])) {
                    restored[s[0]]++;
                } else if (outDamaged[k].equals(in[k])) {
                    left[s[0]]++;
                    List<String> ex = missed.computeIfAbsent(s[0], x -> new ArrayList<>());
                    if (ex.size() < examples) {
                        ex.add(in[k] + " (" + originals.get(k) + ")");
                    }
                } else {
                    other[s[0]]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d clean texts of %s, %d words of 3+ letters, a slip in one of %d (%d slips in texts left out)%n",
                files.size(), dir, words, rate, skipped);
        for (int s = 0; s < SHAPES.length; s++) {
            System.out.printf(Locale.ROOT, "  %-40s %6d slips: restored %6d (%.3f), left %5d, made something else %d%n", SHAPES[s], made[s],
                    restored[s], made[s] == 0 ? 0.0 : (double) restored[s] / made[s], left[s], other[s]);
            for (String ex : missed.getOrDefault(s, List.of())) {
                System.out.println("      left: " + ex);
            }
        }
        System.out.printf(Locale.ROOT, "  words changed elsewhere by the slips (outputs of the clean and the damaged text differ): %d%n", elsewhere);
        System.out.printf(Locale.ROOT, "casing-slip edits on the clean texts: %d%n", cleanEdits.size());
        for (String e : cleanEdits) {
            System.out.println("  " + e);
        }
    }

    /** {@code w} with a slip of the shape, or null when the word has no room for it (it stays as it is). */
    private static String slip(String w, int shape, Random rnd) {
        boolean lower = w.chars().allMatch(Character::isLowerCase);
        boolean capitalised = Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase);
        char[] c = w.toCharArray();
        switch (shape) {
            case 0 -> {
                if (!lower || w.length() < 4) {
                    return null;
                }
                int at = 2 + rnd.nextInt(w.length() - 2);
                c[at] = Character.toUpperCase(c[at]);
            }
            case 1 -> {
                if (!lower) {
                    return null;
                }
                c[1] = Character.toUpperCase(c[1]);
            }
            case 2 -> {
                if (!capitalised || w.length() < 4) {
                    return null;
                }
                int at = 2 + rnd.nextInt(w.length() - 2);
                c[at] = Character.toUpperCase(c[at]);
            }
            default -> {
                if (!capitalised) {
                    return null;
                }
                c[1] = Character.toUpperCase(c[1]);
            }
        }
        return new String(c);
    }

    private static String[] split(String t) {
        String s = t.strip();
        return s.isEmpty() ? new String[0] : SPACE.split(s);
    }

    private static int tokens(String t) {
        return split(t).length;
    }
}
