package io.github.unmangle.pass.mt;

import io.github.unmangle.lang.Chars;
import io.github.unmangle.lang.Lexicon;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Misspelt variants of a name that the same document spells right: "regognition" when
 * "Rekognition" occurs more often. Both must be outside the English word list — a brand is never
 * "corrected" into a dictionary word, nor a dictionary word ("recognition") into a brand.
 */
final class NameVariants {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    /**
     * Times a document spells a name, at least, for its variants to be mended: the Rust changelog's "rustuv", a crate, had
     * been made "Rustup", which the changelog names twice.
     */
    static final int MIN_NAME = 3;

    /**
     * Letters a variant in lowercase has at least to be read as a misspelling of a name the document writes only
     * capitalised: a machine translation's "regognition" for "Rekognition" (seed 002) is one, but a short word one letter
     * from a name is as likely another word (the Jargon File's pronunciation "/yoo·shyang/" beside "Yu-Shiang", a fortune's
     * nonce word "bergen" beside "Beren" were made names).
     */
    static final int LOWERCASE_VARIANT = 8;

    private NameVariants() {
    }

    static void find(String t, char[] a, Lexicon lex, List<Candidate> out) {
        // 1. capitalised words: the possible names (most words are skipped without making a String)
        int[] spans = words(a);
        int nSpans = spans[0];
        Map<String, Integer> capitalised = new HashMap<>();
        for (int k = 1; k <= 2 * nSpans; k += 2) {
            if (Character.isUpperCase(a[spans[k]])) {
                capitalised.merge(t.substring(spans[k], spans[k + 1]), 1, Integer::sum);
            }
        }
        // by a name's first letter, the lengths a word must have to be the name, a variant of it (one letter more or
        // less) or the name in lowercase: bit L for length L (the last bit for 63 and more)
        long[] lengths = new long[128];
        boolean anyName = false;
        for (Map.Entry<String, Integer> e : capitalised.entrySet()) {
            String w = e.getKey();
            char f = Character.toLowerCase(w.charAt(0));
            if (e.getValue() >= 2 && f < 128 && !lex.containsExact(w) && !lex.isCommonWord(w.toLowerCase(Locale.ROOT))) {
                int n = w.length();
                lengths[f] |= lengthBit(n - 1) | lengthBit(n) | lengthBit(n + 1);
                anyName = true;
            }
        }
        if (!anyName) {
            return;
        }
        // 2. every word that could be one of them or a variant of one (same first letter, a length one letter or less
        // from the name's): only these are made strings and looked up (this step took every word of the names' first
        // letters from two letters under the shortest name to two over the longest, and NameVariants was a quarter of the
        // mt pass's samples on boilerplate-dev's pages and texts)
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 1; k <= 2 * nSpans; k += 2) {
            int len = spans[k + 1] - spans[k];
            char f = Character.toLowerCase(a[spans[k]]);
            if (f < 128 && (lengths[f] & lengthBit(len)) != 0) {
                counts.merge(t.substring(spans[k], spans[k + 1]), 1, Integer::sum);
            }
        }
        counts.keySet().removeIf(w -> lex.containsExact(w) || lex.isCommonWord(w.toLowerCase(Locale.ROOT)));
        if (counts.size() < 2) {
            return;
        }
        // names: capitalised, seen MIN_NAME times at least; found for a variant through the forms one letter shorter that
        // both share (SymSpell's deletions: a name one edit from the variant shares one, or is one), so that each variant
        // meets only the names that may be its own (looked up by first letter, a text of 100,000 lines of names took the
        // pass 24 s: each variant was weighed against thousands)
        Map<String, List<String>> names = new HashMap<>();
        for (Map.Entry<String, Integer> n : counts.entrySet()) {
            String name = n.getKey();
            if (n.getValue() >= MIN_NAME && Character.isUpperCase(name.charAt(0))) {
                for (String key : keys(name.toLowerCase(Locale.ROOT))) {
                    names.computeIfAbsent(key, k -> new ArrayList<>(1)).add(name);
                }
            }
        }
        Map<String, String> fix = new HashMap<>();
        for (Map.Entry<String, Integer> v : counts.entrySet()) {
            String variant = v.getKey();
            if (variant.length() < 6) {
                continue;
            }
            if (hasDigit(variant) || (variant.endsWith("s") && !variant.endsWith("ss"))) {
                continue; // model numbers; plurals and third persons of other words
            }
            int limit = 1;
            String best = null;
            int need = Math.max(MIN_NAME, 2 * v.getValue());
            String lowerVariant = variant.toLowerCase(Locale.ROOT);
            java.util.Set<String> near = new java.util.LinkedHashSet<>();
            for (String key : keys(lowerVariant)) {
                near.addAll(names.getOrDefault(key, List.of()));
            }
            near.removeIf(name -> counts.get(name) < need || Character.toLowerCase(name.charAt(0)) != lowerVariant.charAt(0));
            for (String name : near) {
                // (a misspelling is rarer than the name, at most half as frequent: Vim's help spells "mkspell", a command,
                // 21 times beside "Myspell", a dictionary format, 26 times)
                if (name.equals(variant) || inflection(name, variant) || hasDigit(name) || name.equals(name.toUpperCase(Locale.ROOT))
                        || sameLetters(name, variant) || series(name, variant) || otherSuffix(name, variant) || elongated(name, variant)) {
                    continue;
                }
                int d = DISTANCE.apply(lowerVariant, name.toLowerCase(Locale.ROOT));
                if (d >= 1 && d <= limit) {
                    if (best != null) {
                        best = null; // two candidates: not sure which one
                        break;
                    }
                    best = name;
                }
            }
            if (best != null && !best.equalsIgnoreCase(variant)) {
                // a variant in lowercase stands for the name as the document writes it in lowercase, where it does: IDLE's
                // NEWS names the module "configdialog" and its class "ConfigDialog", and "condigdialog" is the module's
                String lower = best.toLowerCase(Locale.ROOT);
                boolean lowercase = variant.equals(variant.toLowerCase(Locale.ROOT));
                if (lowercase && !counts.containsKey(lower) && variant.length() < LOWERCASE_VARIANT) {
                    continue; // (a short lowercase word one letter from a name the text only capitalises is another word)
                }
                if (counts.getOrDefault(lower, 0) > counts.get(best)) {
                    continue; // (a word the text writes in lowercase more often than capitalised is no name: Moby-Dick's
                              // "harpooneer", twice a title's "Chief Harpooneer", beside "harpooner")
                }
                fix.put(variant, lowercase && counts.containsKey(lower) ? lower : best);
            }
        }
        if (fix.isEmpty()) {
            return;
        }
        for (int k = 1; k <= 2 * nSpans; k += 2) {
            String name = fix.get(t.substring(spans[k], spans[k + 1]));
            if (name != null) {
                out.add(new Candidate(spans[k], spans[k + 1], name, "name-variant",
                        "misspelling of \"" + name + "\", which this document spells so " + counts.get(name) + " times"));
            }
        }
    }

    /** A word's keys in {@code find}'s index of names: the word itself and each form of it one letter shorter. */
    private static List<String> keys(String lower) {
        List<String> out = new ArrayList<>(lower.length() + 1);
        out.add(lower);
        for (int i = 0; i < lower.length(); i++) {
            out.add(lower.substring(0, i) + lower.substring(i + 1));
        }
        return out;
    }

    /** The bit of a word's length in a first letter's {@code lengths} (lengths of 63 and more share the last bit). */
    private static long lengthBit(int length) {
        return 1L << Math.min(63, length);
    }

    /** Words of five or more letters and digits, starting with a letter: {count, start1, end1, start2, end2, …}. */
    private static int[] words(char[] a) {
        int[] out = new int[1 + 64];
        int n = a.length;
        int count = 0;
        int i = 0;
        while (i < n) {
            if (!Chars.isLetterOrDigit(a[i])) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Chars.isLetterOrDigit(a[i])) {
                i++;
            }
            if (i - s >= 5 && Character.isLetter(a[s])) {
                if (2 * count + 2 >= out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[2 * count + 1] = s;
                out[2 * count + 2] = i;
                count++;
            }
        }
        out[0] = count;
        return out;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ChildA" / "ChildB", "PlanX" / "PlanY": names of one series, told apart by a capital letter (of the same length,
     * that letter their only difference), not a name and its misspelling (a second cleaning of a saved documentation
     * page made Django's "ChildA" "ChildB": bench Idempotence). A misspelling changes a name's lowercase letters.
     */
    static boolean series(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (diff >= 0) {
                    return false;
                }
                diff = i;
            }
        }
        return diff > 0 && Character.isUpperCase(a.charAt(diff)) && Character.isUpperCase(b.charAt(diff));
    }

    /** English endings that make other words of one stem ("Maximalism" / "Maximalist"). */
    private static final String[] SUFFIXES = {"ism", "ist", "ic", "al", "an", "ia", "ed", "er", "es", "ly", "ty", "cy"};

    /**
     * "Maximalism" / "Maximalist": the same stem with two English endings, one letter apart, is two words, not a word and
     * its misspelling (CleanTextEdits: a clean article's "Maximalist", as its heading had it, was made "Maximalism").
     */
    static boolean otherSuffix(String a, String b) {
        if (a.length() != b.length() || !a.regionMatches(0, b, 0, a.length() - 1)) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        boolean endsX = false;
        boolean endsY = false;
        for (String s : SUFFIXES) {
            endsX |= x.endsWith(s);
            endsY |= y.endsWith(s);
        }
        return endsX && endsY;
    }

    /** Letters in a row, at least, for one more of them to be a word drawn out on purpose ({@link #elongated}). */
    static final int DRAWN_OUT = 3;

    /**
     * Whether one word is the other with one more of a letter that stands {@value #DRAWN_OUT} times or more in a row: a
     * sound or a cry drawn out on purpose ("Bzzzt" and "Bzzzzt", "Goooal" and "Gooooal"), not a misspelling.
     */
    static boolean elongated(String x, String y) {
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && Character.toLowerCase(shorter.charAt(i)) == Character.toLowerCase(longer.charAt(i))) {
            i++;
        }
        if (!(longer.substring(0, i) + longer.substring(i + 1)).equalsIgnoreCase(shorter)) {
            return false;
        }
        char c = Character.toLowerCase(longer.charAt(i));
        int run = 0;
        for (int k = i - 1; k >= 0 && Character.toLowerCase(longer.charAt(k)) == c; k--) {
            run++;
        }
        for (int k = i; k < shorter.length() && Character.toLowerCase(shorter.charAt(k)) == c; k++) {
            run++;
        }
        return run >= DRAWN_OUT;
    }

    /** "Martinez" / "Martínez": the same name with or without accents is not a misspelling to fix. */
    private static boolean sameLetters(String a, String b) {
        if (ascii(a) && ascii(b)) {
            return a.equalsIgnoreCase(b); // (nothing to decompose, no mark to take out)
        }
        java.text.Normalizer.Form f = java.text.Normalizer.Form.NFD;
        String x = java.text.Normalizer.normalize(a, f).replaceAll("\\p{M}", "");
        String y = java.text.Normalizer.normalize(b, f).replaceAll("\\p{M}", "");
        return x.equalsIgnoreCase(y);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** "Amazons", "Googled": the name with an ending is a word form, not a misspelling. */
    private static boolean inflection(String name, String variant) {
        String n = name.toLowerCase(Locale.ROOT);
        String v = variant.toLowerCase(Locale.ROOT);
        return v.startsWith(n) || n.startsWith(v);
    }
}
