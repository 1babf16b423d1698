package io.github.unmangle.bench;

import io.github.unmangle.lang.Lexicon;
import io.github.unmangle.lang.Stopwords;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The check's English share ({@link Lexicon#englishWords}) on short texts: each folder's .txt files cut into passages of
 * 5, 10, 20 and 50 words (whitespace-separated; a passage never spans two files; the first 20,000 of each length), and
 * the share of passages under {@code check}'s default {@code --min-english} 0.6; beside it, the share under 0.2 of the
 * signal before 2026-12-05, English function words' share ({@link Stopwords#ratio}). For an English folder that share is
 * the false failures of a corpus of short records; for another language's, what the check catches.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.EnglishPassages DIR...} (e.g. ../shared/boilerplate-dev/gold
 * target/check-signals/udhr-other, which bench/check-signals.sh writes)
 */
public final class EnglishPassages {
    public static void main(String[] args) throws Exception {
        Lexicon lex = Lexicon.english();
        for (String dir : args) {
            List<List<String>> files = new ArrayList<>();
            try (var s = Files.list(Path.of(dir))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    List<String> words = new ArrayList<>();
                    for (String w : Files.readString(p).split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w);
                        }
                    }
                    files.add(words);
                }
            }
            for (int n : new int[] {5, 10, 20, 50}) {
                int total = 0;
                int under = 0;
                int underBefore = 0;
                for (List<String> words : files) {
                    for (int i = 0; i + n <= words.size() && total < 20_000; i += n) {
                        char[] text = String.join(" ", words.subList(i, i + n)).toCharArray();
                        long c = lex.englishWords(text);
                        long w = c >>> 32;
                        if (w > 0) {
                            total++;
                            under += (double) (int) c / w < 0.6 ? 1 : 0;
                            underBefore += Stopwords.ratio(text) < 0.2 ? 1 : 0;
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%s: %,d passages of %d words, %.1f%% under 0.6 (function words' share under 0.2: %.1f%%)%n",
                        dir, total, n, 100.0 * under / Math.max(1, total), 100.0 * underBefore / Math.max(1, total));
            }
        }
    }
}
