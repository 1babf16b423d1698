package io.github.unmangle.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WordIndexTest {
    @Test
    void numbersWordsInOrderAndSkipsEmptyLines() {
        WordIndex w = new WordIndex("the\nof\n\nunited states\n");
        assertEquals(3, w.size());
        assertEquals(0, w.indexOf("the"));
        assertEquals(1, w.indexOf("of"));
        assertEquals(2, w.indexOf("united states"));
        assertEquals("united states", w.word(2));
        assertEquals(-1, w.indexOf("The"));
        assertEquals(-1, w.indexOf("united"));
        assertEquals(-1, w.indexOf(""));
    }

    @Test
    void findsSlicesOfALargerTextWithoutCopying() {
        WordIndex w = new WordIndex("spider web\nweb");
        String text = "Amazon Spider web Services";
        assertEquals(1, w.indexOf(text, 14, 17));
        assertEquals(-1, w.indexOf(text, 7, 17)); // "Spider web": exact match only
        assertEquals(0, w.indexOf(new StringBuilder("spider web")));
    }

    /** Lengths are kept in a byte up to 254: longer words are told apart by their full length. */
    @Test
    void longWordsAreFoundByTheirWholeLength() {
        String a = "x".repeat(254);
        String b = "x".repeat(255);
        String c = "x".repeat(300);
        WordIndex w = new WordIndex(a + "\n" + b + "\n" + c + "\nx");
        assertEquals(0, w.indexOf(a));
        assertEquals(1, w.indexOf(b));
        assertEquals(2, w.indexOf(c));
        assertEquals(3, w.indexOf("x"));
        assertEquals(-1, w.indexOf("x".repeat(256)));
        assertEquals(-1, w.indexOf("x".repeat(299) + "y"));
        assertEquals(2, w.indexOf("<" + c + ">", 1, 301));
        // an array's slice answers as a CharSequence's does, whole lengths over 254 included
        for (String probe : List.of(a, b, c, "x", "x".repeat(256), "x".repeat(299) + "y")) {
            char[] in = ("<" + probe + ">").toCharArray();
            assertEquals(w.indexOf(probe), w.indexOf(in, 1, in.length - 1), probe.length() + " characters");
        }
    }

    @Test
    void everyWordOfALargeListIsFoundAndNothingElse() {
        List<String> words = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            String s = Integer.toString(i * 7919, 36);
            words.add(s);
            all.append(s).append('\n');
        }
        WordIndex w = new WordIndex(all.toString());
        for (int i = 0; i < words.size(); i++) {
            assertEquals(i, w.indexOf(words.get(i)));
            char[] in = (" " + words.get(i) + "q").toCharArray();
            assertEquals(i, w.indexOf(in, 1, in.length - 1));
            assertEquals(w.indexOf(words.get(i) + "q"), w.indexOf(in, 1, in.length));
        }
        assertFalse(w.contains("zzzzzzzz"));
        assertTrue(w.contains(words.get(49_999)));
    }
}
