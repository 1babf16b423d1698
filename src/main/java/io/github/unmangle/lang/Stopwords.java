package io.github.unmangle.lang;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** English function words, for stop-word density (as jusText measures it) and English sanity checks. */
public final class Stopwords {
    private static final Set<String> WORDS = new HashSet<>(Arrays.asList(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further",
            "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
            "i", "if", "in", "into", "is", "it", "its", "itself", "just", "like", "may", "me", "might", "more", "most",
            "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
            "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such",
            "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
            "those", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when",
            "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
            "yourself", "yourselves", "said", "says", "many", "still", "however", "since", "whether", "although",
            "though", "its", "it's", "don't", "can't", "won't", "isn't", "there's", "that's", "we're", "they're",
            "i'm", "you're", "he's", "she's", "let", "get", "got", "made", "make", "well", "way", "new", "two", "year",
            "years", "time", "people", "first", "last", "next", "according", "told", "around", "among", "without",
            "within", "another", "every", "yet", "already", "often", "never", "always"));

    /** Letters of the longest word, at most: longer words are no stop words. */
    public static final int MAX_PACKED = 10;

    /** The code of every character no stop word has: a key holding it matches none (codes are never 0, so no two lengths mix). */
    public static final long POISON_CODE = 31;

    /**
     * The words packed as keys ({@link #packed}), by open addressing (0: empty): a word read one
     * character at a time is looked up with one multiply and (mostly) one compare, no copy of it
     * made and no characters compared.
     */
    private static final long[] PACKED = table(WORDS);

    /** An open-addressing table of the words' keys ({@link #pack}), a power of two at least four times their number, for {@link #in}. */
    static long[] table(java.util.Collection<String> words) {
        long[] table = new long[Math.max(64, Integer.highestOneBit(words.size() * 4 - 1) << 1)];
        for (String w : words) {
            if (w.length() > MAX_PACKED || w.chars().anyMatch(c -> code((char) c) == POISON_CODE)) {
                throw new IllegalStateException("not packable: " + w);
            }
            long key = pack(w);
            int slot = slot(table, key);
            while (table[slot] != 0 && table[slot] != key) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = key;
        }
        return table;
    }

    /** Whether a word of {@code len} characters packed as {@code key} is one of {@code table}'s ({@link #table}). */
    static boolean in(long[] table, long key, int len) {
        if (len > MAX_PACKED || len == 0) {
            return false;
        }
        for (int slot = slot(table, key); ; slot = (slot + 1) & (table.length - 1)) {
            long k = table[slot];
            if (k == key) {
                return true;
            }
            if (k == 0) {
                return false;
            }
        }
    }

    /** The key of a lowercase word ({@link #packed}), its characters' codes packed first to last (the last twelve count). */
    public static long pack(String lower) {
        long key = 0;
        for (int i = 0; i < lower.length(); i++) {
            key = key << 5 | code(lower.charAt(i));
        }
        return key;
    }

    /** The 5-bit code of a lowercase character: 1-26 for a-z, 27 for the apostrophe, {@link #POISON_CODE} for any other. */
    public static long code(char lower) {
        return lower >= 'a' && lower <= 'z' ? lower - 'a' + 1 : lower == '\'' ? 27 : POISON_CODE;
    }

    private static int slot(long[] table, long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(table.length)));
    }

    /**
     * Whether a word of {@code len} characters whose lowercase {@link #code}s, first to last, make
     * {@code key} ({@code key = key << 5 | code(c)} for each) is a stop word.
     */
    public static boolean packed(long key, int len) {
        return in(PACKED, key, len);
    }

    private Stopwords() {
    }

    /** The word list itself (for the tests: {@link #contains} answers by the packed table). */
    static Set<String> list() {
        return java.util.Collections.unmodifiableSet(WORDS);
    }

    /** Whether {@code lower} (lowercase, straight apostrophes) is a stop word. */
    public static boolean contains(String lower) {
        // (by its packed key: the set's table of nodes, read at each of the spin pass's originals, missed the cache; a
        // character no stop word has packs as POISON_CODE, which no key of the table holds)
        return lower.length() <= MAX_PACKED && in(PACKED, pack(lower), lower.length());
    }

    /**
     * Share of the word tokens of a text (its characters) that are English stop words (0 when it has
     * no words). An array, not a String: with the quick JIT, reading by charAt made the check's
     * collector a third slower.
     */
    public static double ratio(char[] text) {
        long counts = count(text, 0, text.length, PACKED, false);
        int words = (int) (counts >>> 32);
        return words == 0 ? 0 : (double) (int) counts / words;
    }

    /**
     * The words of {@code t[from, to)} (high 32 bits) and how many of them {@code table} holds ({@link #table}; low 32
     * bits). A word is a run of letters with apostrophes (' or ’) after its first; with {@code unspacedWords}, each Han,
     * Hiragana or Katakana character is a word of its own (those scripts set no spaces between words).
     */
    static long count(char[] t, int from, int to, long[] table, boolean unspacedWords) {
        int words = 0;
        int hits = 0;
        int i = from;
        while (i < to) {
            char c = t[i];
            if (!Chars.isLetter(c)) {
                i++;
                continue;
            }
            words++;
            if (unspacedWords && unspaced(c)) {
                i++;
                continue;
            }
            int len = 0;
            long key = 0;
            for (; i < to && (Chars.isLetter(c = t[i]) || c == '\'' || c == '’') && !(unspacedWords && unspaced(c)); i++) {
                key = key << 5 | code(c == '’' ? '\'' : Chars.toLowerCase(c));
                len++;
            }
            if (in(table, key, len)) {
                hits++;
            }
        }
        return (long) words << 32 | hits;
    }

    /** A letter of a script written without spaces between words: Han, Hiragana, Katakana (each one a word). */
    static boolean unspaced(char c) {
        return c >= 0x2E80 && (Character.isIdeographic(c) || (c >= 0x3040 && c <= 0x30FF));
    }
}
