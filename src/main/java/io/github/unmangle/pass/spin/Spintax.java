package io.github.unmangle.pass.spin;

import io.github.unmangle.pass.spin.SpinPass.Tok;

import java.util.ArrayList;
import java.util.List;

/**
 * Spintax, a spinner's template left unresolved in the text ("{best|greatest|finest}"): where the templates are, so
 * that the pass reads the words outside them as it reads any text and makes each template the option its context
 * prefers (rule {@code spintax}).
 */
final class Spintax {
    private Spintax() {
    }

    /**
     * A spinner's template left unresolved in the text ("spintax"): "{best|greatest|finest}", two
     * options or more, each of words only (letters, digits, spaces, apostrophes, hyphens) or holding
     * templates itself ("{Hi|{Good|Great} morning}"). A shell's "{a,b}", a regular expression's
     * "(a|b)" or JSON is no template.
     */
    static List<int[]> spintax(String t) {
        List<int[]> out = new ArrayList<>();
        for (int i = t.indexOf('{'); i >= 0; ) {
            int end = templateEnd(t, i);
            if (end > 0 && standsAlone(t, i, end)) {
                out.add(new int[] {i, end});
            }
            i = t.indexOf('{', end > 0 ? end : i + 1);
        }
        return out;
    }

    /**
     * Whether the template {@code t[open, end)} stands as words stand in prose: after a space, a line's start, an opening
     * bracket or quotation mark (or another template's "{" or "|"), and before a space, punctuation or a closing one. A
     * command line's choice of values is no template: "--locale-provider={libc|icu}" (createdb(1)) became "icu".
     */
    private static boolean standsAlone(String t, int open, int end) {
        char before = open == 0 ? ' ' : t.charAt(open - 1);
        char after = end >= t.length() ? ' ' : t.charAt(end);
        return (Character.isWhitespace(before) || "([\"'“‘«{|".indexOf(before) >= 0)
                && (Character.isWhitespace(after) || ".,;:!?)]\"'”’»}|".indexOf(after) >= 0);
    }

    /** Characters of a template at most. */
    static final int TEMPLATE_CHARS = 400;

    /** Templates inside templates, at most ("{Hi|{Good|Great} morning}" is two deep). */
    static final int TEMPLATE_DEPTH = 8;

    /** The end (after its "}") of the template that opens at {@code s[open]}, or -1 if none does. */
    static int templateEnd(String s, int open) {
        return templateEnd(s, open, Math.min(s.length(), open + TEMPLATE_CHARS), TEMPLATE_DEPTH);
    }

    /**
     * As {@link #templateEnd(String, int)}, the template and those inside it ending before {@code limit} (the outermost's
     * {@value #TEMPLATE_CHARS} characters), {@code depth} more templates deep at most: a line of unclosed braces, "{ { { …",
     * recursed once per brace, each with a window of its own, and overflowed a worker's stack (PathologicalInputTest).
     */
    private static int templateEnd(String s, int open, int limit, int depth) {
        int options = 1;
        boolean empty = true;
        for (int i = open + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '{') {
                int end = depth > 1 ? templateEnd(s, i, limit, depth - 1) : -1;
                if (end < 0) {
                    return -1;
                }
                empty = false;
                i = end - 1;
            } else if (c == '|') {
                if (empty) {
                    return -1;
                }
                options++;
                empty = true;
            } else if (c == '}') {
                return options >= 2 && !empty ? i + 1 : -1;
            } else if (Character.isLetterOrDigit(c)) {
                empty = false;
            } else if (c != ' ' && c != '\'' && c != '’' && c != '-') {
                return -1;
            }
        }
        return -1;
    }
    /** The tokens outside the templates; the word after a template starts afresh (its left word is not known). */
    static List<Tok> outside(List<Tok> toks, List<int[]> templates) {
        if (templates.isEmpty()) {
            return toks;
        }
        List<Tok> out = new ArrayList<>(toks.size());
        int g = 0;
        boolean afterTemplate = false;
        for (Tok k : toks) {
            while (g < templates.size() && templates.get(g)[1] <= k.start()) {
                g++;
                afterTemplate = true;
            }
            if (g < templates.size() && k.start() >= templates.get(g)[0]) {
                continue; // inside a template
            }
            out.add(afterTemplate ? new Tok(k.start(), k.end(), k.lower(), true, k.id()) : k);
            afterTemplate = false;
        }
        return out;
    }
}
