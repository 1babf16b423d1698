package io.github.unmangle.pass.spin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shortcuts of phrase lookup: each agrees with the lookups it saves. */
class CandidatesTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir"));
    private static NGrams g;
    private static Candidates c;

    @BeforeAll
    static void load() {
        g = NGrams.load();
        c = Candidates.load(g);
        c.indexTwoWords(); // (else made on a daemon thread: until then every pair may start a phrase)
    }

    /**
     * A word's entry, kept by its id after the first lookup, holds the entry of the word's text (WordNet's and the
     * hand-made table's originals, as the spinner's dictionary has them), then the thesaurus's others, each once.
     */
    @Test
    void entriesByIdAreThoseByTextThenTheThesaurus() {
        int forms = 0;
        int thesaurusOnly = 0;
        for (int round = 0; round < 2; round++) {
            for (int id = 0; id < g.size(); id++) {
                Candidates.Entry byText = c.entry(g.word(id));
                Candidates.Entry byId = c.entry(id);
                assertSame(byId, c.entry(id), g.word(id));
                int n = byText == null ? 0 : byText.ids().length;
                if (byText != null) {
                    assertArrayEquals(byText.ids(), Arrays.copyOf(byId.ids(), n), g.word(id));
                    assertArrayEquals(byText.kinds(), Arrays.copyOf(byId.kinds(), n), g.word(id));
                    assertTrue(IntStream.range(0, n).noneMatch(k -> byText.kinds()[k] == Candidates.THESAURUS), g.word(id));
                }
                if (byId != null) {
                    assertEquals(byId.ids().length, IntStream.of(byId.ids()).distinct().count(), g.word(id));
                    for (int k = n; k < byId.ids().length; k++) {
                        assertEquals(Candidates.THESAURUS, byId.kinds()[k], g.word(id));
                        assertEquals(g.word(byId.ids()[k]), byId.originals()[k]);
                    }
                }
                forms += byText != null && round == 0 ? 1 : 0;
                thesaurusOnly += byText == null && byId != null && round == 0 ? 1 : 0;
            }
        }
        assertTrue(forms > 30_000, "one-word forms: " + forms);
        assertTrue(thesaurusOnly > 5_000, "forms only the thesaurus has: " + thesaurusOnly);
        assertNull(c.entry(-1));
    }

    /** The thesaurus adds what WordNet lacks, and a pair both have stays WordNet's. */
    @Test
    void theThesaurusAddsOriginalsWordNetLacks() {
        Candidates.Entry colossal = c.entry(g.id("colossal"));
        List<String> os = Arrays.asList(colossal.originals());
        assertEquals(Candidates.SYNONYM, colossal.kinds()[os.indexOf("prodigious")]);
        assertEquals(Candidates.THESAURUS, colossal.kinds()[os.indexOf("large")]);
        assertTrue(c.thesaurusFanOut(g.id("large")) > 5, "large: " + c.thesaurusFanOut(g.id("large")));
        Candidates.Entry woodland = c.entry(g.id("woodland"));
        assertEquals(Candidates.SYNONYM, woodland.kinds()[Arrays.asList(woodland.originals()).indexOf("forest")]);
    }

    /** Every multiword form, compiled or hand-made, may start with its first two words. */
    @Test
    void noFormIsRuledOutByItsFirstTwoWords() {
        int forms = 0;
        for (Map.Entry<String, List<String>> e : c.forward().entrySet()) {
            for (String form : e.getValue()) {
                String[] w = form.split(" ");
                if (w.length >= 2) {
                    forms++;
                    assertTrue(c.mayStartPhrase(g.id(w[0]), g.id(w[1]), w[1]), form);
                }
            }
        }
        assertTrue(forms > 20_000, "multiword forms: " + forms);
        assertTrue(c.mayStartPhrase(g.id("united"), g.id("states"), "states"));
        assertTrue(c.mayStartPhrase(g.id("you"), g.id("lot"), "lot")); // the hand-made table's "you lot"
    }

    /**
     * The words of the seeds reach as far into a phrase as the lookup of every prefix reached (the
     * code before the shortcuts), but where two words start no form, which the lookups of those two
     * words (as a form, or as one before a contraction's ending) would only have found out.
     */
    @Test
    void phraseReachIsThatOfThePrefixLookups() throws IOException {
        int starts = 0;
        int stopped = 0;
        int longer = 0;
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(ROOT.resolve("seeds"))) {
            for (Path p : files.sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        texts.add("If you lot're ready, the United States of America and the united states. Our lives would be worse if nosotros outlawed it.");
        for (String t : texts) {
            List<SpinPass.Tok> toks = Tokens.identified(g, t);
            for (int i = 0; i < toks.size(); i++) {
                int reach = SpinPass.phraseReach(c, t, toks, i);
                int before = reachByPrefixes(t, toks, i);
                String where = "at " + toks.get(i) + " in " + t.substring(0, 40);
                if (reach != before) {
                    assertEquals(2, before, where);
                    assertEquals(1, reach, where);
                    String two = Tokens.phrase(toks, i, 2);
                    int apos = two.lastIndexOf('\'');
                    assertTrue(c.entry(two) == null && apos < two.indexOf(' '), where);
                    stopped++;
                }
                starts += c.startsPhrase(toks.get(i).id()) ? 1 : 0;
                longer += reach > 2 ? 1 : 0;
            }
        }
        assertTrue(starts > 1_000 && stopped > starts / 2, stopped + " of " + starts + " words that start forms stopped at the next");
        assertTrue(longer > 0, "no phrase reached past two words");
    }

    /** {@link SpinPass#phraseReach} as it was before its shortcuts. */
    private static int reachByPrefixes(String t, List<SpinPass.Tok> toks, int i) {
        if (!c.startsPhrase(toks.get(i).id())) {
            return 1;
        }
        int limit = Math.min(c.longestPhrase(), toks.size() - i);
        StringBuilder sb = new StringBuilder(toks.get(i).lower());
        int len = 1;
        while (len < limit) {
            if (!c.isPhrasePrefix(sb) || !adjacent(t, toks.get(i + len - 1), toks.get(i + len))) {
                break;
            }
            sb.append(' ').append(toks.get(i + len).lower());
            len++;
        }
        return len;
    }

    private static boolean adjacent(String t, SpinPass.Tok a, SpinPass.Tok b) {
        return b.start() - a.end() == 1 && t.charAt(a.end()) == ' ';
    }

    /** WordNet names written in lowercase are names, by text or by id; forms everyday words write are not. */
    @Test
    void namesAreThoseWordNetOnlyCapitalises() {
        assertTrue(c.isName("american state", -1));
        assertTrue(c.isName("ore.", -1));
        assertTrue(c.isName("oregon", g.id("oregon")) == c.isName("oregon", -1));
        org.junit.jupiter.api.Assertions.assertFalse(c.isName("spider web", -1));
        org.junit.jupiter.api.Assertions.assertFalse(c.isName("type a", -1));
        org.junit.jupiter.api.Assertions.assertFalse(c.isName("take", g.id("take")));
        org.junit.jupiter.api.Assertions.assertFalse(c.isName("no such form at all", -1));
        int names = 0;
        for (int id = 0; id < g.size(); id++) {
            names += c.isName(g.word(id), id) ? 1 : 0;
        }
        assertTrue(names > 1_000 && names < 30_000, "one-word names: " + names);
    }
}
