package io.github.unmangle.pass.spin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Spun form → the words it may have replaced: the inverse of WordNet synonymy (plus hypernyms and
 * hyponyms for multiword forms), from {@code spin-candidates.tsv.gz}, and a small table for the
 * spinners' non-WordNet family ({@code extra-candidates.tsv}).
 */
final class Candidates {
    private final Map<String, String[]> map;
    private final int longest;
    /** n-gram id of an original → how many spun forms it has: a spinner picks one of them (set by bind). */
    private int[] fanOut = new int[0];

    /** First words of multiword spun forms: a phrase is looked up only when its first word is one. */
    private final java.util.Set<String> phraseStarts = new java.util.HashSet<>();
    /** Per spun form: its originals lowercased, and their n-gram ids (-1 unknown), bound once. */
    private final Map<String, Entry> entries = new HashMap<>();

    /** Originals of a spun form, their n-gram ids, and whether each is only a hypernym/hyponym ("~" in the table). */
    record Entry(String[] originals, int[] ids, boolean[] related) {
    }

    private Candidates(Map<String, String[]> map, int longest) {
        this.map = map;
        this.longest = longest;
        for (String k : map.keySet()) {
            int sp = k.indexOf(' ');
            if (sp > 0) {
                phraseStarts.add(k.substring(0, sp));
            }
        }
    }

    /** Number of forms a spinner may write for the original with this n-gram id (at least 1). */
    int fanOut(int originalId) {
        return originalId < 0 || originalId >= fanOut.length ? 1 : Math.max(1, fanOut[originalId]);
    }

    static Candidates load() {
        Map<String, String[]> m = new HashMap<>(200_000);
        int longest = 1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Candidates.class.getResourceAsStream("spin-candidates.tsv.gz"), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            longest = read(r, m, longest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Candidates.class.getResourceAsStream("extra-candidates.tsv"), StandardCharsets.UTF_8))) {
            longest = read(r, m, longest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Candidates(m, longest);
    }

    private static int read(BufferedReader r, Map<String, String[]> m, int longest) throws IOException {
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String spun = line.substring(0, tab);
            String[] add = line.substring(tab + 1).split("\\|");
            String[] old = m.get(spun);
            if (old != null) {
                String[] both = java.util.Arrays.copyOf(old, old.length + add.length);
                System.arraycopy(add, 0, both, old.length, add.length);
                add = both;
            }
            m.put(spun, add);
            int words = 1;
            for (int i = 0; i < spun.length(); i++) {
                if (spun.charAt(i) == ' ') {
                    words++;
                }
            }
            longest = Math.max(longest, words);
        }
        return longest;
    }

    boolean startsPhrase(String lowerWord) {
        return phraseStarts.contains(lowerWord);
    }

    /** Resolves every original's n-gram id once; originals unknown to the model are dropped. */
    Candidates bind(NGrams ngrams) {
        int[] fan = new int[ngrams.size()];
        map.forEach((spun, originals) -> {
            String[] keep = new String[originals.length];
            int[] ids = new int[originals.length];
            boolean[] related = new boolean[originals.length];
            int n = 0;
            for (String o : originals) {
                boolean r = o.charAt(0) == '~';
                String ol = r ? o.substring(1) : o;
                if (!isLower(ol)) {
                    ol = ol.toLowerCase(java.util.Locale.ROOT); // the hand-made table may have capitals
                }
                int id = ngrams.id(ol);
                if (ol.equals(spun) || ol.indexOf(' ') >= 0 || (id < 0 && ol.length() != 1) || contains(keep, n, ol)) {
                    continue;
                }
                keep[n] = ol;
                ids[n] = id;
                related[n] = r;
                if (id >= 0) {
                    fan[id]++;
                }
                n++;
            }
            entries.put(spun, new Entry(java.util.Arrays.copyOf(keep, n), java.util.Arrays.copyOf(ids, n),
                    java.util.Arrays.copyOf(related, n)));
        });
        this.fanOut = fan;
        return this;
    }


    private static boolean isLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(String[] a, int n, String s) {
        for (int i = 0; i < n; i++) {
            if (a[i].equals(s)) {
                return true;
            }
        }
        return false;
    }

    Entry entry(String lowerPhrase) {
        return entries.get(lowerPhrase);
    }

    int longestPhrase() {
        return Math.min(longest, 5);
    }

    /** Forward view for the spinner harness: original → spun forms. */
    Map<String, java.util.List<String>> forward() {
        Map<String, java.util.List<String>> f = new HashMap<>();
        map.forEach((spun, originals) -> {
            for (String o : originals) {
                String ol = (o.startsWith("~") ? o.substring(1) : o).toLowerCase(java.util.Locale.ROOT);
                f.computeIfAbsent(ol, k -> new java.util.ArrayList<>()).add(spun);
            }
        });
        return f;
    }
}
