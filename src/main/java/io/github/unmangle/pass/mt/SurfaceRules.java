package io.github.unmangle.pass.mt;

import io.github.unmangle.lang.Chars;
import io.github.unmangle.lang.HyphenatedCompounds;
import io.github.unmangle.lang.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Punctuation and spacing that machine translation (and the tokenised text it was trained on)
 * leaves in English, and that edited English never has. Each method is one named rule; each
 * proposes edits as {@link Candidate}s. The patterns are written so that ordinary English —
 * "etc.,", "don't", "...", ".NET", emoticons, "'90s" — never matches.
 */
final class SurfaceRules {
    private SurfaceRules() {
    }

    /** ``LaTeX quotes'' and doubled apostrophes used as quotes. */
    static void latexQuotes(String t, char[] a, boolean curly, List<Candidate> out) {
        boolean any = t.contains("``");
        if (!any && !t.contains("''")) {
            return;
        }
        String open = curly ? "“" : "\"";
        String close = curly ? "”" : "\"";
        List<Integer> opens = new java.util.ArrayList<>();
        for (int i = t.indexOf("``"); i >= 0; i = t.indexOf("``", i + 2)) {
            if (i + 2 < a.length && a[i + 2] == '`') {
                while (i + 2 < a.length && a[i + 2] == '`') {
                    i++; // a run of three or more is a Markdown code fence or span, not a quote
                }
                continue;
            }
            // an opening quote stands before the word it opens, or a space before it as a tokenizer leaves it ("``Amazon,
            // like …", "`` Why? ''"), but not against the word before it: a Vim help file's "``" (a command) does not, nor
            // reStructuredText's literal closed by two backticks after one opened it ("`describe-parameters`` returns")
            if (wordAt(a, i + 2) || i + 2 < a.length && a[i + 2] == ' ' && wordAt(a, i + 3) && !(i > 0 && wordAt(a, i - 1))) {
                opens.add(i);
                out.add(new Candidate(i, i + 2, open, "latex-quotes", "LaTeX-style opening quote `` made a quotation mark"));
            }
        }
        int paired = 0; // opens before this are closed or passed
        int lastBreak = -1; // the last line break before i (read forward once: looked for back from each quote, a long line took seconds)
        int read = 0;
        for (int i = t.indexOf("''"); i >= 0; i = t.indexOf("''", i + 2)) {
            if (i + 2 < a.length && a[i + 2] == '\'') {
                i++;
                continue;
            }
            for (; read < i; read++) {
                if (a[read] == '\n') {
                    lastBreak = read;
                }
            }
            // a quotation mark stands against a word: closing after the quoted words' end ("behind the scenes'' while",
            // "98.48%''."), or a space after it where a tokenizer's `` opened the quote on the line ("`` Why? '' and"); opening
            // (in a text that opens its quotes with ``) before a word. Not code's empty string, "bufnr('')", "['aaa', '']",
            // nor a Vim command, "d''"
            char prev = i > 0 ? a[i - 1] : ' ';
            char next = i + 2 < a.length ? a[i + 2] : ' ';
            boolean endsThere = Character.isWhitespace(next) || ".,;:!?)]".indexOf(next) >= 0;
            while (paired < opens.size() && opens.get(paired) < i && lastBreak > opens.get(paired)) {
                paired++; // an open quote on an earlier line
            }
            boolean openOnLine = paired < opens.size() && opens.get(paired) < i;
            boolean closing = endsThere && (quotedEnd(prev) || prev == ' ' && i > 1 && quotedEnd(a[i - 2]) && a[i - 2] != ',' && openOnLine)
                    && openedBefore(a, i); // (a shell's empty string, "the word -d'' becomes", closes no quotation)
            boolean opening = !closing && any && (Character.isWhitespace(prev) || "([{".indexOf(prev) >= 0) && wordAt(a, i + 2);
            if (closing || opening) {
                if (closing && openOnLine) {
                    paired++;
                }
                out.add(new Candidate(i, i + 2, closing ? close : open, "latex-quotes",
                        "doubled apostrophe '' used as a quotation mark"));
            }
        }
    }

    /** Whether a quotation opened with `` or '' before {@code a[i]} in its paragraph (up to a blank line above). */
    private static boolean openedBefore(char[] a, int i) {
        for (int k = i - 1; k > 0; k--) {
            if (a[k] == '\n' && a[k - 1] == '\n') {
                return false;
            }
            if ((a[k] == '`' || a[k] == '\'') && a[k - 1] == a[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a[k] is a letter or digit (false past the end). */
    private static boolean wordAt(char[] a, int k) {
        return k < a.length && Character.isLetterOrDigit(a[k]);
    }

    /** Whether a quotation's last character can be c: a word's, or the sentence's or a figure's end. */
    private static boolean quotedEnd(char c) {
        return Character.isLetterOrDigit(c) || ".,!?%)".indexOf(c) >= 0;
    }

    /** Symbols that no sentence's punctuation holds: one of them beside a mark says the mark is named as a character. */
    private static final String SYMBOLS = "#$%&*+<=>@\\^_`{|}~";

    /**
     * Whether the mark at {@code a[p]} is one of a row of characters named as themselves: it opens a run of three
     * punctuation characters or more with a symbol among them ({@code !"#$%&'()}), or the next two things after it are
     * lone characters between spaces, not words (a code table's row: {@code 010  !  "  #  $}).
     */
    static boolean symbolsNamed(char[] a, int p) {
        int e = p;
        boolean symbol = false;
        while (e < a.length && a[e] < 128 && !Character.isLetterOrDigit(a[e]) && !Character.isWhitespace(a[e])) {
            symbol |= SYMBOLS.indexOf(a[e]) >= 0;
            e++;
        }
        if (e - p >= 3 && symbol) {
            return true;
        }
        int k = p + 1;
        for (int lone = 0; lone < 2; lone++) { // two more lone characters after it, each between spaces
            int from = k;
            while (k < a.length && (a[k] == ' ' || a[k] == '\t')) {
                k++;
            }
            if (k == from || k >= a.length || Character.isLetterOrDigit(a[k]) || Character.isWhitespace(a[k])
                    || k + 1 < a.length && a[k + 1] != ' ' && a[k + 1] != '\t') {
                return false;
            }
            k++;
        }
        return true;
    }

    /** Words a number joins with a hyphen as a compound's first part ("a 5-year plan", "a 24-hour shift", "a 10-fold rise"). */
    static final java.util.Set<String> NUMBER_COMPOUNDS = java.util.Set.of("year", "month", "week", "day", "hour", "minute", "second",
            "foot", "inch", "mile", "meter", "metre", "kilometer", "kilometre", "point", "page", "percent", "person", "member",
            "man", "story", "storey", "seat", "game", "fold", "degree", "episode", "part", "step", "time", "star", "bedroom");

    /**
     * A tokeniser's spaces inside numbers' notation, left by a machine translation's detokeniser beside its "billion ."
     * (only in documents that other artifacts show machine-translated: MtPass): "12 %" → "12%", "$ 100" → "$100",
     * "US$ 5" → "US$5", "1 , 000" → "1,000" ({@link #spacedThousands}), "3 . 5 million" → "3.5 million"
     * ({@link #spacedDecimal}), "5 - year plan" → "5-year plan" (a number's compound with a word of
     * {@link #NUMBER_COMPOUNDS}; "pages 5 - 10", a range, and "in 2019 - a year of change", a dash, stay).
     */
    static void numberSpacing(String t, char[] a, List<Candidate> out) {
        int n = a.length;
        for (int p = 1; p + 1 < n; p++) {
            if (a[p] != ' ') {
                continue;
            }
            char before = a[p - 1];
            char after = a[p + 1];
            if (spacedDecimal(t, a, p)) {
                out.add(new Candidate(p, p + 3, ".", "number-spacing", "spaces around a decimal point removed (a tokeniser's: \"3 . 5 million\" is \"3.5 million\")"));
                p += 2;
            } else if (spacedThousands(a, p)) {
                out.add(new Candidate(p, p + 3, ",", "number-spacing", "spaces around a thousands separator removed (a tokeniser's: \"1 , 000\" is \"1,000\")"));
                p += 2;
            } else if (after == '%' && Chars.isDigit(before) && (p + 2 >= n || !Character.isLetterOrDigit(a[p + 2]))) {
                out.add(new Candidate(p, p + 1, "", "number-spacing", "space before '%' removed (a tokeniser's: English writes \"12%\")"));
            } else if ("$€£¥".indexOf(before) >= 0 && Chars.isDigit(after) && !afterNumber(a, p - 1)) {
                out.add(new Candidate(p, p + 1, "", "number-spacing",
                        "space after '" + before + "' removed (a tokeniser's: English writes \"" + before + "100\")"));
            } else if (after == '-' && Chars.isDigit(before) && p + 3 < n && a[p + 2] == ' ' && Character.isLowerCase(a[p + 3])) {
                int e = p + 3;
                while (e < n && Character.isLowerCase(a[e])) {
                    e++;
                }
                if ((e >= n || !Character.isLetterOrDigit(a[e]) && a[e] != '-') && NUMBER_COMPOUNDS.contains(t.substring(p + 3, e))) {
                    out.add(new Candidate(p, p + 3, "-", "number-spacing",
                            "spaces around a compound's hyphen removed (a tokeniser's: \"5 - year\" is \"5-year\")"));
                    p += 2;
                }
            }
        }
    }

    /** The Penn Treebank's names of brackets, as its tokenisers write them ("-LRB-" for "("; lowercased too), and the bracket each names. */
    private static final Map<String, String> TREEBANK_BRACKETS = Map.ofEntries(Map.entry("-LRB-", "("), Map.entry("-RRB-", ")"),
            Map.entry("-LSB-", "["), Map.entry("-RSB-", "]"), Map.entry("-LCB-", "{"), Map.entry("-RCB-", "}"), Map.entry("-lrb-", "("),
            Map.entry("-rrb-", ")"), Map.entry("-lsb-", "["), Map.entry("-rsb-", "]"), Map.entry("-lcb-", "{"), Map.entry("-rcb-", "}"));

    /**
     * The Penn Treebank's bracket tokens, as Stanford's and other tokenisers write them and corpora built with them keep
     * them: "the cost -LRB- in dollars -RRB- rose" → "the cost ( in dollars ) rose", which the later rules then read as
     * brackets ("(in dollars)"). A token of its own (a space or the line's edge on each side), in capitals or in
     * lowercase as a lowercased corpus has it; English writes these nowhere else, so in any document.
     */
    static void treebankBrackets(char[] a, List<Candidate> out) {
        int n = a.length;
        for (int i = 0; i + 5 <= n; i++) {
            if (a[i] != '-' || a[i + 4] != '-' || (i > 0 && a[i - 1] != ' ' && a[i - 1] != '\n')
                    || (i + 5 < n && a[i + 5] != ' ' && a[i + 5] != '\n' && a[i + 5] != '\r')) {
                continue;
            }
            String name = new String(a, i, 5);
            String bracket = TREEBANK_BRACKETS.get(name);
            if (bracket != null) {
                out.add(new Candidate(i, i + 5, bracket, "tokeniser-mark",
                        "a tokeniser's name of a bracket made the bracket (\"" + name + "\" is the Penn Treebank's \"" + bracket + "\")"));
                i += 4;
            }
        }
    }

    /**
     * A tokeniser's escaped marks inside a word or a number, as the Moses tokeniser's aggressive hyphen splitting and
     * WikiText write them, left where no detokeniser ran: "state @-@ of @-@ the @-@ art" → "state-of-the-art",
     * "1 @,@ 000" → "1,000", "3 @.@ 5" → "3.5". One space on each side, then a letter or digit beside "@-@" and a digit
     * beside "@,@" and "@.@" (a number's, as WikiText writes them): English writes them nowhere else, so in any document.
     */
    static void tokeniserMarks(char[] a, List<Candidate> out) {
        int n = a.length;
        for (int i = 2; i + 4 < n; i++) {
            if (a[i] != '@' || a[i + 2] != '@' || a[i - 1] != ' ' || a[i + 3] != ' ') {
                continue;
            }
            char mark = a[i + 1];
            boolean joins = mark == '-' ? Character.isLetterOrDigit(a[i - 2]) && Character.isLetterOrDigit(a[i + 4])
                    : (mark == ',' || mark == '.') && Chars.isDigit(a[i - 2]) && Chars.isDigit(a[i + 4]);
            if (joins) {
                out.add(new Candidate(i - 1, i + 4, String.valueOf(mark), "tokeniser-mark",
                        "a tokeniser's escaped \"" + mark + "\" joined again (\"@" + mark + "@\" between two spaces is its mark, not text)"));
                i += 3;
            }
        }
    }

    /**
     * Whether {@code a[p]} is the space of " , " between a group of one to three digits and one of three ("1 , 000",
     * "2 , 500 , 000"): a thousands separator a tokeniser set apart. Not a list of numbers' "1 , 2" nor a year's "2019 , 2020".
     */
    static boolean spacedThousands(char[] a, int p) {
        int n = a.length;
        if (p + 5 >= n || a[p] != ' ' || a[p + 1] != ',' || a[p + 2] != ' ' || !Chars.isDigit(a[p + 3]) || !Chars.isDigit(a[p + 4]) || !Chars.isDigit(a[p + 5])
                || p + 6 < n && Chars.isDigit(a[p + 6])) {
            return false;
        }
        int g = groupBefore(a, p);
        return g >= 1 && g <= 3;
    }

    /**
     * How many digits stand right before {@code a[p]}: a number's last group; 0 when none, or when a letter or a point
     * stands before them ("v1", "1.5": no number a tokeniser split there).
     */
    private static int groupBefore(char[] a, int p) {
        int k = p - 1;
        while (k >= 0 && Chars.isDigit(a[k])) {
            k--;
        }
        return k >= 0 && (Character.isLetter(a[k]) || a[k] == '.') ? 0 : p - 1 - k;
    }

    /** Words of scale after a number: a decimal before one ("3 . 5 million") is a number, not a sentence's end. */
    static final java.util.Set<String> SCALE_WORDS = java.util.Set.of("million", "billion", "trillion", "thousand", "percent", "times");

    /**
     * Whether {@code a[p]} is the space of " . " inside a decimal set apart before a word of scale or a percent sign:
     * one to three digits, the point, one or two digits ("3 . 5 million", "2 . 75 %"). "In 2019 . 5 people died" ends a
     * sentence (no scale word after its digit).
     */
    static boolean spacedDecimal(String t, char[] a, int p) {
        int n = a.length;
        if (p + 4 >= n || a[p] != ' ' || a[p + 1] != '.' || a[p + 2] != ' ' || !Chars.isDigit(a[p + 3])) {
            return false;
        }
        int g = groupBefore(a, p);
        if (g < 1 || g > 3 || p - 1 - g >= 0 && a[p - 1 - g] == ',') {
            return false; // (after a comma the digits are a thousands group: "1,000 . 5" is no decimal)
        }
        int e = p + 3;
        while (e < n && Chars.isDigit(a[e])) {
            e++;
        }
        if (e - (p + 3) > 2 || e + 1 >= n || a[e] != ' ') {
            return false;
        }
        if (a[e + 1] == '%') {
            return true;
        }
        int w = e + 1;
        while (w < n && Character.isLowerCase(a[w])) {
            w++;
        }
        return SCALE_WORDS.contains(t.substring(e + 1, w)) && (w >= n || !Character.isLetterOrDigit(a[w]));
    }

    /** Whether the sign at {@code a[i]} follows a number, spaces between (a price written "2,88 €", the sign after it). */
    private static boolean afterNumber(char[] a, int i) {
        int k = i - 1;
        while (k >= 0 && a[k] == ' ') {
            k--;
        }
        return k >= 0 && Chars.isDigit(a[k]);
    }

    /** "billion ." → "billion.", "(AWS) ." → "(AWS).", "says , " → "says, ". */
    static void spaceBeforePunct(String t, char[] a, List<Candidate> out) {
        int n = a.length;
        for (int p = 1; p < n; p++) {
            char c = a[p];
            if ((a[p - 1] != ' ' && a[p - 1] != '\t') || !(c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?')) {
                continue;
            }
            int s = p - 1;
            while (s > 0 && (a[s - 1] == ' ' || a[s - 1] == '\t')) {
                s--;
            }
            if (s == 0) {
                continue;
            }
            if (aligned(a, s, p, c)) {
                continue; // a column set with tabs, or labels lined up before their colons: "\tgfortran\t: gfortran-12"
            }
            if (s == p - 1 && (c == ',' && spacedThousands(a, s) || c == '.' && spacedDecimal(t, a, s))) {
                continue; // "1 , 000", "3 . 5 million": a number's marks, joined whole where the document reads as machine-translated (numberSpacing), never "1, 000"
            }
            char before = a[s - 1];
            if (!Character.isLetterOrDigit(before) && ")]\"”’%".indexOf(before) < 0) {
                continue;
            }
            char next = p + 1 < n ? a[p + 1] : ' ';
            if (!Character.isWhitespace(next) && "\"”’')]".indexOf(next) < 0) {
                continue; // ".NET", ":)", "?q=" and the like
            }
            if (c == '.' && p + 1 < n && (a[p + 1] == '.' || a[p + 1] == ' ' && p + 2 < n && a[p + 2] == '.')) {
                continue; // an ellipsis " ..." or " . . ." is a style, not an error
            }
            if ((c == ':' || c == ';') && (next == ')' || next == '(')) {
                continue; // emoticon
            }
            if ((c == '!' || c == '?') && lowercaseWordAfter(a, p + 1)) {
                continue; // no sentence ends there: a mark named as itself, a command ("except for the / and !  commands")
            }
            if (symbolsNamed(a, p)) {
                continue; // a character set written out, "the characters !"#$%&'() appear", or a table of them, "010  !  "  #  $"
            }
            out.add(new Candidate(s, p, "", "space-before-punct",
                    "space before '" + c + "' removed (English sets punctuation against the word)"));
        }
    }

    /**
     * Whether the white space {@code a[s, p)} before the mark {@code c} lines something up: it holds a tab, or it is two
     * spaces or more before a colon (a table of labels, "Version   : 1.2"). A machine translation's stray space is one.
     */
    private static boolean aligned(char[] a, int s, int p, char c) {
        for (int k = s; k < p; k++) {
            if (a[k] == '\t') {
                return true;
            }
        }
        return c == ':' && p - s >= 2;
    }

    /** Whether whitespace (one character at least, a line break among it or not) and then a lowercase letter follow {@code a[from]} on. */
    private static boolean lowercaseWordAfter(char[] a, int from) {
        int k = from;
        while (k < a.length && Character.isWhitespace(a[k])) {
            k++;
        }
        return k > from && k < a.length && Character.isLowerCase(a[k]);
    }

    /**
     * "( AWS )" → "(AWS)". Only for brackets whose partner is on the same line, and not a Markdown link's text, "[ Home
     * ](/)", whose spaces a converter wrote (html2text keeps a link's inner spaces), not a translation: a page of such
     * links read as machine translation to the check (bench/saved-pages.sh's Markdown save of a news page, mt-score 0.43).
     */
    static void bracketSpaces(String t, char[] a, List<Candidate> out) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if ((c == '(' || c == '[') && i + 1 < n && a[i + 1] == ' ' && !(i > 0 && a[i - 1] == c)) {
                // (not a doubled one: a shell's "[[ expression ]]" and "(( expression ))" are written with their spaces)
                int e = i + 1;
                while (e < n && a[e] == ' ') {
                    e++;
                }
                int p = partnerAt(a, i, true, false);
                if (c == '[' && p >= 0 && p + 1 < n && a[p + 1] == '(') {
                    continue; // (a Markdown link's text)
                }
                if (e < n && !Character.isWhitespace(a[e]) && tightenable(a, i, p)) {
                    out.add(new Candidate(i + 1, e, "", "space-inside-brackets", "space after an opening bracket removed"));
                }
            } else if (c == ']' && i + 1 < n && a[i + 1] == '(') {
                continue; // (a Markdown link's text ends)
            } else if ((c == ')' || c == ']') && i > 0 && a[i - 1] == ' ' && !(i + 1 < n && a[i + 1] == c)) {
                int s = i - 1;
                while (s > 0 && a[s - 1] == ' ') {
                    s--;
                }
                if (s > 0 && !Character.isWhitespace(a[s - 1]) && tightenable(a, i, partnerAt(a, i, false, false))) {
                    out.add(new Candidate(s, i, "", "space-inside-brackets", "space before a closing bracket removed"));
                }
            }
        }
    }

    /** The bracket that pairs with {@code o}, one of ( ) [ ]. */
    private static char partnerOf(char o) {
        return switch (o) {
            case '(' -> ')';
            case '[' -> ']';
            case ')' -> '(';
            default -> '[';
        };
    }

    /** Whether nothing but spaces and tabs stands before {@code a[at]} on its line. */
    private static boolean opensLine(char[] a, int at) {
        int k = at - 1;
        while (k >= 0 && (a[k] == ' ' || a[k] == '\t')) {
            k--;
        }
        return k < 0 || a[k] == '\n';
    }

    /**
     * Whether the bracket at {@code at} has a partner ({@code partner}, -1 for none: {@link #partnerAt}) and the two
     * enclose no command's usage notation, whose spacing is its author's: an option ("[ -h ]"), a repetition ("bzmore
     * [ name ...  ]"), or alternatives ("[ ALL | DISTINCT ]"); nor an empty box, nor a checklist's box that opens its line.
     */
    private static boolean tightenable(char[] a, int at, int partner) {
        if (partner < 0) {
            return false;
        }
        int from = Math.min(at, partner) + 1;
        int to = Math.max(at, partner);
        while (from < to && a[from] == ' ') {
            from++;
        }
        while (to > from && a[to - 1] == ' ') {
            to--;
        }
        if (to == from || to - from == 1 && opensLine(a, Math.min(at, partner))) {
            return false; // an empty box or field, "[ ] Delete after reading", or a checklist's or ballot's, "[ x ] Done", "[ 2 ]  Stallman"
        }
        if (to - from >= 2 && a[from] == '-' && Character.isLetter(a[from + 1])) {
            return false;
        }
        if (to - from >= 3 && a[to - 1] == '.' && a[to - 2] == '.' && a[to - 3] == '.' || to > from && a[to - 1] == '…') {
            return false;
        }
        for (int i = from + 1; i + 1 < to; i++) {
            if (a[i] == '|' && a[i - 1] == ' ' && a[i + 1] == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the bracket at {@code at} has its partner within 300 characters on its line or, with {@code paragraph}, in
     * its paragraph (up to a blank line), or -1: a text wrapped by hand and left so (a manual page as {@code man} sets it)
     * opens a bracket on one line and closes it on the next ("… (with the -y option, to the domain" / "name ) then root …").
     */
    private static int partnerAt(char[] a, int at, boolean opening, boolean paragraph) {
        char want = partnerOf(a[at]);
        if (opening) {
            for (int i = at + 1; i < a.length && i < at + 300 && (a[i] != '\n' || paragraph && !blankLineAfter(a, i)); i++) {
                if (a[i] == want) {
                    return i;
                }
            }
        } else {
            for (int i = at - 1; i >= 0 && i > at - 300 && (a[i] != '\n' || paragraph && !blankLineBefore(a, i)); i--) {
                if (a[i] == want) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether the line break at {@code i} is followed by a line of nothing but spaces (or the text's end). */
    private static boolean blankLineAfter(char[] a, int i) {
        int k = i + 1;
        while (k < a.length && (a[k] == ' ' || a[k] == '\t' || a[k] == '\r')) {
            k++;
        }
        return k >= a.length || a[k] == '\n';
    }

    /** Whether the line break at {@code i} ends a line of nothing but spaces (or comes first in the text). */
    private static boolean blankLineBefore(char[] a, int i) {
        int k = i - 1;
        while (k >= 0 && (a[k] == ' ' || a[k] == '\t' || a[k] == '\r')) {
            k--;
        }
        return k < 0 || a[k] == '\n';
    }

    private static final Pattern CONTRACTION = Pattern.compile("(?<=[\\p{L}\\p{N}])( )(n't|'s|'re|'ve|'ll|'d|'m|’s|’re|’ve|’ll|’d|’m|n’t)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /**
     * "do n't" → "don't", "Amazon 's" → "Amazon's" (tokeniser spacing). The pattern is tried only at a
     * space before ', ’ or n (any case), not run over the whole text: its lookbehind made every position
     * cost a Unicode class test (a quarter of the mt pass's time with the quick JIT).
     */
    static void splitContractions(String t, char[] a, List<Candidate> out) {
        Matcher m = CONTRACTION.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int n = a.length;
        for (int i = 1; i + 2 < n; i++) {
            char c = a[i + 1];
            if (a[i] != ' ' || (c != '\'' && c != '’' && (c | 0x20) != 'n') || !m.region(i, n).lookingAt()) {
                continue;
            }
            i = m.end() - 1; // (a match holds no space: the next one starts after it)
            String suffix = m.group(2).toLowerCase(Locale.ROOT);
            if (suffix.startsWith("'") || suffix.startsWith("’")) {
                // "the 's' key" or an opening quote: the suffix must not start a quoted word
                int e = m.end();
                if (e < a.length && (a[e] == '\'' || a[e] == '’')) {
                    continue;
                }
            }
            out.add(new Candidate(m.start(1), m.end(1), "", "split-contraction",
                    "contraction split by a tokeniser joined (\"" + m.group(2) + "\")"));
        }
        // "I ' m", "don ' t": the apostrophe set apart on both sides
        for (int i = 2; i + 2 < n; i++) {
            if (a[i] != '\'' && a[i] != '’') {
                continue; // (asked here: a call of spacedContraction at every character was a tenth of the pass's time)
            }
            int e = spacedContraction(a, i);
            if (e > 0) {
                out.add(new Candidate(i - 1, i + 2, String.valueOf(a[i]), "split-contraction",
                        "contraction split by a tokeniser joined (\"" + new String(a, i, 1) + new String(a, i + 2, e - i - 2) + "\")"));
                i = e;
            }
        }
    }

    private static final Set<String> SPACED_SUFFIXES = Set.of("s", "m", "d", "t", "re", "ve", "ll");

    /**
     * Where the suffix ends when {@code a[i]} is an apostrophe set apart on both sides inside a
     * contraction ("I ' m", "don ' t", "it ' s"), else -1: a word before it, a suffix of a contraction
     * after it ("t" only after "n"), then no letter, and no quote mark after the suffix ("the ' s ' key").
     */
    static int spacedContraction(char[] a, int i) {
        int n = a.length;
        if ((a[i] != '\'' && a[i] != '’') || i < 2 || i + 2 >= n || a[i - 1] != ' ' || a[i + 1] != ' '
                || !Character.isLetterOrDigit(a[i - 2])) {
            return -1;
        }
        int e = i + 2;
        while (e < n && e < i + 5 && Character.isLetter(a[e])) {
            e++;
        }
        if (e < n && Character.isLetter(a[e])) {
            return -1;
        }
        String suffix = new String(a, i + 2, e - i - 2).toLowerCase(Locale.ROOT);
        if (!SPACED_SUFFIXES.contains(suffix) || (suffix.equals("t") && (a[i - 2] | 0x20) != 'n')) {
            return -1;
        }
        int q = e;
        while (q < n && a[q] == ' ') {
            q++;
        }
        return q < n && (a[q] == '\'' || a[q] == '’') ? -1 : e;
    }

    /** Straight single quotes standing alone, with a space on the inner side: ' Amazon Rekognition ' → 'Amazon Rekognition'. */
    static void spaceInsideQuotes(String t, char[] a, List<Candidate> out) {
        int n = a.length;
        int paraStart = 0;
        // (one array for every line: one each, two per line, were 40% of what the default chain allocated on a text of
        // millions of short lines, and its garbage grew the heap)
        int[] marks = new int[16];
        for (int i = 0; i <= n; i++) {
            if (i == n || (a[i] == '\n')) {
                quotesIn(t, a, paraStart, i, '\'', marks, out);
                quotesIn(t, a, paraStart, i, '"', marks, out);
                curlyIn(a, paraStart, i, '\u201c', '\u201d', out);
                curlyIn(a, paraStart, i, '\u2018', '\u2019', out);
                paraStart = i + 1;
            }
        }
    }

    /** Pairs quote marks within one line; a pair whose inner side has spaces is tightened. {@code marks}: room for 16. */
    private static void quotesIn(String t, char[] a, int s, int e, char q, int[] marks, List<Candidate> out) {
        int k = 0;
        for (int i = s; i < e; i++) {
            if (a[i] != q) {
                continue;
            }
            if (q == '\'' && spacedContraction(a, i) > 0) {
                continue; // "I ' m": an apostrophe, joined by splitContractions
            }
            boolean letterBefore = i > s && Character.isLetterOrDigit(a[i - 1]);
            boolean letterAfter = i + 1 < e && Character.isLetterOrDigit(a[i + 1]);
            if (q == '\'' && letterBefore && letterAfter) {
                continue; // apostrophe inside a word
            }
            if (q == '\'' && letterBefore && i > s && (a[i - 1] == 's' || a[i - 1] == 'S')
                    && (i + 1 == e || a[i + 1] == ' ')) {
                continue; // plural possessive "the workers' letter"
            }
            if (q == '\'' && !letterBefore && letterAfter && i + 3 < e && Character.isDigit(a[i + 1])) {
                continue; // '90s
            }
            if (q == '"' && i > s && Character.isDigit(a[i - 1]) && !letterAfter) {
                continue; // an inch or a second: 6.7" - 7.7", 12.87" x 5.55"
            }
            if (k == marks.length) {
                return; // too many: not sure which pairs
            }
            marks[k++] = i;
        }
        if (k % 2 != 0) {
            return;
        }
        for (int p = 0; p + 1 < k; p += 2) {
            // a closing mark with a word right after it opens a quotation, and one that opens with a word right before
            // it closes one: the marks do not pair as read (quotes within quotes), so the line is left as it is
            if (wordAt(a, s, e, marks[p] - 1) || wordAt(a, s, e, marks[p + 1] + 1)) {
                return;
            }
        }
        for (int p = 0; p + 1 < k; p += 2) {
            int o = marks[p];
            int c = marks[p + 1];
            if (!literal(a, s, e, o, c)) {
                tighten(a, o, c, true, out);
            }
        }
    }

    /**
     * The spaces inside the quotation marks at {@code o} and {@code c} taken out, where the marks hold 200 characters or
     * fewer and a letter or a digit: marks around none quote a mark the text speaks of, its space its own (the Jargon File's
     * "marked with “> ” or whatever"). {@code closingAlone}: the space before the closing mark goes even where none follows
     * the opening one (false for a single curly mark, whose closing one is also an apostrophe).
     */
    private static void tighten(char[] a, int o, int c, boolean closingAlone, List<Candidate> out) {
        int in = o + 1;
        while (in < c && a[in] == ' ') {
            in++;
        }
        int b = c;
        while (b > in && a[b - 1] == ' ') {
            b--;
        }
        if (c - o > 200 || !hasLetterOrDigit(a, in, b)) {
            return;
        }
        if (in > o + 1) {
            out.add(new Candidate(o + 1, in, "", "space-inside-quotes", "space after an opening quotation mark removed"));
        }
        if (b < c && (closingAlone || in > o + 1)) {
            out.add(new Candidate(b, c, "", "space-inside-quotes", "space before a closing quotation mark removed"));
        }
    }

    /**
     * Curly quotation marks, which say which side they stand on, with spaces on their inner side: “ the plan is working ” →
     * “the plan is working”. Each opening mark pairs with the next closing one on the line, none opening between them (a
     * line whose marks do not alternate so is left); a closing single mark with a letter right after it is an apostrophe
     * ("don’t"), and so is one with a letter before it and no space inside the opening mark ({@link #tighten}).
     */
    private static void curlyIn(char[] a, int s, int e, char open, char close, List<Candidate> out) {
        int o = -1;
        for (int i = s; i < e; i++) {
            if (a[i] == open) {
                if (o >= 0) {
                    return; // two openings in a row: not sure which pairs
                }
                o = i;
            } else if (a[i] == close && !(i + 1 < e && Character.isLetterOrDigit(a[i + 1]))) {
                if (o < 0) {
                    if (open == '\u2018') {
                        continue; // an apostrophe at a word's end ("the workers’ letter")
                    }
                    return;
                }
                tighten(a, o, i, open != '\u2018', out);
                o = -1;
            }
        }
    }

    /** Whether {@code a[from, to)} holds a letter or a digit. */
    private static boolean hasLetterOrDigit(char[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(a[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordAt(char[] a, int s, int e, int i) {
        return i >= s && i < e && Character.isLetterOrDigit(a[i]);
    }

    /**
     * Whether the quoted stretch {@code a[o, c]} is a string literal of code, whose spaces are its value: an operand
     * or a receiver ({@code x = " a "}, {@code "id = " + id}, {@code " hi ".trim()}), or it holds two spaces in a row at
     * an edge ({@code parseLine("  a = b  ")}: a tokeniser sets one). (Not in brackets alone: prose quotes a word in
     * brackets, "(matter also means " matter ")".)
     */
    private static boolean literal(char[] a, int s, int e, int o, int c) {
        char before = o > s ? a[o - 1] : ' ';
        char after = c + 1 < e ? a[c + 1] : ' ';
        if ("=+[,".indexOf(before) >= 0 || "+];".indexOf(after) >= 0 || (after == '.' && wordAt(a, s, e, c + 2))) {
            return true;
        }
        int nb = o - 1;
        while (nb > s && a[nb] == ' ') {
            nb--;
        }
        int na = c + 1;
        while (na < e - 1 && a[na] == ' ') {
            na++;
        }
        if ((nb >= s && nb < o && a[nb] == '+') || (na > c && na < e && a[na] == '+')) {
            return true; // a concatenation: "id = " + id
        }
        return (o + 2 < c && a[o + 1] == ' ' && a[o + 2] == ' ') || (c - 2 > o && a[c - 1] == ' ' && a[c - 2] == ' ');
    }

    private static final String CJK_FROM = "、。，？！：；（）【】「」『』";

    /** CJK and fullwidth punctuation between Latin words → English punctuation. */
    static void cjkPunct(String t, char[] a, boolean curly, List<Candidate> out) {
        for (int i = 0; i < a.length; i++) {
            char c = a[i];
            if (c < '\u3001' || CJK_FROM.indexOf(c) < 0) {
                continue;
            }
            if (cjkNeighbour(t, a, i - 1) || cjkNeighbour(t, a, i + 1)) {
                continue; // Chinese or Japanese text: its own punctuation is right
            }
            boolean spaceAfter = i + 1 < a.length && Character.isWhitespace(a[i + 1]);
            boolean end = i + 1 >= a.length || a[i + 1] == '\n';
            String sp = spaceAfter || end ? "" : " ";
            String after = switch (c) {
                case '、', '，' -> "," + sp;
                case '。' -> "." + sp;
                case '？' -> "?" + sp;
                case '！' -> "!" + sp;
                case '：' -> ":" + sp;
                case '；' -> ";" + sp;
                case '（' -> (i > 0 && !Character.isWhitespace(a[i - 1]) ? " (" : "(");
                case '）' -> ")" + (spaceAfter || end || !Character.isLetterOrDigit(a[i + 1]) ? "" : " ");
                case '【' -> "[";
                case '】' -> "]";
                case '「' -> curly ? "“" : "\"";
                case '」' -> curly ? "”" : "\"";
                case '『' -> curly ? "‘" : "'";
                default -> curly ? "’" : "'";
            };
            out.add(new Candidate(i, i + 1, after, "cjk-punct", "CJK punctuation '" + c + "' in English text made English punctuation"));
        }
    }

    /**
     * Fullwidth forms of ASCII (U+FF01–U+FF5E: "２０２０", "ＡＩ", "５０％") and of signs ("￥"), and the ideographic space (U+3000) between
     * Latin words → ASCII, a run of them as one edit: a Chinese, Japanese or Korean writer's or translation's characters
     * left in English text (ftfy's fix_character_width does the same). The punctuation {@link #cjkPunct} makes English
     * with its spacing is left to it, and a run beside Han, kana or Hangul is that text's own.
     */
    static void fullwidthForms(String t, char[] a, List<Candidate> out) {
        for (int i = 0; i < a.length; i++) {
            if (!fullwidth(a[i])) {
                continue;
            }
            int s = i;
            while (i < a.length && fullwidth(a[i])) {
                i++;
            }
            if (cjkNeighbour(t, a, s - 1) || cjkNeighbour(t, a, i)) {
                continue;
            }
            char[] ascii = new char[i - s];
            for (int k = s; k < i; k++) {
                ascii[k - s] = a[k] == '\u3000' ? ' ' : a[k] >= '\uFFE0' ? FULLWIDTH_SIGNS.charAt(a[k] - '\uFFE0') : (char) (a[k] - 0xFEE0);
            }
            String after = new String(ascii);
            // (an ideographic space beside a space or a line's edge is one space too many)
            if (s == 0 || Character.isWhitespace(a[s - 1])) {
                after = after.stripLeading();
            }
            if (i == a.length || Character.isWhitespace(a[i])) {
                after = after.stripTrailing();
            }
            out.add(new Candidate(s, i, after, "fullwidth", "fullwidth characters \"" + t.substring(s, i)
                    + "\" in English text written as ASCII (\"" + after + "\")"));
        }
    }

    /**
     * A fullwidth form of an ASCII character that {@link #cjkPunct} does not read, of a sign (U+FFE0–U+FFE6: "￥11,000",
     * "￡5"), or the ideographic space.
     */
    private static boolean fullwidth(char c) {
        return (c >= '\uFF01' && c <= '\uFF5E' || c >= '\uFFE0' && c <= '\uFFE6' || c == '\u3000') && CJK_FROM.indexOf(c) < 0;
    }

    /** What the fullwidth signs U+FFE0–U+FFE6 stand for, in order (their compatibility mappings): ¢ £ ¬ ¯ ¦ ¥ ₩. */
    private static final String FULLWIDTH_SIGNS = "\u00A2\u00A3\u00AC\u00AF\u00A6\u00A5\u20A9";

    private static boolean cjkNeighbour(String t, char[] a, int i) {
        if (i < 0 || i >= a.length) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(a[i]);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    /**
     * Words a sentence never has twice in a row ("is is", "that that", "had had" can be right; "in in" and "on on" too:
     * "log in in the morning", "turned on on Monday"). Not "will" and "may": "Will will go", "May may come" (names); nor
     * "her" ("gave her her book") or "my" ("My my, …"). "be be" and "been been" are slips (two in boilerplate-dev's gold
     * texts: "Will you be be offering …", "what has been been an ongoing …").
     */
    private static final Set<String> NEVER_DOUBLED = Set.of("the", "a", "an", "of", "for", "with", "from", "and", "or",
            "our", "their", "its", "this", "we", "they", "to", "at", "by", "would", "could", "should", "must",
            "be", "been", "than", "into", "onto", "upon", "your", "whose");
    /** Doublings of one word in one paragraph from which they are the text's own, not slips ({@link #repeatedWords}). */
    static final int MENTIONED_DOUBLINGS = 3;

    /**
     * "the the" → "the", for words English never repeats ("had had" and "that that" can be right). A word written three
     * times in a row, or doubled {@value #MENTIONED_DOUBLINGS} times or more in one paragraph, is a word the text talks
     * about, not a slip ("… between Fish and and, and and and And, …", the old puzzle of a Fish-And-Chips sign): left.
     */
    static void repeatedWords(String t, char[] a, List<Candidate> out) {
        List<Candidate> found = new ArrayList<>();
        doubledWords(t, a, found);
        if (found.isEmpty()) {
            return;
        }
        // each doubling's paragraph (blank lines before it) and word, and how many doublings each such pair has
        String[] key = new String[found.size()];
        java.util.Map<String, Integer> same = new java.util.HashMap<>();
        int blanks = 0;
        int at = 0;
        for (int k = 0; k < found.size(); k++) {
            Candidate c = found.get(k);
            for (; at < c.start(); at++) {
                blanks += a[at] == '\n' && blankLineBefore(a, at) ? 1 : 0;
            }
            key[k] = blanks + " " + t.substring(c.start(), c.end()).strip().toLowerCase(Locale.ROOT);
            same.merge(key[k], 1, Integer::sum);
        }
        for (int k = 0; k < found.size(); k++) {
            Candidate c = found.get(k);
            boolean run = k > 0 && found.get(k - 1).end() == c.start() || k + 1 < found.size() && found.get(k + 1).start() == c.end();
            if (!run && same.get(key[k]) < MENTIONED_DOUBLINGS) {
                out.add(c);
            }
        }
    }

    /** Every doubling of a word English never repeats ({@link #NEVER_DOUBLED}), in order: the second copy and the blanks before it. */
    private static void doubledWords(String t, char[] a, List<Candidate> out) {
        int n = a.length;
        int prevS = -1;
        int prevE = -1;
        int i = 0;
        while (i < n) {
            if (!Chars.isLetter(a[i])) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Chars.isLetter(a[i])) {
                i++;
            }
            if (prevE >= 0 && s > prevE && i - s == prevE - prevS && i - s <= 6
                    && t.regionMatches(true, prevS, t, s, i - s) && onlyBlanks(t, a, prevE, s)
                    && !(prevS > 0 && joins(a[prevS - 1])) && !(i < n && joins(a[i]))) {
                // (a word of a compound or a name is no doubling: "a carry-on on board", "next to to-do lists", "FROM from_item")
                String w1 = t.substring(prevS, prevE);
                String w2 = t.substring(s, i);
                boolean same = w1.equals(w2)
                        || (w1.equalsIgnoreCase(w2) && Character.isUpperCase(w1.charAt(0)) && w2.equals(w2.toLowerCase(Locale.ROOT)));
                if (same && NEVER_DOUBLED.contains(w2.toLowerCase(Locale.ROOT))) {
                    out.add(new Candidate(prevE, i, "", "repeated-word", "word written twice (\"" + w1 + " " + w2 + "\")"));
                }
            }
            prevS = s;
            prevE = i;
        }
    }

    /**
     * Words that open a clause or a parenthesis and end no compound: after a hyphen that joins them to the word before
     * ("… flies are attracted by heat-this is …", "… Norway, Sweden-their top 20% …"), the hyphen is a dash a translation
     * glued to its words (Chinese and Japanese write a dash, "——", as one long mark without spaces). Not "a", "an", "how",
     * "or", "and", "if", "not": "Grade-A", "project-a", "know-how", "either-or", "logical-and", "what-if", "not" in a compound
     * are words of one.
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("it", "this", "these", "those", "their", "they", "them", "the", "we",
            "he", "she", "you", "there", "which", "actually", "including", "especially", "that", "its", "our", "his", "but",
            "so", "because", "what", "who", "when");
    /** Words before a hyphen that make a compound with a clause opener ("all-that", "thank-you", "do-it", "so-so"): none. */
    private static final Set<String> COMPOUND_HEADS = Set.of("of", "in", "to", "on", "at", "by", "for", "up", "down", "off", "over",
            "out", "with", "from", "and", "the", "a", "an", "or", "into", "one", "two", "all", "well", "so", "back", "check", "sign",
            "log", "set", "built", "follow", "grown", "drive", "hand", "face", "word", "day", "state", "as", "do", "is", "it", "be",
            "no", "not", "if", "but", "what", "who", "how", "when", "just", "only", "very", "too", "more", "most", "less", "through",
            "round", "around", "about", "than", "then", "that", "this", "there", "here", "thank", "know", "make", "let", "get",
            "must", "see", "say", "go", "come", "give", "take", "put", "pick", "stand", "walk", "run", "rock", "hit", "touch");

    /**
     * A dash glued to the words on either side ("attracted by heat-this is a boiling chemical"): a two-part hyphenated
     * token whose second part, in lowercase, is a word that opens a clause ({@link #CLAUSE_OPENERS}) and whose first part
     * makes no compound with it ({@link #COMPOUND_HEADS}) is two words and a dash. The dash is written as the text writes
     * its others (an em dash, a spaced en dash, "--"), else " - ". Longer chains ("do-it-yourself", "state-of-the-art")
     * are compounds. mt-dev's human translations have none; its machine translations' raters marked such hyphens as
     * punctuation errors.
     */
    static void gluedDashes(String t, char[] a, List<Candidate> out) {
        int n = a.length;
        String dash = null;
        for (int i = t.indexOf('-'); i >= 0; i = t.indexOf('-', i + 1)) {
            if (i < 2 || i + 2 >= n || !Chars.isLetter(a[i - 1]) || !(a[i + 1] >= 'a' && a[i + 1] <= 'z')) {
                continue;
            }
            int s = i;
            while (s > 0 && Chars.isLetter(a[s - 1])) {
                s--;
            }
            int e = i + 1;
            while (e < n && a[e] >= 'a' && a[e] <= 'z') {
                e++;
            }
            if (i - s < 2 || s > 0 && (joins(a[s - 1]) || a[s - 1] == '/' || a[s - 1] == '.' || a[s - 1] == '@')
                    || e < n && (joins(a[e]) || Chars.isLetter(a[e]) || a[e] == '/' || a[e] == '@' || a[e] == '=')
                    || !CLAUSE_OPENERS.contains(t.substring(i + 1, e))
                    || COMPOUND_HEADS.contains(t.substring(s, i).toLowerCase(Locale.ROOT))
                    || t.regionMatches(true, i + 1, t, s, i - s)) { // (a stutter, "Th-the door", "b-but": no dash)
                continue;
            }
            if (dash == null) {
                dash = t.indexOf('\u2014') >= 0 ? "\u2014" : t.contains(" \u2013 ") ? " \u2013 " : t.contains(" -- ") ? " -- " : " - ";
            }
            out.add(new Candidate(i, i + 1, dash, "glued-dash", "a dash written as a hyphen between two words (\""
                    + t.substring(s, e) + "\": \"" + t.substring(i + 1, e) + "\" opens a clause, no compound ends with it)"));
        }
    }

    /**
     * A compound a tokeniser spaced out ("three - dimensional space", "long - term stress", "the so - called lower class",
     * "peer - reviewed journals"): two words around a spaced hyphen that English writes as one hyphenated compound
     * ({@link HyphenatedCompounds}) are that compound. A spaced hyphen between other words is a dash ("species - at least").
     * mt-dev: 20 in its machine translations, none in its human ones; none in boilerplate-dev's gold texts, the prose and
     * documentation probes or the State of the Union addresses.
     */
    static void spacedHyphens(String t, char[] a, List<Candidate> out) {
        int n = a.length;
        // (each " - " read from where it is: a pattern tried at every letter cost the pass a tenth of its speed)
        for (int h = t.indexOf(" - "); h >= 0; h = t.indexOf(" - ", h + 3)) {
            int s = h;
            while (s > 0 && Chars.isLetter(a[s - 1])) {
                s--;
            }
            int e = h + 3;
            while (e < n && Chars.isLetter(a[e])) {
                e++;
            }
            if (s == h || e == h + 3 || s > 0 && joins(a[s - 1]) || e < n && joins(a[e])) {
                continue;
            }
            String compound = (t.substring(s, h) + "-" + t.substring(h + 3, e)).toLowerCase(Locale.ROOT);
            if (HyphenatedCompounds.contains(compound)) {
                out.add(new Candidate(h, h + 3, "-", "spaced-hyphen", "a compound a tokeniser spaced out (\""
                        + t.substring(s, e) + "\": English writes \"" + compound + "\")"));
            }
        }
    }

    /** A character that makes the letters beside it part of a longer token: a hyphen, an underscore, a digit. */
    private static boolean joins(char c) {
        return c == '-' || c == '_' || Chars.isDigit(c);
    }

    private static boolean onlyBlanks(String t, char[] a, int s, int e) {
        for (int i = s; i < e; i++) {
            if (a[i] != ' ' && a[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** ",," → ",", ",." → "." (never "...", "?!", "etc.,"). */
    static void doubledPunct(String t, char[] a, List<Candidate> out) {
        int n = a.length;
        for (int i = t.indexOf(','); i >= 0 && i + 1 < n; i = t.indexOf(',', i + 1)) {
            if (i == 0 || !Character.isLetter(a[i - 1])) {
                continue;
            }
            char c = a[i + 1];
            if (c == ',' || (c == '.' && (i + 2 == n || Character.isWhitespace(a[i + 2])))) {
                out.add(new Candidate(i, i + 2, c == ',' ? "," : ".", "doubled-punct",
                        "doubled punctuation \"," + c + "\" made single"));
                i++;
            }
        }
    }

    /** "The Verge ] BuzzFeed": a lone bracket between words, with no partner in its paragraph. */
    static void strayBrackets(String t, char[] a, List<Candidate> out) {
        int n = a.length;
        for (int b = 2; b + 2 < n; b++) {
            char c = a[b];
            if (!(c == '[' || c == ']' || c == '(' || c == ')') || a[b - 1] != ' ' || a[b + 1] != ' '
                    || Character.isWhitespace(a[b - 2]) || Character.isWhitespace(a[b + 2])) {
                continue;
            }
            boolean closing = c == ']' || c == ')';
            if (partnerAt(a, b, !closing, true) >= 0) {
                continue;
            }
            // (a bracket a sentence speaks of stands beside a function word, "the [ is", "the test and [ builtin commands",
            // or a key sequence's digits, "ESC [ 1 1", as a shell's manual writes; a link's leftover stands between
            // words, "The Verge ] BuzzFeed")
            String before = wordBefore(t, b - 1);
            String after = wordAfter(t, b + 2);
            if (before.isEmpty() || after.isEmpty() || io.github.unmangle.lang.Stopwords.contains(before.toLowerCase(Locale.ROOT))
                    || io.github.unmangle.lang.Stopwords.contains(after.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(new Candidate(b - 1, b + 1, "", "stray-bracket", "lone '" + c + "' with no partner between two words removed"));
        }
    }

    /** The letters that end at {@code end} (a word before it), or "". */
    private static String wordBefore(String t, int end) {
        int s = end;
        while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        return t.substring(s, end);
    }

    /** The letters that start at {@code from} (a word after it), or "". */
    private static String wordAfter(String t, int from) {
        int e = from;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
            e++;
        }
        return t.substring(from, e);
    }

    /** Determiners never end a clause ("paid for," and "made of." can be right, "of the," cannot). */
    private static final Set<String> DANGLERS = Set.of("the", "a", "an", "its", "their", "our", "your", "my");

    /** "in the wake of the, Amazon …": words are missing; nothing safe to insert, so a flag. */
    static void danglingFunctionWords(String t, char[] a, List<Candidate> out) {
        int n = a.length;
        for (int p = 1; p < n; p++) {
            char c = a[p];
            if (c != ',' && c != ';' && !(c == '.' && (p + 1 == n || Character.isWhitespace(a[p + 1])))) {
                continue;
            }
            int e = p;
            while (e > 0 && a[e - 1] == ' ') {
                e--;
            }
            int s = e;
            while (s > 0 && Character.isLetter(a[s - 1])) {
                s--;
            }
            if (e - s == 0 || e - s > 5 || (s > 0 && !Character.isWhitespace(a[s - 1]))) {
                continue;
            }
            String w = t.substring(s, e);
            if (DANGLERS.contains(w.toLowerCase(Locale.ROOT)) && !(w.equals("A") || w.equals("a") && c == '.')) {
                out.add(new Candidate(s, p + 1, null, "dangling-function-word",
                        "\"" + w + "\" right before '" + c + "': words are missing here (left as is)"));
            }
        }
    }

    private static final Set<String> STARTERS = Set.of("The", "This", "That", "These", "Those", "It", "We", "I", "He", "She",
            "They", "You", "But", "And", "So", "In", "On", "At", "If", "When", "However", "Do", "Does", "Did", "What", "How",
            "Why", "There", "Our", "My", "His", "Her", "Their", "As", "For", "After", "Before", "Now", "Then", "Yet", "Also",
            "Some", "Many", "Most", "All", "One", "Two", "A", "An", "Is", "Are", "Was", "Were", "Can", "Will", "Today", "Still");
    static void gluedSentences(String t, char[] a, Lexicon lex, List<Candidate> out) {
        int n = a.length;
        for (int i = 4; i + 1 < n; i++) {
            char c = a[i];
            if (!Chars.isUpperCase(c) || !Character.isLowerCase(a[i - 1])) {
                continue;
            }
            int s = i;
            while (s > 0 && Character.isLowerCase(a[s - 1])) {
                s--;
            }
            if (i - s < 3 || (s > 0 && (Character.isLetterOrDigit(a[s - 1]) || "_./@#-".indexOf(a[s - 1]) >= 0))) {
                continue;
            }
            int e = i + 1;
            while (e < n && Character.isLowerCase(a[e])) {
                e++;
            }
            if (e < n && a[e] != ' ' && a[e] != ',') {
                continue;
            }
            String left = t.substring(s, i);
            String right = t.substring(i, e);
            if (!STARTERS.contains(right) || !lex.isCommonWord(left) || lex.containsExact(left + right)) {
                continue;
            }
            // a sentence runs into the word before it once, by a slip; a name the text writes again is an identifier in
            // camel case (an API's fields, "createdAt" and "updatedAt", in its documentation)
            String glued = t.substring(s, e);
            if (t.indexOf(glued) < s || t.indexOf(glued, s + 1) >= 0) {
                continue;
            }
            out.add(new Candidate(i, i, ". ", "glued-sentence",
                    "a new sentence (\"" + right + " …\") ran into the word \"" + left + "\"; full stop put back"));
        }
    }
}
