package io.github.unmangle.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopwordsTest {
    private static boolean packed(String lower) {
        return Stopwords.packed(Stopwords.pack(lower), lower.length());
    }

    /** The packed lookup answers as the word list does, for the words and for near misses of every kind. */
    @Test
    void packedLookupAgreesWithTheList() {
        for (String w : List.of("the", "a", "it's", "don't", "themselves", "yourselves", "according", "i", "always")) {
            assertTrue(Stopwords.contains(w), w);
            assertTrue(packed(w), w);
        }
        // a longer or shorter word, one with a digit, a non-ASCII letter, a curly apostrophe, an 11-letter word
        // whose last ten letters are a stop word's (packing keeps only the last twelve letters' bits)
        for (String w : List.of("then1", "th", "thee", "thé", "it’s", "xyourselves", "aalways", "", "abcdefghijklmnop", "themselvesx")) {
            assertEquals(Stopwords.contains(w), packed(w), w);
            assertFalse(packed(w), w);
        }
    }

    /** contains() answers by the packed table as the list would: every word, and every word changed a little. */
    @Test
    void containsAnswersAsTheListDoes() {
        java.util.Set<String> list = Stopwords.list();
        assertTrue(list.size() > 100);
        for (String w : list) {
            assertTrue(Stopwords.contains(w), w);
            for (String v : List.of(w.toUpperCase(java.util.Locale.ROOT), w + "s", "x" + w, w.replace('\'', '’'), w.substring(1), w + " of", w + "1")) {
                assertEquals(list.contains(v), Stopwords.contains(v), v);
            }
        }
        assertFalse(Stopwords.contains(""));
        assertFalse(Stopwords.contains("abcdefghijklmnop"));
    }

    @Test
    void ratioCountsFunctionWords() {
        assertEquals(4 / 7.0, Stopwords.ratio("The cat sat on THE mat it’s".toCharArray()), 1e-9);
        assertEquals(0, Stopwords.ratio("1234 !!".toCharArray()), 0);
    }

    /** The characters next to the ASCII letters ('@', '[', '`', '{') part words; letters outside ASCII are letters. */
    @Test
    void ratioPartsWordsAtEveryNonLetter() {
        assertEquals(4 / 7.0, Stopwords.ratio("[the]`a`@IT{of} ÉTÉ été Der".toCharArray()), 1e-9);
        assertEquals(1 / 2.0, Stopwords.ratio("Über@the".toCharArray()), 1e-9);
    }
}
