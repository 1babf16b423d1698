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

    /** A paragraph too short to judge on its own (a heading, "Pourquoi pas ?") is what the text is as a whole. */
    @Test
    void shortParagraphsFollowTheText() throws Exception {
        String fr = udhr().filter(r -> r[0].equals("fra")).findFirst().orElseThrow()[2];
        String text = "Pourquoi pas ?\n\n" + fr + "\n";
        assertArrayEquals(new int[] {0, 14, 16, 16 + fr.length()}, English.otherLanguage(text.toCharArray()));
        String en = udhr().filter(r -> r[0].equals("eng")).findFirst().orElseThrow()[2];
        assertArrayEquals(new int[0], English.otherLanguage(("Pourquoi pas ?\n\n" + en).toCharArray()));
    }

    /**
     * A text too short for the markers' share (a title, a tweet, a JSONL record's short field) is another language when it
     * has no marker and most of its letters are of another script, two thirds of its lowercase words (two at least) are
     * not English, or a third of its words (two at least) hold a letter with a diacritic; else it is taken as English
     * (too short to tell: left to the passes).
     */
    @Test
    void shortTextsAreJudgedByTheirWords() {
        for (String other : List.of(
                "Le gouvernement a annoncé mardi une nouvelle réforme ; les syndicats appellent à la grève.",
                "Der Bundestag hat am Dienstag ein neues Gesetz beschlossen ( siehe unten ) .",
                "El presidente dijo que la economía crecerá un 3 % este año .",
                "Правительство объявило о новой реформе .",
                "Η κυβέρνηση ανακοίνωσε νέα μεταρρύθμιση",
                "政府宣布了新的改革 。",
                // words English has too (élections, président), but a third of them or more marked by a diacritic
                "Élections : le président a été réélu.",
                "Résiste à l'eau",
                "Größere Städte zahlen für Öffentliche Verkehrsmittel")) {
            assertTrue(readsOther(other), other);
        }
        for (String english : List.of(
                "Apple unveils new iPhone at its Cupertino event",
                "Stocks fall as inflation fears grow",
                "Click here to read more .",
                "Pourquoi pas ?", // one lowercase word looked up: too short to tell
                "Wow !!",
                // French whose words English has too (pas, question, tout, pose): 3 of 7 unknown, taken as English
                "Pourquoi pas ? C'est la question que tout le monde se pose aujourd'hui.",
                "Interview with 习近平 in Beijing",
                "Beyoncé announces world tour dates", // one word marked by a diacritic
                "Pokémon Go players flock to Zürich park", // two of seven
                "CEO Tim Cook said Apple's revenue rose 5% .")) {
            assertArrayEquals(new int[0], English.otherLanguage(english.toCharArray()), english);
        }
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
