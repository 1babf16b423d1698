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

    /**
     * The words of {@code text} (high 32 bits) and how many of them the list holds (low 32 bits): a word is a run of
     * letters with apostrophes (' or ’) after its first, of two letters or more (a lone letter, "a", "I", an initial, is
     * any language's); each Han, Hiragana or Katakana character is a word of its own (those scripts set no spaces), and
     * none of the list's. A word is the list's as written ("Amazon", "impacting"), in lowercase (a sentence's first
     * word) or capitalised (a heading's "AMAZON"). English text, prose or a list of products and names, has most of its
     * words in the list; another language's has few, even one written in Latin letters (it shares some words with
     * English: "information", "service"): the check's English signal ({@code bench/check-signals.sh}, {@code bench/java.sh
     * io.github.unmangle.bench.EnglishPassages}).
     */
    public long englishWords(char[] text) {
        int words = 0;
        int listed = 0;
        char[] written = new char[MAX_WORD];
        char[] lower = new char[MAX_WORD];
        int n = text.length;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (!Chars.isLetter(c)) {
                if (c == '(' && i > 0 && text[i - 1] == ']') {
                    i = addressEnd(text, i + 1); // (a Markdown link's destination, "[text](/path;_ylt=…)", is no words either)
                    continue;
                }
                i++;
                continue;
            }
            if (Stopwords.unspaced(c)) {
                words++;
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Chars.isLetter(c = text[i]) || c == '\'' || c == '’') && !Stopwords.unspaced(c)) {
                i++;
            }
            int url = addressEnd(text, s, i);
            if (url > 0) {
                i = url; // (a web address is no words: "https://www.example.com/2024/05/story-title")
                continue;
            }
            int e = i;
            while (text[e - 1] == '\'' || text[e - 1] == '’') {
                e--; // (a closing quotation mark, a plural's apostrophe: "the boys'")
            }
            int len = e - s;
            if (len < 2) {
                continue;
            }
            words++;
            if (len > MAX_WORD) {
                continue;
            }
            if (len > 3 && (text[e - 2] == '\'' || text[e - 2] == '’') && (text[e - 1] | 0x20) == 's') {
                len -= 2; // (a possessive: the list has none, "company's" is "company")
            }
            boolean capitals = false;
            for (int k = 0; k < len; k++) {
                char ch = text[s + k] == '’' ? '\'' : text[s + k];
                written[k] = ch;
                lower[k] = Chars.toLowerCase(ch);
                capitals |= lower[k] != ch;
            }
            boolean in = this.words.indexOf(lower, 0, len) >= 0 || capitals && this.words.indexOf(written, 0, len) >= 0;
            if (!in && Chars.isUpperCase(written[1])) {
                lower[0] = Character.toUpperCase(lower[0]); // "AMAZON" as "Amazon"
                in = this.words.indexOf(lower, 0, len) >= 0;
            }
            listed += in ? 1 : 0;
        }
        return (long) words << 32 | listed;
    }

    /**
     * Where a web address that begins with the word {@code text[s, e)} ends (a scheme and "://", as "https://…", or
     * "www."), at the first space or closing mark; 0 when the word begins none. A page saved with its links (lynx's list of
     * references, a Markdown page's "[text](https://…)", whose destinations are passed over too) read as a third of it in
     * other languages' words: its English share under the check's gate.
     */
    static int addressEnd(char[] text, int s, int e) {
        int n = text.length;
        boolean scheme = e + 2 < n && text[e] == ':' && text[e + 1] == '/' && text[e + 2] == '/';
        boolean www = !scheme && e - s == 3 && e < n && text[e] == '.' && (text[s] | 0x20) == 'w' && (text[s + 1] | 0x20) == 'w' && (text[s + 2] | 0x20) == 'w';
        if (!scheme && !www) {
            return 0;
        }
        return addressEnd(text, e);
    }

    /** The end of an address that goes on at {@code i}: the first space or closing mark. */
    private static int addressEnd(char[] text, int i) {
        int n = text.length;
        while (i < n && !Chars.isWhitespace(text[i]) && text[i] != ')' && text[i] != ']' && text[i] != '>' && text[i] != '"') {
            i++;
        }
        return i;
    }

    /** Letters of the longest word looked up (longer ones are counted, never the list's). */
    static final int MAX_WORD = 40;
}
