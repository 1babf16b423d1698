package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.BatchLearner;
import io.github.unmangle.lang.Chars;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.cursors.LongLongCursor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns a site's furniture from the archive itself, as C4 and CCNet do: every short line is
 * normalised (case, digits, spacing) and hashed; a line found in many documents of the batch is
 * template, not article. Only hashes and counts are kept, plus one example per frequent line.
 *
 * <p>Memory stays bounded however many documents come: the counts are kept by lossy counting
 * (Manku and Motwani, 2002) over buckets of {@link #bucketWidth} documents. At the end of each
 * bucket the lines that cannot reach a share of {@code minShare / 20} of the documents so far are
 * forgotten (most lines: article text is seen once). A line is template when its kept count
 * reaches the threshold; a kept count is short of the true one by at most one document in
 * {@code 20 / minShare}, so a line just at the threshold may be missed, never one below it taken.
 * Batches of up to one bucket (1,000 documents at the default share) are counted exactly.
 *
 * <p>A document the batch holds twice or more (its text the same but for spacing: a page saved at two addresses, one
 * README in several packages) is counted once, or its copies would make every line of it template and empty each copy.
 * The hashes of the first {@value #MAX_TEXTS} documents' texts are kept for that (8 bytes each), and of as many
 * documents' titles (their first lines, for headlines of other documents injected into an article).
 */
final class TemplateLearner implements BatchLearner {
    /** Lines longer than this are never template candidates (prose differs between articles). */
    static final int MAX_CHARS = 400;
    /** The counts' error as a part of the template share: buckets of 20 / minShare documents. */
    static final int ERROR_PARTS = 20;

    private final int minDocs;
    private final double minShare;
    private final int bucketWidth;
    /**
     * Line hash → in the low 32 bits the documents holding it since it was last taken in, in the
     * high 32 bits the most it may have been seen before that (the bucket before the one it came in).
     */
    private final LongLongHashMap counts = new LongLongHashMap();
    private final Map<Long, String> examples = new HashMap<>();
    private long docs;
    private int bucket = 1;
    /** Normalised hashes of each document's first line (its title), for injected related headlines. */
    private final LongHashSet titles = new LongHashSet();
    /** Documents whose text is kept in {@link #texts}, at most. */
    static final int MAX_TEXTS = 1 << 20;
    /** Hashes of the documents' texts ({@link #textHash}): a copy of one is not counted again. */
    private final LongHashSet texts = new LongHashSet();
    /** Documents not counted: copies of one counted before. */
    private long copies;
    /** Documents not counted: manual pages ({@link ManualPage}). */
    private long manualPages;

    TemplateLearner(int minDocs, double minShare) {
        this.minDocs = minDocs;
        this.minShare = minShare;
        this.bucketWidth = minShare <= 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, Math.ceil(ERROR_PARTS / minShare));
    }

    /** Lines counted at the moment (for tests and the benchmark: it stays bounded). */
    synchronized int tracked() {
        return counts.size();
    }

    @Override
    public void observe(String name, String text) {
        if (ManualPage.header(text) >= 0) {
            // a manual page is no site's page, and the pass leaves it whole: its headings ("DESCRIPTION", "OPTIONS"), which
            // every manual page of the batch shares, are no template for the batch's other documents
            synchronized (this) {
                manualPages++;
            }
            return;
        }
        // hashed outside the lock: workers read their documents in parallel
        LongHashSet seen = new LongHashSet();
        LongArrayList lines = new LongArrayList(); // hash, then start << 32 | end
        long title = 0;
        int n = text.length();
        int s = 0;
        boolean first = true;
        while (s <= n) {
            int e = text.indexOf('\n', s);
            if (e < 0) {
                e = n;
            }
            if (e - s <= MAX_CHARS) {
                long h = normalisedHash(text, s, e);
                if (first && h != 0) {
                    title = h;
                    first = false;
                }
                if (h != 0 && seen.add(h)) {
                    lines.add(h, (long) s << 32 | e);
                }
            }
            s = e + 1;
        }
        long whole = textHash(text);
        synchronized (this) {
            if (texts.contains(whole)) {
                copies++;
                return;
            }
            if (texts.size() < MAX_TEXTS) {
                texts.add(whole);
            }
            docs++;
            if (title != 0 && titles.size() < MAX_TEXTS) {
                titles.add(title);
            }
            for (int k = 0; k < lines.size(); k += 2) {
                long h = lines.get(k);
                int c = (int) counts.putOrAdd(h, (long) (bucket - 1) << 32 | 1, 1);
                if (c == minDocs) {
                    long at = lines.get(k + 1);
                    examples.putIfAbsent(h, text.substring((int) (at >>> 32), (int) at).strip());
                }
            }
            if (docs % bucketWidth == 0) {
                int b = bucket;
                counts.removeAll((h, v) -> (int) v + (int) (v >>> 32) <= b);
                examples.keySet().removeIf(h -> !counts.containsKey(h));
                bucket++;
            }
        }
    }

    @Override
    public synchronized BatchKnowledge finish() {
        long total = docs;
        int threshold = (int) Math.max(minDocs, Math.ceil(minShare * total));
        Set<Long> template = new HashSet<>();
        List<Map.Entry<Long, Integer>> frequent = new ArrayList<>();
        for (LongLongCursor e : counts) {
            int c = (int) e.value;
            if (c >= threshold) {
                template.add(e.key);
                frequent.add(Map.entry(e.key, c));
            }
        }
        frequent.sort((a, b) -> b.getValue() - a.getValue());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("documents", total);
        summary.put("min-documents", threshold);
        summary.put("template-lines", template.size());
        Map<String, Integer> top = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(20, frequent.size()); i++) {
            String ex = examples.get(frequent.get(i).getKey());
            top.put(ex == null ? "?" : ex, frequent.get(i).getValue());
        }
        summary.put("most-repeated", top);
        summary.put("titles", titles.size());
        summary.put("copies-not-counted", copies);
        summary.put("manual-pages-not-counted", manualPages);
        return new Knowledge(template, titles.clone(), summary);
    }

    record Knowledge(Set<Long> template, LongHashSet titles, Map<String, Object> summary) implements BatchKnowledge {
        boolean isTemplate(String text, int s, int e) {
            return e - s <= MAX_CHARS && template.contains(normalisedHash(text, s, e));
        }

        /** Whether the line is the first line (title) of some document of the batch. */
        boolean isTitle(String text, int s, int e) {
            return e - s <= MAX_CHARS && titles.contains(normalisedHash(text, s, e));
        }
    }

    /** Words a line has, at least, to be a sentence whose digits count as they are ({@link #normalisedHash}). */
    static final int SENTENCE_WORDS = 6;

    /**
     * FNV-1a over the line's letters lowercased, each run of digits as one '0', runs of other characters as
     * one space; 0 for lines with fewer than 8 letters (too short to say anything). In a sentence (
     * {@value #SENTENCE_WORDS} words or more, numbers not counted, sentence punctuation last) the digits count as they
     * are: an archive's daily reports repeat sentences whose numbers are the news ("The index closed up 0.5% at 7,512
     * points.": six words), while furniture that differs in its numbers ("© 2024 Example Media", "Page 2 of 10", "Posted
     * on March 3, 2025 by admin") is short or no sentence.
     */
    static long normalisedHash(String t, int s, int e) {
        // (one walk: both hashes, the digits' and the normalised one, while the words are counted; the exact one only for
        // a line that ends as a sentence, which the end says cheaply)
        boolean ends = endsAsSentence(t, s, e);
        long h = 0xcbf29ce484222325L;
        long exact = h;
        int letters = 0;
        int words = 0;
        boolean gap = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            char k;
            if (Chars.isLetter(c)) {
                k = Chars.toLowerCase(c);
                words += i == s || !Chars.isLetter(t.charAt(i - 1)) ? 1 : 0;
                letters++;
            } else if (c >= '0' && c <= '9') {
                boolean run = i > s && t.charAt(i - 1) >= '0' && t.charAt(i - 1) <= '9';
                if (ends) {
                    exact = mix(exact, gap && letters > 1, c);
                }
                if (!run) {
                    h = mix(h, gap && letters > 1, '0'); // a run of digits counts as one
                }
                gap = false;
                continue;
            } else {
                gap = true;
                continue;
            }
            boolean space = gap && letters > 1;
            h = mix(h, space, k);
            if (ends) {
                exact = mix(exact, space, k);
            }
            gap = false;
        }
        long out = ends && words >= SENTENCE_WORDS ? exact : h;
        return letters < 8 ? 0 : (out == 0 ? 1 : out);
    }

    /** FNV-1a over a text's characters but whitespace: two copies of a document are one text however they are spaced. */
    static long textHash(String t) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if (!Chars.isWhitespace(c)) {
                h = (h ^ c) * 0x100000001b3L;
            }
        }
        return h;
    }

    /** FNV-1a of one character, after a space for the run of other characters before it ({@code space}). */
    private static long mix(long h, boolean space, char k) {
        if (space) {
            h = (h ^ ' ') * 0x100000001b3L;
        }
        return (h ^ k) * 0x100000001b3L;
    }

    /** Whether the line ends with sentence punctuation (closing quotes and brackets aside). */
    private static boolean endsAsSentence(String t, int s, int e) {
        int end = e;
        while (end > s && (Character.isWhitespace(t.charAt(end - 1)) || "\"'”’)]»".indexOf(t.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > s && ".!?".indexOf(t.charAt(end - 1)) >= 0;
    }
}
