package io.github.unmangle.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The English word list shared by passes: SCOWL size 50, American and British spellings, with
 * inflected forms ("impacting", "criticised"). Built by {@code data/lexicon/build.sh}; loaded
 * once, on first use.
 */
public final class Lexicon {
    private final Set<String> words;
    private final Set<String> lowerWords;

    private Lexicon(Set<String> words) {
        this.words = words;
        Set<String> lower = new HashSet<>(words.size() * 2);
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lower.add(w);
            }
        }
        this.lowerWords = lower;
    }

    private static final class Holder {
        static final Lexicon ENGLISH = load("words-en.txt.gz");
    }

    /** The shared English lexicon (loaded on first call, about 76,000 words). */
    public static Lexicon english() {
        return Holder.ENGLISH;
    }

    private static Lexicon load(String resource) {
        try (InputStream raw = Lexicon.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                    StandardCharsets.UTF_8));
            Set<String> words = new HashSet<>(200_000);
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isEmpty()) {
                    words.add(line);
                }
            }
            return new Lexicon(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the word is listed exactly as given ("Amazon", "impacting"). */
    public boolean containsExact(String word) {
        return words.contains(word);
    }

    /** Whether the word is a common (lowercase-listed) English word; give it in lowercase. */
    public boolean isCommonWord(String lowercase) {
        return lowerWords.contains(lowercase);
    }

    /** Whether the word is listed only capitalised, i.e. is a name ("Amazon", "Oregon"). */
    public boolean isName(String word) {
        return words.contains(word) && !lowerWords.contains(word.toLowerCase());
    }

    public int size() {
        return words.size();
    }
}
