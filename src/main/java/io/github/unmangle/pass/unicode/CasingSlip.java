package io.github.unmangle.pass.unicode;

import io.github.unmangle.core.PassResult;
import io.github.unmangle.lang.Lexicon;

import java.util.Set;

/**
 * In-word casing slips: "impactIng" → "impacting", "tHe" → "the", "RememBer" → "Remember", "THe" → "The". Only words of a
 * slip's shape are touched: ASCII letters with exactly one capital after the first letter, the first in either case (at
 * the second letter, a lowercase word of three letters or more, or a capitalised one: the shift key held too long; further
 * on, four letters or more), whose lowercase form is a common English word while the mixed form is not listed, and is
 * not a known name (iPhone, eBay, reMarkable). Names keep their capitals: a capital glued to a word (PayPal, JavaScript,
 * YouTube, PostMortem, inDesign), a brand's e- or i- before a word (eVent), a name's capital at its end or before its
 * plural's "s" (BaaS, ChucK, SoBs), a surname's after its particle (McDonald, MacKintosh), an acronym's plural (IDs), a
 * name the lexicon lists capitalised (OCaml, SoHo: their lowercase is no common word). Words inside URLs, e-mail addresses,
 * hashtags, quoted examples and code ("getValue(") are skipped, and so is a form written more than once in the document
 * (deliberate spelling of a brand or identifier), a word on a line with two other mixed-case words (StudlyCaps or mocking
 * text, written so on purpose), and a word whose capitals belong to an acronym the text writes that the words around it
 * spell ("Not eXactly C (NXC)", "GNU Bourne-Again SHell", "the BIX Information eXchange").
 */
final class CasingSlip {

    static final String RULE = "casing-slip";

    /** Mixed-case forms that are right although their lowercase form is a word. */
    private static final Set<String> KNOWN = Set.of("iPhone", "iPad", "iPod", "iMac", "iCloud", "iTunes",
            "eBay", "eBook", "eMail", "ePub", "macOS", "iOS", "watchOS", "tvOS", "jQuery", "dBase",
            "pH", "mRNA", "reMarkable", "kWh", "mAh", "vCard", "reCaptcha", "reCAPTCHA", "webOS", "airPods", "youTube");

    private CasingSlip() {
    }

    /**
     * {@code capitals} are positions of an ASCII capital right after an ASCII lowercase letter, or right after a word's
     * first letter in capitals and before a lowercase one ("THe").
     */
    static void apply(String t, int[] capitals, int count, PassResult.Builder b, Counts counts) {
        Lexicon lex = null;
        TextWords text = null;
        java.util.Map<String, Integer> forms = null;
        int[] words = words(t, capitals, count);
        for (int w = 1; w < words[0]; w += 2) {
            int s = words[w];
            int e = words[w + 1];
            // one capital after the word's first letter, whatever that letter's case: "impactIng", "tHe" (a lowercase
            // word's), "ThUrsday", "THe" (a capitalised word's)
            int inner = -1;
            for (int i = s + 1; i < e; i++) {
                if (Character.isUpperCase(t.charAt(i))) {
                    if (inner >= 0) {
                        inner = -2;
                        break;
                    }
                    inner = i;
                }
            }
            int at = inner - s;
            boolean capitalised = Character.isUpperCase(t.charAt(s));
            if (inner < 0 || e - s < (at >= 2 && !capitalised ? 4 : 3)
                    || (capitalised && at == 1 && e - s == 3 && t.charAt(e - 1) == 's')) {
                continue; // (short words, and an acronym's plural: "IDs", "TVs")
            }
            if (capitalised && at >= 2 && surnamePrefix(t, s, inner)) {
                continue; // (a surname's capital after its particle, "MacKintosh", "DeVos")
            }
            boolean atEnd = capitalised && at >= 2 && inner >= e - 2 && (inner == e - 1 || t.charAt(e - 1) == 's');
            if (atEnd) {
                // a name's capital at its end ("BaaS", "ChucK", "SoBs") stays, but for a word of four letters or more the
                // text writes plainly elsewhere: "SettinG", "WheN" in a text that writes "setting", "when"
                text = text != null ? text : new TextWords(t);
                if (e - s < 4 || !text.plain.contains(t.substring(s, e).toLowerCase(java.util.Locale.ROOT))) { // ("WoW", "JaM": short names)
                    continue;
                }
            }
            if (!plainContext(t, s, e) || studlyLine(t, capitals, count, s, e)) {
                continue;
            }
            String word = t.substring(s, e);
            if (KNOWN.contains(word)) {
                continue;
            }
            if (lex == null) {
                lex = Lexicon.english();
            }
            if (!capitalised && at == 1 && (word.charAt(0) == 'e' || word.charAt(0) == 'i') && lex.isCommonWord(word.substring(1).toLowerCase(java.util.Locale.ROOT))) {
                continue; // (a brand's e- or i- before a word: "eVent", "iPhone", "eBay")
            }
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            String fixed = capitalised ? word.charAt(0) + lower.substring(1) : lower;
            // (a common word: a name the lexicon lists capitalised is written with its capitals as the name's owner
            // writes it, "SoHo", "OCaml", "MacMillan")
            if (!lex.isCommonWord(lower) || lex.containsExact(word)) {
                continue;
            }
            // "reMarkable", "inDesign", "YouTube", "BotNet", "PostMortem": a word glued capitalised to another is a coined name
            if ((at >= 2 && e - inner >= (capitalised ? 3 : 4) && lex.isCommonWord(lower.substring(at)))
                    || (capitalised && at >= 3 && lex.isCommonWord(lower.substring(0, at)))
                    || (!capitalised && at >= 2 && at <= 3 && e - inner >= 5)) {
                continue;
            }
            forms = forms != null ? forms : forms(t, words);
            text = text != null ? text : new TextWords(t);
            if (forms.get(word) > 1 || spellsAcronym(t, s, e, text)) {
                continue; // (a form written twice is deliberate)
            }
            b.replace(s, e, fixed, RULE,
                    "stray capital inside a word: '" + fixed + "' is an English word, '" + word + "' is not a known name");
            counts.casingSlips++;
        }
    }

    /** Particles a surname glues to its capitalised part ("McDonald", "MacKintosh", "DeVos", "LaGuardia", "VanDyke"). */
    private static final Set<String> SURNAME_PARTICLES = Set.of("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz");

    private static boolean surnamePrefix(String t, int s, int inner) {
        return SURNAME_PARTICLES.contains(t.substring(s, inner));
    }

    /** Words on each side of a mixed-case word whose capitals {@link #spellsAcronym} reads. */
    static final int EXPANSION_WORDS = 4;

    /**
     * Whether the word's capitals are letters of an acronym the text writes in capitals, spelled in order by the capitals
     * of the words around it on its line: an acronym's expansion ("Not eXactly C (NXC)", "FORMAC (FORMula MAnipulation
     * Compiler)", "GNU Bourne-Again SHell", a glossary's "[ABnormal END]" under "ABEND"), not a slip beside some acronym
     * ("impactIng the NIH": an acronym's own capitals are not read). The acronyms read are the text's words of 2 to 10
     * capitals within {@value #ACRONYM_REACH} characters of the word (a glossary's headword a few lines above its
     * expansion, a manual page's title over its name line), found among {@code text}'s (their places in text order, read
     * once) by a binary search: a text of many acronyms and many such words costs no more than a few of each.
     */
    private static boolean spellsAcronym(String t, int s, int e, TextWords text) {
        StringBuilder caps = new StringBuilder();
        for (int i = s; i < e; i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                caps.append(t.charAt(i));
            }
        }
        int from = s;
        for (int words = 0; from > 0 && t.charAt(from - 1) != '\n' && words <= EXPANSION_WORDS; from--) {
            words += t.charAt(from - 1) == ' ' ? 1 : 0;
        }
        int to = e;
        for (int words = 0; to < t.length() && t.charAt(to) != '\n' && words <= EXPANSION_WORDS; to++) {
            words += t.charAt(to) == ' ' ? 1 : 0;
        }
        // the capitals of the words around it written in lowercase but for them, and of one-letter words, in order; and
        // the same with the words in capitals too (an expansion's "[ABnormal END]" under the headword "ABEND")
        StringBuilder spelled = new StringBuilder();
        StringBuilder withCapitals = new StringBuilder();
        asciiWords(t, from, to, (i, j) -> {
            boolean lowercase = j - i == 1 || !allCapitals(t, i, j);
            for (int c = i; c < j; c++) {
                if (Character.isUpperCase(t.charAt(c))) {
                    withCapitals.append(t.charAt(c));
                    if (lowercase) {
                        spelled.append(t.charAt(c));
                    }
                }
            }
        });
        int k = java.util.Arrays.binarySearch(text.starts, 0, text.n, Math.max(0, s - ACRONYM_REACH));
        for (k = k < 0 ? -k - 1 : k; k < text.n && text.starts[k] < e + ACRONYM_REACH; k++) {
            String a = t.substring(text.starts[k], text.ends[k]);
            if (!a.contains(caps)) {
                continue;
            }
            boolean here = holdsWord(t, from, to, a);
            // (a recursive acronym's first letter is itself, written beside its expansion: "the BIX Information eXchange";
            // the words in capitals are read where the acronym stands away, "[ABnormal END]" under "ABEND": beside it,
            // "impactIng the NIH" would spell NIH)
            if (subsequence(a, spelled) || here && subsequence(a.substring(1), spelled) || !here && subsequence(a, withCapitals)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t[from, to)} holds {@code word} as a word of its own. */
    private static boolean holdsWord(String t, int from, int to, String word) {
        for (int i = from; i + word.length() <= to; i++) { // (searched within the span only: the text may be long)
            if (t.startsWith(word, i) && (i == 0 || !isAsciiLetter(t.charAt(i - 1))) && (i + word.length() == t.length() || !isAsciiLetter(t.charAt(i + word.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a}'s letters stand in {@code in} in order. */
    private static boolean subsequence(String a, CharSequence in) {
        int k = 0;
        for (int i = 0; i < in.length() && k < a.length(); i++) {
            k += in.charAt(i) == a.charAt(k) ? 1 : 0;
        }
        return k == a.length();
    }

    /** Characters on each side of a word within which {@link #spellsAcronym} reads the acronyms the text writes. */
    static final int ACRONYM_REACH = 1000;

    /**
     * What the rule reads of the whole text, in one walk over its words of ASCII letters, made the first time a word
     * asks: the words written plainly (no capital after the first letter; in lowercase), and where it writes its
     * acronyms, words of 2 to 10 capitals ({@code n} spans, in text order, for {@link #spellsAcronym}'s binary search).
     */
    private static final class TextWords {
        final java.util.Set<String> plain = new java.util.HashSet<>();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n;

        TextWords(String t) {
            asciiWords(t, 0, t.length(), (i, j) -> {
                boolean capitalInside = false;
                for (int c = i + 1; c < j && !capitalInside; c++) {
                    capitalInside = Character.isUpperCase(t.charAt(c));
                }
                if (!capitalInside) {
                    plain.add(t.substring(i, j).toLowerCase(java.util.Locale.ROOT));
                } else if (j - i <= 10 && allCapitals(t, i, j)) {
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2);
                        ends = java.util.Arrays.copyOf(ends, n * 2);
                    }
                    starts[n] = i;
                    ends[n] = j;
                    n++;
                }
            });
        }
    }

    /** Calls {@code word} with the start and end of each run of ASCII letters in {@code t[from, to)}. */
    private static void asciiWords(String t, int from, int to, java.util.function.BiConsumer<Integer, Integer> word) {
        for (int i = from; i < to; ) {
            if (!isAsciiLetter(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && isAsciiLetter(t.charAt(j))) {
                j++;
            }
            word.accept(i, j);
            i = j;
        }
    }

    private static boolean allCapitals(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
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
            if (c == '#' || c == '`' || c == '@' || c == '/' || c == '.' || c == '_' || c == '\\' || c == '$'
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

    /**
     * How often the text writes each of its words with a capital inside ({@link #words}, counted once per place): a form written twice is deliberate. (Read once for the text: a search of the whole text for each form
     * took a text of 100,000 such words 17 s.)
     */
    private static java.util.Map<String, Integer> forms(String t, int[] words) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (int w = 1; w < words[0]; w += 2) {
            out.merge(t.substring(words[w], words[w + 1]), 1, Integer::sum);
        }
        return out;
    }

    /**
     * The words of ASCII letters that hold the {@code capitals}, each once, in text order: {used length, start1, end1,
     * start2, end2, ...}.
     */
    private static int[] words(String t, int[] capitals, int count) {
        int[] out = new int[1 + 2 * count];
        int n = 1;
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
            out[n++] = s;
            out[n++] = e;
        }
        out[0] = n;
        return out;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
