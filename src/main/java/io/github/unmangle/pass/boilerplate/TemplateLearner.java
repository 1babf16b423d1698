package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.BatchLearner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Learns a site's furniture from the archive itself, as C4 and CCNet do: every short line is
 * normalised (case, digits, spacing) and hashed; a line found in many documents of the batch is
 * template, not article. Only hashes and counts are kept, plus one example per frequent line.
 */
final class TemplateLearner implements BatchLearner {
    /** Lines longer than this are never template candidates (prose differs between articles). */
    static final int MAX_CHARS = 400;

    private final int minDocs;
    private final double minShare;
    private final Map<Long, AtomicInteger> docCounts = new ConcurrentHashMap<>();
    private final Map<Long, String> examples = new ConcurrentHashMap<>();
    private final LongAdder docs = new LongAdder();
    /** Normalised hashes of each document's first line (its title), for injected related headlines. */
    private final Set<Long> titles = ConcurrentHashMap.newKeySet();

    TemplateLearner(int minDocs, double minShare) {
        this.minDocs = minDocs;
        this.minShare = minShare;
    }

    @Override
    public void observe(String name, String text) {
        docs.increment();
        Set<Long> seen = new HashSet<>();
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
                    titles.add(h);
                    first = false;
                }
                if (h != 0 && seen.add(h)) {
                    AtomicInteger c = docCounts.computeIfAbsent(h, k -> new AtomicInteger());
                    if (c.incrementAndGet() == minDocs) {
                        examples.putIfAbsent(h, text.substring(s, e).strip());
                    }
                }
            }
            s = e + 1;
        }
    }

    @Override
    public BatchKnowledge finish() {
        int total = docs.intValue();
        int threshold = Math.max(minDocs, (int) Math.ceil(minShare * total));
        Set<Long> template = new HashSet<>();
        List<Map.Entry<Long, Integer>> frequent = new ArrayList<>();
        for (Map.Entry<Long, AtomicInteger> e : docCounts.entrySet()) {
            int c = e.getValue().get();
            if (c >= threshold) {
                template.add(e.getKey());
                frequent.add(Map.entry(e.getKey(), c));
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
        return new Knowledge(template, Set.copyOf(titles), summary);
    }

    record Knowledge(Set<Long> template, Set<Long> titles, Map<String, Object> summary) implements BatchKnowledge {
        boolean isTemplate(String text, int s, int e) {
            return e - s <= MAX_CHARS && template.contains(normalisedHash(text, s, e));
        }

        /** Whether the line is the first line (title) of some document of the batch. */
        boolean isTitle(String text, int s, int e) {
            return e - s <= MAX_CHARS && titles.contains(normalisedHash(text, s, e));
        }
    }

    /**
     * FNV-1a over the line's letters lowercased, each run of digits as one '0', runs of other characters as
     * one space; 0 for lines with fewer than 8 letters (too short to say anything).
     */
    static long normalisedHash(String t, int s, int e) {
        long h = 0xcbf29ce484222325L;
        int letters = 0;
        boolean gap = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            char k;
            if (Character.isLetter(c)) {
                k = Character.toLowerCase(c);
                letters++;
            } else if (c >= '0' && c <= '9') {
                if (i > s && t.charAt(i - 1) >= '0' && t.charAt(i - 1) <= '9') {
                    continue; // a run of digits counts as one
                }
                k = '0';
            } else {
                gap = true;
                continue;
            }
            if (gap && letters > 1) {
                h = (h ^ ' ') * 0x100000001b3L;
            }
            gap = false;
            h = (h ^ k) * 0x100000001b3L;
        }
        return letters < 8 ? 0 : (h == 0 ? 1 : h);
    }
}
