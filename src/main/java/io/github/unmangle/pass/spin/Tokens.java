package io.github.unmangle.pass.spin;

import io.github.unmangle.lang.Chars;
import io.github.unmangle.pass.spin.SpinPass.Tok;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text's word tokens as the spin pass reads them ({@link SpinPass.Tok}: letters and digits with inner apostrophes,
 * sentence starts marked, a paragraph wrapped by hand read through), and what their case and shape say: a name, a
 * capital a spinner copied, a hyphenated compound, a piece of a token split at ".".
 */
final class Tokens {
    private Tokens() {
    }

    /** Part of a hyphenated compound ("non-profit", "well-being"): weighed only on its own evidence, never as another place's repeat. */
    static boolean hyphenated(String t, List<Tok> toks, int i, int len) {
        int s = toks.get(i).start();
        int e = toks.get(i + len - 1).end();
        return (s >= 2 && hyphen(t.charAt(s - 1)) && Character.isLetterOrDigit(t.charAt(s - 2)))
                || (e + 1 < t.length() && hyphen(t.charAt(e)) && Character.isLetterOrDigit(t.charAt(e + 1)));
    }

    /** A hyphen: '-', or Unicode's hyphen and non-breaking hyphen ("non‑life"). */
    static boolean hyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Words that may be spun forms here: not names (capitalised mid-sentence), unless a multiword form cased like a spun name. */
    static boolean eligible(String t, List<Tok> toks, int i, int len) {
        Tok first = toks.get(i);
        boolean cap = Character.isUpperCase(t.charAt(first.start()));
        if (!cap || first.sentenceStart()) {
            // lowercase, or capitalised only because it starts a sentence: later words must be lowercase
            for (int k = i + 1; k < i + len; k++) {
                if (Character.isUpperCase(t.charAt(toks.get(k).start()))) {
                    return false;
                }
            }
            return !allCaps(t, first);
        }
        if (len == 1) {
            int s = first.start();
            // a capitalised word inside a sentence is a name, unless glued to an initial ("U.Southward"); a word of a name
            // after its first is weighed too, and restored only with confidence of its own (nameInside)
            return gluedToInitial(t, s) || inName(t, toks, i);
        }
        for (int k = i + 1; k < i + len; k++) {
            if (Character.isUpperCase(t.charAt(toks.get(k).start()))) {
                return false; // "United States of America": a name written out
            }
        }
        return true; // "Water ice", "Spider web": a spinner copied a name's capital onto a phrase
    }

    /**
     * Whether token i is a capitalised word of a name after its first, inside a sentence ("The New York Multiplication"
     * for "Times", a spinner having copied the capital of the word it replaced), not in capitals, nor glued to an
     * initial. Such a place is weighed as any other, but restored only when confident on its own evidence (the
     * language model knows the name with the original, "new york times", and not with the spun word), never as a
     * repeat of a swap made elsewhere or for a form the text overuses: a writer's own name holds words a spinner also
     * swaps ("Health and Wellness").
     */
    static boolean nameInside(String t, List<Tok> toks, int i) {
        Tok tok = toks.get(i);
        int s = tok.start();
        return i > 0 && !tok.sentenceStart() && Character.isUpperCase(t.charAt(s)) && !allCaps(t, tok) && capitalised(t, toks, i - 1)
                && !gluedToInitial(t, s);
    }

    /**
     * Whether token i is the first of two capitalised words or more inside a sentence ("the world of Mixer Media
     * Marketing" for "Social"): a title's, or a name's, first word. Weighed as {@link #nameInside}'s are, and restored
     * only with confidence of its own.
     */
    static boolean titleRunStart(String t, List<Tok> toks, int i) {
        Tok tok = toks.get(i);
        int s = tok.start();
        return !tok.sentenceStart() && Character.isUpperCase(t.charAt(s)) && !allCaps(t, tok) && !gluedToInitial(t, s)
                && i + 1 < toks.size() && toks.get(i + 1).start() == tok.end() + 1 && t.charAt(tok.end()) == ' ' && capitalised(t, toks, i + 1);
    }

    /** A capitalised word of a name or title inside a sentence, weighed but restored only on its own evidence ({@link #nameInside}, {@link #titleRunStart}). */
    static boolean inName(String t, List<Tok> toks, int i) {
        return nameInside(t, toks, i) || titleRunStart(t, toks, i);
    }

    /** Whether the word at {@code s} follows an initial without a space ("U.Southward"): a split token's piece, no name. */
    static boolean gluedToInitial(String t, int s) {
        return s >= 2 && t.charAt(s - 1) == '.' && Character.isLetter(t.charAt(s - 2));
    }

    static boolean allCaps(String t, Tok tok) {
        if (tok.end() - tok.start() < 2) {
            return false;
        }
        for (int k = tok.start(); k < tok.end(); k++) {
            if (Character.isLowerCase(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A phrase capitalised on its first word only (later words lowercase or numbers), inside a
     * sentence ("uses Artificial intelligence to", "powers Water ice,", "San fernando valley"): writers write a phrase in lowercase, or
     * every word capitalised as a name; a spinner copies the capital of the one word it replaced.
     */
    static boolean capitalCopied(String t, List<Tok> toks, int i, int len) {
        if (len < 2 || toks.get(i).sentenceStart() || !Character.isUpperCase(t.charAt(toks.get(i).start()))) {
            return false;
        }
        for (int k = i + 1; k < i + len; k++) {
            if (Character.isUpperCase(t.charAt(toks.get(k).start()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token k exists, is not a sentence start, and begins with a capital (part of a name). */
    static boolean capitalised(String t, List<Tok> toks, int k) {
        return k >= 0 && k < toks.size() && !toks.get(k).sentenceStart() && Character.isUpperCase(t.charAt(toks.get(k).start()));
    }

    /**
     * The original, cased like the spun text: "Showtime" → "First"; a capitalised form inside a
     * sentence standing for an acronym (WordNet writes it in capitals only: {@code acronym}) is
     * written in capitals ("Garmin Global positioning system" → "GPS", "N.y." → "NY"), and so is a
     * capitalised phrase standing for a short word ("powers Water ice," → "ICE") unless it sits
     * inside a title-cased name ("Amazon Spider web Services" → "Web").
     */
    static String cased(String original, String spun, boolean sentenceStart, boolean inName, boolean acronym) {
        if (original.equals("i") && !Character.isLetter(spun.charAt(0))) {
            return "I"; // the pronoun, for a digit ("what 1 did")
        }
        boolean cap = Character.isUpperCase(spun.charAt(0));
        if (!cap) {
            return original;
        }
        if (original.length() == 1) {
            return original.toUpperCase(Locale.ROOT);
        }
        if (!sentenceStart && (acronym || (!inName && spun.indexOf(' ') > 0 && original.length() <= 3))) {
            return original.toUpperCase(Locale.ROOT); // an acronym written out ("Information technology" → "IT")
        }
        return Character.toUpperCase(original.charAt(0)) + original.substring(1);
    }

    /** Letters and single spaces only. */
    static boolean plainWords(String phrase) {
        for (int k = 0; k < phrase.length(); k++) {
            char c = phrase.charAt(k);
            if (!Character.isLetter(c) && c != ' ') {
                return false;
            }
        }
        return true;
    }

    static boolean hasUpper(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isUpperCase(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (io.github.unmangle.lang.Chars.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static String phrase(List<Tok> toks, int i, int len) {
        if (len == 1) {
            return toks.get(i).lower();
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + len; k++) {
            if (k > i) {
                sb.append(' ');
            }
            sb.append(toks.get(k).lower());
        }
        return sb.toString();
    }

    /** Tokens i..i+len-1 separated by exactly one space each. */
    static boolean adjacent(String t, List<Tok> toks, int i, int len) {
        for (int k = i + 1; k < i + len; k++) {
            Tok a = toks.get(k - 1);
            Tok c = toks.get(k);
            if (c.start() - a.end() != 1 || t.charAt(a.end()) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The word tokens of {@code t} with their n-gram ids (one lookup in the large shared index per distinct word). */
    static List<Tok> identified(NGrams ngrams, String t) {
        return identified(t, new DocWords(ngrams));
    }

    /** The end of the word token that starts at {@code s}: letters and digits, with inner apostrophes (' or ’). */
    static int wordEnd(CharSequence t, int s) {
        int n = t.length();
        int i = s;
        while (i < n && (Chars.isLetterOrDigit(t.charAt(i))
                || ((t.charAt(i) == '\'' || t.charAt(i) == '’') && i + 1 < n && Chars.isLetter(t.charAt(i + 1))))) {
            i++;
        }
        return i;
    }

    /** As {@link #wordEnd(CharSequence, int)}, over a text's characters. */
    static int wordEnd(char[] t, int s) {
        int n = t.length;
        int i = s;
        while (i < n && (Chars.isLetterOrDigit(t[i]) || ((t[i] == '\'' || t[i] == '’') && i + 1 < n && Chars.isLetter(t[i + 1])))) {
            i++;
        }
        return i;
    }

    /**
     * Whether the line break at {@code a[i]} falls inside a sentence of a paragraph wrapped by hand (a text cleaned by the
     * spin pass alone, not unwrapped first): the line before, of {@value #WRAPPED_LINE} characters or more, ends in a
     * lowercase letter or a comma, as no sentence ends, and the next line begins with a letter. The US Declaration of Independence, wrapped at 70 columns, had its "under absolute
     * Despotism" read as a sentence's first word, weighed, and restored to "Tyranny".
     */
    static boolean wrappedMidSentence(char[] a, int i) {
        int p = i - 1;
        while (p >= 0 && (a[p] == ' ' || a[p] == '\t' || a[p] == '\r')) {
            p--;
        }
        if (p < 0 || !(Character.isLowerCase(a[p]) || a[p] == ',')) {
            return false;
        }
        int lineStart = p;
        while (lineStart > 0 && a[lineStart - 1] != '\n') {
            lineStart--;
        }
        if (p + 1 - lineStart < WRAPPED_LINE) {
            return false; // (a heading, a list's item)
        }
        int q = i + 1;
        while (q < a.length && (a[q] == ' ' || a[q] == '\t' || a[q] == '\r')) {
            q++;
        }
        return q < a.length && Character.isLetter(a[q]);
    }

    /** Characters a line wrapped by hand has at least ({@link #wrappedMidSentence}): a heading or a list's item is shorter. */
    static final int WRAPPED_LINE = 55;

    /** Word tokens: letters and digits, with inner apostrophes; sentence starts marked (ids -1). */
    static List<Tok> tokens(String t) {
        return identified(t, null);
    }

    /** A word token's text {@code t[s, e)} in lowercase, with ’ as '. */
    static String lower(String t, int s, int e) {
        return t.substring(s, e).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * As {@link #tokens(String)}; with {@code words} (the text's words already looked up, added to),
     * each with its word's lowercase text and n-gram id from there.
     */
    static List<Tok> identified(String t, DocWords words) {
        List<Tok> out = new ArrayList<>();
        char[] a = t.toCharArray(); // (read from an array: with the quick JIT, charAt made tokenising a sixth slower)
        int n = a.length;
        int i = 0;
        boolean start = true;
        while (i < n) {
            char c = a[i];
            if (Chars.isLetterOrDigit(c)) {
                int s = i;
                i = wordEnd(a, i);
                if (words == null) {
                    out.add(new Tok(s, i, lower(t, s, i), start, -1));
                } else {
                    int w = words.add(t, a, s, i);
                    out.add(new Tok(s, i, words.word(w), start, words.id(w)));
                }
                start = false;
            } else {
                if (c == '\n' && wrappedMidSentence(a, i)) {
                    i++;
                    continue; // (a line of a paragraph wrapped by hand goes on with its sentence: "under absolute\nDespotism")
                }
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“') {
                    start = c != '.' || i + 1 >= n || Character.isWhitespace(a[i + 1]) || start;
                    if (c == '.' && i + 1 < n && !Character.isWhitespace(a[i + 1])) {
                        start = false; // "U.S", "3.5": not a sentence end
                    }
                }
                i++;
            }
        }
        return out;
    }
}
