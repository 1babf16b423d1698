package io.github.unmangle.pass.spin;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.BatchLearner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * First read of a batch for the spin pass: how often each possible spun form occurs across all
 * documents, and how many words they hold. A spinner's dictionary is the same for every article it
 * spins, so a form the whole batch uses far more often than English does, about as often as the
 * spinner's swaps of an original would, is evidence in every document (see {@link SpinPass}).
 */
final class SpinLearner implements BatchLearner {
    private final Candidates candidates;
    private final NGrams ngrams;
    private final Map<String, LongAdder> uses = new ConcurrentHashMap<>();
    private final LongAdder words = new LongAdder();
    private final LongAdder docs = new LongAdder();

    static final double DOMAIN_SLACK = 30;
    private final double swapRate;
    private final double overuseMargin;

    SpinLearner(Candidates candidates, NGrams ngrams, double swapRate, double overuseMargin) {
        this.candidates = candidates;
        this.ngrams = ngrams;
        this.swapRate = swapRate;
        this.overuseMargin = overuseMargin;
        // a batch is real work: the phrase starts' filter spares most of observe's phrase lookups
        // (a quarter of its time), and the pass that follows wants the filters too
        SpinPass.makeFilters(ngrams, candidates);
    }

    @Override
    public void observe(String name, String text) {
        docs.increment();
        List<SpinPass.Tok> toks = Tokens.identified(ngrams, text);
        words.add(toks.size());
        for (int i = 0; i < toks.size(); i++) {
            if (candidates.wordNetEntry(toks.get(i).id()) != null) {
                uses.computeIfAbsent(toks.get(i).lower(), k -> new LongAdder()).increment();
            }
            // the multiword forms starting here, found as the pass finds them
            int reach = SpinPass.phraseReach(candidates, text, toks, i);
            for (int len = 2; len <= reach; len++) {
                String phrase = Tokens.phrase(toks, i, len);
                if (candidates.entry(phrase) != null) {
                    uses.computeIfAbsent(phrase, k -> new LongAdder()).increment();
                }
            }
        }
    }

    /**
     * The (form, original) pairs the batch overuses: for each form seen, the original whose swaps
     * would best explain its count (Poisson ratio, as {@link Rates#overuse}), kept when the
     * ratio reaches the overuse margin.
     */
    @Override
    public BatchKnowledge finish() {
        long n = words.sum();
        Map<String, Double> overused = new java.util.HashMap<>();
        uses.forEach((form, count) -> {
            int k = (int) Math.min(Integer.MAX_VALUE, count.sum());
            Candidates.Entry e = form.indexOf(' ') < 0 ? candidates.wordNetEntry(ngrams.id(form)) : candidates.entry(form);
            if (e == null || k < 2) {
                return;
            }
            // web articles use many words more often than books do ("improving", "visibility"): a
            // batch must use a form far more than the book counts say before its count is evidence
            for (int i = 0; i < e.ids().length; i++) {
                double llr = Rates.overuse(ngrams, form, e.ids()[i], k, n, swapRate, DOMAIN_SLACK);
                if (llr >= overuseMargin) {
                    overused.merge(form + "\n" + e.originals()[i], llr, Math::max);
                }
            }
        });
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("documents", docs.sum());
        summary.put("words", n);
        summary.put("overused-forms", overused.size());
        summary.put("note", "forms the batch uses far more often than English does, as a spinner's swaps of the original would; "
                + "evidence only where a place's own context also prefers the original");
        Map<String, String> top = new LinkedHashMap<>();
        overused.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(20)
                .forEach(x -> top.put(x.getKey().replace('\n', '→'), String.format(java.util.Locale.ROOT, "%.0f", x.getValue())));
        summary.put("most-overused", top);
        return new Knowledge(Map.copyOf(overused), summary);
    }

    /** (form + "\n" + original) → log-likelihood ratio that the batch's uses of the form are a spinner's swaps. */
    record Knowledge(Map<String, Double> overused, Map<String, Object> summary) implements BatchKnowledge {
    }
}
