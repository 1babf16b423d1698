package io.github.unmangle.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The English word list shared by passes: SCOWL size 50, American and British spellings, with
 * inflected forms ("impacting", "criticised"). Built by {@code data/lexicon/build.sh}; loaded
 * once, on first use.
 *
 * <p>Start-up matters for a command-line tool that cleans one small file, so the list is not
 * turned into 76,000 {@code String} objects: it is a {@link WordIndex} over one string. Lookups
 * take any {@link CharSequence} and allocate nothing.
 */
public final class Lexicon {
    private final WordIndex words;

    private Lexicon(String all) {
        this.words = new WordIndex(all);
    }

    private static final class Holder {
        static final Lexicon ENGLISH = load("words-en.txt.gz");
    }

    /**
     * Starts loading the shared lexicon on a background thread, once: a pass that will need it
     * calls this when it is created, so that loading overlaps reading the input (start-up).
     */
    public static void preload() {
        io.github.unmangle.core.Preload.once("lexicon", Lexicon::english);
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
            byte[] bytes = new GZIPInputStream(raw, 1 << 16).readAllBytes();
            return new Lexicon(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean contains(CharSequence word) {
        return words.contains(word);
    }

    /** Whether the word is listed exactly as given ("Amazon", "impacting"). */
    public boolean containsExact(CharSequence word) {
        return contains(word);
    }

    /** Whether the word is a common (lowercase-listed) English word; give it in lowercase. */
    public boolean isCommonWord(CharSequence lowercase) {
        return lowercase.length() > 0 && Character.isLowerCase(lowercase.charAt(0)) && contains(lowercase);
    }

    /** Whether the word is listed only capitalised, i.e. is a name ("Amazon", "Oregon"). */
    public boolean isName(String word) {
        return contains(word) && !isCommonWord(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Number of words listed. */
    public int size() {
        return words.size();
    }
}
