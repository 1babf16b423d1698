package io.github.unmangle.pass.mt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Literal translations of established terms ({@code terms.tsv}), longest first, matched as whole words. */
final class Terms {
    record Term(String literal, String term, String source) {
    }

    private final List<Term> terms;

    private Terms(List<Term> terms) {
        this.terms = terms;
    }

    static Terms load() {
        List<Term> list = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Terms.class.getResourceAsStream("terms.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                list.add(new Term(f[0], f[1], f.length > 2 ? f[2] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        list.sort(Comparator.comparingInt((Term x) -> x.literal().length()).reversed());
        return new Terms(List.copyOf(list));
    }

    /** Finds each literal as whole words (any case, any run of spaces between its words). */
    void find(String t, List<Candidate> out) {
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() != t.length()) {
            return; // a lowercase form of another length (rare scripts): offsets would not match
        }
        for (Term term : terms) {
            String[] words = term.literal().toLowerCase(java.util.Locale.ROOT).split(" ");
            for (int at = lower.indexOf(words[0]); at >= 0; at = lower.indexOf(words[0], at + 1)) {
                if (at > 0 && (Character.isLetter(lower.charAt(at - 1)) || lower.charAt(at - 1) == '-')) {
                    continue;
                }
                int end = matchRest(lower, at + words[0].length(), words);
                if (end < 0 || (end < lower.length() && (Character.isLetter(lower.charAt(end)) || lower.charAt(end) == '-'))) {
                    continue;
                }
                String after = Character.isUpperCase(t.charAt(at))
                        ? Character.toUpperCase(term.term().charAt(0)) + term.term().substring(1) : term.term();
                out.add(new Candidate(at, end, after, "literal-term",
                        "word-for-word translation of \"" + term.term() + "\" (" + term.source() + ")"));
            }
        }
    }

    /** End of the literal's remaining words after {@code from} (spaces between them), or -1. */
    private static int matchRest(String lower, int from, String[] words) {
        int i = from;
        for (int w = 1; w < words.length; w++) {
            int s = i;
            while (i < lower.length() && Character.isWhitespace(lower.charAt(i))) {
                i++;
            }
            if (i == s || !lower.startsWith(words[w], i)) {
                return -1;
            }
            i += words[w].length();
        }
        return i;
    }

}
