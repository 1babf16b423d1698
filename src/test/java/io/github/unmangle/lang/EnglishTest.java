package io.github.unmangle.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnglishTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir"));

    /** testdata/lang/udhr-excerpts.tsv: code, language, paragraph (the UDHR's preamble in 21 languages). */
    static Stream<String[]> udhr() throws Exception {
        return Files.readAllLines(ROOT.resolve("testdata/lang/udhr-excerpts.tsv")).stream()
                .filter(l -> !l.startsWith("#")).map(l -> l.split("\t"));
    }

    private static boolean readsOther(String text) {
        int[] other = English.otherLanguage(text.toCharArray());
        return other.length == 2 && other[0] == 0 && other[1] == text.length();
    }

    /** Each paragraph of the declaration reads as English in English only (one paragraph, the whole text). */
    @ParameterizedTest(name = "{1}")
    @MethodSource("udhr")
    void eachLanguageIsToldFromEnglish(String code, String language, String paragraph) {
        assertEquals(!code.equals("eng"), readsOther(paragraph), language + ": " + paragraph);
    }

    /** Paragraphs are judged one by one: an English article quoting a paragraph of French has that paragraph, and only it, marked. */
    @Test
    void aForeignParagraphInsideAnEnglishTextIsMarkedAlone() throws Exception {
        String fr = udhr().filter(r -> r[0].equals("fra")).findFirst().orElseThrow()[2];
        String en = udhr().filter(r -> r[0].equals("eng")).findFirst().orElseThrow()[2];
        String text = en + "\n\n" + fr + "\n\n" + en + "\n";
        int start = en.length() + 2;
        assertArrayEquals(new int[] {start, start + fr.length()}, English.otherLanguage(text.toCharArray()));
        assertTrue(English.inside(English.otherLanguage(text.toCharArray()), start + 10));
        assertFalse(English.inside(English.otherLanguage(text.toCharArray()), 10));
        assertFalse(English.inside(English.otherLanguage(text.toCharArray()), start + fr.length() + 2));
    }

    /**
     * A paragraph too short to judge on its own (a heading, "Pourquoi pas ?") is what the text is as a whole; a
     * text too short to judge is taken as English (the passes work as they did before there was this test).
     */
    @Test
    void shortParagraphsFollowTheTextAndShortTextsAreEnglish() throws Exception {
        String fr = udhr().filter(r -> r[0].equals("fra")).findFirst().orElseThrow()[2];
        String text = "Pourquoi pas ?\n\n" + fr + "\n";
        assertArrayEquals(new int[] {0, 14, 16, 16 + fr.length()}, English.otherLanguage(text.toCharArray()));
        assertArrayEquals(new int[0], English.otherLanguage("Pourquoi pas ? C'est la vie ; il faut continuer.".toCharArray()));
        String en = udhr().filter(r -> r[0].equals("eng")).findFirst().orElseThrow()[2];
        assertArrayEquals(new int[0], English.otherLanguage(("Pourquoi pas ?\n\n" + en).toCharArray()));
    }

    /** Markers are counted as words are read for the stop-word share: in any case, with either apostrophe; a word that holds one is none. */
    @Test
    void markersAreWholeWordsInAnyCase() {
        long wm = English.words("THE it’s It's theory Andes and".toCharArray(), 0, 30);
        assertEquals(6, wm >>> 32);
        assertEquals(4, (int) wm); // THE, it’s, It's, and
        assertTrue(English.MARKERS.stream().allMatch(Stopwords::contains), "every marker is a stop word");
    }

    /** Chinese sets no spaces between words: each character counts as one, so a long paragraph of it is judged (as not English). */
    @Test
    void chineseCharactersAreWordsEach() {
        String zh = "我希望大家能花点时间考虑一个非常简单的事实那就是到目前为止我们对宇宙的大部分了解都来自于光";
        assertEquals(zh.length(), English.words(zh.toCharArray(), 0, zh.length()) >>> 32);
        assertTrue(readsOther(zh));
    }

    @Test
    void blankAndEmptyTextsHaveNoParagraphs() {
        for (String t : List.of("", "\n\n", "   \n \t\n")) {
            assertArrayEquals(new int[0], English.otherLanguage(t.toCharArray()), t);
        }
    }
}
