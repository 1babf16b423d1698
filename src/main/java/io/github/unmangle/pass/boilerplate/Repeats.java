package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.lang.Chars;

import java.util.ArrayList;
import java.util.List;

import static io.github.unmangle.pass.boilerplate.Line.BAD;
import static io.github.unmangle.pass.boilerplate.Line.bad;
import static io.github.unmangle.pass.boilerplate.Line.isProse;

/**
 * A page's text that it holds twice (a layout rendered for wide and narrow screens, a paragraph repeated), and the
 * code lines that such comparisons leave alone.
 */
final class Repeats {
    private Repeats() {
    }

    /**
     * A kept line that says exactly what the kept line above it says (blank and dropped lines between
     * aside: they are gone from the output, where the two would stand together) is a second rendering
     * of one thing: a text browser writes a card's link and then its heading, an
     * image's alt text and then its caption, a tab's label and then its title, each on its own line.
     * The second copy goes, the first stays. Only on a saved web page (clean text that repeats a
     * line, a refrain, keeps it), only lines with a letter (a rule of dashes, "}" repeat on purpose)
     * and no code (brackets, braces, quotes, '=', ';': code repeats lines on purpose). Whether it dropped any.
     */
    static boolean doubledLines(char[] t, Line[] lines) {
        Line above = null;
        boolean any = false;
        for (Line l : lines) {
            if (l.blank() || l.cls == BAD) {
                continue;
            }
            if (above != null && sameText(t, above, l)) {
                bad(l, "doubled", "the same line as the kept line above it (a link's text and then its heading or caption, as a"
                        + " text browser writes them): the second copy");
                any = true;
            } else {
                above = l;
            }
        }
        return any;
    }

    /** Whether two lines hold the same text (a list bullet aside), with a letter and no code. */
    private static boolean sameText(char[] t, Line a, Line b) {
        int len = a.ce - a.ts;
        if (b.ce - b.ts != len) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < len; i++) {
            char c = t[a.ts + i];
            if (c != t[b.ts + i] || c < 128 && CODE_CHAR[c]) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** One kept line in this many with code, or more, and a page is documentation, whose paragraphs repeat on purpose. */
    static final int CODE_PAGE_SHARE = 10;

    /** Words a kept line has, at least, to be dropped as a paragraph the page holds twice ({@link #repeatedParagraphs}). */
    static final int REPEAT_PARAGRAPH_WORDS = 15;

    /**
     * A paragraph the page holds twice: a kept line of {@value #REPEAT_PARAGRAPH_WORDS} words or more, with no code
     * (no braces, '=', ';' or angle brackets), whose text (case and a list bullet aside) a kept line above it already
     * has, goes; the first copy stays. A forum's reply that quotes the post above, a product's description written
     * again in a tab, a review's verdict at its head and foot, a teaser above its article. Looked for last, among
     * the lines kept, and only on a saved web page ({@link Region#FURNISHED_PAGE} furniture lines or more): a clean text that
     * says a paragraph twice (a training plan's warm-up for each day) keeps both; nor on a page where one kept line in
     * {@value #CODE_PAGE_SHARE} has code: an API's reference describes one parameter and the next alike ("Amount intended
     * to be collected by this payment …"). Shorter lines, code and data repeat on purpose and are left. (On the dev
     * pages: 0.0052 of precision for 0.0022 of recall; most of the recall is copies the gold texts keep themselves, a
     * forum's quotes, a webcam's credit seven times, a product card's tagline.)
     */
    static void repeatedParagraphs(char[] c, Line[] lines) {
        com.carrotsearch.hppc.LongObjectHashMap<Line> first = null;
        List<Line> copies = null;
        for (Line l : lines) {
            if (l.blank() || l.cls == BAD || l.words < REPEAT_PARAGRAPH_WORDS || hasCode(c, l)) {
                continue;
            }
            if (first == null) {
                first = new com.carrotsearch.hppc.LongObjectHashMap<>();
            }
            long h = blockLineHash(c, l);
            Line earlier = first.get(h);
            if (earlier == null) {
                first.put(h, l);
            } else if (sameIgnoringCase(c, earlier, l)) {
                if (copies == null) {
                    copies = new ArrayList<>();
                }
                copies.add(l);
            }
        }
        if (copies == null) {
            return;
        }
        int kept = 0;
        int code = 0;
        for (Line l : lines) {
            if (!l.blank() && l.cls != BAD) {
                kept++;
                code += hasCode(c, l) ? 1 : 0;
            }
        }
        if (code * CODE_PAGE_SHARE >= kept) {
            return; // a page of code and its documentation says the same of one function and the next
        }
        for (Line l : copies) {
            bad(l, "repeated-block", "the page holds this paragraph twice (a quote of it, a second rendering); the first copy is kept");
        }
    }

    /** Whether the line holds a character of code that prose rarely has: a brace, '=', ';' or an angle bracket. */
    private static boolean hasCode(char[] c, Line l) {
        for (int i = l.ts; i < l.ce; i++) {
            char ch = c[i];
            if (ch == '{' || ch == '}' || ch == '=' || ch == ';' || ch == '<' || ch == '>') {
                return true;
            }
        }
        return false;
    }

    /** Whether two lines hold the same text, case and a list bullet aside. */
    private static boolean sameIgnoringCase(char[] t, Line a, Line b) {
        int len = a.ce - a.ts;
        if (b.ce - b.ts != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (Chars.toLowerCase(t[a.ts + i]) != Chars.toLowerCase(t[b.ts + i])) {
                return false;
            }
        }
        return true;
    }

    /** Kept lines in a row, at least, that a second rendering of the same text repeats. */
    static final int REPEAT_LINES = 6;
    /** Characters a line of such a block has on average, at least: prose, not a menu, a list of names or a refrain. */
    static final int REPEAT_LINE_CHARS = 40;

    /**
     * A page that holds its text twice (a second rendering for print, for small screens, or a
     * teaser expanded in place): a block of {@value #REPEAT_LINES} kept lines in a row, of
     * {@value #REPEAT_LINE_CHARS} characters or more on average, one of them a paragraph, and no
     * code (no brackets, braces, quotes, '=' or ';'), that repeats an earlier block line for line
     * (case aside; a list bullet aside) is dropped; the first copy stays. Code, data, lists and
     * short lines repeat on purpose.
     */
    static void repeatedBlocks(char[] chars, Line[] lines) {
        int n = 0;
        for (Line l : lines) {
            n += !l.blank() && l.cls != BAD ? 1 : 0;
        }
        if (n < 2 * REPEAT_LINES) {
            return;
        }
        Line[] kept = new Line[n];
        long[] hash = new long[n];
        boolean[] paragraph = new boolean[n]; // (read before any line is dropped here)
        int k = 0;
        for (Line l : lines) {
            if (!l.blank() && l.cls != BAD) {
                hash[k] = blockLineHash(chars, l);
                paragraph[k] = !l.bullet && isProse(l);
                kept[k++] = l;
            }
        }
        com.carrotsearch.hppc.LongIntHashMap first = new com.carrotsearch.hppc.LongIntHashMap(n);
        for (int p = 0; p + REPEAT_LINES <= n; p++) {
            long h = 0;
            int size = 0;
            int paragraphs = 0;
            for (int q = p; q < p + REPEAT_LINES; q++) {
                h = h * 0x100000001b3L ^ hash[q];
                size += kept[q].length();
                paragraphs += paragraph[q] ? 1 : 0;
            }
            if (size < REPEAT_LINES * REPEAT_LINE_CHARS || paragraphs == 0) {
                continue;
            }
            int at = first.indexOf(h);
            if (!first.indexExists(at)) {
                first.indexInsert(at, h, p);
                continue;
            }
            int earlier = first.indexGet(at);
            if (earlier + REPEAT_LINES <= p && sameBlock(chars, kept, earlier, p)) {
                for (int q = p; q < p + REPEAT_LINES; q++) {
                    if (kept[q].cls != BAD) {
                        bad(kept[q], "repeated-block", "the page holds these lines twice (a second rendering of the same text); the first copy is kept");
                    }
                }
            }
        }
    }

    /**
     * A fingerprint of the line's text (a list bullet aside) for finding repeated blocks cheaply:
     * its length and its first and last {@value #PRINT_CHARS} characters, lowercased. Blocks whose
     * fingerprints agree are compared in full ({@link #sameBlock}).
     */
    static long blockLineHash(char[] t, Line l) {
        int s = l.ts;
        int e = l.ce;
        long h = (0xcbf29ce484222325L ^ (e - s)) * 0x100000001b3L;
        for (int i = s; i < Math.min(e, s + PRINT_CHARS); i++) {
            h = (h ^ Chars.toLowerCase(t[i])) * 0x100000001b3L;
        }
        for (int i = Math.max(s + PRINT_CHARS, e - PRINT_CHARS); i < e; i++) {
            h = (h ^ Chars.toLowerCase(t[i])) * 0x100000001b3L;
        }
        return h;
    }

    /**
     * Whether the line right above or below line {@code l} (no blank line between) is code: it holds a character of code
     * and is no lone bracketed name itself. A bracketed name beside it ("[existing_window_name]" over "[ PARTITION BY
     * expression [, ...] ]", "[logger_root]" over "level=DEBUG") belongs to the code, not a text browser's placeholder
     * for an image ("[website_footer]", "[LOADING]", each on its own or among others of its kind).
     */
    static boolean codeBeside(char[] t, Line l) {
        if (l.start >= 1) {
            int e = l.start - 1;
            int s = e;
            while (s > 0 && t[s - 1] != '\n') {
                s--;
            }
            if (codeLine(t, s, e)) {
                return true;
            }
        }
        if (l.end < t.length) {
            int s = l.end + 1;
            int e = s;
            while (e < t.length && t[e] != '\n') {
                e++;
            }
            return codeLine(t, s, e);
        }
        return false;
    }

    /**
     * Whether {@code t[s, e)} is a name in brackets, spaces inside them aside: "[frame_clause]", "[ LOADING]"; not a text
     * browser's select box, whose name ends in underscores.
     */
    static boolean bracketedName(char[] t, int s, int e) {
        long inner = e - s < 3 ? -1 : Furniture.insideBrackets(t, s, e);
        if (inner < 0) {
            return false;
        }
        int a = (int) (inner >>> 32);
        int z = (int) inner;
        for (int i = a; i < z; i++) {
            char c = t[i];
            if (!(Chars.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return false;
            }
        }
        return z > a && !(z - a >= 2 && t[z - 1] == '_' && t[z - 2] == '_'); // "[Friend____]": a form's select box
    }

    /** Whether {@code t[s, e)} holds one of {@link #CODE_CHAR}. */
    private static boolean codeChar(char[] t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (t[i] < 128 && CODE_CHAR[t[i]]) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t[s, e)} (trimmed) is words in parentheses and nothing else of code: a caption's "(credit: CBS 2)", an aside. */
    private static boolean parenthesised(char[] t, int s, int e) {
        if (e - s < 3 || t[s] != '(' || t[e - 1] != ')') {
            return false;
        }
        return !codeChar(t, s + 1, e - 1);
    }

    /** Whether {@code t[s, e)} (trimmed) is two or more names in brackets and nothing else but spaces and bars: "[IMG] [IMG] | [IMG]". */
    private static boolean bracketedNames(char[] t, int s, int e) {
        int names = 0;
        int i = s;
        while (i < e) {
            char c = t[i];
            if (c == ' ' || c == '|') {
                i++;
                continue;
            }
            if (c != '[') {
                return false;
            }
            int j = i + 1;
            while (j < e && (Chars.isLetterOrDigit(t[j]) || t[j] == '_' || t[j] == '-')) {
                j++;
            }
            if (j == i + 1 || j >= e || t[j] != ']') {
                return false;
            }
            names++;
            i = j + 1;
        }
        return names >= 2;
    }

    /** Whether {@code t[s, e)} holds a character of code and is not a lone bracketed name ("[logo]", "[ LOADING]"). */
    private static boolean codeLine(char[] t, int s, int e) {
        while (s < e && Chars.isWhitespace(t[s])) {
            s++;
        }
        while (e > s && Chars.isWhitespace(t[e - 1])) {
            e--;
        }
        if (bracketedNames(t, s, e) || parenthesised(t, s, e)) {
            return false; // a row of placeholders, "[IMG] [IMG] [IMG]" (an image gallery as elinks saves it); "(credit: CBS 2)"
        }
        boolean code = false;
        boolean inner = false; // a space or a character of code inside the brackets
        for (int i = s; i < e; i++) {
            char c = t[i];
            code |= c < 128 && CODE_CHAR[c];
            if (i > s && i < e - 1) {
                inner |= c < 128 && CODE_CHAR[c] || c == ' ' && t[i - 1] != '[' && t[i - 1] != ' ' && t[i + 1] != ']' && t[i + 1] != ' ';
            }
        }
        return code && (t[s] != '[' || t[e - 1] != ']' || inner);
    }

    /** Characters of code: brackets, braces, quotes, '=', ';', '<' and '>'. */
    private static final boolean[] CODE_CHAR = new boolean[128];

    static {
        for (char c : "{}()[];=<>\"".toCharArray()) {
            CODE_CHAR[c] = true;
        }
    }

    private static final int PRINT_CHARS = 8;

    /**
     * Whether the blocks of kept lines at a and b read the same, line for line (case aside), and
     * hold no code: no brackets, braces, quotes, '=' or ';' (code and data repeat on purpose).
     */
    private static boolean sameBlock(char[] t, Line[] kept, int a, int b) {
        for (int q = 0; q < REPEAT_LINES; q++) {
            Line x = kept[a + q];
            if (!sameIgnoringCase(t, x, kept[b + q]) || codeChar(t, x.ts, x.ce)) {
                return false;
            }
        }
        return true;
    }
}
