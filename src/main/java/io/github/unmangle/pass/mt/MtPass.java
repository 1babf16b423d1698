package io.github.unmangle.pass.mt;

import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassResult;
import io.github.unmangle.lang.English;
import io.github.unmangle.lang.Lexicon;
import io.github.unmangle.layout.Fences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Repairs what machine translation leaves in English: surface rules ({@link SurfaceRules}),
 * names spelt two ways ({@link NameVariants}), and word-for-word translations of established
 * terms ({@link Terms}, only in documents where other artifacts already show machine translation). Scores each sentence by
 * the artifacts found in it; the document's {@code mt-score} is the share of its sentences with
 * any, and sentences above {@code drop-above} can be dropped. Paragraphs written in another language
 * ({@link English#otherLanguage}) are left as they are and out of the score; the report counts them
 * ({@code mt-other-language-paragraphs}).
 */
final class MtPass implements Pass {
    static final String NAME = "mt";

    private final Terms terms;
    private final int termMinSentences;
    private final double dropAbove;

    MtPass(Terms terms, int termMinSentences, double dropAbove) {
        this.terms = terms;
        this.termMinSentences = termMinSentences;
        this.dropAbove = dropAbove;
    }

    @Override
    public PassResult apply(PassInput input) {
        String t = input.text();
        PassResult.Builder b = PassResult.builder(NAME, t);
        Lexicon lex = Lexicon.english();
        boolean curly = t.indexOf('“') >= 0 || t.indexOf('”') >= 0;
        List<Candidate> c = new ArrayList<>();
        char[] a = t.toCharArray(); // the scans read an array: cheaper than String.charAt on UTF-16 strings
        SurfaceRules.latexQuotes(t, a, curly, c);
        SurfaceRules.cjkPunct(t, a, curly, c);
        SurfaceRules.fullwidthForms(t, a, c);
        SurfaceRules.treebankBrackets(a, c);
        // the other rules read the text with those marks already made English ("``hello'' ." as "\"hello\" ."), so that
        // what they leave is what they would leave on the cleaned text: cleaning a cleaned text changes nothing
        Marked m = Marked.of(t, c);
        String u = m == null ? t : m.text;
        char[] ua = m == null ? a : u.toCharArray();
        List<Candidate> rest = new ArrayList<>();
        SurfaceRules.splitContractions(u, ua, rest);
        SurfaceRules.tokeniserMarks(ua, rest);
        SurfaceRules.spaceInsideQuotes(u, ua, rest);
        SurfaceRules.spaceBeforePunct(u, ua, rest);
        SurfaceRules.bracketSpaces(u, ua, rest);
        SurfaceRules.strayBrackets(u, ua, rest);
        SurfaceRules.repeatedWords(u, ua, rest);
        SurfaceRules.doubledPunct(u, ua, rest);
        SurfaceRules.gluedSentences(u, ua, lex, rest);
        SurfaceRules.danglingFunctionWords(u, ua, rest);
        SurfaceRules.gluedDashes(u, ua, rest);
        SurfaceRules.spacedHyphens(u, ua, rest);
        NameVariants.find(u, ua, lex, rest);
        c.addAll(m == null ? rest : m.back(rest));

        // (code is read once, and only where there is a repair to leave out: most clean text has none)
        boolean[] code = c.isEmpty() ? null : codeMask(a);
        boolean codeRead = !c.isEmpty();
        dropInCode(code, a.length, c);
        // English typography and spelling are not another language's: its paragraphs are left as they are, and out of the score
        int[] otherLanguage = English.otherLanguage(a);
        dropIn(otherLanguage, c);
        int[] sentenceEnds = sentences(t);
        int[] artifacts = new int[sentenceEnds.length];
        for (Candidate x : c) {
            artifacts[sentenceOf(sentenceEnds, x.start())]++;
        }
        int withArtifacts = 0;
        int counted = 0;
        int s = 0;
        for (int k = 0; k < sentenceEnds.length; k++) {
            if (hasWords(t, s, sentenceEnds[k]) && !English.inside(otherLanguage, s)) {
                counted++;
                if (artifacts[k] > 0) {
                    withArtifacts++;
                }
            }
            s = sentenceEnds[k];
        }
        double score = counted == 0 ? 0 : (double) withArtifacts / counted;
        if (withArtifacts >= termMinSentences) {
            // (where other artifacts show machine translation: a tokeniser's spaces in numbers' notation, and the terms)
            SurfaceRules.numberSpacing(t, a, c);
            if (terms != null) {
                terms.find(t, c);
            }
            dropIn(otherLanguage, c);
            if (!codeRead && !c.isEmpty()) {
                code = codeMask(a);
            }
            dropInCode(code, a.length, c);
        }

        List<Candidate> dropped = new ArrayList<>();
        if (dropAbove > 0) {
            s = 0;
            for (int k = 0; k < sentenceEnds.length; k++) {
                double sentenceScore = 1 - Math.pow(0.5, artifacts[k]);
                if (sentenceScore > dropAbove && hasWords(t, s, sentenceEnds[k])) {
                    dropped.add(new Candidate(s, sentenceEnds[k], "", "mt-sentence", String.format(Locale.ROOT,
                            "sentence with %d machine-translation artifacts (score %.2f > %.2f) dropped", artifacts[k], sentenceScore, dropAbove)));
                }
                s = sentenceEnds[k];
            }
        }

        // resolve: whole dropped sentences win; otherwise the first proposal at a place wins
        List<Candidate> all = new ArrayList<>(dropped);
        all.addAll(c);
        all.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(x -> dropped.contains(x) ? 0 : 1));
        int reach = -1;
        int lastInsert = -1;
        for (Candidate x : all) {
            if (x.isFlag()) {
                b.flag(x.start(), x.end(), x.rule(), x.reason());
                continue;
            }
            boolean insert = x.start() == x.end();
            if (x.start() < reach || (insert && x.start() == lastInsert)) {
                continue;
            }
            b.replace(x.start(), x.end(), x.after(), x.rule(), x.reason());
            reach = Math.max(reach, x.end());
            if (insert) {
                lastInsert = x.start();
            }
        }
        return b.metric("mt-score", score).metric("mt-sentences", withArtifacts)
                .metric("mt-other-language-paragraphs", otherLanguage.length / 2).build();
    }

    /** Leaves out the proposals (and flags) that start in one of {@code stretches} ({@link English#otherLanguage}). */
    private static void dropIn(int[] stretches, List<Candidate> c) {
        if (stretches.length > 0) {
            c.removeIf(x -> English.inside(stretches, x.start()));
        }
    }

    /**
     * The text with the replacements of the rules that make marks English (LaTeX quotes, CJK punctuation, fullwidth forms) made,
     * and the way back from its offsets to the original's. A proposal on it that touches no replaced character
     * maps back; one that does is left out (a flag keeps the stretch its unchanged characters span).
     */
    static final class Marked {
        final String text;
        /** For each character of {@code text}: its index in the original, or -1 where a replacement wrote it. */
        private final int[] orig;
        private final int originalLength;

        private Marked(String text, int[] orig, int originalLength) {
            this.text = text;
            this.orig = orig;
            this.originalLength = originalLength;
        }

        /** The text with {@code edits} made, or null when there are none (or they overlap: then the text is read as it is). */
        static Marked of(String t, List<Candidate> edits) {
            if (edits.isEmpty()) {
                return null;
            }
            List<Candidate> sorted = new ArrayList<>(edits);
            sorted.sort(Comparator.comparingInt(Candidate::start));
            int size = t.length();
            int at = 0;
            for (Candidate e : sorted) {
                if (e.isFlag() || e.start() < at) {
                    return null;
                }
                size += e.after().length() - (e.end() - e.start());
                at = e.end();
            }
            StringBuilder sb = new StringBuilder(size);
            int[] orig = new int[size];
            at = 0;
            for (Candidate e : sorted) {
                for (int i = at; i < e.start(); i++) {
                    orig[sb.length()] = i;
                    sb.append(t.charAt(i));
                }
                for (int k = 0; k < e.after().length(); k++) {
                    orig[sb.length()] = -1;
                    sb.append(e.after().charAt(k));
                }
                at = e.end();
            }
            for (int i = at; i < t.length(); i++) {
                orig[sb.length()] = i;
                sb.append(t.charAt(i));
            }
            return new Marked(sb.toString(), orig, t.length());
        }

        /** Proposals on {@link #text}, at the original's offsets. */
        List<Candidate> back(List<Candidate> proposals) {
            List<Candidate> out = new ArrayList<>(proposals.size());
            for (Candidate x : proposals) {
                if (x.start() == x.end()) {
                    int b = boundary(x.start());
                    if (b >= 0) {
                        out.add(new Candidate(b, b, x.after(), x.rule(), x.reason()));
                    }
                    continue;
                }
                int s = x.start();
                int e = x.end();
                if (x.isFlag()) {
                    while (s < e && orig[s] < 0) {
                        s++;
                    }
                    while (e > s && orig[e - 1] < 0) {
                        e--;
                    }
                    if (s < e) {
                        out.add(new Candidate(orig[s], orig[e - 1] + 1, null, x.rule(), x.reason()));
                    }
                    continue;
                }
                boolean untouched = true;
                for (int j = s; j < e && untouched; j++) {
                    untouched = orig[j] >= 0;
                }
                if (untouched) {
                    out.add(new Candidate(orig[s], orig[e - 1] + 1, x.after(), x.rule(), x.reason()));
                }
            }
            return out;
        }

        /** The original's offset of a place between two characters of {@link #text}, or -1 inside a replacement. */
        private int boundary(int j) {
            if (j > 0 && orig[j - 1] >= 0) {
                return orig[j - 1] + 1;
            }
            if (j < orig.length && orig[j] >= 0) {
                return orig[j];
            }
            return j == 0 ? 0 : j == orig.length ? originalLength : -1;
        }
    }

    /**
     * Source code quoted in an article has its own spacing ("text[ i + 2 ]", "f( x );"): no
     * repair inside a line that looks like code (two or more of ; { } = &lt; &gt; | &amp; \ and calls with a string, "line(\".\")"),
     * nor in Markdown's code: a fenced block (from a line opening with ``` or ~~~ to the line that closes it,
     * fences included) and a code span on one line ({@link #codeSpans}).
     */
    static void dropInCode(boolean[] code, int n, List<Candidate> c) {
        if (code != null && !c.isEmpty()) {
            c.removeIf(x -> !x.isFlag() && code[Math.min(x.start(), n)]);
        }
    }

    /** Per character (and one past the end): whether it is in code as {@link #dropInCode} reads it; null when none is. */
    static boolean[] codeMask(char[] a) {
        boolean[] codeAt = null;
        int n = a.length;
        Fences.Reader fences = new Fences.Reader();
        java.nio.CharBuffer text = java.nio.CharBuffer.wrap(a);
        int s = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || a[i] == '\n') {
                boolean inBlock = fences.inBlock(text, s, i);
                int marks = 0;
                for (int k = s; k < i && !inBlock; k++) {
                    char ch = a[k];
                    if (ch == ';' || ch == '{' || ch == '}' || ch == '=' || ch == '<' || ch == '>' || ch == '|' || ch == '&' || ch == '\\'
                            || ch == '(' && k + 1 < i && (a[k + 1] == '\'' || a[k + 1] == '"') && k > s && Character.isLetterOrDigit(a[k - 1])
                            || variable(a, k, i) || ch == ':' && k + 2 < i && a[k + 1] == ':' && Character.isLetter(a[k + 2]) && k > s
                            && Character.isLetterOrDigit(a[k - 1]) || ch == '(' && k + 1 < i && a[k + 1] == '?'
                            || ch == '%' && format(a, k, i) || ch == '\'' && quotedMarks(a, k, s, i)
                            || ch == '(' && snakeCaseBefore(a, k, s) || ch == '#' && k + 1 < i && a[k + 1] == '[') {
                        marks++; // (also a backslash, a call with a string: "line(\".\")", "bufnr('')", a variable "$fd",
                        // a scope "POSIX::close", a regular expression's group "(?[", a format's "%s", a grammar's token "','",
                        // a call of a name with an underscore "custom_attribute(", an attribute's "#[")
                    }
                }
                if (marks >= 2 || inBlock) {
                    if (codeAt == null) {
                        codeAt = new boolean[n + 1];
                    }
                    java.util.Arrays.fill(codeAt, s, i + 1, true);
                } else {
                    codeAt = codeSpans(a, s, i, codeAt);
                }
                s = i + 1;
            }
        }
        return codeAt;
    }

    /**
     * Whether {@code a[k]}, a straight apostrophe, opens one to three marks quoted as a grammar or code quotes its tokens
     * ("','", "'**'", "'->'"), not after a letter or digit (a word's apostrophe).
     */
    private static boolean quotedMarks(char[] a, int k, int s, int e) {
        if (k > s && Character.isLetterOrDigit(a[k - 1])) {
            return false;
        }
        int q = k + 1;
        while (q < e && q - k <= 3 && a[q] != '\'' && !Character.isLetterOrDigit(a[q]) && !Character.isWhitespace(a[q])) {
            q++;
        }
        return q > k + 1 && q < e && a[q] == '\'';
    }

    /**
     * Whether a name with an underscore inside it stands right before {@code a[k]}, a "(": a call as code writes it
     * ("custom_attribute(", "read_file("), which prose does not.
     */
    private static boolean snakeCaseBefore(char[] a, int k, int s) {
        int q = k;
        boolean underscore = false;
        while (q > s && (Character.isLetterOrDigit(a[q - 1]) || a[q - 1] == '_')) {
            underscore |= a[q - 1] == '_' && q - 1 > s && Character.isLetterOrDigit(a[q - 2]) && q < k;
            q--;
        }
        return underscore;
    }

    /** Whether {@code a[k]} opens a variable as Perl, a shell or PHP write it: "$" and then a letter, "_" or "{" ("$5" is money). */
    private static boolean variable(char[] a, int k, int e) {
        return a[k] == '$' && k + 1 < e && (Character.isLetter(a[k + 1]) || a[k + 1] == '_' || a[k + 1] == '{');
    }

    /** Whether {@code a[k]}, a "%", opens a format's conversion, "%s" or "%d", with no letter after it ("50%" is a share). */
    private static boolean format(char[] a, int k, int e) {
        return k + 1 < e && "sdfxuc".indexOf(a[k + 1]) >= 0 && (k + 2 >= e || !Character.isLetterOrDigit(a[k + 2]))
                && (k == 0 || !Character.isLetterOrDigit(a[k - 1]));
    }

    /**
     * Marks Markdown's code spans in {@code a[s, e)} (a line) in {@code codeAt}, made when first needed: a run of backticks
     * up to the next run of as many ("`f( x )`", "`` a`b ``"); a pair of two with a doubled apostrophe between them is
     * two LaTeX quotes ("``yes'' or ``no''"), not code.
     */
    private static boolean[] codeSpans(char[] a, int s, int e, boolean[] codeAt) {
        int k = s;
        while (k < e) {
            if (a[k] != '`') {
                k++;
                continue;
            }
            int run = runOfBackticks(a, k, e);
            int close = -1;
            for (int q = k + run; q < e; ) {
                if (a[q] != '`') {
                    q++;
                    continue;
                }
                int r = runOfBackticks(a, q, e);
                if (r == run) {
                    close = q;
                    break;
                }
                q += r;
            }
            if (close >= 0 && !(run == 2 && doubledApostrophe(a, k + run, close))) {
                if (codeAt == null) {
                    codeAt = new boolean[a.length + 1];
                }
                java.util.Arrays.fill(codeAt, k, close + run, true);
                k = close + run;
            } else {
                k += run;
            }
        }
        return codeAt;
    }

    private static int runOfBackticks(char[] a, int k, int e) {
        int r = 0;
        while (k + r < e && a[k + r] == '`') {
            r++;
        }
        return r;
    }

    private static boolean doubledApostrophe(char[] a, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (a[k] == '\'' && a[k + 1] == '\'') {
                return true;
            }
        }
        return false;
    }

    /** Ends (exclusive) of sentences: after . ! ? followed by space, and at line ends. */
    static int[] sentences(String t) {
        int n = t.length();
        int[] ends = new int[16];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char ch = t.charAt(i);
            boolean end = ch == '\n'
                    || ((ch == '.' || ch == '!' || ch == '?') && i + 1 < n && t.charAt(i + 1) == ' '
                        && i + 2 < n && Character.isUpperCase(t.charAt(i + 2)));
            if (end) {
                if (k == ends.length) {
                    ends = java.util.Arrays.copyOf(ends, k * 2);
                }
                ends[k++] = i + 1;
            }
        }
        if (k == 0 || ends[k - 1] != n) {
            if (k == ends.length) {
                ends = java.util.Arrays.copyOf(ends, k + 1);
            }
            ends[k++] = n;
        }
        return java.util.Arrays.copyOf(ends, k);
    }

    private static int sentenceOf(int[] ends, int offset) {
        int lo = 0;
        int hi = ends.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean hasWords(String t, int s, int e) {
        int letters = 0;
        for (int i = s; i < e && letters < 3; i++) {
            if (Character.isLetter(t.charAt(i))) {
                letters++;
            }
        }
        return letters >= 3;
    }
}
