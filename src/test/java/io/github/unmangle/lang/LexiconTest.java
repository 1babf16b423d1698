package io.github.unmangle.lang;

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
}
