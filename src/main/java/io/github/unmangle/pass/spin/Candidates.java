package io.github.unmangle.pass.spin;

import io.github.unmangle.lang.WordIndex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Spun form → the words it may have replaced: the inverse of WordNet synonymy (plus hypernyms and
 * hyponyms for multiword forms), compiled by {@code data/spin/build.py} into
 * {@code spin-candidates.bin} (originals as n-gram ids), and a small hand-made table for the
 * spinners' non-WordNet family ({@code extra-candidates.tsv}).
 */
final class Candidates {
    /** Bit of a stored original id: reached only through a hypernym or hyponym. */
    private static final int RELATED = 1 << 30;

    private final NGrams ngrams;
    private final WordIndex forms;
    private final int[] offsets;
    private final int[] originals;
    /** Proper prefixes, in words, of the multiword forms ("united", "united states"). */
    private final WordIndex phrasePrefixes;
    /** Entries of the hand-made table, merged with the compiled ones for the same form. */
    private final Map<String, Entry> extra;
    /** Entries made on first use, by form number. */
    private final AtomicReferenceArray<Entry> made;
    private final int longest;
    /** n-gram id of an original → how many spun forms it has: a spinner picks one of them. */
    private final int[] fanOut;
    /** ... and how many it has through a hypernym or hyponym only (counted apart: a spinner uses those less). */
    private final int[] relatedFanOut;
    /** spin-thesaurus.bin ({@code data/spin/thesaurus.py}). */
    private final Thesaurus thesaurus;

    /**
     * The thesaurus's originals of each one-word spun form: those of n-gram id w at
     * {@code originals[start[w], start[w + 1])}; by n-gram id, the forms the thesaurus gives each
     * original ({@code fan}: all of them, not only the weighed ones).
     */
    private record Thesaurus(int[] start, int[] originals, int[] fan) {
    }

    /** Originals of a spun form, their n-gram ids, and how a spinner reaches the form from each ({@link #SYNONYM}, {@link #HYPERNYM}, {@link #THESAURUS}). */
    record Entry(String[] originals, int[] ids, byte[] kinds) {
    }

    /** How a spinner reaches a spun form from an original ({@link Entry#kinds}): a WordNet synonym, ... */
    static final byte SYNONYM = 0;
    /** ... a WordNet hypernym or hyponym only ("~" in the table), ... */
    static final byte HYPERNYM = 1;
    /** ... or a general thesaurus's synonym only (spin-thesaurus.bin). */
    static final byte THESAURUS = 2;

    private Candidates(NGrams ngrams, WordIndex forms, int[] offsets, int[] originals, WordIndex phrasePrefixes,
                       Map<String, String[]> extraTable, int[] formOfWord, boolean[] startsPhrase, java.util.BitSet names, java.util.BitSet acronyms,
                       Thesaurus thesaurus) {
        this.ngrams = ngrams;
        this.thesaurus = thesaurus;
        this.formOfWord = formOfWord;
        this.startsPhrase = startsPhrase;
        this.extraOfWord = new Entry[formOfWord.length];
        this.byWord = new Entry[formOfWord.length];
        this.ownByWord = new Entry[formOfWord.length];
        this.forms = forms;
        this.offsets = offsets;
        this.originals = originals;
        this.made = new AtomicReferenceArray<>(forms.size());
        this.names = names;
        this.acronyms = acronyms;
        int[] fan = new int[ngrams.size()];
        int[] related = new int[ngrams.size()];
        for (int o : originals) {
            if ((o & RELATED) == 0) {
                fan[o]++;
            } else {
                related[o & ~RELATED]++;
            }
        }
        int words = 5; // WordNet has forms of five words and more; longer ones are not looked up
        // the hand-made table: its originals join the compiled ones of the same form
        Map<String, Entry> ex = new HashMap<>();
        StringBuilder starts = new StringBuilder();
        extraTable.forEach((spun, add) -> {
            Entry base = compiled(spun);
            List<String> os = new ArrayList<>(base == null ? List.of() : Arrays.asList(base.originals()));
            List<Integer> ids = new ArrayList<>();
            List<Byte> kinds = new ArrayList<>();
            if (base != null) {
                for (int k = 0; k < base.ids().length; k++) {
                    ids.add(base.ids()[k]);
                    kinds.add(base.kinds()[k]);
                }
            }
            for (String o : add) {
                String ol = o.toLowerCase(Locale.ROOT);
                int id = ngrams.id(ol);
                if (id < 0 || ol.equals(spun) || os.contains(ol)) {
                    continue;
                }
                os.add(ol);
                ids.add(id);
                kinds.add(SYNONYM);
                fan[id]++;
            }
            byte[] r = new byte[kinds.size()];
            for (int k = 0; k < r.length; k++) {
                r[k] = kinds.get(k);
            }
            Entry merged = new Entry(os.toArray(String[]::new), ids.stream().mapToInt(Integer::intValue).toArray(), r);
            ex.put(spun, merged);
            int id = ngrams.id(spun);
            if (id >= 0) {
                extraOfWord[id] = merged;
            }
            for (int sp = spun.indexOf(' '); sp > 0; sp = spun.indexOf(' ', sp + 1)) {
                starts.append(spun, 0, sp).append('\n');
            }
        });
        this.extra = ex;
        this.extraPrefixes = new WordIndex(starts.toString());
        // phrases of the hand-made table start phrases too ("you lot")
        for (String spun : ex.keySet()) {
            int sp = spun.indexOf(' ');
            int id = sp > 0 ? ngrams.id(spun.substring(0, sp)) : -1;
            if (id >= 0) {
                startsPhrase[id] = true;
            }
        }
        this.startsSurface = new boolean[ngrams.size()];
        this.surface = new HashMap<>();
        java.util.BitSet marked = forms.wordsHolding('-');
        marked.or(forms.wordsHolding('.'));
        marked.or(forms.wordsHolding('\''));
        for (int f = marked.nextSetBit(0); f >= 0; f = marked.nextSetBit(f + 1)) {
            addSurface(forms.word(f), false);
        }
        ex.keySet().forEach(f -> addSurface(f, true));
        this.phrasePrefixes = phrasePrefixes;
        this.fanOut = fan;
        this.relatedFanOut = related;
        this.longest = words;
    }

    private final WordIndex extraPrefixes;
    /** Forms the word tokens cannot spell, by their first token: see {@link #surfaceForms}. */
    private final Map<String, List<String>> surface;
    /** By n-gram word id: whether such a form starts with it. */
    private final boolean[] startsSurface;

    /**
     * Indexes a form the word tokens cannot spell: with a hyphen, a period or a leading apostrophe
     * ("fat-soluble vitamin", "ind.", "'tween"), or whose first word the n-gram model lacks ("y'all").
     */
    private void addSurface(String form, boolean vocabUnsure) {
        boolean marks = false;
        for (int k = 0; k < form.length() && !marks; k++) {
            char c = form.charAt(k);
            marks = c == '-' || c == '.' || (c == '\'' && k == 0);
        }
        if (!marks && !vocabUnsure) {
            return; // (the n-gram vocabulary holds the first word of every compiled form)
        }
        String first = firstToken(form);
        if (first.isEmpty()) {
            return;
        }
        int id = ngrams.id(first);
        if (!marks && id >= 0) {
            return;
        }
        surface.computeIfAbsent(first, k -> new ArrayList<>(2)).add(form);
        if (id >= 0) {
            startsSurface[id] = true;
        }
    }

    /** The first word token of a form, as {@link Tokens#tokens} cuts it. */
    private static String firstToken(String form) {
        int s = 0;
        while (s < form.length() && !Character.isLetterOrDigit(form.charAt(s))) {
            s++;
        }
        return form.substring(s, Tokens.wordEnd(form, s));
    }

    /** The forms the word tokens cannot spell that start with this token (its n-gram id and lowercase text). */
    List<String> surfaceForms(int wordId, String lower) {
        if (wordId >= 0 && !startsSurface[wordId]) {
            return List.of();
        }
        return surface.getOrDefault(lower, List.of());
    }
    /** By n-gram word id: the number of the one-word spun form it is (-1: none). */
    private final int[] formOfWord;
    /** By n-gram word id: whether a multiword form starts with it. */
    private final boolean[] startsPhrase;
    /** By n-gram word id: its entry of the hand-made table, if any. */
    private final Entry[] extraOfWord;

    static Candidates load(NGrams ngrams) {
        Map<String, String[]> extra = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Candidates.class.getResourceAsStream("extra-candidates.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                extra.put(line.substring(0, tab).toLowerCase(Locale.ROOT), line.substring(tab + 1).split("\\|"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ResourceReader in = new ResourceReader("spin-candidates.bin");
             ResourceReader nb = new ResourceReader("spin-names.bin")) {
            WordIndex forms = in.block();
            int[] offsets = in.ints(forms.size() + 1);
            int[] originals = in.ints(in.readInt());
            WordIndex starts = in.block();
            int v = in.readInt();
            if (v != ngrams.size()) {
                throw new IllegalStateException("spin-candidates.bin was built for another ngrams.bin (" + v + " words, not " + ngrams.size() + ")");
            }
            int[] formOfWord = in.ints(v);
            byte[] starting = in.bytes(v);
            boolean[] startsPhrase = new boolean[v];
            for (int k = 0; k < v; k++) {
                startsPhrase[k] = starting[k] != 0;
            }
            in.end();
            java.util.BitSet names = bits(nb, forms.size());
            java.util.BitSet acronyms = bits(nb, ngrams.size());
            nb.end();
            return new Candidates(ngrams, forms, offsets, originals, starts, extra, formOfWord, startsPhrase, names, acronyms, thesaurus(v));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads spin-thesaurus.bin, built for an n-gram vocabulary of {@code v} words. */
    private static Thesaurus thesaurus(int v) throws IOException {
        try (ResourceReader in = new ResourceReader("spin-thesaurus.bin")) {
            if (in.readInt() != v) {
                throw new IllegalStateException("spin-thesaurus.bin was built for another ngrams.bin");
            }
            int n = in.readInt();
            int[] start = in.ints(v + 1);
            int[] originals = in.ints(n);
            int[] fan = in.ints(v);
            in.end();
            if (start[v] != n) {
                throw new IllegalStateException("corrupt spin-thesaurus.bin");
            }
            return new Thesaurus(start, originals, fan);
        }
    }

    /** One bit per form or word, as names.py writes them: their count, then bit k of number k (byte k / 8, bit k % 8). */
    private static java.util.BitSet bits(ResourceReader in, int count) throws IOException {
        if (in.readInt() != count) {
            throw new IllegalStateException("spin-names.bin was built for another spin-candidates.bin or ngrams.bin (run data/spin/names.py)");
        }
        return java.util.BitSet.valueOf(in.bytes((count + 7) / 8));
    }

    /** Number of forms a spinner may write for the original with this n-gram id (at least 1). */
    int fanOut(int originalId) {
        return originalId < 0 || originalId >= fanOut.length ? 1 : Math.max(1, fanOut[originalId]);
    }

    /** Number of forms a spinner may write for this original through a hypernym or hyponym (at least 1). */
    int relatedFanOut(int originalId) {
        return originalId < 0 || originalId >= relatedFanOut.length ? 1 : Math.max(1, relatedFanOut[originalId]);
    }

    /**
     * For each original k of an entry (its n-gram id {@code ids[k]}): {@link #relatedFanOut} if it is
     * reached only through a hypernym or hyponym ({@code kinds[k]}), {@link #thesaurusFanOut} if only
     * through the thesaurus, else {@link #fanOut}; read for all at once, so that their cache misses overlap.
     */
    int[] fanOuts(byte[] kinds, int[] ids) {
        int[] fans = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            fans[k] = fanOut(kinds[k], ids[k]);
        }
        return fans;
    }

    /** One original's fan-out ({@link #fanOuts}), reached as {@code kind}. */
    int fanOut(byte kind, int id) {
        return kind == HYPERNYM ? relatedFanOut(id) : kind == THESAURUS ? thesaurusFanOut(id) : fanOut(id);
    }

    /** Number of forms the thesaurus gives this original (at least 1). */
    int thesaurusFanOut(int originalId) {
        return originalId < 0 || originalId >= thesaurus.fan().length ? 1 : Math.max(1, thesaurus.fan()[originalId]);
    }

    /** Whether some multiword form begins with these words (lowercase, one space apart). */
    boolean isPhrasePrefix(CharSequence lowerWords) {
        return phrasePrefixes.contains(lowerWords) || extraPrefixes.contains(lowerWords);
    }

    /** Whether a multiword form starts with the word of this n-gram id (so the word is a phrase prefix). */
    boolean startsPhrase(int wordId) {
        return wordId >= 0 && startsPhrase[wordId];
    }

    /**
     * The first two words (n-gram ids) of every multiword form whose first two words have ids; null
     * until made (20–70 ms of work, on a daemon thread SpinPass.warmUp starts once the pass has weighed 256 KB of text).
     */
    private volatile PairFilter twoWords;

    /** Makes {@link #twoWords} (again, if another thread is at it: the same filter). */
    void indexTwoWords() {
        if (twoWords != null) {
            return;
        }
        java.util.BitSet multi = forms.wordsHolding(' ');
        PairFilter f = new PairFilter(multi.cardinality() + extra.size(), 8);
        for (int k = multi.nextSetBit(0); k >= 0; k = multi.nextSetBit(k + 1)) {
            addTwoWords(f, forms.word(k));
        }
        extra.keySet().forEach(form -> addTwoWords(f, form));
        twoWords = f;
    }

    private void addTwoWords(PairFilter f, String form) {
        int sp = form.indexOf(' ');
        if (sp > 0) {
            int sp2 = form.indexOf(' ', sp + 1);
            int a = ngrams.id(form.substring(0, sp));
            int b = ngrams.id(form.substring(sp + 1, sp2 < 0 ? form.length() : sp2));
            if (a >= 0 && b >= 0) {
                f.add(a, b);
            }
        }
    }

    /**
     * Whether a multiword form may start with these two words (their n-gram ids and the second's
     * lowercase text): false only when none does, nor (the second being a contraction) one the
     * words before its apostrophe start. Most words that start a form are not followed by one.
     */
    boolean mayStartPhrase(int firstId, int secondId, String secondLower) {
        PairFilter f = twoWords;
        return f == null || firstId < 0 || secondId < 0 || secondLower.indexOf('\'') >= 0 || f.mayHold(firstId, secondId);
    }

    /**
     * The originals of the one-word spun form with this n-gram id, WordNet's (and the hand-made
     * table's) then the thesaurus's, or null: one array read, no hashing.
     */
    Entry entry(int wordId) {
        if (wordId < 0) {
            return null;
        }
        Entry e = byWord[wordId];
        if (e == null) {
            Entry own = wordNetEntry(wordId);
            e = withThesaurus(own == null ? NO_ENTRY : own, wordId);
            byWord[wordId] = e; // (an entry's fields are final: a thread that reads it here sees them set)
        }
        return e == NO_ENTRY ? null : e;
    }

    /** As {@link #entry(int)}, without the thesaurus's originals (what a spinner of WordNet writes). */
    Entry wordNetEntry(int wordId) {
        if (wordId < 0) {
            return null;
        }
        Entry e = ownByWord[wordId];
        if (e == null) {
            e = extraOfWord[wordId];
            if (e == null) {
                int f = formOfWord[wordId];
                e = f < 0 ? NO_ENTRY : made(f);
            }
            ownByWord[wordId] = e;
        }
        return e == NO_ENTRY ? null : e;
    }

    /** {@link #entry(int)} or, without the thesaurus, {@link #wordNetEntry(int)}. */
    Entry entry(int wordId, boolean withThesaurus) {
        return withThesaurus ? entry(wordId) : wordNetEntry(wordId);
    }

    /** The entry with the thesaurus's originals of the one-word form added after its own (those it has already keep their kind). */
    private Entry withThesaurus(Entry e, int wordId) {
        int from = thesaurus.start()[wordId];
        int to = thesaurus.start()[wordId + 1];
        if (from == to) {
            return e;
        }
        int n = e.ids().length;
        String[] os = Arrays.copyOf(e.originals(), n + to - from);
        int[] ids = Arrays.copyOf(e.ids(), n + to - from);
        byte[] kinds = Arrays.copyOf(e.kinds(), n + to - from);
        int m = n;
        outer:
        for (int j = from; j < to; j++) {
            int o = thesaurus.originals()[j];
            for (int k = 0; k < n; k++) {
                if (ids[k] == o) {
                    continue outer;
                }
            }
            os[m] = ngrams.word(o);
            ids[m] = o;
            kinds[m++] = THESAURUS;
        }
        return m == n ? e : new Entry(Arrays.copyOf(os, m), Arrays.copyOf(ids, m), Arrays.copyOf(kinds, m));
    }

    /** By n-gram word id, as {@link #entry(int)} found it the first time ({@link #NO_ENTRY}: none), or null. */
    private final Entry[] byWord;
    /** The same without the thesaurus ({@link #wordNetEntry}). */
    private final Entry[] ownByWord;
    private static final Entry NO_ENTRY = new Entry(new String[0], new int[0], new byte[0]);

    /** The originals of a spun form (lowercase, words separated by one space), or null. */
    Entry entry(String lowerPhrase) {
        Entry e = extra.get(lowerPhrase);
        return e != null ? e : compiled(lowerPhrase);
    }

    private Entry compiled(String lowerPhrase) {
        int f = forms.indexOf(lowerPhrase);
        return f < 0 ? null : made(f);
    }

    private Entry made(int f) {
        Entry e = made.get(f);
        if (e == null) {
            int from = offsets[f];
            int n = offsets[f + 1] - from;
            String[] os = new String[n];
            int[] ids = new int[n];
            byte[] kinds = new byte[n];
            for (int k = 0; k < n; k++) {
                int v = originals[from + k];
                ids[k] = v & ~RELATED;
                kinds[k] = (v & RELATED) != 0 ? HYPERNYM : SYNONYM;
                os[k] = ngrams.word(ids[k]);
            }
            e = new Entry(os, ids, kinds);
            made.set(f, e);
        }
        return e;
    }

    /** Bit per compiled form: a name (every WordNet spelling capitalised), from {@code spin-names.bin}. */
    private final java.util.BitSet names;

    /**
     * Whether the spun form (lowercase) is a name in WordNet: "american state", "ore.", not "spider
     * web"; {@code wordId}: the n-gram id of a one-word form (found without hashing), else -1.
     */
    boolean isName(String lowerForm, int wordId) {
        int f = wordId >= 0 ? formOfWord[wordId] : forms.indexOf(lowerForm);
        return f >= 0 && names.get(f);
    }

    /** Bit per n-gram word id: every WordNet spelling of the word is in capitals ("gps", "ny"), from {@code spin-names.bin}. */
    private final java.util.BitSet acronyms;

    /** Whether WordNet writes this word (lowercase) in capitals only: "gps", "ny", "us"; not "ice" (also a word). */
    boolean isAcronym(String lower) {
        int id = ngrams.id(lower);
        return id >= 0 && acronyms.get(id);
    }

    /** Longest spun form looked up, in words. */
    int longestPhrase() {
        return longest;
    }

    /** Forward view for the spinner harness: original → spun forms. */
    Map<String, List<String>> forward() {
        Map<String, List<String>> f = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            String spun = forms.word(i);
            Entry e = entry(spun);
            for (String o : e.originals()) {
                f.computeIfAbsent(o, k -> new ArrayList<>()).add(spun);
            }
        }
        extra.forEach((spun, e) -> {
            if (forms.indexOf(spun) < 0) {
                for (String o : e.originals()) {
                    f.computeIfAbsent(o, k -> new ArrayList<>()).add(spun);
                }
            }
        });
        return f;
    }
}
