package io.github.unmangle.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private final Lexicon lex = Lexicon.english();

    @Test
    void knowsWordsNamesAndInflections() {
        assertTrue(lex.isCommonWord("impacting"));
        assertTrue(lex.isCommonWord("criticised"));
        assertTrue(lex.isCommonWord("criticized"));
        assertTrue(lex.isName("Oregon"));
        assertFalse(lex.isName("house"));
        assertFalse(lex.isCommonWord("Oregon"));
        assertFalse(lex.containsExact("impactIng"));
        assertFalse(lex.containsExact(""));
        assertFalse(lex.isCommonWord(""));
        assertTrue(lex.containsExact(new StringBuilder("house")), "any CharSequence");
    }

    /** The compact table must answer exactly as a plain set of the same list would. */
    @Test
    void agreesWithAPlainSetOfTheSameList() throws Exception {
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Lexicon.class.getResourceAsStream("words-en.txt.gz")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isEmpty()) {
                    words.add(line);
                }
            }
        }
        assertEquals(words.size(), lex.size());
        for (String w : words) {
            assertTrue(lex.containsExact(w), w);
            String probe = w + "q";
            assertEquals(words.contains(probe), lex.containsExact(probe), probe);
            String upper = w.toUpperCase(java.util.Locale.ROOT);
            assertEquals(words.contains(upper), lex.containsExact(upper), upper);
        }
    }

    /** Words (high 32 bits) and listed words (low 32 bits) of a text, as englishWords packs them. */
    private long[] english(String text) {
        long c = lex.englishWords(text.toCharArray());
        return new long[] {c >>> 32, (int) c};
    }

    @Test
    void englishWordsCountsTheWordsOfTwoLettersOrMoreAndThoseTheListHolds() {
        // "a" and "I" are too short to count; "Zorbl" and "quux" are no English words
        assertArrayEquals(new long[] {5, 3}, english("I saw a Zorbl quux at home."));
        // a sentence's first word in lowercase, a heading's capitals, a name as written
        assertArrayEquals(new long[] {4, 4}, english("Housing NEWS from Oregon"));
        // a possessive is its word; curly or straight apostrophes; a contraction the list holds
        assertArrayEquals(new long[] {4, 4}, english("the company’s plans don't"));
        // each Han or kana character is a word, none of them English
        assertArrayEquals(new long[] {6, 1}, english("日本語です test"));
        // digits and signs are no words
        assertArrayEquals(new long[] {0, 0}, english("2024 - 12 / 01 %"));
    }

    /**
     * A web address is no words: lynx's list of references, a Markdown link's destination (absolute or a site's own path)
     * and "www." addresses are passed over, their link texts, titles and the words around them counted; a word before a colon
     * that no "//" follows is a word ("Note: read this").
     */
    @Test
    void webAddressesAreNoWords() {
        assertArrayEquals(new long[] {4, 4}, english("References\n  1. https://www.example.com/2024/05/zxq-story-title?utm=xyz\n  2. www.example.org/fr/nouvelles\n sent home today"));
        assertArrayEquals(new long[] {6, 6}, english("Read [the report](https://x.org/r/abcd \"Report\") and [Home](/;_ylt=AvXgdytfez6SeWuB)"));
        assertArrayEquals(new long[] {3, 3}, english("Note: read this"));
        assertArrayEquals(new long[] {2, 2}, english("(see http://example.com/qqq)) today"));
    }

    /**
     * The share tells English from other languages however few function words the English has: a shop's list of
     * categories, against the first article of the Universal Declaration of Human Rights in French and in German.
     */
    @Test
    void anEnglishListReadsAsEnglishAndOtherLanguagesDoNot() {
        long[] list = english("Headphones & Earbuds\nWireless Headphones\nNoise Cancelling Headphones\nGaming Headsets\nPortable Speakers\n");
        long[] french = english("Tous les êtres humains naissent libres et égaux en dignité et en droits. Ils sont doués de raison et de"
                + " conscience et doivent agir les uns envers les autres dans un esprit de fraternité.");
        long[] german = english("Alle Menschen sind frei und gleich an Würde und Rechten geboren. Sie sind mit Vernunft und Gewissen begabt"
                + " und sollen einander im Geist der Brüderlichkeit begegnen.");
        assertTrue(list[1] >= 0.9 * list[0], java.util.Arrays.toString(list));
        assertTrue(Stopwords.ratio("Headphones & Earbuds Wireless Headphones Noise Cancelling Headphones".toCharArray()) < 0.2,
                "(no function words: the share of those read the list as another language)");
        assertTrue(french[1] < 0.4 * french[0], java.util.Arrays.toString(french));
        assertTrue(german[1] < 0.4 * german[0], java.util.Arrays.toString(german));
    }
}
