package io.github.unmangle.pass.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocWordsTest {
    private static NGrams g;

    @BeforeAll
    static void load() {
        g = NGrams.load();
    }

    /** Each token's word is its lowercase text (as Tokens.lower makes it) with the id the word index gives it, one number a distinct word. */
    @Test
    void aWordIsItsLowercaseTextWithItsIdOncePerDistinctText() {
        // ASCII in any case, letters outside ASCII ("İ" lowercases to two chars, "Σ" by its place),
        // the Kelvin sign (lowercase: an ASCII "k"), curly apostrophes, digits, a word not in the vocabulary
        String t = "The the THE tHe Kelvin \u212Aelvin kelvin İstanbul İSTANBUL ΟΔΟΣ οδος don’t don't DON'T 1990 zzqxv Zzqxv caf\u00e9 CAF\u00c9";
        DocWords words = new DocWords(g);
        Map<String, Integer> number = new HashMap<>();
        int tokens = 0;
        for (int s = 0; s < t.length(); ) {
            if (t.charAt(s) == ' ') {
                s++;
                continue;
            }
            int e = Tokens.wordEnd(t, s);
            String lower = Tokens.lower(t, s, e);
            int w = words.add(t, t.toCharArray(), s, e);
            assertEquals(lower, words.word(w), t.substring(s, e));
            assertEquals(g.id(lower), words.id(w), t.substring(s, e));
            assertEquals(number.computeIfAbsent(lower, k -> w), w, "one number a distinct word: " + t.substring(s, e));
            tokens++;
            s = e;
        }
        assertEquals(19, tokens);
        assertEquals(number.size(), words.size());
        assertEquals(words.id(words.add("the", "the".toCharArray(), 0, 3)), g.id("the"));
        assertTrue(g.id("the") >= 0 && g.id("zzqxv") < 0);
    }

    /** Thousands of words (the table grows many times): each found again under its first number. */
    @Test
    void findsEveryWordAgainAfterGrowing() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 5_000; k++) {
            sb.append(k % 3 == 0 ? "Word" : "word").append(Integer.toString(k, 36)).append(' ');
        }
        String t = sb.toString();
        DocWords words = new DocWords(g);
        int[] first = new int[5_000];
        for (int pass = 0; pass < 2; pass++) {
            int s = 0;
            for (int k = 0; k < 5_000; k++) {
                int e = t.indexOf(' ', s);
                String text = pass == 0 ? t : t.toUpperCase(java.util.Locale.ROOT);
                int w = words.add(text, text.toCharArray(), s, e);
                if (pass == 0) {
                    first[k] = w;
                } else {
                    assertEquals(first[k], w, t.substring(s, e));
                }
                assertEquals(Tokens.lower(t, s, e), words.word(w));
                s = e + 1;
            }
        }
        assertEquals(5_000, words.size());
    }
}
