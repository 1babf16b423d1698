package io.github.unmangle.pass.spin;

import io.github.unmangle.lang.Stopwords;

/**
 * The distinct words of one text, lowercase (’ as '), with their n-gram ids, found by the text's
 * own characters: a word the text has used before costs no new string, no map entry, no boxed id
 * and no second lookup in the large shared word index. (Tokenising a spun text was a tenth of the
 * spin pass's time, most of it a lowercase string a token and a {@code HashMap<String, Integer>}
 * entry a word.) A word with a character outside ASCII is lowercased as before, by
 * {@link Tokens#lower} ({@code String.toLowerCase} is not char by char for every letter), and
 * found by that string: both ways hash and match the same lowercase text.
 */
final class DocWords {
    private final NGrams ngrams;
    private String[] words = new String[64];
    private int[] ids = new int[64];
    private int[] hashes = new int[64];
    /** A word's characters packed as {@link Stopwords#pack} packs them, for a word of {@value #KEY_CHARS} letters and apostrophes or fewer; else -1. */
    private long[] keys = new long[64];
    /** Open addressing: a word's number + 1 (0: empty). */
    private int[] table = new int[128];
    private int size;

    DocWords(NGrams ngrams) {
        this.ngrams = ngrams;
    }

    /**
     * The number here of the word {@code t[s, e)} (a word token), added if new; {@code a} holds
     * {@code t}'s characters (read from there: faster than charAt).
     */
    int add(String t, char[] a, int s, int e) {
        int h = 0;
        long key = e - s <= KEY_CHARS ? 0 : -1;
        for (int k = s; k < e; k++) {
            char c = a[k];
            if (c >= 0x80) {
                return add(Tokens.lower(t, s, e));
            }
            char l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            h = 31 * h + l;
            if (key >= 0) {
                long code = Stopwords.code(l);
                key = code == Stopwords.POISON_CODE ? -1 : key << 5 | code;
            }
        }
        int mask = table.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int w = table[slot] - 1;
            if (w < 0) {
                return added(Tokens.lower(t, s, e), h, slot, key);
            }
            // (a short word's packed key says it whole: its string, most often far away in memory, is not read)
            if (hashes[w] == h && (key >= 0 ? keys[w] == key : sameLowercase(words[w], a, s, e))) {
                return w;
            }
        }
    }

    /** The packed key of a lowercase word, or -1 (see {@link #keys}). */
    private static long keyOf(String lower) {
        return lower.length() > KEY_CHARS || lower.chars().anyMatch(c -> Stopwords.code((char) c) == Stopwords.POISON_CODE) ? -1 : Stopwords.pack(lower);
    }

    /** Characters of a word packed whole into its key ({@link Stopwords#code}: five bits each). */
    private static final int KEY_CHARS = 12;

    /** As {@link #add(String, int, int)}, for a word already lowercased. */
    private int add(String lower) {
        int h = lower.hashCode(); // (String's hash: 31 * h + c over the chars, as above)
        int mask = table.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int w = table[slot] - 1;
            if (w < 0) {
                return added(lower, h, slot, keyOf(lower)); // (the Kelvin sign's "\u212Aelvin" is "kelvin", found by its key too)
            }
            if (hashes[w] == h && words[w].equals(lower)) {
                return w;
            }
        }
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** Whether {@code lower} is {@code t[s, e)} (ASCII) in lowercase. */
    private static boolean sameLowercase(String lower, char[] t, int s, int e) {
        if (lower.length() != e - s) {
            return false;
        }
        for (int k = s; k < e; k++) {
            char c = t[k];
            if (lower.charAt(k - s) != (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) {
                return false;
            }
        }
        return true;
    }

    /** Adds a new word at an empty slot of the table, with its packed key (-1: none); its number. */
    private int added(String lower, int h, int slot, long key) {
        if (size == words.length) {
            words = java.util.Arrays.copyOf(words, size * 2);
            ids = java.util.Arrays.copyOf(ids, size * 2);
            hashes = java.util.Arrays.copyOf(hashes, size * 2);
            keys = java.util.Arrays.copyOf(keys, size * 2);
        }
        int w = size++;
        words[w] = lower;
        keys[w] = key;
        ids[w] = ngrams.id(lower);
        hashes[w] = h;
        table[slot] = w + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return w;
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int w = 0; w < size; w++) {
            int slot = spread(hashes[w]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = w + 1;
        }
    }

    /** Word number {@code w}, lowercase. */
    String word(int w) {
        return words[w];
    }

    /** The n-gram id of word number {@code w} (-1: not in the vocabulary). */
    int id(int w) {
        return ids[w];
    }

    /** Number of distinct words. */
    int size() {
        return size;
    }
}
