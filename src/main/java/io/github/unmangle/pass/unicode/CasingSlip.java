package io.github.unmangle.pass.unicode;

import io.github.unmangle.core.PassResult;
import io.github.unmangle.lang.Lexicon;

import java.util.Set;

/**
 * In-word casing slips: "impactIng" → "impacting". Only words of the slip's shape are touched: ASCII
 * letters, starting lowercase, exactly one capital that is neither the first nor the second letter
 * (so iPhone, eBay, and names starting with a capital such as PayPal, JavaScript, McDonald,
 * YouTube never qualify), whose lowercase form is a common English word while the mixed form is
 * not listed. Words inside URLs, e-mail addresses, hashtags and code ("getValue(") are skipped, and
 * so is a form used more than once in the document (deliberate spelling of a brand or identifier), and a word on a
 * line with two other mixed-case words (StudlyCaps or mocking text, written so on purpose).
 */
final class CasingSlip {

    static final String RULE = "casing-slip";

    /** Mixed-case forms that are right although their lowercase form is a word. */
    private static final Set<String> KNOWN = Set.of("iPhone", "iPad", "iPod", "iMac", "iCloud", "iTunes",
            "eBay", "eBook", "eMail", "ePub", "macOS", "iOS", "watchOS", "tvOS", "jQuery", "dBase",
            "pH", "mRNA", "reMarkable", "kWh", "mAh", "vCard", "reCaptcha", "reCAPTCHA", "webOS", "airPods", "youTube");

    private CasingSlip() {
    }

    /** {@code capitals} are positions of an ASCII capital right after an ASCII lowercase letter. */
    static void apply(String t, int[] capitals, int count, PassResult.Builder b, Counts counts) {
        Lexicon lex = null;
        int lastEnd = -1;
        for (int k = 0; k < count; k++) {
            int p = capitals[k];
            if (p < lastEnd) {
                continue;
            }
            int s = p;
            while (s > 0 && isAsciiLetter(t.charAt(s - 1))) {
                s--;
            }
            int e = p + 1;
            while (e < t.length() && isAsciiLetter(t.charAt(e))) {
                e++;
            }
            lastEnd = e;
            if (e - s < 4 || p - s < 2 || !Character.isLowerCase(t.charAt(s))) {
                continue;
            }
            boolean oneCapital = true;
            for (int i = s; i < e; i++) {
                if (i != p && Character.isUpperCase(t.charAt(i))) {
                    oneCapital = false;
                    break;
                }
            }
            if (!oneCapital || !plainContext(t, s, e) || studlyLine(t, capitals, count, s, e)) {
                continue;
            }
            String word = t.substring(s, e);
            if (KNOWN.contains(word)) {
                continue;
            }
            if (lex == null) {
                lex = Lexicon.english();
            }
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (!lex.isCommonWord(lower) || lex.containsExact(word)) {
                continue;
            }
            // "reMarkable", "inDesign": a prefix glued to a capitalised word is a coined name.
            if ((e - p >= 4 && lex.isCommonWord(lower.substring(p - s))) || (p - s <= 3 && e - p >= 5)
                    || repeated(t, word, s)) {
                continue;
            }
            b.replace(s, e, lower, RULE,
                    "stray capital inside a word: '" + lower + "' is an English word, '" + word + "' is not a known name");
            counts.casingSlips++;
        }
    }

    /** Other words with a capital inside, at least, near a word on its line, that make its casing deliberate. */
    static final int STUDLY_WORDS = 2;
    /** ... within this many characters of it. */
    static final int STUDLY_REACH = 200;

    /**
     * Whether the word {@code t[s, e)} has {@value #STUDLY_WORDS} other words or more with a capital after a lowercase
     * letter ({@code capitals}, in text order) on its line, within {@value #STUDLY_REACH} characters: StudlyCaps or
     * mocking text written so on purpose ("ThE oRigiN and SigNificaNce of thIs pRacTicE", as the Jargon File shows it),
     * where one word made lowercase is no repair.
     */
    private static boolean studlyLine(String t, int[] capitals, int count, int s, int e) {
        int from = s;
        while (from > 0 && s - from < STUDLY_REACH && t.charAt(from - 1) != '\n') {
            from--;
        }
        int to = e;
        while (to < t.length() && to - e < STUDLY_REACH && t.charAt(to) != '\n') {
            to++;
        }
        int k = java.util.Arrays.binarySearch(capitals, 0, count, from);
        int others = 0;
        int lastWord = -1;
        for (k = k < 0 ? -k - 1 : k; k < count && capitals[k] < to; k++) {
            int p = capitals[k];
            if (p >= s && p < e) {
                continue;
            }
            int w = p;
            while (w > from && isAsciiLetter(t.charAt(w - 1))) {
                w--;
            }
            if (w != lastWord) {
                lastWord = w;
                if (++others >= STUDLY_WORDS) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean plainContext(String t, int s, int e) {
        if (s > 0) {
            char c = t.charAt(s - 1);
            if (c == '#' || c == '@' || c == '/' || c == '.' || c == '_' || c == '\\' || c == '$'
                    || c == '=' || c == '-' || Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        if (e < t.length()) {
            char c = t.charAt(e);
            if (c == '(' || c == '_' || c == '@' || c == '/' || c == '=' || Character.isLetterOrDigit(c)) {
                return false;
            }
            if ((c == '.' || c == '-') && e + 1 < t.length() && Character.isLetterOrDigit(t.charAt(e + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean repeated(String t, String word, int at) {
        int i = t.indexOf(word);
        while (i >= 0) {
            if (i != at) {
                return true;
            }
            i = t.indexOf(word, i + 1);
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
