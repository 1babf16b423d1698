package io.github.unmangle.pass.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PosModelTest {
    private static NGrams g;
    private static PosModel pos;

    @BeforeAll
    static void load() {
        g = NGrams.load();
        pos = PosModel.load(g.size());
    }

    /**
     * The window's words by their n-gram ids; "." is a punctuation mark, a word the model lacks is unknown, a
     * capitalised word is marked so.
     */
    private static double fit(String words) {
        String[] w = words.split(" ");
        int[] ids = new int[w.length];
        for (int k = 0; k < w.length; k++) {
            int id = g.id(w[k].toLowerCase(java.util.Locale.ROOT));
            ids[k] = w[k].equals(".") ? PosModel.PUNCT : Character.isUpperCase(w[k].charAt(0)) ? PosModel.capital(id) : id;
        }
        return pos.fit(ids, ids.length);
    }

    /** A noun where English writes a verb (after "to", before "the"), and a verb where it writes a noun, fit worse. */
    @Test
    void aWordOfTheWrongPartOfSpeechFitsWorse() {
        assertTrue(fit("serve to harm the most") - fit("serve to impairment the most") > 2, "to harm the / to impairment the");
        assertTrue(fit(". i feel as though") - fit(". i go through as though") > 1.5, "I feel as / I go through as");
        assertTrue(fit("the new car is") - fit("the new buy is") > 1.5, "the new car is / the new buy is");
    }

    /**
     * Two words of one part of speech fit alike: the model weighs parts of speech, not how common a word is ("car" is
     * far more common than "automobile"; both are nouns, "automobile" a proper noun's part only when capitalised).
     */
    @Test
    void wordsOfOnePartOfSpeechFitAlike() {
        assertEquals(fit("bought a new car yesterday"), fit("bought a new automobile yesterday"), 0.5);
        assertEquals(fit("she quickly walked home"), fit("she rapidly walked home"), 0.01);
        assertEquals(fit("the large house was"), fit("the big house was"), 0.01);
    }

    /** Only a capitalised word may be a proper noun: "Automobile" in a name, not "automobile" in a sentence. */
    @Test
    void aLowercaseWordIsNoProperNoun() {
        assertTrue(fit("by General Automobile Corp") - fit("by general automobile corp") > 1, "names read as names");
        assertTrue(Double.isFinite(fit("said john smith")), "a word the lexicon knows only as a name, in lowercase");
    }

    /** A model built for another vocabulary is refused, with what to do. */
    @Test
    void aModelForOtherWordsIsRefused() {
        java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class, () -> PosModel.load(g.size() + 1));
        assertTrue(e.getMessage().contains("rebuild it (data/spin/pos.py)"), e.getMessage());
    }

    /** A window's score is a finite log; a word the model lacks is read by its ending, one word alone says nothing. */
    @Test
    void edgeCases() {
        assertEquals(0, fit("car"));
        assertTrue(Double.isFinite(fit(". zzqxvbarring the")), "unknown word");
        assertEquals(-1, g.id("zzqxvbarring"));
        assertTrue(Double.isFinite(fit("the 1990 results .")), "a number");
    }
}
