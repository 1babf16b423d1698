package io.github.unmangle.pass.spin;

import io.github.unmangle.pass.spin.SpinPass.Choice;
import io.github.unmangle.pass.spin.SpinPass.Tok;

import java.util.List;
import java.util.Set;

import static io.github.unmangle.pass.spin.Tokens.hasDigit;
import static io.github.unmangle.pass.spin.Tokens.lower;
import static io.github.unmangle.pass.spin.Tokens.phrase;

/**
 * What a place's grammar says of the originals it may stand for, where no word pair can: a numbered item's "1" is
 * no pronoun, a sentence's opening phrase before its noun phrase and comma is the writer's (no conjunction stands
 * for it), and only a form of "have" stands before "been", adverbs between or not.
 */
final class Grammar {
    private Grammar() {
    }

    private static final String BEEN = "been";
    private static final java.util.Set<String> HAVE = java.util.Set.of("have", "has", "had", "having");

    /**
     * A phrase with a number ("March 17") is matched, so its words are not judged one by one, but
     * restored only written in lowercase (inside a sentence; later capitals make it ineligible), as
     * nobody writes a name, a date or a figure ("atomic number 49" for "in", "vitamin a1" for "a").
     */
    static Choice numbered(Choice c, String t, String phrase) {
        return c != null && Character.isUpperCase(t.charAt(c.from())) && hasDigit(phrase) ? c.unclear() : c;
    }

    /** The entry without the originals whose index {@code drop} names, or null when none is left. */
    static Candidates.Entry without(Candidates.Entry entry, java.util.function.IntPredicate drop) {
        String[] os = entry.originals();
        int keep = 0;
        for (int k = 0; k < os.length; k++) {
            keep += drop.test(k) ? 0 : 1;
        }
        if (keep == os.length) {
            return entry;
        }
        if (keep == 0) {
            return null;
        }
        String[] o = new String[keep];
        int[] ids = new int[keep];
        byte[] kinds = new byte[keep];
        for (int k = 0, j = 0; k < os.length; k++) {
            if (!drop.test(k)) {
                o[j] = os[k];
                ids[j] = entry.ids()[k];
                kinds[j++] = entry.kinds()[k];
            }
        }
        return new Candidates.Entry(o, ids, kinds);
    }

    /** Coordinating conjunctions: a sentence opens with one before a clause, never before a noun phrase and a comma. */
    static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "nor", "so", "yet");
    /** Prepositions a phrase may end with and take a noun phrase after it ("in addition to", "along with"). */
    static final Set<String> PREPOSITIONS = Set.of("to", "with", "of", "from", "for", "as", "in", "on", "at", "by", "about", "than");
    /**
     * Words that open a clause or a phrase of another kind, not a noun phrase, beside {@link #PREPOSITIONS} and
     * {@link #CONJUNCTIONS}: pronouns that are subjects ("this" and "that" are not among them: "In addition to that, we …"
     * is a writer's), wh-words, subordinators, auxiliaries and modals, and sentence adverbs (a word ending in "-ly" is one
     * too).
     */
    static final Set<String> CLAUSE_OPENERS = Set.of("i", "you", "we", "they", "he", "she", "it", "there",
            "who", "what", "which", "where", "when", "why", "how", "whatever", "whoever", "if", "while", "because", "since",
            "although", "though", "unless", "until", "once", "whether", "then", "thus", "also", "again", "still",
            "however", "therefore", "too", "even", "just", "not", "never", "maybe", "perhaps", "now", "here", "instead",
            "unlike", "like", "after", "before", "without",
            "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "is", "are", "was",
            "were", "be", "been", "have", "has", "had");
    /** Words a sentence-opening phrase's noun phrase takes at most before its comma. */
    static final int OPENING_PHRASE_WORDS = 12;

    /**
     * Whether the phrase at tokens [i, i+len) opens its sentence as a writer's prepositional phrase: it ends with a
     * preposition, and a noun phrase follows (its first word opens no clause) that a comma ends within
     * {@value #OPENING_PHRASE_WORDS} words ("In addition to the interactive training, you get four …"). A spinner's
     * phrase for a sentence's first "And" stands before a clause ("In addition to you can even find …", "In addition to
     * then, if it all works"): a conjunction there is no original of such a phrase ({@link #withoutConjunctions}).
     * SpinEval's most frequent wrong edit with its spinner and a lighter one was the writer's opening "In addition to"
     * read as "And".
     */
    static boolean openingPhrase(String t, List<Tok> toks, int i, int len) {
        int j = i + len;
        if (!toks.get(i).sentenceStart() || j >= toks.size() || toks.get(j).sentenceStart() || !PREPOSITIONS.contains(toks.get(j - 1).lower())
                || toks.get(j).start() != toks.get(j - 1).end() + 1 || t.charAt(toks.get(j - 1).end()) != ' ') {
            return false;
        }
        String next = toks.get(j).lower();
        int apos = next.indexOf('\'');
        String head = apos > 0 ? next.substring(0, apos) : next; // ("it's", "that's": a pronoun's)
        if (CLAUSE_OPENERS.contains(head) || PREPOSITIONS.contains(head) || CONJUNCTIONS.contains(head) || head.endsWith("ly")) {
            return false;
        }
        // a comma within the words that follow, before the sentence ends
        int words = 0;
        for (int p = toks.get(j).start(); p < t.length(); p++) {
            char c = t.charAt(p);
            if (c == ',') {
                return words >= 1;
            }
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n') {
                return false;
            }
            if (c == ' ' && ++words >= OPENING_PHRASE_WORDS) {
                return false;
            }
        }
        return false;
    }

    /** The entry without its conjunctions ({@link #CONJUNCTIONS}), or null when nothing else is left. */
    static Candidates.Entry withoutConjunctions(Candidates.Entry entry) {
        String[] os = entry.originals();
        return without(entry, k -> CONJUNCTIONS.contains(os[k]));
    }

    /** Whether the spun form stands before "been" (the next word, {@code hasRight}, or after adverbs: {@link #beenAhead}) and {@code original} is a form of "have" it is not. */
    /**
     * Whether a spun phrase ends in "than" where English never leaves it: before a sentence's or a clause's end, a colon,
     * a closing bracket, or another "than" ("and more than.", "Read more than:", "more than than 20", for "more"), and
     * the original does not.
     */
    static boolean strandedThan(String t, int to, List<Tok> toks, int rightIdx, String original, String phrase) {
        if (!phrase.endsWith(" than") || original.endsWith("than")) {
            return false;
        }
        int k = to;
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        if (k >= t.length() || ".!?:;)\n".indexOf(t.charAt(k)) >= 0) {
            return true;
        }
        return rightIdx < toks.size() && toks.get(rightIdx).start() == k && THAN.equals(toks.get(rightIdx).lower());
    }

    private static final String THAN = "than";

    static boolean haveBeen(List<Tok> toks, boolean hasRight, int rightIdx, String original, String phrase) {
        return hasRight && beenAhead(toks, rightIdx) && HAVE.contains(original) && !HAVE.contains(phrase);
    }

    /**
     * Whether token k is "been", or its sentence goes on to "been" through at most {@value #BEEN_REACH} adverbs ("take also
     * been", "take not yet been": a form of "have" stands there, as before "been" itself; 3 more right edits and no wrong one
     * on SpinEval's 400 articles, 2026-12-04). An adverb: one of {@link #ADVERBS} or a word of five letters or more in -ly.
     */
    static boolean beenAhead(List<Tok> toks, int k) {
        int end = Math.min(toks.size(), k + BEEN_REACH + 1);
        for (int j = k; j < end; j++) {
            if (BEEN.equals(toks.get(j).lower())) {
                // (asked first: most places have no "been" near them, and are asked nothing else)
                for (int a = k; a <= j; a++) {
                    String w = toks.get(a).lower();
                    if (a > k && toks.get(a).sentenceStart() || a < j && !(ADVERBS.contains(w) || w.length() > 4 && w.endsWith("ly"))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Adverbs between a form of "have" and "been", at most ({@link #beenAhead}). */
    static final int BEEN_REACH = 2;
    /** Adverbs that stand between "have" and "been" ("have also been", "has long been"), a spinner's forms of "not" and "also" among them. */
    private static final java.util.Set<String> ADVERBS = java.util.Set.of("also", "not", "already", "never", "long", "just", "since",
            "ever", "always", "still", "now", "often", "previously", "finally", "both", "all", "yet", "only", "even", "so", "n't",
            "too", "non", "besides", "likewise", "recently");
}
