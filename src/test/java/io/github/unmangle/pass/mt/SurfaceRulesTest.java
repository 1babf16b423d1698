package io.github.unmangle.pass.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SurfaceRulesTest {
    /** The contraction pattern as written, run over the whole text: what splitContractions must find. */
    private static final Pattern CONTRACTION = Pattern.compile("(?<=[\\p{L}\\p{N}])( )(n't|'s|'re|'ve|'ll|'d|'m|’s|’re|’ve|’ll|’d|’m|n’t)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private static List<Candidate> reference(String t) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = CONTRACTION.matcher(t);
        while (m.find()) {
            String suffix = m.group(2).toLowerCase(Locale.ROOT);
            int e = m.end();
            if ((suffix.startsWith("'") || suffix.startsWith("’")) && e < t.length() && (t.charAt(e) == '\'' || t.charAt(e) == '’')) {
                continue;
            }
            out.add(new Candidate(m.start(1), m.end(1), "", "split-contraction", "contraction split by a tokeniser joined (\"" + m.group(2) + "\")"));
        }
        return out;
    }

    private static List<Candidate> found(String t) {
        List<Candidate> out = new ArrayList<>();
        SurfaceRules.splitContractions(t, t.toCharArray(), out);
        return out;
    }

    /** Tried only at a space before ', ’ or n, it finds what the pattern finds over the whole text, on 20,000 random texts of the pieces that matter. */
    @Test
    void contractionsAreWhatThePatternFindsEverywhere() {
        // pieces that make and unmake matches: words (letters, a digit, an Arabic-Indic digit, é), the
        // suffixes in both apostrophes and cases, quotes, spaces, punctuation
        String[] pieces = {"do", "it", "X1", "é", "٣", "n", "N", " ", " ", " ", "n't", "N'T", "n’t", "'s", "’S", "'re", "’ve", "'ll", "'d",
            "'m", "'", "’", "t", "T", "s", ".", "-", "\"", "  "};
        Random rnd = new Random(7);
        int matches = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(12);
            for (int i = 0; i < len; i++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String t = sb.toString();
            List<Candidate> want = reference(t);
            matches += want.size();
            assertEquals(want, found(t), t);
        }
        // (the texts must hold matches for the comparison to mean something)
        assertEquals(true, matches > 1_000, "matches: " + matches);
    }

    @Test
    void contractionsInCapitalsAndAtEitherEnd() {
        assertEquals(2, found("WE DO N'T KNOW, IT 'S LATE").size());
        assertEquals(List.of(), found(" 's"));
        assertEquals(1, found("it 's").size());
        assertEquals(List.of(), found("the 's' key"));
    }
}
