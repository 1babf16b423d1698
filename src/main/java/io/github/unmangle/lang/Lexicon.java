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
 * turned into 76,000 {@code String} objects: the words stay in one string, newline-separated,
 * and an open-addressing table of word indexes (built once, a few milliseconds) finds them.
 * Lookups take any {@link CharSequence} and allocate nothing.
 */
public final class Lexicon {
    private final String all;
    private final int[] start;
    private final int[] end;
    private final int[] table;
    private final int mask;

    private Lexicon(String all) {
        this.all = all;
        int n = 0;
        for (int i = 0; i < all.length(); i++) {
            if (all.charAt(i) == '\n') {
                n++;
            }
        }
        n++;
        int[] s = new int[n];
        int[] e = new int[n];
        int count = 0;
        int from = 0;
        for (int i = 0; i <= all.length(); i++) {
            if (i == all.length() || all.charAt(i) == '\n') {
                if (i > from) {
                    s[count] = from;
                    e[count] = i;
                    count++;
                }
                from = i + 1;
            }
        }
        int cap = Integer.highestOneBit(Math.max(4, count * 2)) << 1;
        int[] t = new int[cap];
        int m = cap - 1;
        for (int w = 0; w < count; w++) {
            int slot = hash(all, s[w], e[w]) & m;
            while (t[slot] != 0) {
                slot = (slot + 1) & m;
            }
            t[slot] = w + 1;
        }
        this.start = s;
        this.end = e;
        this.table = t;
        this.mask = m;
        this.size = count;
    }

    private final int size;

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
            byte[] bytes = new GZIPInputStream(raw, 1 << 16).readAllBytes();
            return new Lexicon(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private boolean contains(CharSequence word) {
        int len = word.length();
        if (len == 0) {
            return false;
        }
        int slot = hash(word, 0, len) & mask;
        for (int w; (w = table[slot]) != 0; slot = (slot + 1) & mask) {
            int s = start[w - 1];
            if (end[w - 1] - s == len && same(word, s, len)) {
                return true;
            }
        }
        return false;
    }

    private boolean same(CharSequence word, int s, int len) {
        for (int i = 0; i < len; i++) {
            if (all.charAt(s + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
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
        return size;
    }
}
