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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /**
     * The words englishWords counts and those the list holds. A word has two letters or more; a web address is no words:
     * lynx's list of references, a Markdown link's destination (absolute or a site's own path) and "www." addresses are
     * passed over, their link texts, titles and the words around them counted.
     */
    @ParameterizedTest
    @MethodSource("counted")
    void englishWordsCountsTheWordsOfTwoLettersOrMoreAndThoseTheListHolds(String text, long words, long listed) {
        assertArrayEquals(new long[] {words, listed}, english(text), text);
    }

    static Stream<Arguments> counted() {
        return Stream.of(
                // "a" and "I" are too short to count; "Zorbl" and "quux" are no English words
                Arguments.of("I saw a Zorbl quux at home.", 5, 3),
                // a sentence's first word in lowercase, a heading's capitals, a name as written
                Arguments.of("Housing NEWS from Oregon", 4, 4),
                // a possessive is its word; curly or straight apostrophes; a contraction the list holds
                Arguments.of("the company’s plans don't", 4, 4),
                // each Han or kana character is a word, none of them English
                Arguments.of("日本語です test", 6, 1),
                // digits and signs are no words
                Arguments.of("2024 - 12 / 01 %", 0, 0),
                // web addresses, by scheme or "www.", are none either
                Arguments.of("References\n  1. https://www.example.com/2024/05/zxq-story-title?utm=xyz\n  2. www.example.org/fr/nouvelles\n sent home today", 4, 4),
                Arguments.of("Read [the report](https://x.org/r/abcd \"Report\") and [Home](/;_ylt=AvXgdytfez6SeWuB)", 6, 6),
                Arguments.of("(see http://example.com/qqq)) today", 2, 2),
                // a word before a colon that no "//" follows is a word
                Arguments.of("Note: read this", 3, 3));
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
