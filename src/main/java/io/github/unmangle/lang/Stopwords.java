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

    /** Open-addressing table of the words, probed without making a String per word. */
    private static final String[] TABLE = new String[512];

    static {
        for (String w : WORDS) {
            int slot = hash(w, 0, w.length()) & (TABLE.length - 1);
            while (TABLE[slot] != null) {
                slot = (slot + 1) & (TABLE.length - 1);
            }
            TABLE[slot] = w;
        }
    }

    private Stopwords() {
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return (h * 0x9E3779B9) >>> 16;
    }

    /** Whether {@code lower} (lowercase, straight apostrophes) is a stop word. */
    public static boolean contains(String lower) {
        return WORDS.contains(lower);
    }

    /** Whether {@code buf[0..len)} (lowercase, straight apostrophes) is a stop word. */
    public static boolean contains(char[] buf, int len) {
        if (len > 10) {
            return false;
        }
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        int slot = ((h * 0x9E3779B9) >>> 16) & (TABLE.length - 1);
        for (String w; (w = TABLE[slot]) != null; slot = (slot + 1) & (TABLE.length - 1)) {
            if (w.length() == len) {
                int i = 0;
                while (i < len && w.charAt(i) == buf[i]) {
                    i++;
                }
                if (i == len) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Share of the word tokens of {@code text} that are English stop words (0 when it has no words). */
    public static double ratio(CharSequence text) {
        int words = 0;
        int stops = 0;
        char[] w = new char[12];
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int len = 0;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                char c = text.charAt(i);
                if (len < w.length) {
                    w[len] = c == '’' ? '\'' : Character.toLowerCase(c);
                }
                len++;
                i++;
            }
            words++;
            if (contains(w, len)) {
                stops++;
            }
        }
        return words == 0 ? 0 : (double) stops / words;
    }
}
