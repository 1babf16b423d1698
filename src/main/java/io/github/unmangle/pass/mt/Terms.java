package io.github.unmangle.pass.mt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Literal translations of established terms ({@code terms.tsv}), longest first, matched as whole words. */
final class Terms {
    record Term(String literal, String term, String source, Pattern pattern) {
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
                list.add(new Term(f[0], f[1], f.length > 2 ? f[2] : "",
                        Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(f[0]).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}-])",
                                Pattern.CASE_INSENSITIVE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        list.sort(Comparator.comparingInt((Term x) -> x.literal().length()).reversed());
        return new Terms(List.copyOf(list));
    }

    void find(String t, List<Candidate> out) {
        String lower = null;
        for (Term term : terms) {
            String lastWord = term.literal().substring(term.literal().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            if (lower == null) {
                lower = t.toLowerCase(java.util.Locale.ROOT);
            }
            if (!lower.contains(lastWord)) {
                continue; // cheap test before the regex
            }
            Matcher m = term.pattern().matcher(t);
            while (m.find()) {
                String after = Character.isUpperCase(t.charAt(m.start()))
                        ? Character.toUpperCase(term.term().charAt(0)) + term.term().substring(1) : term.term();
                out.add(new Candidate(m.start(), m.end(), after, "literal-term",
                        "word-for-word translation of \"" + term.term() + "\" (" + term.source() + ")"));
            }
        }
    }

    int size() {
        return terms.size();
    }
}
