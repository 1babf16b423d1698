package io.github.unmangle.pass.spin;

import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassResult;
import io.github.unmangle.lang.BoostedTrees;
import io.github.unmangle.lang.Stopwords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.github.unmangle.pass.spin.Grammar.beenAhead;
import static io.github.unmangle.pass.spin.Grammar.haveBeen;
import static io.github.unmangle.pass.spin.Grammar.numbered;
import static io.github.unmangle.pass.spin.Grammar.openingPhrase;
import static io.github.unmangle.pass.spin.Grammar.strandedThan;
import static io.github.unmangle.pass.spin.Grammar.without;
import static io.github.unmangle.pass.spin.Grammar.withoutConjunctions;
import static io.github.unmangle.pass.spin.IdCounts.apartFrom;
import static io.github.unmangle.pass.spin.IdCounts.elsewhere;
import static io.github.unmangle.pass.spin.IdCounts.otherContexts;
import static io.github.unmangle.pass.spin.Odds.odds;
import static io.github.unmangle.pass.spin.Odds.oneDecimal;
import static io.github.unmangle.pass.spin.Rates.FUNCTION_RATE_LOW;
import static io.github.unmangle.pass.spin.Rates.GATE_PRIOR_WORDS;
import static io.github.unmangle.pass.spin.Rates.RATE_TOLERANCE;
import static io.github.unmangle.pass.spin.Rates.SCORE_UNSPUN;
import static io.github.unmangle.pass.spin.Rates.documentRate;
import static io.github.unmangle.pass.spin.Rates.gateShare;
import static io.github.unmangle.pass.spin.Rates.overuse;
import static io.github.unmangle.pass.spin.Rates.withPrior;
import static io.github.unmangle.pass.spin.Spintax.outside;
import static io.github.unmangle.pass.spin.Spintax.spintax;
import static io.github.unmangle.pass.spin.Spintax.templateEnd;
import static io.github.unmangle.pass.spin.Tokens.adjacent;
import static io.github.unmangle.pass.spin.Tokens.allCaps;
import static io.github.unmangle.pass.spin.Tokens.capitalCopied;
import static io.github.unmangle.pass.spin.Tokens.capitalised;
import static io.github.unmangle.pass.spin.Tokens.cased;
import static io.github.unmangle.pass.spin.Tokens.eligible;
import static io.github.unmangle.pass.spin.Tokens.gluedToInitial;
import static io.github.unmangle.pass.spin.Tokens.hasDigit;
import static io.github.unmangle.pass.spin.Tokens.hasUpper;
import static io.github.unmangle.pass.spin.Tokens.hyphen;
import static io.github.unmangle.pass.spin.Tokens.hyphenated;
import static io.github.unmangle.pass.spin.Tokens.identified;
import static io.github.unmangle.pass.spin.Tokens.lower;
import static io.github.unmangle.pass.spin.Tokens.inName;
import static io.github.unmangle.pass.spin.Tokens.phrase;
import static io.github.unmangle.pass.spin.Tokens.plainWords;
import static io.github.unmangle.pass.spin.Tokens.tokens;
import static io.github.unmangle.pass.spin.Tokens.wordEnd;

/**
 * Restores words an article spinner replaced with WordNet "synonyms". Every word and phrase of
 * up to five words that is a possible spun form is weighed against each word it may have
 * replaced, by how well each fits between its neighbours (bigram counts of real English). A
 * replacement is made only when the context clearly prefers the original: on at least one side
 * the original's pair is well attested while the spun pair never occurs, the other side does not
 * object, and the whole is far more likely. A spun form restored with confidence somewhere in
 * the document is restored elsewhere in it on weaker evidence (spinners repeat their swaps).
 * Words judged odd but not restored are counted in {@code spin-score}.
 */
final class SpinPass implements Pass {
    static final String NAME = "spin";

    private final Candidates candidates;
    private final NGrams ngrams;
    private final double margin;
    private final double strongMargin;
    private final int minAttested;
    private final double swapRate;
    /** The prior rate of a swap of a function word (a stop word): {@link #swapRate} unless the text's own differs. */
    private final double functionRate;
    /** {@link #swapPrior}'s tables, by fan-out: of any word, and of a function word. */
    private final double[] priors;
    private final double[] functionPriors;
    private final int fanOutCap;
    private final double docGate;
    /** The let-go test at {@code docGate}, {@link #LET_GO_GATE} at least; null (none) under twice an unspun text's share. */
    private final LetGo letGo;
    private final double choiceMargin;
    private final double cacheWeight;
    private final double overuseMargin;
    /** Whether the thesaurus's originals are weighed beside WordNet's (Candidates#entry(int, boolean)). */
    private final boolean thesaurus;
    /** The part-of-speech model (null: not asked), and the log-odds by which its fit is evidence (option pos-margin). */
    private final PosModel pos;
    private final double posMargin;
    /** What a first read of the batch found, or null. */
    private final SpinLearner.Knowledge batch;
    /** A batch's evidence counts for at most this much at one place. */
    static final double BATCH_CAP = 10;

    private final int startId;
    /** The n-gram id of the pronoun "i". */
    private final int iId;

    /** log-odds weight of a grammatical certainty (a form of "have" before "been"). */
    static final double GRAMMAR_BONUS = 12;
    /**
     * A text is let go before its end (its places no longer weighed: they would only be counted, and most archives are
     * mostly original text) once its first words read as clearly unspun: a sequential test (Wald's) of its odd places'
     * share (WordNet's and the thesaurus's, as the score counts them) between the gate's (the lightest spinner's text
     * restored) and an unspun text's, which lets a clean start go after 184 words, one odd place in 245, two in 307,
     * three in 368, four in 429 (the fixed rule before it: 400 words, then under 1% odd). {@code bench/ab.sh} over 200
     * unspun article texts: 1.16 times the speed of that rule (median of rounds 1.14); SpinEval's spun articles
     * unchanged edit for edit, a lighter spinner's (--rate 0.045) recall 0.223 and AUC 0.986 (0.987), a Moby spinner's
     * pages above 0.03 37 and 187 of 400 at rates 0.15 and 0.3 (35 and 179; AUC 0.922 and 0.981, from 0.930 and 0.978),
     * the unspun articles' median score 0.0067 (0.0080: read on fewer words). Counting WordNet's places alone (as the gate
     * does) was 1.28 times the speed, but read other spinners' texts for less (179 -> 171 pages above 0.03, AUC 0.978 ->
     * 0.964); a threshold of -3 was 1.29 times the speed and lost a lighter spinner's (AUC 0.970). It asks this
     * log-likelihood ratio, at most, of the unspun reading ...
     */
    static final double LET_GO_LLR = -4.2;
    /**
     * ... and a text this long, at least (as before the test: a shorter one is read to its end, its score the whole
     * text's, and an odd word near its end flagged; 400 was no faster on the 200 texts, 1.12).
     */
    static final int LET_GO_MIN_WORDS = 800;

    /**
     * The let-go test weighs a text's start against a spinner at this share of the words, at least (at a lower gate
     * too; {@code --spin.doc-gate 0} lets nothing go, as before): at the 2% gate itself a clean start was read for 332 words,
     * not 184, and original text went at 0.66 times the speed (bench/ab.sh, 200 articles); held at 3% (the gate before),
     * 0.94 (within this machine's noise), and of the lower gate's recall gains on a light spinner's texts (SpinEval --rate
     * 0.045) 0.436 of 0.461 are kept, on a content-only one's (first sense, 15%) 0.175 of 0.201.
     */
    static final double LET_GO_GATE = 0.03;

    /**
     * The let-go test at one gate, its two log-likelihood terms computed once: per odd place and per other word, of the
     * places' share being the gate's against an unspun text's ({@link Rates#SCORE_UNSPUN}); a text reads as clearly unspun
     * where their sum is at most {@link #LET_GO_LLR}.
     */
    record LetGo(double perOdd, double perOther) {
        /**
         * The test at {@code gate}, or null (no text is let go) for a gate under twice an unspun text's share, as
         * {@code --spin.doc-gate 0} is: restorations wherever the evidence is, so every word is weighed. A gate over
         * half is tested as half (a share of 1 has no log-likelihood).
         */
        static LetGo at(double gate) {
            if (gate < 2 * SCORE_UNSPUN) {
                return null;
            }
            double spun = Math.min(0.5, gate);
            return new LetGo(Math.log(spun / SCORE_UNSPUN), Math.log((1 - spun) / (1 - SCORE_UNSPUN)));
        }

        /** Whether a text whose first {@code read} words held {@code odd} odd places (WordNet's and the thesaurus's) reads as clearly unspun. */
        boolean clearlyUnspun(int odd, int read) {
            return odd * perOdd + (read - odd) * perOther <= LET_GO_LLR;
        }
    }

    /** The decision model of the places left unsure ({@link #learned}), or null: none. */
    private final java.util.function.Supplier<BoostedTrees> decision;
    /** ... and of those of another spinner's text ({@link #learnedOther}), or null: none. */
    private final java.util.function.Supplier<BoostedTrees> otherDecision;

    /** log-odds cost of an original reached only through a hypernym or hyponym: spinners use those less. */
    static final double RELATED_PRIOR = Math.log(0.2);
    /** ... and through a general thesaurus only (Moby: what other spinners and paper mills draw on). */
    static final double THESAURUS_PRIOR = Math.log(0.2);

    SpinPass(Candidates candidates, NGrams ngrams, double margin, double strongMargin, int minAttested, double swapRate, int fanOutCap, double docGate, double choiceMargin, double cacheWeight, double overuseMargin,
             boolean thesaurus, PosModel pos, double posMargin, SpinLearner.Knowledge batch, java.util.function.Supplier<BoostedTrees> decision,
             java.util.function.Supplier<BoostedTrees> otherDecision) {
        this(candidates, ngrams, margin, strongMargin, minAttested, swapRate, swapRate, fanOutCap, docGate, choiceMargin, cacheWeight, overuseMargin, thesaurus, pos, posMargin, batch,
                decision, otherDecision);
    }

    private SpinPass(Candidates candidates, NGrams ngrams, double margin, double strongMargin, int minAttested, double swapRate, double functionRate, int fanOutCap,
                     double docGate, double choiceMargin, double cacheWeight, double overuseMargin, boolean thesaurus, PosModel pos, double posMargin,
                     SpinLearner.Knowledge batch, java.util.function.Supplier<BoostedTrees> decision, java.util.function.Supplier<BoostedTrees> otherDecision) {
        this.batch = batch;
        this.decision = decision;
        this.otherDecision = otherDecision;
        this.pos = pos;
        this.posMargin = posMargin;
        this.thesaurus = thesaurus;
        this.overuseMargin = overuseMargin;
        this.cacheWeight = cacheWeight;
        this.logUncached = Math.log1p(-cacheWeight);
        this.docGate = docGate;
        this.letGo = docGate < 2 * SCORE_UNSPUN ? null : LetGo.at(Math.max(docGate, LET_GO_GATE));
        this.choiceMargin = choiceMargin;
        this.startId = ngrams.id(NGrams.START);
        this.iId = ngrams.id("i");
        this.fanOutCap = fanOutCap;
        this.candidates = candidates;
        this.ngrams = ngrams;
        this.margin = margin;
        this.strongMargin = strongMargin;
        this.minAttested = minAttested;
        this.swapRate = swapRate;
        this.functionRate = functionRate;
        this.priors = priorTable(swapRate);
        this.functionPriors = functionRate == swapRate ? priors : priorTable(functionRate);
    }

    /**
     * The prior log-odds that a spinner wrote a form for {@code original}, one of its {@code fan} forms, rather than the
     * writer: log(rate / min(fan-out-cap, fan)) - log(1 - rate), the rate {@link #rateOf}'s. Read from tables made with
     * the pass for fan-outs up to {@value #PRIOR_TABLE} (two logarithms for each original weighed were 3% of the pass's
     * time on spun text).
     */
    private double swapPrior(String original, int fan) {
        boolean function = functionRate != swapRate && Stopwords.contains(original);
        int m = Math.min(fanOutCap, fan);
        double[] table = function ? functionPriors : priors;
        return m < table.length ? table[m] : logPrior(function ? functionRate : swapRate, m);
    }

    /** Fan-outs whose prior {@link #swapPrior} reads from a table, below this. */
    static final int PRIOR_TABLE = 256;

    private static double logPrior(double rate, int m) {
        return Math.log(rate / m) - Math.log(1 - rate);
    }

    private static double[] priorTable(double rate) {
        double[] t = new double[PRIOR_TABLE];
        for (int m = 0; m < t.length; m++) {
            t[m] = logPrior(rate, m);
        }
        return t;
    }

    /** The prior rate of a swap of {@code original}: a function word's (a stop word as spelled: the pronoun "I" counts with the others), or any other word's. */
    private double rateOf(String original) {
        return functionRate == swapRate || !Stopwords.contains(original) ? swapRate : functionRate;
    }

    /** A word token of the text. */
    record Tok(int start, int end, String lower, boolean sentenceStart, int id) {
    }

    /** A decision at one place: replace tokens [i, i+len) by {@code original}. */
    record Choice(int i, int len, int from, int to, String spun, String original, double delta, boolean confident, boolean clear,
                          String second, double secondDelta, boolean thesaurus, boolean secondThesaurus, double grammar) {
        // (grammar: where the parts of speech were the evidence, their log-odds (PosWindow#odds); else NaN)
        Choice(int i, int len, int from, int to, String spun, String original, double delta, boolean confident, boolean clear) {
            this(i, len, from, to, spun, original, delta, confident, clear, null, Double.NEGATIVE_INFINITY, false, false, Double.NaN);
        }

        /** The same place, left alone but counted: the form may be spun, the original is not clear. */
        Choice unclear() {
            return new Choice(i, len, from, to, spun, original, delta, false, false, second, secondDelta, thesaurus, secondThesaurus, Double.NaN);
        }

        /** The same place read as the next best original. */
        Choice runnerUp() {
            return new Choice(i, len, from, to, spun, second, secondDelta, false, false, null, Double.NEGATIVE_INFINITY, secondThesaurus, false, Double.NaN);
        }
    }

    /** One reading of a text: the places weighed, the swaps made with confidence, how far it was read. */
    private record Round(List<Choice> choices, int placed, Map<String, String> confidentSwaps, int judged, int odd, int oddWordNet, int oddFunction, boolean formCertain, IdCounts docCounts) {
        // (placed: the choices made place by place, before those of the confident swaps' other places)
    }

    /** A restoration to make: text [from, to) becomes {@code out}. */
    private record Restoration(int from, int to, String out, String rule, String why) {
    }

    /** The rule of a general thesaurus's restorations (made only in another spinner's text). */
    static final String THESAURUS_RULE = "spun-thesaurus";

    /** Words on each side of a restoration weighed again once it is made (the trigram context's reach). */
    static final int REACH = 2;

    /** Text the pass has weighed (in all instances) before its lookup filters are made. */
    static final long FILTERS_AFTER = 256 * 1024;
    private static final java.util.concurrent.atomic.AtomicLong WEIGHED = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The lookup filters (counted pairs and bigrams 10–20 ms, two-word phrase starts 20–70 ms of work) and the
     * bigrams' index (BigramIndex, 55–105 ms) are made on a background thread once the pass has
     * real work: a run over one small file would only pay for them (the filters, built beside the
     * loading, on two cores, slowed it by 60–80 ms). Until they are made, every lookup is answered
     * without them, alike.
     */
    private void warmUp(int chars) {
        if (WEIGHED.get() < FILTERS_AFTER && WEIGHED.addAndGet(chars) >= FILTERS_AFTER) {
            makeFilters(ngrams, candidates);
        }
    }

    /** Makes the lookup filters and the bigrams' index on a background thread, once (see {@link #warmUp}). */
    static void makeFilters(NGrams ngrams, Candidates candidates) {
        io.github.unmangle.core.Preload.once("spin-filters", () -> {
            ngrams.awaitTrigrams();
            ngrams.indexBigrams();
            candidates.indexTwoWords();
        });
    }

    /**
     * The words a thread's documents used, lowercase, with their n-gram ids ({@link DocWords}), kept from one document to
     * the next: most of a document's words were in the documents before it, and each first lookup in the model's word
     * index of 146k words missed the cache twice. async-profiler (itimer) over SpinEval's original articles, --mb 30:
     * tokenising 25% of the pass's time before, 17% after (the word index's lookups 18% and 3.5%); its dumps of every edit,
     * flag and metric byte-identical. Started afresh past {@value #WORD_CACHE_WORDS} words: boilerplate-dev's first 984 gold texts
     * bring that many, held in 5.7 MB of heap at that size (a one-off probe, after a GC).
     */
    private final ThreadLocal<DocWords> wordCache = ThreadLocal.withInitial(this::newWords);
    static final int WORD_CACHE_WORDS = 50_000;

    private DocWords newWords() {
        return new DocWords(ngrams);
    }

    @Override
    public PassResult apply(PassInput input) {
        String t = input.text();
        warmUp(t.length());
        PassResult.Builder b = PassResult.builder(NAME, t);
        DocWords words = wordCache.get();
        if (words.size() > WORD_CACHE_WORDS) {
            words = newWords();
            wordCache.set(words);
        }
        List<int[]> templates = spintax(t);
        List<Tok> toks = outside(identified(t, words), templates);
        Round first = weigh(t, toks, null);
        // decide every place first, then look at the document as a whole: a spinner replaces about
        // one word in ten, so a text where few words read as swaps is an original, and its odd
        // words are rare usages the bigram counts don't know, not swaps
        // the share of odd words, each place on its own evidence (not the type-level counts, which
        // would make a text look spun because of its own repeated words), with SCORE_PRIOR_WORDS words
        // of an unspun text's share counted in (a short text's few odd words are no evidence)
        double score = withPrior(first.odd(), first.judged());
        // the gate and the rate are read on WordNet's odd places only: a thesaurus's are reported (and restored only in another spinner's text)
        double gateScore = first.judged() == 0 ? 0 : (double) first.oddWordNet() / first.judged();
        // the gate counts more prior words than the score: a short text's few odd words are no evidence of a spinner, and
        // a long text's share is read closely enough for a lower gate (GATE_PRIOR_WORDS)
        double gateShare = gateShare(first.oddWordNet(), first.judged());
        // (a text that shows a form no writer writes, "isn’thymine", is a spinner's however few of its words read as swaps: a
        // WordNet spinner that swaps content words within their part of speech swaps 4% of the words, under the gate; SpinEval
        // with such a spinner's texts, bench/spin-other.sh, this and the let-go's exception together: 6,137 -> 6,710 restored,
        // 271 -> 302 wrong, unspun texts unchanged)
        // ... unless most of its odd places have no WordNet original: another spinner's text, drawn from a general
        // thesaurus, which passes the gate on the places where that thesaurus and WordNet agree; its WordNet restorations
        // would guess among that thesaurus's synonyms (anotherThesaurus), and it is read as another spinner's text
        boolean spunText = (gateShare >= docGate || first.formCertain()) && !anotherThesaurus(first);
        SpinPass self = this;
        if (spunText) {
            // spinners differ in how busy they are: the prior odds of a swap are this text's own, as
            // its score tells them, where they are far from the assumed rate (the gate stays as read)
            double rate = documentRate(gateScore);
            rate = Math.abs(Math.log(rate / swapRate)) > RATE_TOLERANCE ? rate : swapRate;
            // ... and a function word's lower, where the text's function words show fewer swaps: spinners differ in which
            // words they swap (many swap content words only, leaving "it", "with", "and" alone, and a writer's "information
            // technology" or "alongside" is then no swap)
            double functionWordRate = rate;
            int function = 0;
            for (int k = 0; k < first.judged(); k++) {
                function += Stopwords.contains(toks.get(k).lower()) ? 1 : 0;
            }
            if (function >= CLASS_MIN_WORDS && first.judged() - function >= CLASS_MIN_WORDS) {
                double own = documentRate((double) first.oddFunction() / function, FUNCTION_RATE_LOW);
                functionWordRate = Math.log(rate / own) > RATE_TOLERANCE ? own : rate;
            }
            if (rate != swapRate || functionWordRate != rate) {
                self = withSwapRate(rate, functionWordRate);
                // (a function word's rate alone lowered: only the places it could change are weighed again)
                first = rate == swapRate ? self.weighAgain(t, toks, first) : self.weigh(t, toks, null);
            }
        }
        return self.finish(b, t, words, templates, toks, first, score, gateShare, spunText);
    }

    /**
     * Why a function word is not restored in a text whose function words read as unswapped. In SpinEval's spun
     * articles (400 each, 2026-12-04), such restorations were all wrong with bench/spinners.py's content-word spinners
     * (first sense 8, every sense 10: "information technology" → "it", "exclusively" → "only") and none was made with
     * the pass's own spinner, a lighter or a busier one.
     */
    static final String FUNCTION_WORDS_UNSWAPPED = "; left alone: the text's function words read as barely swapped (a spinner of content"
            + " words leaves them), so a function word is not put back";

    /**
     * Under this share of a text's odd places WordNet's (the others' likeliest original is a general thesaurus's), the text
     * reads as another spinner's, who drew on another thesaurus, even where its WordNet places alone pass the gate. In
     * SpinEval's spun articles (400 each; the texts that pass the gate), a WordNet spinner's have 0.75 or more but for
     * three short ones (under {@link #OTHER_SPINNER_MIN_ODD} odd places): its own spinner (at least 0.89), a lighter one
     * (`--rate 0.045`), bench/spinners.py's first-sense and every-sense ones at 15%; a Moby spinner's have less, 49 of 50
     * at 30% of its words and 8 of 10 at 15%, and there the WordNet restorations were about half wrong (spun-word 40 right
     * and 47 wrong, 2026-12-04), where the thesaurus's, made in another spinner's text, are 96% right.
     */
    static final double OTHER_SPINNER_SHARE = 0.75;

    /** The least odd places for {@link #OTHER_SPINNER_SHARE} to be read: a few are no evidence of which thesaurus. */
    static final int OTHER_SPINNER_MIN_ODD = 10;

    /**
     * Whether a text's odd places are too seldom WordNet's for a WordNet spinner's ({@link #OTHER_SPINNER_SHARE}), and
     * no form in it is one only a WordNet spinner writes ({@link #FORM_CERTAIN}).
     */
    private static boolean anotherThesaurus(Round first) {
        return !first.formCertain() && first.odd() >= OTHER_SPINNER_MIN_ODD && first.oddWordNet() < OTHER_SPINNER_SHARE * first.odd();
    }

    /**
     * Function words (stop words) and the others are counted apart for a function word's rate when each kind has this
     * many words in the part of the text read. SpinEval's spun articles (400; function words' odd share 0.061–0.093 from
     * the 5th to the 95th percentile with its spinner, 0–0.008 with bench/spinners.py's content-only ones, as unspun
     * articles' 0–0.008), before and after the lower function-word rate: its own spinner 38,187 / 1,000 right / wrong
     * edits and 38,184 / 999, a lighter one (--rate 0.045) 4,943 / 219 and 4,920 / 218; content-only WordNet spinners
     * (--forward pos.tsv at 0.15 and 0.3, first-sense.tsv at 0.15 and 0.3): 10,015 / 381 → 10,044 / 315,
     * 22,945 / 694 → 23,046 / 591, 2,156 / 139 → 2,161 / 123, 14,286 / 452 → 14,241 / 383.
     */
    static final int CLASS_MIN_WORDS = 100;

    /** This pass with other prior rates of swaps: of function words, and of the others. */
    private SpinPass withSwapRate(double rate, double functionRate) {
        return new SpinPass(candidates, ngrams, margin, strongMargin, minAttested, rate, functionRate, fanOutCap, docGate, choiceMargin, cacheWeight, overuseMargin, thesaurus, pos, posMargin, batch,
                decision, otherDecision);
    }

    private PassResult finish(PassResult.Builder b, String t, DocWords words, List<int[]> templates, List<Tok> toks, Round first, double score,
                              double gateShare, boolean spunText) {
        Map<String, Double> overused = overused(first.choices(), toks.size(), first.docCounts());
        List<Choice> restore = new ArrayList<>();
        List<Choice> unsure = new ArrayList<>();
        Map<String, Pooled> pooled = pooled(first.choices(), first.confidentSwaps());
        // the odd places are said where the text reads as spun: where restorations are made, or where the score
        // passes the gate with a thesaurus's swaps counted: another spinner's text, where (and only where) a thesaurus's
        // swaps are restored; in a WordNet spinner's text they are not (there, every one the harness restored was wrong)
        boolean readsSpun = spunText || gateShare(first.odd(), first.judged()) >= docGate;
        decide(first.choices(), first.confidentSwaps(), pooled, overused, !spunText && readsSpun, restore, unsure);
        List<Restoration> made = restorations(t, toks, restore, first.confidentSwaps(), pooled);
        Map<String, String> swaps = new HashMap<>(first.confidentSwaps());
        for (int round = 2, fresh = made.size(); spunText && fresh > 0 && round <= ROUNDS; round++) {
            List<Restoration> more = nextRound(t, made, made.size() - fresh, swaps, pooled, overused, words);
            made.addAll(more);
            fresh = more.size();
        }
        if (spunText && swaps.size() > first.confidentSwaps().size()) {
            // a swap made clear only in a later round (once the words beside it were restored) is the text's dictionary
            // too: the first round's unsure places of its form that lean to it are decided again
            unsure = decideAgain(t, toks, made, unsure, swaps, pooled, overused);
        }
        if (spunText) {
            made.addAll(pairs(t, toks, first.choices(), made, swaps, pooled));
        }
        Map<Choice, Double> learned = spunText ? learned(t, toks, first, unsure, made, score, gateShare)
                : readsSpun ? learnedOther(t, toks, first, unsure, made, score, gateShare) : Map.of();
        if (!learned.isEmpty()) {
            made.addAll(restorations(t, toks, new ArrayList<>(learned.keySet()), first.confidentSwaps(), pooled, learned, !spunText));
        }
        String held = spunText || made.isEmpty() ? "" : gateShare >= docGate && anotherThesaurus(first) ? String.format(Locale.ROOT,
                "; left alone: %d of the document's %d odd words have no WordNet original (a general thesaurus gives them one): another"
                        + " spinner's text, whose swaps WordNet's originals only guess at (a WordNet spinner's text has %.0f%% or more)",
                first.odd() - first.oddWordNet(), first.odd(), 100 * OTHER_SPINNER_SHARE)
                : String.format(Locale.ROOT, // (formatted only for a flag that says it)
                "; left alone: only %.1f%% of the document's words read as swaps, %.0f words of an unspun text counted in (a spun text has about %.0f%%, --spin.doc-gate %.3f)",
                100 * gateShare, GATE_PRIOR_WORDS, 100 * swapRate, docGate);
        java.util.BitSet restored = new java.util.BitSet();
        // a spun text whose function words read as barely swapped (the rate in force for them at its floor, FUNCTION_RATE_LOW:
        // their own, a spinner of content words', or the whole text's) gets no function word back: a writer's "information
        // technology" or "exclusively" stays
        boolean functionWordsUnswapped = spunText && functionRate <= FUNCTION_RATE_LOW;
        int functionHeld = 0;
        for (Restoration r : made) {
            restored.set(r.from(), r.to());
            if (functionWordsUnswapped && Stopwords.contains(r.out().toLowerCase(Locale.ROOT))) {
                functionHeld++;
                b.flag(r.from(), r.to(), "spun-held", r.why() + FUNCTION_WORDS_UNSWAPPED);
            } else if (spunText || r.rule().equals(THESAURUS_RULE) || r.rule().equals(OTHER_LEARNED_RULE)) {
                b.replace(r.from(), r.to(), r.out(), r.rule(), r.why());
            } else {
                b.flag(r.from(), r.to(), "spun-held", r.why() + held);
            }
        }
        int suspicious = 0;
        for (Choice c : unsure) {
            if (restored.get(c.from(), c.to()).isEmpty()) {
                suspicious++;
                if (readsSpun) {
                    // when unsure, leave the text alone and say so
                    b.flag(c.from(), c.to(), "spun-unsure", unsureWhy(t.substring(c.from(), c.to()), c));
                }
            }
        }
        for (int[] g : templates) {
            resolve(b, t, g);
        }
        return b.metric("spin-score", score).metric("spin-restored", spunText ? made.size() - functionHeld : 0).metric("spin-suspicious", suspicious)
                .metric("spin-templates", templates.size())
                .metric("spin-words-weighed", first.judged()).build();
    }

    /** Receives each place {@link #learned} weighs, its best original and {@link #unsureFeatures} (a harness's: the model's training rows). */
    static volatile java.util.function.BiConsumer<String, double[]> unsureSink;

    /** What {@link #unsureFeatures} gives of a place: its offsets, then the decision model's features (data/spin/decide.py). */
    static final String[] UNSURE_FEATURES = {"from", "to", "delta", "second_delta", "gap", "clear", "len", "spun_stop", "orig_stop", "log_spun_count", "log_orig_count", "form_places", "form_unsure", "form_same_best",
        "orig_in_text", "rate", "function_rate", "gate_share", "score", "spun_chars", "capitalised", "spun_in_lm", "orig_fan",
        "odd_share", "wordnet_odd_share", "judged", "best_related", "log_best_fan", "second_alike", "restored_share", "orig_restored",
        "spun_left", "spun_right", "orig_left", "orig_right", "pos_odds", "second_pos_odds"};

    /** How many places of the text's first reading hold each form, and of its unsure places each form and each form with its best original. */
    private record FormCounts(Map<String, Integer> places, Map<String, Integer> unsure, Map<String, Integer> unsureBest, Map<String, Integer> restoredTo,
                              int restorations) {
        static FormCounts of(Round first, List<Choice> unsure, List<Restoration> made) {
            Map<String, Integer> restoredTo = new HashMap<>();
            for (Restoration r : made) {
                restoredTo.merge(r.out().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            Map<String, Integer> places = new HashMap<>();
            for (Choice o : first.choices()) {
                places.merge(o.spun(), 1, Integer::sum);
            }
            Map<String, Integer> forms = new HashMap<>();
            Map<String, Integer> best = new HashMap<>();
            for (Choice o : unsure) {
                forms.merge(o.spun(), 1, Integer::sum);
                best.merge(o.spun() + '\u0000' + o.original(), 1, Integer::sum);
            }
            return new FormCounts(places, forms, best, restoredTo, made.size());
        }
    }

    /** How English knows the pair of {@code a} and {@code b}: -1 no word there, 0 never seen, 1 seen, 2 attested (as a restoration's evidence). */
    private double pairSeen(int a, int b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        NGrams.Pair p = ngrams.pair(a, b);
        return p.unseen() ? 0 : p.attested(minAttested) ? 2 : 1;
    }

    /** The place's offsets (from, to), then its features for the decision model, in {@link #UNSURE_FEATURES}' order. */
    private double[] unsureFeatures(String t, List<Tok> toks, Choice c, Round first, FormCounts forms, double score, double gateShare) {
        int formPlaces = forms.places().getOrDefault(c.spun(), 0);
        int formUnsure = forms.unsure().getOrDefault(c.spun(), 0);
        int formSameBest = forms.unsureBest().getOrDefault(c.spun() + '\u0000' + c.original(), 0);
        int spunId = ngrams.id(c.spun());
        int origId = ngrams.id(c.original());
        Candidates.Entry e = spunId >= 0 ? candidates.entry(spunId, false) : null;
        // the best original's relation and fan-out, where the form's entry names it (one-word forms)
        double related = -1;
        double bestFan = 0;
        if (e != null) {
            for (int k = 0; k < e.originals().length; k++) {
                if (e.originals()[k].equals(c.original()) && e.ids()[k] >= 0) {
                    related = e.kinds()[k] == Candidates.HYPERNYM ? 1 : 0;
                    bestFan = Math.log1p(candidates.fanOut(e.kinds()[k], e.ids()[k]));
                    break;
                }
            }
        }
        String second = c.second() == null ? "" : c.second();
        int common = 0;
        while (common < Math.min(second.length(), c.original().length()) && second.charAt(common) == c.original().charAt(common)) {
            common++;
        }
        double alike = second.isEmpty() ? -1 : common >= 4 || spelling(second).equals(spelling(c.original())) ? 1 : 0;
        // the word pairs on each side, the spun form's (its first and last words) and the original's (one word; else none)
        Tok firstTok = toks.get(c.i());
        Tok lastTok = toks.get(c.i() + c.len() - 1);
        int left = c.i() == 0 || firstTok.sentenceStart() ? -1 : toks.get(c.i() - 1).id();
        int right = c.i() + c.len() < toks.size() && !toks.get(c.i() + c.len()).sentenceStart() ? toks.get(c.i() + c.len()).id() : -1;
        boolean oneWord = c.original().indexOf(' ') < 0;
        // the parts of speech around the place: how much better the original (and the runner-up) fit than the spun form
        int secondId = second.isEmpty() || second.indexOf(' ') >= 0 ? -1 : ngrams.id(second);
        PosWindow window = pos != null && (oneWord && origId >= 0 || secondId >= 0) ? new PosWindow(t, toks, c.i(), c.len()) : null;
        double posOdds = window != null && oneWord && origId >= 0 ? window.odds(origId) : -99;
        double secondPosOdds = window != null && secondId >= 0 ? window.odds(secondId) : -99;
        return new double[] {c.from(), c.to(), c.delta(), Math.max(-30, c.secondDelta()), Math.min(30, c.delta() - c.secondDelta()), c.clear() ? 1 : 0, c.len(),
            Stopwords.contains(c.spun()) ? 1 : 0, Stopwords.contains(c.original()) ? 1 : 0, Math.log1p(ngrams.count(spunId)),
            Math.log1p(ngrams.count(origId)), formPlaces, formUnsure, formSameBest, origId >= 0 ? first.docCounts().get(origId) : 0,
            swapRate, functionRate, gateShare, score, c.to() - c.from(), Character.isUpperCase(t.charAt(c.from())) ? 1 : 0,
            ngrams.inLm(spunId) ? 1 : 0, e == null ? 0 : e.ids().length, (double) first.odd() / Math.max(1, first.judged()),
            (double) first.oddWordNet() / Math.max(1, first.odd()), first.judged(), related, bestFan, alike,
            (double) forms.restorations() / Math.max(1, first.judged()), forms.restoredTo().getOrDefault(c.original().toLowerCase(Locale.ROOT), 0),
            pairSeen(left, firstTok.id()), pairSeen(lastTok.id(), right), oneWord ? pairSeen(left, origId) : -1, oneWord ? pairSeen(origId, right) : -1,
            posOdds, secondPosOdds};
    }

    /** Whether the place's spun form is one word and its original the same word spelt otherwise ({@link #spelling}). */
    private static boolean sameWord(Choice c) {
        return c.spun().indexOf(' ') < 0 && !c.spun().equals(c.original()) && spelling(c.spun()).equals(spelling(c.original().toLowerCase(Locale.ROOT)));
    }

    /** The rule of the decision model's restorations ({@link #learned}). */
    static final String LEARNED_RULE = "spun-learned";

    /** The least share of a text's odd places that are WordNet's (not a general thesaurus's) for {@link #learned} to weigh it. */
    static final double DECISION_WORDNET_SHARE = 0.9;

    /**
     * The decision model's answer on the places left unsure: on WordNet's side of a spun text (where at least
     * {@link #DECISION_WORDNET_SHARE} of its odd places are WordNet's, not a general thesaurus's: another spinner's text, a
     * Moby spinner's, has about half, and the model, learned from WordNet spinners' texts, restored mostly wrong words
     * there), each unsure place of a WordNet original that no restoration covers is weighed by what the pass knows of it
     * ({@link #UNSURE_FEATURES}); those whose chance of being right is over the model's threshold are restored, with it.
     * Not a form that is its original spelt otherwise ("e-mail", "colour"): which spelling a writer uses is the text's to
     * say (the spelling rule reads it there), and the model, asked, turned a writer's "e-mail" into "email".
     */
    private Map<Choice, Double> learned(String t, List<Tok> toks, Round first, List<Choice> unsure, List<Restoration> made, double score, double gateShare) {
        java.util.function.BiConsumer<String, double[]> sink = unsureSink;
        if (sink == null && decision == null || unsure.isEmpty()) {
            return Map.of();
        }
        if (first.oddWordNet() < DECISION_WORDNET_SHARE * first.odd()) {
            return Map.of();
        }
        return weighUnsure(t, toks, first, unsure, made, score, gateShare, sink, decision, false);
    }

    /**
     * The unsure places no restoration covers, not a spelling ({@link #sameWord}), and with {@code withThesaurus} a
     * thesaurus's too (then their features end with whether the original is the thesaurus's), each given to {@code sink}
     * (if any) and weighed by {@code model} (if any): those it restores ({@link #chosen}).
     */
    private Map<Choice, Double> weighUnsure(String t, List<Tok> toks, Round first, List<Choice> unsure, List<Restoration> made, double score, double gateShare,
                                            java.util.function.BiConsumer<String, double[]> sink, java.util.function.Supplier<BoostedTrees> model,
                                            boolean withThesaurus) {
        java.util.BitSet restored = new java.util.BitSet();
        for (Restoration r : made) {
            restored.set(r.from(), r.to());
        }
        List<Choice> places = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        FormCounts forms = FormCounts.of(first, unsure, made);
        for (Choice c : unsure) {
            if (c.thesaurus() && !withThesaurus || !restored.get(c.from(), c.to()).isEmpty() || sameWord(c)) {
                continue;
            }
            double[] f = unsureFeatures(t, toks, c, first, forms, score, gateShare);
            if (withThesaurus) {
                f = java.util.Arrays.copyOf(f, f.length + 1);
                f[f.length - 1] = c.thesaurus() ? 1 : 0;
            }
            if (sink != null) {
                sink.accept(c.original(), f);
            }
            float[] x = new float[f.length - 2];
            for (int k = 0; k < x.length; k++) {
                x[k] = (float) f[k + 2];
            }
            places.add(c);
            rows.add(x);
        }
        return model == null ? Map.of() : chosen(model.get(), places, rows, restored);
    }

    /** Receives each place {@link #learnedOther} weighs, its best original and its features (a harness's: that model's training rows). */
    static volatile java.util.function.BiConsumer<String, double[]> otherSink;

    /** The rule of the other spinners' decision model's restorations ({@link #learnedOther}). */
    static final String OTHER_LEARNED_RULE = "spun-learned-other";

    /**
     * In another spinner's text (one that reads as spun only with a general thesaurus's odd places counted, a Moby
     * spinner's: the document gate holds WordNet's restorations there, and a thesaurus's are restored only when sure), the
     * places left unsure, WordNet's and the thesaurus's, are weighed by a second decision model, learned from such texts:
     * {@link #UNSURE_FEATURES} and whether the original is the thesaurus's. Restored over its threshold, with its chance.
     */
    private Map<Choice, Double> learnedOther(String t, List<Tok> toks, Round first, List<Choice> unsure, List<Restoration> made, double score, double gateShare) {
        java.util.function.BiConsumer<String, double[]> sink = otherSink;
        if (sink == null && otherDecision == null || unsure.isEmpty()) {
            return Map.of();
        }
        return weighUnsure(t, toks, first, unsure, made, score, gateShare, sink, otherDecision, true);
    }

    /** The places whose chance by {@code model} is over its threshold, with it; one a place (an overlapping one is passed over). */
    private static Map<Choice, Double> chosen(BoostedTrees model, List<Choice> places, List<float[]> rows, java.util.BitSet restored) {
        Map<Choice, Double> out = new java.util.LinkedHashMap<>();
        if (places.isEmpty()) {
            return out;
        }
        double[] chance = model.chance(rows.toArray(new float[0][]));
        for (int k = 0; k < chance.length; k++) {
            Choice c = places.get(k);
            if (chance[k] > model.limit && restored.get(c.from(), c.to()).isEmpty()) {
                out.put(c, chance[k]);
                restored.set(c.from(), c.to());
            }
        }
        return out;
    }

    /**
     * A template is resolved to the option its context prefers: the language model's score of the
     * option's words with the word before and after the template (the first option where they tie);
     * a template inside an option is resolved first, with the words beside it in the option.
     */
    private void resolve(PassResult.Builder b, String t, int[] g) {
        String template = t.substring(g[0], g[1]);
        String best = resolved(template, neighbour(t, g[0], -1), neighbour(t, g[1], +1));
        b.replace(g[0], g[1], best, "spintax", "an article spinner's template left in the text (\"" + template
                + "\"): the option its context prefers, \"" + best + "\"");
    }

    /** The best option of {@code template} ("{…|…}") between the words with ids {@code left} and {@code right} (-1: none). */
    private String resolved(String template, int left, int right) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int depth = 0;
        int from = 1;
        for (int i = 1; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if ((c == '|' || c == '}') && depth == 0) {
                String option = expanded(template.substring(from, i).strip());
                double score = 0;
                int prev = left;
                for (Tok k : tokens(option)) {
                    int id = ngrams.id(k.lower());
                    score += prev < 0 && id < 0 ? 0 : ngrams.logScore(prev, id);
                    prev = id;
                }
                score += right < 0 ? 0 : ngrams.logScore(prev, right);
                if (best == null || score > bestScore) {
                    best = option;
                    bestScore = score;
                }
                from = i + 1;
            }
        }
        return best;
    }

    /** {@code option} with each template inside it resolved, with the words beside it in the option. */
    private String expanded(String option) {
        String s = option;
        for (int open = s.indexOf('{'); open >= 0; open = s.indexOf('{')) {
            int end = templateEnd(s, open);
            String inner = resolved(s.substring(open, end), neighbour(s, open, -1), neighbour(s, end, +1));
            s = s.substring(0, open) + inner + s.substring(end);
        }
        return s;
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** The n-gram id of the word (as {@link Tokens#wordEnd} reads one) right before ({@code dir} -1) or after (+1) position {@code at}, across one space; -1 if none. */
    private int neighbour(String t, int at, int dir) {
        int i = dir < 0 ? at - 1 : at;
        if (i < 0 || i >= t.length() || t.charAt(i) != ' ') {
            return -1;
        }
        int s;
        int e;
        if (dir < 0) {
            e = i;
            s = e;
            while (s > 0 && (Character.isLetterOrDigit(t.charAt(s - 1)) || (s > 1 && apostrophe(t.charAt(s - 1)) && Character.isLetterOrDigit(t.charAt(s - 2))))) {
                s--;
            }
            while (s < e && apostrophe(t.charAt(s))) {
                s++;
            }
        } else {
            s = i + 1;
            e = s < t.length() && Character.isLetterOrDigit(t.charAt(s)) ? wordEnd(t, s) : s;
        }
        return s == e ? -1 : ngrams.id(lower(t, s, e));
    }

    /**
     * Weighs every place of the text ({@code near} null), or only the places near restorations
     * already made (tokens with {@code near} set; places touching a changed token are not weighed).
     */
    private Round weigh(String t, List<Tok> toks, byte[] near) {
        int n = toks.size();
        // the document's own word counts: a cache language model (Kuhn & De Mori) — a word the
        // text keeps using is its topic, not a swap, however rare it is in general English
        IdCounts docCounts = new IdCounts(n);
        for (int k = 0; k < n; k++) {
            Tok tok = toks.get(k);
            docCounts.add(tok.id(), k == 0 || tok.sentenceStart() ? startId : toks.get(k - 1).id());
        }
        Tally tally = new Tally();
        int i = 0;
        int judged = n;
        LetGo letGo = near == null && n >= LET_GO_MIN_WORDS ? this.letGo : null;
        while (i < n) {
            if (letGo != null && judged == n && !tally.formCertain && letGo.clearlyUnspun(tally.odd, i)) {
                // a text whose first part reads as clearly unspun: the rest is not weighed (it would
                // only be counted; most archives are mostly original text), and the score is the first part's;
                // not a text that showed a form no writer writes ("isn’thymine"): a spinner's, however light
                judged = i;
                break;
            }
            Choice best = near != null && near[i] != NEAR ? null : bestAt(t, toks, i, docCounts);
            if (best != null && near != null && touchesChanged(near, best)) {
                best = null;
            }
            if (best != null) {
                tally.add(best);
                i += best.len();
            } else {
                i++;
            }
        }
        return tally.round(t, toks, near == null, judged, docCounts);
    }

    /** The choices of a reading as they are made, and what a round counts of them. */
    private final class Tally {
        final List<Choice> choices = new ArrayList<>();
        final Map<String, String> confidentSwaps = new HashMap<>();
        int odd;
        int oddWordNet; // (odd places whose best original is WordNet's: the gate's count)
        int oddFunction; // (... and a function word)
        boolean formCertain; // (a place whose form alone says it is spun: FORM_CERTAIN)

        void add(Choice c) {
            formCertain |= c.delta() == FORM_CERTAIN;
            if (c.confident() || c.delta() > 0) {
                odd++;
                oddWordNet += c.thesaurus() ? 0 : 1;
                oddFunction += !c.thesaurus() && Stopwords.contains(c.original()) ? 1 : 0;
            }
            choices.add(c);
            if (c.confident()) {
                confidentSwaps.put(c.spun(), c.original());
            }
        }

        /** The round of these choices, with the places of its confident swaps' forms that it did not weigh ({@code sameSwaps} true). */
        Round round(String t, List<Tok> toks, boolean sameSwaps, int judged, IdCounts docCounts) {
            int placed = choices.size();
            if (!confidentSwaps.isEmpty() && sameSwaps) {
                choices.addAll(sameSwaps(t, toks, judged, choices, confidentSwaps, docCounts));
            }
            return new Round(choices, placed, confidentSwaps, judged, odd, oddWordNet, oddFunction, formCertain, docCounts);
        }
    }

    /**
     * {@code round} read again with this pass's rates, where only a function word's is lower than the rates it was read
     * with: a place whose best or next original is a function word is weighed again (the others keep their choice: a
     * lower prior of an original that ranked neither first nor second changes neither); the whole text again where a
     * place's reading changes its length.
     */
    private Round weighAgain(String t, List<Tok> toks, Round round) {
        Tally tally = new Tally();
        for (Choice c : round.choices().subList(0, round.placed())) {
            if (Stopwords.contains(c.original()) || (c.second() != null && Stopwords.contains(c.second()))) {
                Choice again = bestAt(t, toks, c.i(), round.docCounts());
                if (again == null || again.len() != c.len()) {
                    return weigh(t, toks, null);
                }
                c = again;
            }
            tally.add(c);
        }
        return tally.round(t, toks, true, round.judged(), round.docCounts());
    }

    /** {@code near} marks: a token changed by a restoration, and one within {@link #REACH} of it. */
    private static final byte CHANGED = 2;
    private static final byte NEAR = 1;

    private static boolean touchesChanged(byte[] near, Choice c) {
        for (int k = c.i(); k < c.i() + c.len(); k++) {
            if (near[k] == CHANGED) {
                return true;
            }
        }
        return false;
    }

    /**
     * The count of a swap (the text's or the batch's) restores a place only where its own context
     * argues against the original by less than this (odds of e^2): "bring it along with you" in a
     * text whose spinner wrote "along" for "on" everywhere is the writer's ("on with you": context
     * alone 6× less likely). The places below it were 63–75% right edits on the harness, far under
     * the pass's precision.
     */
    static final double OVERUSE_FLOOR = -2;

    /**
     * Whether a place not confident on its own is restored on the count of its swap: its original
     * is clear of the next, its own log-odds {@code delta} are above {@link #OVERUSE_FLOOR}, and
     * with the count's log-likelihood ratio ({@code countRatio}, the text's or the batch's) they reach the margin.
     */
    static boolean restoredByCount(boolean clear, double delta, double countRatio, double margin) {
        return clear && delta > OVERUSE_FLOOR && delta + countRatio >= margin;
    }

    /**
     * Which places to restore: those decided with confidence, and the repeats of a swap (the same
     * form made clear elsewhere, or used far more often than English does), and a general thesaurus's confident places,
     * and the other places of a thesaurus's swap made with confidence that lean to the same original, where
     * {@code thesaurusRestores} (another spinner's text). Adds them to {@code restore}, and the other places that
     * read as odd to {@code unsure}.
     */
    private void decide(List<Choice> choices, Map<String, String> confidentSwaps, Map<String, Pooled> pooled, Map<String, Double> overused,
                        boolean thesaurusRestores, List<Choice> restore, List<Choice> unsure) {
        for (Choice c : choices) {
            if (c.thesaurus()) {
                // a general thesaurus's synonym: restored only in another spinner's text ({@code thesaurusRestores}) and when sure
                if (thesaurusRestores && c.confident() && c.clear()) {
                    restore.add(c);
                } else if (thesaurusRestores && c.delta() > 0 && c.original().equals(confidentSwaps.get(c.spun()))) {
                    // the same swap made with confidence elsewhere in this text: a spinner's dictionary is one per text
                    restore.add(c);
                } else if (c.delta() > 0) {
                    unsure.add(c);
                }
                continue;
            }
            // a type-level ratio adds to each place's own: the count is evidence about every use of the form
            String key = c.spun() + "\n" + c.original();
            // across the batch (a spinner uses one dictionary for every article) only where this
            // place's own context leans the same way: web phrases ("table of contents") are common
            // in a batch of pages and rare in books, and must not be "restored" on that count alone
            double batchRatio = batch == null || c.delta() <= 0 ? Double.NEGATIVE_INFINITY
                    : Math.min(BATCH_CAP, batch.overused().getOrDefault(key, Double.NEGATIVE_INFINITY));
            boolean repeat = !c.confident() && ((c.delta() > 0 && c.original().equals(confidentSwaps.get(c.spun())))
                    || restoredByCount(c.clear(), c.delta(), Math.max(batchRatio, overused.getOrDefault(key, Double.NEGATIVE_INFINITY)), margin));
            if (c.confident() || repeat) {
                restore.add(c);
            } else if (!c.clear() && c.secondDelta() > 0 && !c.secondThesaurus() && c.second().equals(confidentSwaps.get(c.spun()))) {
                // two originals fit about as well, and the text's own dictionary names the second
                restore.add(c.runnerUp());
            } else if (!c.clear() && c.delta() > 0 && pooled.containsKey(c.spun()) && c.original().equals(pooled.get(c.spun()).original())) {
                // two originals fit about as well here, and the form's places taken together prefer the first
                restore.add(c);
            } else if (c.delta() > 0) {
                unsure.add(c);
            }
        }
    }

    /** The original a spun form's places prefer taken together ({@link #pooled}): its summed log-odds and its lead over the next. */
    record Pooled(String original, double odds, double lead) {
    }

    /**
     * The text's dictionary read from all the places of a form, none of them clear on its own: a spinner writes the
     * same form for the same word throughout a text, so where each place of a form is unclear between two originals
     * ("american state": "or" or "in"?) but all of them rank the same one first, their log-odds summed over the places
     * decide, when that sum reaches the odds a place needs without a word pair's evidence (e^strong-margin) and beats
     * the sum of their second-best odds (the most any other original can sum) by the choice margin. Forms with a confident swap elsewhere are decided by it, not here; a form met once is not pooled. Less
     * sure than a place's own evidence (SpinEval: 89% of these edits right, 81% with the busy spinner's 19.5%; of the
     * wrong ones 6 in 103 change a word the spinner left, the others name another original), so it has its own rule,
     * {@code spun-pooled}.
     */
    private Map<String, Pooled> pooled(List<Choice> choices, Map<String, String> confidentSwaps) {
        Map<String, List<Choice>> byForm = new HashMap<>();
        for (Choice c : choices) {
            if (!c.thesaurus() && !c.clear() && c.delta() > 0 && c.second() != null && !confidentSwaps.containsKey(c.spun())) {
                byForm.computeIfAbsent(c.spun(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Pooled> out = new HashMap<>();
        for (Map.Entry<String, List<Choice>> e : byForm.entrySet()) {
            List<Choice> places = e.getValue();
            String first = places.get(0).original();
            // (places that rank another original first are not pooled: 78% right edits on the harness's busy spinner, against 81%)
            if (places.size() < 2 || !places.stream().allMatch(c -> c.original().equals(first))) {
                continue;
            }
            // every place ranks it first, so any other original sums at most the places' second-best odds
            double odds = 0;
            double next = 0;
            for (Choice c : places) {
                odds += c.delta();
                next += c.secondDelta();
            }
            if (odds >= strongMargin && odds - next >= choiceMargin) {
                out.put(e.getKey(), new Pooled(first, odds, odds - next));
            }
        }
        return out;
    }

    /** Why an odd word was left alone. */
    private String unsureWhy(String spunForm, Choice c) {
        String odds = odds(c.delta());
        if (c.thesaurus()) {
            return "\"" + spunForm + "\" may be another spinner's synonym for \"" + c.original() + "\" (" + odds
                    + ", by a general thesaurus); left alone: a thesaurus's synonym is restored only in a text that reads as another spinner's (not WordNet's)"
                    + (c.confident() && c.clear() ? "" : ", and with odds of e^" + oneDecimal(margin + THESAURUS_EXTRA)
                    + " and a word pair that rules the spun form out, or e^" + oneDecimal(strongMargin + THESAURUS_EXTRA));
        }
        if (!c.clear() && c.second() != null) {
            return "\"" + spunForm + "\" may be a spinner's synonym for \"" + c.original() + "\" or \"" + c.second() + "\" (" + odds
                    + ", the other nearly so); left alone: which one is not clear";
        }
        // (no String.format: its first use costs a spun text's first document 20 ms)
        return "\"" + spunForm + "\" may be a spinner's synonym for \"" + c.original() + "\" (" + odds
                + "); left alone: the evidence is short of what a restoration needs (odds e^" + oneDecimal(margin)
                + " with a word pair that rules the spun form out, or e^" + oneDecimal(strongMargin) + " without)";
    }

    /** The restorations of the chosen places, cased like the text, each with its rule and reason. */
    private List<Restoration> restorations(String t, List<Tok> toks, List<Choice> restore, Map<String, String> confidentSwaps, Map<String, Pooled> pooled) {
        return restorations(t, toks, restore, confidentSwaps, pooled, Map.of(), false);
    }

    /**
     * As above; the places of {@code learned} are a decision model's, with its chance: {@link #learned}'s, or with
     * {@code otherModel} {@link #learnedOther}'s.
     */
    private List<Restoration> restorations(String t, List<Tok> toks, List<Choice> restore, Map<String, String> confidentSwaps, Map<String, Pooled> pooled,
                                           Map<Choice, Double> learned, boolean otherModel) {
        List<Restoration> out = new ArrayList<>();
        for (Choice c : restore) {
            boolean repeat = !c.confident();
            Tok first = toks.get(c.i());
            String spunForm = t.substring(c.from(), c.to());
            boolean inName = capitalised(t, toks, c.i() - 1) || capitalised(t, toks, c.i() + c.len());
            boolean cap = Character.isUpperCase(spunForm.charAt(0));
            String o = cased(c.original(), spunForm, first.sentenceStart(), inName, cap && candidates.isAcronym(c.original()));
            if (o.equals(spunForm)) {
                continue;
            }
            boolean sameSwap = repeat && c.original().equals(confidentSwaps.get(c.spun()));
            Pooled p = repeat && !sameSwap && !c.clear() ? pooled.get(c.spun()) : null;
            boolean byPlaces = p != null && p.original().equals(c.original());
            Double chance = learned.get(c);
            String why = chance != null ? "\"" + spunForm + "\" reads as a" + (c.thesaurus() ? "nother spinner's synonym (a general thesaurus's)" : " spinner's synonym")
                    + " for \"" + o + "\" here (" + odds(c.delta())
                    + (c.clear() || c.second() == null ? "; short of the odds a restoration needs alone" : "; \"" + c.second() + "\" would fit nearly as well")
                    + ", but the decision model learned from " + (otherModel ? "other spinners' texts" : "spun articles") + " gives the restoration a "
                    + oneDecimal(100 * chance) + "% chance of being right, over its " + oneDecimal(100 * (otherModel ? otherDecision : decision).get().limit) + "%)"
                    : "\"" + spunForm + "\" reads as a" + (c.thesaurus() ? "nother spinner's synonym (a general thesaurus's)" : " spinner's synonym") + " for \"" + o + "\" here ("
                    + odds(c.delta()) + (!repeat ? ")" : sameSwap ? (c.clear() ? "; " : "; another word would fit nearly as well, but ") + "the same swap was clear elsewhere in the text)"
                    : byPlaces ? "; another word would fit nearly as well, but the text's places of \"" + c.spun() + "\" together read as \"" + c.original()
                            + "\": " + odds(p.odds()) + " in all, e^" + oneDecimal(p.lead()) + " ahead of the next)"
                    : "; the text uses it far more often than English does, as often as a spinner's swaps of \"" + c.original() + "\" would)");
            if (!repeat && !Double.isNaN(c.grammar())) {
                why = why.substring(0, why.length() - 1) + "; no word pair rules it out, but parts of speech do: the words around it fit \"" + o
                        + "\" e^" + oneDecimal(c.grammar()) + " better, by a tagger's tag trigrams)";
            } else if (pos != null && c.delta() != FORM_CERTAIN && Stopwords.contains(c.original())) {
                why = why.substring(0, why.length() - 1) + "; a function word's odds count the parts of speech around it)";
            }
            if (sameWord(c)) {
                why = why.substring(0, why.length() - 1) + "; another spelling of the same word)";
            }
            String compound = compoundReason(t, c.from(), c.to(), o);
            if (!compound.isEmpty()) {
                why = why.substring(0, why.length() - 1) + compound + ")";
            }
            if (!hasUpper(t, c.from(), c.to()) && candidates.isName(c.spun(), -1)) {
                why = why.substring(0, why.length() - 1) + "; a name written in lowercase: spinners copy the case of the word they replace)";
            } else if (capitalCopied(t, toks, c.i(), c.len())) {
                why = why.substring(0, why.length() - 1) + "; only its first word capitalised inside a sentence: spinners copy the case of the word they replace)";
            }
            out.add(new Restoration(c.from(), c.to(), o, chance != null ? (otherModel ? OTHER_LEARNED_RULE : LEARNED_RULE) : c.thesaurus() ? THESAURUS_RULE : sameSwap ? "spun-repeat" : byPlaces ? "spun-pooled" : repeat ? "spun-overused"
                    : c.len() > 1 ? "spun-phrase" : "spun-word", why));
        }
        return out;
    }

    /** Originals of each word of a pair weighed together ({@link #pairs}), at most: the likeliest by their own side's context. */
    static final int PAIR_ORIGINALS = 8;

    /**
     * Two swaps side by side ("control rake lolly and" for "blood sugar"): each word, weighed with its spun
     * neighbour, reads as no swap or an unclear one, as neither original fits the other's spun form ("blood lolly",
     * "rake sugar"; this rule's first example, "is non needfully large", is now restored word by word, the parts of
     * speech saying "non" is no word English writes before "needfully"). The pairs of adjacent words the first round weighed and left are weighed together: every reading of the
     * two words (each as it stands or as one of its {@value #PAIR_ORIGINALS} likeliest originals), by the word before,
     * the pair itself and the word after, with each swap's prior. Both words are restored when the reading that swaps both
     * beats the words as they stand by the odds a restoration needs (e^margin where the original pair is attested and
     * the spun one never seen, else e^strong-margin) and every other reading by the choice margin. Only pairs where one
     * word reads as odd and English never writes the two together are weighed (weighing every pair of neighbouring places
     * restored 16 more words for 7.1–7.6% of the pass's time on spun text; weighed so, the rule takes 2.1–3.9%: two
     * profiles each, bench/profile.sh SpinEval.speed … --mb 10 --speed spun). SpinEval, 400 articles, right / wrong
     * edits before and after: its spinner 38,955 / 1,018 -> 39,027 / 1,022 (this rule 72 / 4), a light one (--rate 0.045)
     * 9,910 / 430 -> 9,920 / 430, a busy one (0.195) 50,459 / 1,226 -> 50,574 / 1,233; content-only WordNet spinners
     * (bench/spinners.py, 15%): first sense 6,710 / 302 -> 6,727 / 303, every sense of the part of speech 11,524 / 364 ->
     * 11,580 / 366. The pairs' other readings are too close where a writer's word stands beside a swap ("haunt client"
     * read as "frequent customer"): with e^3 over a reading of one swap instead of e^4.5, 123 / 15. Seed 001's "volunteered
     * to exist role of" reads as "be part of" at e^4.5, but only e^3.2 ahead of "be role of": left.
     */
    private List<Restoration> pairs(String t, List<Tok> toks, List<Choice> choices, List<Restoration> made, Map<String, String> swaps,
                                    Map<String, Pooled> pooled) {
        java.util.BitSet done = new java.util.BitSet();
        for (Restoration r : made) {
            done.set(r.from(), r.to());
        }
        Map<Integer, Choice> byToken = new HashMap<>();
        for (Choice c : choices) {
            if (c.len() == 1 && !c.thesaurus()) {
                byToken.putIfAbsent(c.i(), c);
            }
        }
        List<Restoration> out = new ArrayList<>();
        for (Choice c1 : choices) {
            Choice c2 = c1.len() == 1 && !c1.thesaurus() ? byToken.get(c1.i() + 1) : null;
            if (c2 == null || c1.confident() || c2.confident() || c2.from() != c1.to() + 1 || t.charAt(c1.to()) != ' '
                    || !done.get(c1.from(), c2.to()).isEmpty()) {
                continue;
            }
            Tok w1 = toks.get(c1.i());
            Tok w2 = toks.get(c2.i());
            if (w2.sentenceStart() || w1.id() < 0 || w2.id() < 0 || !c1.spun().equals(w1.lower()) || !c2.spun().equals(w2.lower())) {
                continue;
            }
            // (weighed where one of the words reads as odd and English never writes the two together: most pairs of
            // neighbouring places are neither, and weighing every reading of every pair cost far more, as said above)
            if (c1.delta() <= 0 && c2.delta() <= 0 || !ngrams.pair(w1.id(), w2.id(), false).unseen()) {
                continue;
            }
            Candidates.Entry e1 = candidates.entry(w1.id(), false);
            Candidates.Entry e2 = candidates.entry(w2.id(), false);
            if (e1 == null || e2 == null) {
                continue;
            }
            int left = c1.i() == 0 || w1.sentenceStart() ? startId : toks.get(c1.i() - 1).id();
            int rightIdx = c2.i() + 1;
            int right = rightIdx < toks.size() && toks.get(rightIdx).start() == w2.end() + 1 && t.charAt(w2.end()) == ' '
                    && !toks.get(rightIdx).sentenceStart() ? toks.get(rightIdx).id() : -1;
            Side side1 = side(e1, w1.id(), left, -1);
            Side side2 = side(e2, w2.id(), -1, right);
            if (side1.size() < 2 || side2.size() < 2) {
                continue;
            }
            // every reading by the bigrams (reading 0 of a side is the word as it stands), the best few then by the trigrams
            int n2 = side2.size();
            int configs = side1.size() * n2;
            double[] bi = new double[configs];
            for (int a = 0; a < side1.size(); a++) {
                for (int b = 0; b < n2; b++) {
                    bi[a * n2 + b] = side1.own()[a] + side2.own()[b] + ngrams.logScore(side1.id(a), side2.id(b));
                }
            }
            Integer[] order = new Integer[configs];
            for (int k = 0; k < configs; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(order, (x, y) -> Double.compare(bi[y], bi[x]));
            int top = order[0];
            if (top / n2 == 0 || top % n2 == 0) {
                continue; // (the bigrams read a word as it stands: no pair of swaps)
            }
            int left2 = left < 0 || left == startId || c1.i() < 2 || toks.get(c1.i() - 1).sentenceStart() ? -1 : toks.get(c1.i() - 2).id();
            int right2 = right >= 0 && rightIdx + 1 < toks.size() && toks.get(rightIdx + 1).start() == toks.get(rightIdx).end() + 1
                    && t.charAt(toks.get(rightIdx).end()) == ' ' && !toks.get(rightIdx + 1).sentenceStart() ? toks.get(rightIdx + 1).id() : -1;
            // the best reading, each of its swaps alone, and the next three: their log-odds against the words as they stand
            int[] rescored = {top, (top / n2) * n2, top % n2, order[1], configs > 2 ? order[2] : order[1], configs > 3 ? order[3] : order[1]};
            double asIs = window(left2, left, w1.id(), w2.id(), right, right2);
            double[] sc = new double[rescored.length];
            int bestK = 0;
            for (int k = 0; k < rescored.length; k++) {
                int a = rescored[k] / n2;
                int b = rescored[k] % n2;
                sc[k] = window(left2, left, side1.id(a), side2.id(b), right, right2) + side1.prior()[a] + side2.prior()[b] - asIs;
                bestK = sc[k] > sc[bestK] ? k : bestK;
            }
            int bestA = rescored[bestK] / n2;
            int bestB = rescored[bestK] % n2;
            double best = sc[bestK];
            if (best <= 0 || bestA == 0 || bestB == 0) {
                continue;
            }
            // the next best reading: the words as they stand, one swap alone (is the other spun?), other originals (which?)
            double next = 0;
            for (int k = 0; k < rescored.length; k++) {
                if (rescored[k] != rescored[bestK]) {
                    next = Math.max(next, sc[k]);
                }
            }
            boolean evidence = ngrams.pair(side1.id(bestA), side2.id(bestB)).attested(minAttested);
            if (!(best >= strongMargin || evidence && best >= margin) || best - next < choiceMargin) {
                continue;
            }
            String o1 = e1.originals()[side1.readings()[bestA]];
            String o2 = e2.originals()[side2.readings()[bestB]];
            String why = " (two swaps side by side, weighed together: \"" + t.substring(c1.from(), c2.to()) + "\" reads as \"" + o1 + " " + o2
                    + "\", " + odds(best) + " than the words as they stand and e^" + oneDecimal(best - next) + " ahead of any other reading)";
            List<Choice> two = List.of(new Choice(c1.i(), 1, c1.from(), c1.to(), c1.spun(), o1, best, true, true),
                    new Choice(c2.i(), 1, c2.from(), c2.to(), c2.spun(), o2, best, true, true));
            for (Restoration r : restorations(t, toks, two, swaps, pooled)) {
                out.add(new Restoration(r.from(), r.to(), r.out(), PAIR_RULE, r.why().substring(0, r.why().indexOf(" here (") + 5) + why));
            }
            done.set(c1.from(), c2.to());
        }
        return out;
    }

    /** The rule of {@link #pairs}' restorations. */
    static final String PAIR_RULE = "spun-pair";

    /**
     * One side of a pair weighed together: its readings (-1 the word as it stands, then the indexes in its entry of the
     * {@value #PAIR_ORIGINALS} likeliest WordNet originals, by {@code own}), each reading's prior log-odds of a swap (0 for
     * the word itself) and its own side's score: the word before ({@code left}) or after ({@code right}) with it, prior
     * included.
     */
    private record Side(Candidates.Entry entry, int spun, int[] readings, double[] prior, double[] own) {
        int size() {
            return readings.length;
        }

        /** The n-gram id of reading r. */
        int id(int r) {
            return readings[r] < 0 ? spun : entry.ids()[readings[r]];
        }
    }

    private Side side(Candidates.Entry e, int spun, int left, int right) {
        int n = e.ids().length;
        int[] fans = candidates.fanOuts(e.kinds(), e.ids());
        double[] prior = new double[n];
        double[] own = new double[n];
        Integer[] ks = new Integer[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (e.ids()[k] >= 0 && e.kinds()[k] != Candidates.THESAURUS) {
                prior[k] = swapPrior(e.originals()[k], fans[k]) + (e.kinds()[k] == Candidates.HYPERNYM ? RELATED_PRIOR : 0);
                own[k] = sideScore(left, e.ids()[k], right) + prior[k];
                ks[m++] = k;
            }
        }
        Integer[] likeliest = java.util.Arrays.copyOf(ks, m);
        java.util.Arrays.sort(likeliest, (a, b) -> Double.compare(own[b], own[a]));
        int size = Math.min(m, PAIR_ORIGINALS) + 1;
        int[] readings = new int[size];
        double[] priors = new double[size];
        double[] owns = new double[size];
        readings[0] = -1;
        owns[0] = sideScore(left, spun, right);
        for (int r = 1; r < size; r++) {
            readings[r] = likeliest[r - 1];
            priors[r] = prior[readings[r]];
            owns[r] = own[readings[r]];
        }
        return new Side(e, spun, readings, priors, owns);
    }

    /** The bigram score of word {@code id} after {@code left} or before {@code right} (-1: no word there). */
    private double sideScore(int left, int id, int right) {
        return (left >= 0 ? ngrams.logScore(left, id) : 0) + (right >= 0 ? ngrams.logScore(id, right) : 0);
    }

    /** The trigrams' log-probability of x y between the words {@code l2 l} and {@code r r2} (-1: none there). */
    private double window(int l2, int l, int x, int y, int r, int r2) {
        double s = l < 0 ? 0 : l2 < 0 ? ngrams.logScore(l, x) : ngrams.logTrigram(l2, l, x);
        s += l < 0 ? ngrams.logScore(x, y) : ngrams.logTrigram(l, x, y);
        if (r >= 0) {
            s += ngrams.logTrigram(x, y, r);
            if (r2 >= 0) {
                s += ngrams.logTrigram(y, r, r2);
            }
        }
        return s;
    }

    /** Rounds of weighing: the whole text, then the neighbours of what it restored (a third round found 8 more of 73,763 swaps). */
    static final int ROUNDS = 2;

    /**
     * Swapped words stand side by side ("is non vitamin a2 passive act"), so a swap's neighbours
     * may themselves be spun and tell nothing. Once restorations are made, the words within
     * {@link #REACH} of those the last round made (from index {@code freshFrom} of {@code made})
     * are weighed again in the restored text, and what is now clear is restored too (offsets
     * mapped back to the original text). Adds this round's confident swaps to {@code swaps}.
     */
    private List<Restoration> nextRound(String t, List<Restoration> made, int freshFrom, Map<String, String> swaps, Map<String, Pooled> pooled,
                                        Map<String, Double> overused, DocWords words) {
        List<Restoration> sorted = new ArrayList<>(made);
        // (by identity: a record's own hashCode is made on first use, which costs a first document 20 ms)
        java.util.Set<Restoration> fresh = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        fresh.addAll(made.subList(freshFrom, made.size()));
        sorted.sort(java.util.Comparator.comparingInt(Restoration::from));
        StringBuilder sb = new StringBuilder(t.length() + 64);
        int[] at2 = new int[sorted.size()]; // where each restoration starts in the restored text
        int[] shift = new int[sorted.size()]; // restored offset − original offset after it
        int last = 0;
        for (int k = 0; k < sorted.size(); k++) {
            Restoration r = sorted.get(k);
            sb.append(t, last, r.from());
            at2[k] = sb.length();
            sb.append(r.out());
            shift[k] = sb.length() - r.to();
            last = r.to();
        }
        sb.append(t, last, t.length());
        String t2 = sb.toString();
        List<Tok> toks2 = identified(t2, words);
        byte[] near = new byte[toks2.size()];
        boolean[] freshTok = new boolean[toks2.size()];
        int seg = 0;
        for (int k = 0; k < toks2.size(); k++) {
            Tok tk = toks2.get(k);
            while (seg < at2.length && at2[seg] + sorted.get(seg).out().length() <= tk.start()) {
                seg++;
            }
            if (seg < at2.length && tk.end() > at2[seg] && tk.start() < at2[seg] + sorted.get(seg).out().length()) {
                near[k] = CHANGED;
                freshTok[k] = fresh.contains(sorted.get(seg));
            }
        }
        boolean any = false;
        for (int k = 0; k < near.length; k++) {
            if (freshTok[k]) {
                any = true;
                for (int d = Math.max(0, k - REACH); d <= Math.min(near.length - 1, k + REACH); d++) {
                    near[d] = near[d] == CHANGED ? CHANGED : NEAR;
                }
            }
        }
        if (!any) {
            return List.of();
        }
        Round next = weigh(t2, toks2, near);
        swaps.putAll(next.confidentSwaps());
        List<Choice> restore = new ArrayList<>();
        decide(next.choices(), swaps, pooled, overused, false, restore, new ArrayList<>());
        List<Restoration> out = new ArrayList<>();
        for (Restoration r : restorations(t2, toks2, restore, swaps, pooled)) {
            // back to the original text's offsets: the shift of the last restoration before it
            int k = -1;
            while (k + 1 < at2.length && at2[k + 1] < r.from()) {
                k++;
            }
            int d = k < 0 ? 0 : shift[k];
            out.add(new Restoration(r.from() - d, r.to() - d, r.out(), r.rule(), r.why().substring(0, r.why().length() - 1) + "; weighed again once the words beside it were restored)"));
        }
        return out;
    }

    /**
     * The unsure places not yet restored, decided again with {@code swaps} (which a later step added to): those that
     * lean to a swap made with confidence are restored (added to {@code made}); returns the places still unsure.
     */
    private List<Choice> decideAgain(String t, List<Tok> toks, List<Restoration> made, List<Choice> unsure, Map<String, String> swaps,
                                     Map<String, Pooled> pooled, Map<String, Double> overused) {
        java.util.BitSet done = new java.util.BitSet();
        for (Restoration r : made) {
            done.set(r.from(), r.to());
        }
        List<Choice> left = new ArrayList<>();
        for (Choice c : unsure) {
            if (done.get(c.from(), c.to()).isEmpty()) {
                left.add(c);
            }
        }
        List<Choice> again = new ArrayList<>();
        List<Choice> still = new ArrayList<>();
        decide(left, swaps, pooled, overused, false, again, still);
        made.addAll(restorations(t, toks, again, swaps, pooled));
        return still;
    }

    /** The best reading of the text at token i as a spun form, or null when no form starts there. */
    private Choice bestAt(String t, List<Tok> toks, int i, IdCounts docCounts) {
        Choice best = suffixSwap(t, toks, i);
        if (best != null) {
            return best;
        }
        best = surfaceForm(t, toks, i, docCounts);
        int maxLen = phraseReach(candidates, t, toks, i);
        for (int len = maxLen; len >= 1; len--) {
            String phrase = phrase(toks, i, len);
            Candidates.Entry entry = len == 1 ? candidates.entry(toks.get(i).id(), thesaurus) : candidates.entry(phrase);
            String suffix = "";
            int apos = phrase.lastIndexOf('\'');
            if (entry == null && apos > 0 && apos > phrase.lastIndexOf(' ')) {
                // a contraction: the spinner swapped the words before the apostrophe ("nosotros're", "you lot'll")
                suffix = phrase.substring(apos);
                phrase = phrase.substring(0, apos);
                entry = candidates.entry(phrase);
            }
            if (entry == null) {
                continue;
            }
            if (len == 1 && hasDigit(phrase)) {
                // numbers are not spun ("1" → "one" is a style), but "I" is a Roman one: "what 1 did"
                if (!phrase.equals("1") || (entry = onlyI(entry)) == null) {
                    continue;
                }
            }
            if (entry.originals().length == 0) {
                continue;
            }
            if (!eligible(t, toks, i, len) && (len > 1 || (entry = pronounI(t, toks.get(i), entry)) == null)) {
                continue;
            }
            // a phrase capitalised on its first word inside a sentence that may stand for "I" stands for
            // it ("before Atomic number 53 can start"): the pronoun's capital, copied; a number in it is no figure then
            // (a synonym of it, not a hypernym: "Letter of the alphabet" stands for any letter)
            Candidates.Entry forI = len > 1 && capitalCopied(t, toks, i, len) ? onlyI(entry) : null;
            if (forI != null && forI.kinds()[0] != Candidates.SYNONYM) {
                forI = null;
            }
            if (forI != null) {
                entry = forI;
            }
            if (Character.isLowerCase(t.charAt(toks.get(i).start())) && (entry = withoutI(entry)) == null) {
                continue; // a lowercase form never stands for the pronoun I, always capitalised ("atomic number 53 in the samples")
            }
            if (len > 1 && openingPhrase(t, toks, i, len) && (entry = withoutConjunctions(entry)) == null) {
                continue; // (a writer's "In addition to the interactive training, you get …", not a spinner's "And")
            }
            Choice c = splitToken(t, toks, i, len, phrase, entry.originals());
            if (c == null) {
                Tok last = toks.get(i + len - 1);
                c = judge(t, toks, i, len, toks.get(i).start(), last.end() - suffix.length(), last.end(), phrase, entry, docCounts, false);
                c = forI != null ? c : numbered(c, t, phrase);
                if (c != null && len == 1 && (!c.confident() || c.delta() < strongMargin) && inName(t, toks, i)) {
                    c = null; // (a word of a name: restored on its own evidence, or left unweighed)
                }
            }
            if (c != null && (best == null || c.delta() > best.delta())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The pronoun "I" is capitalised wherever it stands, and so are its spun forms ("what Iodin
     * did", "Unity think"): a capitalised word inside a sentence that may stand for "I" is weighed
     * as "I" alone (as any other, it is a name).
     */
    private Candidates.Entry pronounI(String t, Tok tok, Candidates.Entry entry) {
        if (tok.end() - tok.start() < 2 || !Character.isUpperCase(t.charAt(tok.start())) || allCaps(t, tok)) {
            return null;
        }
        return onlyI(entry);
    }

    /** The entry without its original "i" (itself if it has none), or null if "i" was all it had. */
    private Candidates.Entry withoutI(Candidates.Entry entry) {
        int at = indexOfI(entry);
        return at < 0 ? entry : without(entry, k -> k == at);
    }

    /** The entry's original "i" alone, or null. */
    private Candidates.Entry onlyI(Candidates.Entry entry) {
        int k = indexOfI(entry);
        return k < 0 ? null : new Candidates.Entry(new String[] {"i"}, new int[] {entry.ids()[k]}, new byte[] {entry.kinds()[k]});
    }

    /**
     * Where "i" is among the entry's originals, or -1: read for most words, by the originals' n-gram ids (an entry's
     * original is its id's word), which lie together; reading the strings missed the cache at each (3.5% of the pass's
     * time on original text).
     */
    private int indexOfI(Candidates.Entry entry) {
        int[] ids = entry.ids();
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] == iId) {
                return k;
            }
        }
        return -1;
    }

    /** log P of a possessive the vocabulary lacks ("alibaba's") and the word after it: a rare word. */
    static final double POSSESSIVE_SCORE = -20;
    /** log-odds by which one contraction must be more common than the next to be chosen. */
    static final double CONTRACTION_MARGIN = Math.log(20);

    /** Endings of English contractions ("it's", "don't", "we're", "I'll", "I've", "I'd", "I'm"). */
    private static final java.util.Set<String> CONTRACTION_ENDINGS = java.util.Set.of("s", "t", "re", "ve", "ll", "d", "m");

    /**
     * A spinner that splits tokens at the apostrophe swaps a contraction's ending too ("it's" →
     * "it'sulphur", "don't" → "don'metric weight unit"): an apostrophe followed by a spun form of
     * exactly one ending that makes, with the word before it, a contraction English has, is that ending.
     */
    private Choice suffixSwap(String t, List<Tok> toks, int i) {
        Tok tok = toks.get(i);
        String lower = tok.lower();
        int apos = lower.indexOf('\'');
        if (apos <= 0 || lower.length() - apos - 1 < 2) {
            return null;
        }
        String head = lower.substring(0, apos);
        String rest = lower.substring(apos + 1);
        if (rest.indexOf('\'') >= 0 || CONTRACTION_ENDINGS.contains(rest)) {
            return null;
        }
        Choice best = null;
        StringBuilder form = new StringBuilder(rest);
        for (int len = 1; i + len <= toks.size(); len++) {
            if (len > 1) {
                if (!adjacent(t, toks, i + len - 2, 2) || len > candidates.longestPhrase()) {
                    break;
                }
                form.append(' ').append(toks.get(i + len - 1).lower());
            }
            Candidates.Entry entry = candidates.entry(form.toString());
            int nextId = i + len < toks.size() && adjacent(t, toks, i + len - 1, 2) ? toks.get(i + len).id() : -1;
            // the endings that make an English contraction with the head (any word takes the
            // possessive "'s": "Alibaba'sulphur" → "Alibaba's"); where several do ("alphabetic
            // character" stands for every letter), the one far more likely with the next word
            // ("don't know", not "don's know")
            String ending = null;
            double top = Double.NEGATIVE_INFINITY;
            double next = Double.NEGATIVE_INFINITY;
            for (String o : entry == null ? new String[0] : entry.originals()) {
                if (!CONTRACTION_ENDINGS.contains(o) || o.equals(ending)) {
                    continue;
                }
                int id = ngrams.id(head + "'" + o);
                double score = id < 0 ? (o.equals("s") ? POSSESSIVE_SCORE : Double.NEGATIVE_INFINITY)
                        : ngrams.logUnigram(id) + (nextId >= 0 ? ngrams.logScore(id, nextId) : 0);
                if (score > top) {
                    next = top;
                    top = score;
                    ending = o;
                } else {
                    next = Math.max(next, score);
                }
            }
            if (ending != null && top - next >= CONTRACTION_MARGIN) {
                best = new Choice(i, len, tok.start() + apos + 1, toks.get(i + len - 1).end(), form.toString(), ending, FORM_CERTAIN, true, true);
            }
            if (!candidates.isPhrasePrefix(form)) {
                break;
            }
        }
        return best;
    }

    /**
     * Forms the word tokens cannot spell, matched on the text itself: with a hyphen or a period
     * ("fat-soluble vitamin", "ind.", "w.h.o."), an inner apostrophe in a word the n-gram model
     * lacks ("y'all"), or a leading one ("'tween").
     */
    private Choice surfaceForm(String t, List<Tok> toks, int i, IdCounts docCounts) {
        Tok first = toks.get(i);
        List<String> forms = candidates.surfaceForms(first.id(), first.lower());
        if (forms.isEmpty()) {
            return null; // (most words: no iterator made)
        }
        Choice best = null;
        for (String form : forms) {
            int s = form.charAt(0) == '\'' ? first.start() - 1 : first.start();
            int e = s + form.length();
            if (s < 0 || e > t.length() || !spells(t, s, form)) {
                continue;
            }
            // the whole form, not part of a longer word or compound
            boolean glued = (s > 0 && (Character.isLetterOrDigit(t.charAt(s - 1)) || hyphen(t.charAt(s - 1))))
                    || (e < t.length() && (Character.isLetterOrDigit(t.charAt(e)) || (hyphen(t.charAt(e)) && e + 1 < t.length() && Character.isLetterOrDigit(t.charAt(e + 1)))));
            if (glued) {
                continue;
            }
            // (every token the form reaches into: a form may end inside one, "socio-economic class" in "class’s", and the
            // token's place is the form's then, its context the word after; counted to the tokens that end by it, the
            // place's token span left that token out, to be weighed on its own as well, and two restorations overlapped)
            int len = 1;
            while (i + len < toks.size() && toks.get(i + len).start() < e) {
                len++;
            }
            Candidates.Entry entry = candidates.entry(form);
            if (entry == null || entry.originals().length == 0 || !eligible(t, toks, i, len)) {
                continue;
            }
            Choice c = numbered(judge(t, toks, i, len, s, e, e, form, entry, docCounts, false), t, form);
            if (c != null && (best == null || c.delta() > best.delta())) {
                best = c;
            }
        }
        return best;
    }

    /** Whether the text at {@code s} spells {@code lowerForm} (any case; ’ as ').*/
    private static boolean spells(String t, int s, String lowerForm) {
        for (int k = 0; k < lowerForm.length(); k++) {
            char c = Character.toLowerCase(t.charAt(s + k));
            if (c != lowerForm.charAt(k) && !(c == '’' && lowerForm.charAt(k) == '\'')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A swap made with confidence is the spinner's dictionary for this text ("the same word usually
     * gets the same replacement throughout"): the other places of the same one-word form are
     * weighed too, even where the form fits its neighbours (which would leave them unweighed).
     */
    private List<Choice> sameSwaps(String t, List<Tok> toks, int judged, List<Choice> choices, Map<String, String> confidentSwaps, IdCounts docCounts) {
        boolean[] covered = new boolean[toks.size()];
        for (Choice c : choices) {
            for (int k = c.i(); k < c.i() + c.len(); k++) {
                covered[k] = true;
            }
        }
        List<Choice> more = new ArrayList<>();
        for (int k = 0; k < judged; k++) {
            Tok tk = toks.get(k);
            if (covered[k] || !confidentSwaps.containsKey(tk.lower())) {
                continue;
            }
            Candidates.Entry e = candidates.entry(tk.id(), thesaurus);
            if (e == null || !eligible(t, toks, k, 1) || inName(t, toks, k) || hyphenated(t, toks, k, 1)) {
                continue; // (a word of a name is no repeat: it is restored on its own evidence only)
            }
            Choice c = judge(t, toks, k, 1, tk.start(), tk.end(), tk.end(), tk.lower(), e, docCounts, true);
            if (c != null) {
                more.add(c);
            }
        }
        return more;
    }

    /**
     * The same odd swap repeated: (spun form, original) pairs that the text uses so much more often
     * than English does that a spinner's swaps of the original explain the count better: the
     * Poisson log-likelihood ratio of k uses, expected N·P(original)·swap-rate times if spun and
     * N·P(form) times if written, must reach the margin (with k ≥ 2).
     */
    private Map<String, Double> overused(List<Choice> choices, int words, IdCounts docCounts) {
        Map<String, Integer> phraseUses = new HashMap<>();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (Choice c : choices) {
            phraseUses.merge(c.spun(), 1, Integer::sum);
            if (c.clear() && !c.thesaurus()) { // (a thesaurus's swap is never restored by its count)
                pairs.add(c.spun() + "\n" + c.original());
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (String key : pairs) {
            int nl = key.indexOf('\n');
            String form = key.substring(0, nl);
            // every use of the form in the text: one-word forms are counted in full (most uses fit
            // their context and are never weighed), phrases where they were weighed
            int k = form.indexOf(' ') < 0 ? docCounts.get(ngrams.id(form)) : phraseUses.get(form);
            if (k < 2) {
                continue; // (a form met once is never overused: its counts are not looked up)
            }
            double llr = overuse(ngrams, form, ngrams.id(key.substring(nl + 1)), k, words, rateOf(key.substring(nl + 1)), 1);
            if (llr >= overuseMargin) {
                out.put(key, llr);
            }
        }
        return out;
    }

    /** The odds of a place decided by its form alone ("U.Due south", "it'sulphur"), not by its context. */
    static final double FORM_CERTAIN = Double.POSITIVE_INFINITY;

    /** How many words from token i may form a spun phrase: as far as the words are a prefix of one. */
    static int phraseReach(Candidates candidates, String t, List<Tok> toks, int i) {
        if (!candidates.startsPhrase(toks.get(i).id())) {
            return 1;
        }
        int limit = Math.min(candidates.longestPhrase(), toks.size() - i);
        StringBuilder sb = null;
        int len = 1;
        while (len < limit) {
            // (the first word is a phrase prefix: it starts a phrase; and were that flag stale, one word
            // more is reached in vain, as no form starts with a word that is no prefix)
            if ((len > 1 && !candidates.isPhrasePrefix(sb)) || !adjacent(t, toks, i + len - 1, 2)
                    || (len == 1 && !candidates.mayStartPhrase(toks.get(i).id(), toks.get(i + 1).id(), toks.get(i + 1).lower()))) {
                break;
            }
            if (sb == null) {
                sb = new StringBuilder(toks.get(i).lower()); // (made once the second word may follow: most starts end here)
            }
            sb.append(' ').append(toks.get(i + len).lower());
            len++;
        }
        return len;
    }

    /** Originals weighed again with a word more of context on each side (trigrams): the best ones by the bigrams. */
    static final int RESCORED = 3;
    /** ... when the best of them has log-odds above this by the bigrams. */
    static final double RESCORE_FLOOR = -3;

    /**
     * Scores each original against the spun form in this context; null when no original is
     * plausible. The bigrams of the neighbours decide whether a place is weighed at all and give
     * the evidence a restoration needs; the best few originals are then scored with a word more
     * on each side (Katz-backoff trigrams).
     */
    private Choice judge(String t, List<Tok> toks, int i, int len, int from, int to, int ctxEnd, String phrase, Candidates.Entry entry, IdCounts docCounts, boolean weighAll) {
        int docSize = toks.size();
        int left = i == 0 || toks.get(i).sentenceStart() ? startId : toks.get(i - 1).id();
        boolean leftKnown = left >= 0;
        // a contraction's ending ("nosotros're"): the original takes it too ("we're")
        String suffix = t.substring(to, ctxEnd).toLowerCase(Locale.ROOT).replace('’', '\'');
        int rightIdx = i + len;
        // the next word, one space on (after a form ending in "." the next word starts no sentence if lowercase: "ind. the")
        boolean hasRight = rightIdx < toks.size() && toks.get(rightIdx).start() == ctxEnd + 1 && (t.charAt(ctxEnd) == ' ' || hyphen(t.charAt(ctxEnd)))
                && (!toks.get(rightIdx).sentenceStart() || (phrase.endsWith(".") && Character.isLowerCase(t.charAt(ctxEnd + 1))));
        int right = hasRight ? toks.get(rightIdx).id() : -1;
        int[] ids = new int[len];
        for (int k = 0; k < len; k++) {
            ids[k] = toks.get(i + k).id();
        }
        // part of a hyphenated compound ("long-terminal figure"): the pair across the hyphen is
        // context but no evidence (language models keep compounds whole: "non profit" is unseen
        // where "non-profit" is common), and a number's compound ("3-inch") is a measure, not spun
        boolean hyphenLeft = from > 0 && hyphen(t.charAt(from - 1));
        boolean hyphenRight = ctxEnd < t.length() && hyphen(t.charAt(ctxEnd));
        if ((hyphenLeft && i > 0 && hasDigit(toks.get(i - 1).lower())) || (hyphenRight && rightIdx < toks.size() && hasDigit(toks.get(rightIdx).lower()))) {
            return null;
        }
        // the spun form's bigram score: left → w1 … wk → right
        // (whether the pairs are seen at all, and their scores: the model's bigrams suffice)
        NGrams.Pair spunLeft = ngrams.pair(left, ids[0], false);
        NGrams.Pair spunRight = hasRight ? ngrams.pair(ids[len - 1], right, false) : null;
        // which originals make the compound one English writes, where the compound as written is none ("men-on": "hands-on");
        // not where English writes the written compound's content words together ("self-compassion": "self compassion" is
        // attested, the list lacks it, and "self-pity" is in it)
        boolean[] compoundFits = (hyphenLeft || hyphenRight) && suffix.isEmpty()
                && !(hyphenLeft && i > 0 && contentWordsTogether(spunLeft, toks.get(i - 1), toks.get(i)))
                && !(hyphenRight && hasRight && contentWordsTogether(spunRight, toks.get(i + len - 1), toks.get(rightIdx)))
                ? compoundFits(t, from, to, entry.originals()) : null;
        // a trigram's evidence, where the pairs are no evidence: the language model holds the original
        // with both its neighbours ("more on this"), and not the spun form ("more along this"), though
        // each of its pairs is common ("more along", "along this"); such a word is weighed too
        boolean fitsPairs = len == 1 && !spunLeft.unseen() && (!hasRight || !spunRight.unseen()) && !(hasRight && beenAhead(toks, rightIdx));
        boolean[] triEvidence = null;
        if (fitsPairs && hasRight && left >= 0 && right >= 0 && ngrams.inLm(ids[0]) && !ngrams.hasTrigram(spunLeft, right)) {
            int[] oids0 = entry.ids();
            byte[] kinds = entry.kinds();
            for (int k = 0; k < oids0.length; k++) {
                // (not a thesaurus's original: its trigram would make many more places weighed, for the few it restores)
                if (oids0[k] >= 0 && kinds[k] != Candidates.THESAURUS && ngrams.hasTrigramBetween(left, oids0[k], right)) {
                    if (triEvidence == null) {
                        triEvidence = new boolean[oids0.length];
                    }
                    triEvidence[k] = true;
                }
            }
        }
        if (!weighAll && fitsPairs && triEvidence == null && compoundFits == null) {
            // the word fits both neighbours (each pair attested, and its trigram or no original's):
            // no original can have the evidence a restoration needs, so it is not weighed at all
            // (this is most words, and most of the time)
            return null;
        }
        // a name glossed in brackets beside it (asked only here: most places are not weighed at all, and return above)
        if (glossed(t, toks, i, len, ctxEnd, entry, docCounts)) {
            return null;
        }
        // the document's counts weigh a phrase's first word as they weigh a word, on both sides: an original the
        // text uses elsewhere stands for a spun phrase too ("powers Water ice" where the text writes "ICE")
        double spunLeftScore = ngrams.logScore(left, ids[0], spunLeft);
        int spunElsewhere = elsewhere(docCounts, ids[0], ids, len);
        double spunScore = cached(spunLeftScore, spunElsewhere, docSize);
        // (against an original the text writes after the same word elsewhere, the form's repeats after that word are no
        // evidence for it: otherContexts; not against the phrase's own first word, "application program" for
        // "application", which stands after that word here)
        double spunRepeatsApart = repeatsApart(spunLeftScore, spunScore, spunElsewhere, docCounts, ids[0], docSize);
        boolean spunInternalOdd = false;
        for (int k = 1; k < len; k++) {
            NGrams.Pair inner = ngrams.pair(ids[k - 1], ids[k]);
            spunScore += ngrams.logScore(ids[k - 1], ids[k], inner);
            spunInternalOdd |= inner.local() == 0;
        }
        if (hasRight) {
            spunScore += ngrams.logScore(ids[len - 1], right, spunRight);
        }
        boolean lowerName = !hasUpper(t, from, to) && candidates.isName(phrase, len == 1 && phrase.equals(toks.get(i).lower()) ? ids[0] : -1);
        boolean capitalCopied = capitalCopied(t, toks, i, len);
        String[] originals = entry.originals();
        int[] oids = entry.ids();
        int n = originals.length;
        double[] context = new double[n];
        double[] delta = new double[n];
        int[] oid = new int[n];
        for (int k = 0; k < n; k++) {
            oid[k] = suffix.isEmpty() ? oids[k] : ngrams.id(originals[k] + suffix); // "we" + "'re"
        }
        // (a word's originals are scored by their pairs alone, whose counts are read where the model lacks a word; a
        // phrase's evidence asks for every original's local counts; all the originals' pairs are looked up at once, so
        // that their cache misses overlap)
        NGrams.Pair[] oLefts = new NGrams.Pair[n];
        NGrams.Pair[] oRights = new NGrams.Pair[n];
        int[] fans = candidates.fanOuts(entry.kinds(), oid);
        byte[] kinds = entry.kinds();
        // WordNet's originals first; the thesaurus's (listed after them) only where none of those reads as
        // odd: a place WordNet finds odd is weighed as it would be without the thesaurus, and costs no more
        int thesaurusFrom = n;
        while (thesaurusFrom > 0 && kinds[thesaurusFrom - 1] == Candidates.THESAURUS) {
            thesaurusFrom--;
        }
        java.util.Arrays.fill(delta, Double.NEGATIVE_INFINITY);
        boolean[] spelt = null; // (the originals that are the text's own spelling of the form: textsSpelling)
        for (int lo = 0, hi = thesaurusFrom; lo < n; lo = hi, hi = n) {
            if (lo == hi) {
                continue; // (no WordNet original: the thesaurus's alone)
            }
            if (lo > 0) {
                boolean odd = false;
                for (int k = 0; k < lo; k++) {
                    odd |= delta[k] > 0;
                }
                if (odd) {
                    break; // (WordNet reads the place as odd: the thesaurus's originals are not weighed)
                }
            }
            ngrams.pairs(left, oid, lo, hi, right, hasRight, len > 1, len == 1, oLefts, oRights);
            for (int k = lo; k < hi; k++) {
                if (oid[k] < 0 || productiveOver(phrase, originals[k], hyphenLeft, hyphenRight)) {
                    continue;
                }
                NGrams.Pair oLeft = oLefts[k];
                NGrams.Pair oRight = oRights[k];
                double leftScore = cached(ngrams.logScore(left, oid[k], oLeft), elsewhere(docCounts, oid[k], ids, len), docSize);
                context[k] = leftScore + (hasRight ? ngrams.logScore(oid[k], right, oRight) : 0) - spunScore
                        - apartFrom(spunRepeatsApart, oid[k], ids[0], left, docCounts);
                // noisy channel: the context's preference, times the prior odds that a spinner wrote this
                // form for o (it swaps about that rate of words, picking one of o's forms) rather than the writer
                // (a synonym is one of the original's synonyms; a hypernym or hyponym one of its related forms)
                delta[k] = context[k] + swapPrior(originals[k], fans[k])
                        + (kinds[k] == Candidates.HYPERNYM ? RELATED_PRIOR : kinds[k] == Candidates.THESAURUS ? THESAURUS_PRIOR : 0);
                // a name written in lowercase: a writer capitalises it, a spinner copies the case of the word it replaced
                if (lowerName || capitalCopied) {
                    delta[k] += NAME_BONUS;
                }
                // grammar no bigram table needs: only a form of "have" stands before "been" ("take been")
                if (haveBeen(toks, hasRight, rightIdx, originals[k], phrase) || strandedThan(t, to, toks, rightIdx, originals[k], phrase)) {
                    delta[k] += GRAMMAR_BONUS;
                }
                if (compoundFits != null && compoundFits[k]) {
                    delta[k] += COMPOUND_BONUS;
                }
                if (textsSpelling(phrase, originals[k], oid[k], len == 1 ? ids[0] : -1, docCounts)) {
                    delta[k] += SPELLING_BONUS;
                    spelt = spelt == null ? new boolean[n] : spelt;
                    spelt[k] = true;
                }
            }
        }
        double top = Double.NEGATIVE_INFINITY;
        for (double d : delta) {
            top = Math.max(top, d);
        }
        PosWindow window = null;
        if (top > RESCORE_FLOOR) {
            // (a place where every original is already e^3 times less likely than the spun form is
            // not worth the trigram lookups: a word more of context rarely turns that around)
            rescore(t, toks, i, len, ids, left, hasRight ? rightIdx : -1, context, delta, oid, docCounts, spunLeft, spunRight, oLefts, oRights);
            if (pos != null) {
                // a function word's part of speech is most of what it is: a spinner's "more accurate ended time" (for
                // "over") breaks it, where the bigrams prefer "over" only 24 to 1 ("ended" is a common word)
                for (int k = 0; k < n; k++) {
                    if (delta[k] != Double.NEGATIVE_INFINITY && Stopwords.contains(originals[k])) {
                        window = window == null ? new PosWindow(t, toks, i, len) : window;
                        delta[k] += FUNCTION_POS_WEIGHT * window.odds(oid[k]);
                    }
                }
            }
        }
        int best = -1;
        int second = -1;
        for (int k = 0; k < n; k++) {
            if (delta[k] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            if (best < 0 || delta[k] > delta[best]) {
                second = best;
                best = k;
            } else if (second < 0 || delta[k] > delta[second]) {
                second = k;
            }
        }
        if (best < 0) {
            return null;
        }
        // evidence (only the best original's is asked for): a side where the original is attested and the spun form never seen
        NGrams.Pair oLeft = oLefts[best];
        NGrams.Pair oRight = oRights[best];
        if (len == 1) {
            // (a word's originals were scored without their pairs' counts: the best one's, read now)
            oLeft = ngrams.pair(left, oid[best], false);
            oRight = hasRight ? ngrams.pair(oid[best], right, false) : null;
        }
        boolean leftEvidence = leftKnown && oLeft.attested(minAttested) && spunLeft.unseen();
        boolean rightEvidence = hasRight && right >= 0 && oRight.attested(minAttested) && spunRight.unseen();
        boolean leftObjects = leftKnown && !spunLeft.unseen() && oLeft.unseen();
        boolean rightObjects = hasRight && !spunRight.unseen() && oRight.unseen();
        // (across a hyphen, only a pair English writes all the time counts: "existent-time" for "real-time", P(time | real)
        // 0.014; not "non-profit" read as "not profit", 0.00003)
        boolean acrossLeft = hyphenLeft && leftEvidence && ngrams.logScore(left, oid[best], oLeft) >= COMPOUND_PAIR;
        boolean acrossRight = hyphenRight && rightEvidence && ngrams.logScore(oid[best], right, oRight) >= COMPOUND_PAIR;
        boolean evidence = (leftEvidence && (!hyphenLeft || acrossLeft) && !rightObjects) || (rightEvidence && (!hyphenRight || acrossRight) && !leftObjects)
                || (len > 1 && spunInternalOdd && (oLeft.local() > 0 || (hasRight && oRight.local() > 0)) && !leftObjects && !rightObjects)
                || (triEvidence != null && suffix.isEmpty() && triEvidence[best] && !hyphenLeft && !hyphenRight && !leftObjects && !rightObjects)
                || ((lowerName || capitalCopied) && !leftObjects && !rightObjects)
                || haveBeen(toks, hasRight, rightIdx, originals[best], phrase) || strandedThan(t, to, toks, rightIdx, originals[best], phrase)
                || (compoundFits != null && compoundFits[best] && !leftObjects && !rightObjects)
                || (spelt != null && spelt[best]);
        double runnerUp = second < 0 ? Double.NEGATIVE_INFINITY : delta[second];
        // confident: the odds reach the margin with a side's evidence, or are so high that no evidence
        // is asked (for forms of plain words: the model scores "e-mail" or "ind." by their pieces)
        boolean strong = delta[best] >= Math.max(margin, strongMargin) && plainWords(phrase);
        boolean thesaurus = entry.kinds()[best] == Candidates.THESAURUS;
        double extra = thesaurus ? THESAURUS_EXTRA : 0;
        // no pair says so, but the parts of speech do: the original's fit the words around it and the spun
        // form's do not ("I go through as though" for "feel"). SpinEval, right / wrong edits before -> after: its
        // spinner 39,027 / 1,022 -> 39,302 / 1,032, light (--rate 0.045) 9,920 / 430 -> 10,032 / 424, busy (0.195)
        // 50,574 / 1,233 -> 50,990 / 1,250; bench/spinners.py at 15%: first sense 6,727 / 303 -> 6,811 / 308, every
        // sense of the part of speech 11,580 / 366 -> 11,716 / 377; Moby at 30% unchanged; unspun passages unchanged.
        // Tried, in a first version: the parts of speech's log-odds added to every place's odds (times 0.3: 39,865 /
        // 1,065, but Moby 931 / 84 -> 1,027 / 111); settling places unclear between two originals (about 6 right a wrong one)
        double grammar = Double.NaN;
        if (!evidence && pos != null && !(strong && delta[best] >= strongMargin + extra) && delta[best] >= margin + extra && !leftObjects && !rightObjects) {
            grammar = (window == null ? new PosWindow(t, toks, i, len) : window).odds(oid[best]);
            evidence = grammar >= posMargin;
        }
        Choice c = new Choice(i, len, from, to, phrase, originals[best], delta[best],
                (evidence && delta[best] >= margin + extra) || (strong && delta[best] >= strongMargin + extra), true,
                second < 0 ? null : originals[second], second < 0 ? Double.NEGATIVE_INFINITY : delta[second], thesaurus,
                second >= 0 && entry.kinds()[second] == Candidates.THESAURUS, evidence ? grammar : Double.NaN);
        if ((hyphenLeft || hyphenRight) && !(c.confident() && delta[best] - runnerUp >= choiceMargin)) {
            return null; // a compound's part is restored on its own evidence only, never as a repeat ("non-profit" where "non" stood for "not")
        }
        // the form may be spun, but from which word is not clear: leave it, count it as odd
        return delta[best] - runnerUp < choiceMargin ? c.unclear() : c;
    }

    /** Characters a gloss in brackets spans at most ({@link #glossed}). */
    static final int GLOSS_REACH = 80;

    /**
     * Whether the form at {@code t[from, to)} stands beside a gloss of itself in brackets: "English ivy (Hedera helix)",
     * "(Hedera helix)" after "English ivy": a name and its synonym (a form that shares an original with it, or is one),
     * side by side, are a writer's, who names a thing twice; a spinner writes one form for a word. Such a place is not
     * weighed (nor counted in the score). SpinEval, right / wrong edits before -> after: its spinner 39,647 / 1,049 ->
     * 39,642 / 1,039, light 10,164 / 423 -> 10,161 / 416, busy 51,513 / 1,253 -> 51,499 / 1,242, first sense 6,820 /
     * 303 -> 6,817 / 289, every sense 11,708 / 382 -> 11,696 / 372, Moby 939 / 87 -> 938 / 87; unspun passages of 40 and
     * 100 words 5 -> 0 and 13 -> 8 edits (a plant list's "English ivy (Hedera helix)" and "Snake plant (… Sansevieria trifasciata)"). The
     * text's brackets are found once a round ({@link IdCounts#brackets}) and what each names is read once, from the
     * round's tokens; asked only of places that are weighed.
     */
    private boolean glossed(String t, List<Tok> toks, int i, int len, int to, Candidates.Entry entry, IdCounts docCounts) {
        int[] brackets = docCounts.brackets(t);
        if (brackets.length == 0) {
            return false;
        }
        // the bracket that opens after the form ("English ivy (Hedera helix)"): the words it holds, at the pair's index
        int p = to;
        while (p < t.length() && t.charAt(p) == ' ') {
            p++;
        }
        int k = p < t.length() && t.charAt(p) == '(' ? indexOfOpen(brackets, p) : -1;
        if (k >= 0) {
            int[] named = docCounts.named(k);
            if (named == null) {
                int end = i + len;
                while (end < toks.size() && toks.get(end).end() <= brackets[k + 1]) {
                    end++;
                }
                named = named(toks, i + len, end, false);
                docCounts.named(k, named);
            }
            if (names(entry, named)) {
                return true;
            }
        }
        // the bracket the form stands in ("(Hedera helix)" after "English ivy"): the words before it, at the odd index after
        int in = indexOfOpen(brackets, toks.get(i).start() - 1);
        if (in < 0 || brackets[in + 1] < to) {
            return false;
        }
        int[] named = docCounts.named(in + 1);
        if (named == null) {
            int end = i;
            while (end > 0 && toks.get(end - 1).start() > brackets[in]) {
                end--;
            }
            named = named(toks, Math.max(0, end - 4), end, true);
            docCounts.named(in + 1, named);
        }
        return names(entry, named);
    }

    /**
     * The index in {@code brackets} (pairs of an opening and its closing offset, in order) of the last pair that opens at
     * or before {@code at}, if it opens exactly there or closes after it; else -1.
     */
    private static int indexOfOpen(int[] brackets, int at) {
        int found = io.github.unmangle.lang.English.lastStarting(brackets, at);
        return found >= 0 && (brackets[found] == at || brackets[found + 1] > at) ? found : -1;
    }

    /** The brackets of {@code t} that close on the same line within {@link #GLOSS_REACH} characters: opening and closing offsets, in pairs. */
    static int[] brackets(String t) {
        int[] out = new int[8];
        int n = 0;
        for (int open = t.indexOf('('); open >= 0; open = t.indexOf('(', open + 1)) {
            for (int c = open + 1; c < t.length() && c <= open + GLOSS_REACH; c++) {
                char ch = t.charAt(c);
                if (ch == ')') {
                    if (n + 2 > out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = open;
                    out[n++] = c;
                    break;
                }
                if (ch == '(' || ch == '\n') {
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Whether {@code entry} is one of the words {@code named} holds, or shares an original with a form it holds. */
    private static boolean names(Candidates.Entry entry, int[] named) {
        for (int y : entry.ids()) {
            if (y >= 0 && java.util.Arrays.binarySearch(named, y) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the tokens [a, b) name (every run of one to four of them, or with {@code atEnd} only the runs that end at b):
     * the n-gram id of each word, and the originals of each form among the runs; sorted ids.
     */
    private int[] named(List<Tok> toks, int a, int b, boolean atEnd) {
        java.util.stream.IntStream.Builder ids = java.util.stream.IntStream.builder();
        for (int s = atEnd ? Math.max(a, b - 4) : a; s < b; s++) {
            for (int e = s + 1; e <= Math.min(b, s + 4); e++) {
                if (atEnd && e != b) {
                    continue;
                }
                if (e == s + 1) {
                    ids.add(toks.get(s).id());
                }
                Candidates.Entry form = candidates.entry(phrase(toks, s, e - s));
                if (form != null) {
                    for (int x : form.ids()) {
                        ids.add(x);
                    }
                }
            }
        }
        return ids.build().filter(x -> x >= 0).sorted().toArray();
    }

    /**
     * The best {@link #RESCORED} originals by their bigram context are scored again with the word
     * before the left neighbour and the word after the right one (trigrams); the others drop out.
     * The pairs beside the place, the spun form's ({@code spunLeft}, {@code spunRight}) and each
     * original's ({@code oLefts}, {@code oRights}), were looked up to weigh it: their bigrams are
     * not searched for again (only the outer two are new).
     */
    private void rescore(String t, List<Tok> toks, int i, int len, int[] ids, int left, int rightIdx, double[] context, double[] delta, int[] oid, IdCounts docCounts,
                         NGrams.Pair spunLeft, NGrams.Pair spunRight, NGrams.Pair[] oLefts, NGrams.Pair[] oRights) {
        int n = delta.length;
        boolean[] top = new boolean[n];
        for (int r = 0; r < Math.min(RESCORED, n); r++) {
            int m = -1;
            for (int k = 0; k < n; k++) {
                if (!top[k] && delta[k] != Double.NEGATIVE_INFINITY && (m < 0 || delta[k] > delta[m])) {
                    m = k;
                }
            }
            if (m < 0) {
                break;
            }
            top[m] = true;
        }
        int docSize = toks.size();
        int left2 = left == startId || i == 0 ? -1 : toks.get(i - 1).sentenceStart() || i == 1 ? startId : toks.get(i - 2).id();
        int right = rightIdx < 0 ? -1 : toks.get(rightIdx).id();
        boolean hasRight2 = rightIdx >= 0 && rightIdx + 1 < toks.size() && adjacent(t, toks, rightIdx, 2) && !toks.get(rightIdx + 1).sentenceStart();
        int right2 = hasRight2 ? toks.get(rightIdx + 1).id() : -1;
        int outerLeft = left2 < 0 ? -1 : ngrams.lmFind(left2, left);
        int outerRight = right2 < 0 ? -1 : ngrams.lmFind(right, right2);
        double spunTri = ngrams.logTrigram(left2, left, ids[0], outerLeft, spunLeft.lm());
        int spunElsewhere = elsewhere(docCounts, ids[0], ids, len);
        double spun = cached(spunTri, spunElsewhere, docSize);
        double spunRepeatsApart = repeatsApart(spunTri, spun, spunElsewhere, docCounts, ids[0], docSize);
        for (int k = 1; k < len; k++) {
            spun += tri(k == 1 ? left : ids[k - 2], ids[k - 1], ids[k]);
        }
        if (rightIdx >= 0) {
            spun += len >= 2 ? tri(ids[len - 2], ids[len - 1], right) : ngrams.logTrigram(left, ids[0], right, spunLeft.lm(), spunRight.lm());
        }
        if (right2 >= 0) {
            spun += ngrams.logTrigram(ids[len - 1], right, right2, spunRight.lm(), outerRight);
        }
        for (int k = 0; k < n; k++) {
            if (!top[k]) {
                delta[k] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double score = cached(ngrams.logTrigram(left2, left, oid[k], outerLeft, oLefts[k].lm()), elsewhere(docCounts, oid[k], ids, len), docSize);
            score += (rightIdx >= 0 ? ngrams.logTrigram(left, oid[k], right, oLefts[k].lm(), oRights[k].lm()) : 0)
                    + (right2 >= 0 ? ngrams.logTrigram(oid[k], right, right2, oRights[k].lm(), outerRight) : 0);
            delta[k] += score - spun - apartFrom(spunRepeatsApart, oid[k], ids[0], left, docCounts) - context[k];
        }
    }

    /**
     * The words around a place, for {@link PosModel}: two on each side, as far as the sentence and its punctuation go
     * ({@link #posSide}); {@link Odds#odds} says how much better the parts of speech fit an original than the spun form
     * (log-odds). The spun form's fit is worked out once, for all the originals weighed.
     */
    private final class PosWindow {
        private final int[] spun;
        private final int before;
        private final int n;
        private final int[] restored;
        private final boolean capital;
        private final double spunFit;

        PosWindow(String t, List<Tok> toks, int i, int len) {
            int[] side = new int[2];
            before = posSide(t, toks, i - 1, -1, toks.get(i).start(), side);
            spun = new int[len + 4];
            for (int k = 0; k < before; k++) {
                spun[k] = side[before - 1 - k];
            }
            for (int k = 0; k < len; k++) {
                spun[before + k] = posId(t, toks.get(i + k));
            }
            int after = posSide(t, toks, i + len, 1, toks.get(i + len - 1).end(), side);
            System.arraycopy(side, 0, spun, before + len, after);
            n = before + len + after;
            restored = new int[before + 1 + after];
            System.arraycopy(spun, 0, restored, 0, before);
            System.arraycopy(side, 0, restored, before + 1, after);
            capital = Character.isUpperCase(t.charAt(toks.get(i).start()));
            spunFit = pos.fit(spun, n);
        }

        double odds(int original) {
            restored[before] = capital ? PosModel.capital(original) : original;
            return pos.fit(restored, restored.length) - spunFit;
        }
    }

    /**
     * A function-word original's odds take this share of its parts of speech's log-odds ({@link PosWindow#odds}).
     * SpinEval, right / wrong edits before -> after: its spinner 39,302 / 1,032 -> 39,647 / 1,049, light (--rate 0.045)
     * 10,032 / 424 -> 10,164 / 423, busy (0.195) 50,990 / 1,250 -> 51,513 / 1,253; content-only spinners hardly
     * change (first sense 6,811 / 308 -> 6,820 / 303, every sense 11,716 / 377 -> 11,708 / 382, Moby 931 / 84 -> 939 /
     * 87); 100-word unspun passages 11 -> 13 edits (0.26 per 10,000 words). 0.5: 39,801 / 1,076. Every original, not only
     * function words, at 0.3: 40,145 / 1,080, but a Moby spinner's 1,030 / 113 and first sense 7,047 / 331 (synonyms of
     * one part of speech: the parts of speech only nudge places the words' bigrams left unsure).
     */
    static final double FUNCTION_POS_WEIGHT = 0.3;

    /** A token's word for {@link PosModel}: its id, marked where the text capitalises it. */
    private static int posId(String t, Tok tok) {
        return Character.isUpperCase(t.charAt(tok.start())) ? PosModel.capital(tok.id()) : tok.id();
    }

    /**
     * Up to two words beside a place, outward from token {@code k} in direction {@code dir} ({@code edge}: the place's
     * start or end), into {@code out} from the place outward: their ids, or {@link PosModel#PUNCT} for a punctuation mark
     * or sentence boundary between (which ends the side). Returns how many.
     */
    private static int posSide(String t, List<Tok> toks, int k, int dir, int edge, int[] out) {
        int n = 0;
        while (n < 2) {
            if (k < 0 || k >= toks.size()) {
                out[n++] = PosModel.PUNCT;
                break;
            }
            Tok tok = toks.get(k);
            int from = dir < 0 ? tok.end() : edge;
            int to = dir < 0 ? edge : tok.start();
            boolean mark = (dir < 0 ? toks.get(k + 1).sentenceStart() : tok.sentenceStart());
            for (int c = from; c < to && !mark; c++) {
                char ch = t.charAt(c);
                mark = !Character.isWhitespace(ch) && !hyphen(ch) && ch != '\'' && ch != '’';
            }
            if (mark) {
                out[n++] = PosModel.PUNCT;
                break;
            }
            out[n++] = posId(t, tok);
            edge = dir < 0 ? tok.start() : tok.end();
            k += dir;
        }
        return n;
    }

    /**
     * For a place inside a hyphenated compound ({@code t[from, to)}, one of its pieces): which originals make the compound
     * one of {@link Compounds}, where the compound as written is none ("men-on" for "hands-on", "existent-time" for
     * "real-time", "american state-depth" for "in-depth"); null where none does, or the compound as written is one, or
     * the place is no compound's piece (a longer token's: an address, a file name, a number). A spinner that splits tokens
     * at "-" swaps one piece; a writer's compounds are the ones English writes, and a compound's pair across the hyphen
     * is no evidence (language models keep compounds whole, "men on" is common).
     */
    private static boolean[] compoundFits(String t, int from, int to, String[] originals) {
        int[] span = compoundSpan(t, from, to);
        if (span == null) {
            return null;
        }
        String before = t.substring(span[0], from).toLowerCase(Locale.ROOT);
        String after = t.substring(to, span[1]).toLowerCase(Locale.ROOT);
        boolean[] fits = null;
        for (int k = 0; k < originals.length; k++) {
            if (Compounds.SET.contains(before + originals[k].toLowerCase(Locale.ROOT) + after)) {
                fits = fits == null ? new boolean[originals.length] : fits;
                fits[k] = true;
            }
        }
        return fits;
    }

    /**
     * The compound a place's piece {@code t[from, to)} stands in, from its first piece to its last, as {start, end}: null
     * where the place is no compound's piece (a longer token's: an address, a file name, a number), or the compound as
     * written is one of {@link Compounds}.
     */
    static int[] compoundSpan(String t, int from, int to) {
        // (the list's compounds have at most COMPOUND_PIECES pieces: a longer chain is read no further, and is none of them)
        int pieces = 1;
        int cs = from;
        while (cs >= 2 && hyphen(t.charAt(cs - 1)) && Character.isLetter(t.charAt(cs - 2)) && pieces++ <= COMPOUND_PIECES) {
            cs--;
            while (cs > 0 && Character.isLetter(t.charAt(cs - 1)) && from - cs <= COMPOUND_CHARS) {
                cs--;
            }
        }
        int ce = to;
        while (ce + 1 < t.length() && hyphen(t.charAt(ce)) && Character.isLetter(t.charAt(ce + 1)) && pieces++ <= COMPOUND_PIECES) {
            ce++;
            while (ce < t.length() && Character.isLetter(t.charAt(ce)) && ce - to <= COMPOUND_CHARS) {
                ce++;
            }
        }
        if (pieces > COMPOUND_PIECES) {
            return null;
        }
        // (a sentence's full stop after it ends no longer token)
        boolean ends = ce >= t.length() || !partOfToken(t.charAt(ce))
                || t.charAt(ce) == '.' && (ce + 1 >= t.length() || Character.isWhitespace(t.charAt(ce + 1)));
        if (cs == from && ce == to || cs > 0 && partOfToken(t.charAt(cs - 1)) || !ends) {
            return null;
        }
        String written = t.substring(cs, ce).toLowerCase(Locale.ROOT);
        // (a phrase's piece: "real-life sentence" stands for "real-time", but "real-life" is a compound as written)
        int space = written.indexOf(' ');
        if (Compounds.SET.contains(written) || space >= 0 && (Compounds.SET.contains(written.substring(0, space))
                || Compounds.SET.contains(written.substring(written.lastIndexOf(' ') + 1)))) {
            return null;
        }
        return new int[] {cs, ce};
    }

    /** log-odds weight of an original that is the text's own spelling of the spun form ({@link #textsSpelling}). */
    static final double SPELLING_BONUS = Math.log(100);

    /**
     * Whether {@code original} is another spelling of the spun form ("optimisation" / "optimization", "focussed" /
     * "focused", "colour" / "color", "centre" / "center", "on-line" / "online": the same word once British spellings,
     * doubled letters and hyphens are set aside, five letters or more) that the text itself writes more often
     * than the spun form ({@code spunId}'s count; a phrase's counts as one): WordNet lists spellings as synonyms, a
     * spinner swaps one for the other, and a writer keeps to one.
     */
    private static boolean textsSpelling(String spun, String original, int originalId, int spunId, IdCounts docCounts) {
        // (not a phrase for one word: "health care" beside "healthcare" is as often the writer's own two spellings; and
        // first what costs nothing: spellings share their first letter and their lengths differ by three at most)
        if (originalId < 0 || spun.length() < 5 || Math.abs(spun.length() - original.length()) > 3
                || spun.charAt(0) != Character.toLowerCase(original.charAt(0)) || original.indexOf(' ') >= 0 || spun.indexOf(' ') >= 0
                || spun.equals(original)) {
            return false;
        }
        int written = docCounts.get(originalId);
        if (written == 0 || written <= (spunId >= 0 ? docCounts.get(spunId) : 1)) {
            return false;
        }
        String a = spelling(spun);
        return a.length() >= 5 && a.equals(spelling(original.toLowerCase(Locale.ROOT)));
    }

    /** A lowercase word with the differences of its spellings set aside (British and American endings, doubled letters, hyphens). */
    static String spelling(String lower) {
        String w = lower.replace("-", "").replace('z', 's').replace("our", "or").replace("ogue", "og")
                .replace("ae", "e").replace("oe", "e");
        w = w.endsWith("tre") ? w.substring(0, w.length() - 3) + "ter" : w.replace("tres", "ters").replace("tred", "tered");
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                b.append(w.charAt(i));
            }
        }
        return b.toString();
    }

    /** Whether two content words (no stop word) are a pair English writes ({@code pair}: theirs). */
    private static boolean contentWordsTogether(NGrams.Pair pair, Tok a, Tok b) {
        return !pair.unseen() && !Stopwords.contains(a.lower()) && !Stopwords.contains(b.lower());
    }

    /** What a restoration's reason adds where the original makes a compound English writes of one it does not ("; … "), else "". */
    private static String compoundReason(String t, int from, int to, String original) {
        int[] span = compoundSpan(t, from, to);
        String made = span == null ? null : t.substring(span[0], from) + original + t.substring(to, span[1]);
        return made == null || !Compounds.SET.contains(made.toLowerCase(Locale.ROOT)) ? ""
                : "; \"" + made + "\" is a compound English writes, \"" + t.substring(span[0], span[1]) + "\" none";
    }

    /** Pieces of a compound of {@link Compounds}, at most (data/spin/compounds.py keeps two to four). */
    static final int COMPOUND_PIECES = 4;
    /** Characters a compound's other pieces span on one side, at most, read (a longer run of letters is no listed compound's). */
    static final int COMPOUND_CHARS = 64;

    /** A character that makes the letters beside it part of a longer token (an address, a path, a number, a compound of digits). */
    private static boolean partOfToken(char c) {
        return Character.isLetterOrDigit(c) || hyphen(c) || c == '/' || c == '.' || c == '@' || c == '_' || c == '\\';
    }

    /**
     * log-odds weight of an original that makes a compound English writes of one it does not ({@link #compoundFits}): a
     * compound list's evidence, as strong as a lowercase name's.
     */
    static final double COMPOUND_BONUS = Math.log(10);

    /** log P(b | a) a pair across a hyphen has at least to be evidence for a compound's original (0.003). */
    static final double COMPOUND_PAIR = Math.log(0.003);

    /** log P(c | a b) by the trigram model where a is known (≥ 0), else log P(c | b). */
    private double tri(int a, int b, int c) {
        return a < 0 ? ngrams.logScore(b, c) : ngrams.logTrigram(a, b, c);
    }

    /**
     * How much lower the spun form's cached score {@code cachedScore} (of {@code logScore} with {@code elsewhere} other
     * occurrences) is with {@link IdCounts#otherContexts} counted instead: 0 where they are as many (a word met once, or after a
     * different word each time: most words), without working it out.
     */
    private double repeatsApart(double logScore, double cachedScore, int elsewhere, IdCounts docCounts, int id, int docSize) {
        int contexts = otherContexts(docCounts, id);
        return contexts >= elsewhere ? 0 : cached(logScore, contexts, docSize) - cachedScore;
    }

    /** log(1 - cache-weight), worked out once (not a native log1p call for every original weighed). */
    private final double logUncached;

    /** log of (1-λ)·P(w | left) + λ·(other occurrences of w in the document) / (its words), λ = cache-weight. */
    private double cached(double logScore, int otherOccurrences, int docSize) {
        if (otherOccurrences <= 0 || cacheWeight <= 0) {
            return logScore + logUncached;
        }
        return Math.log((1 - cacheWeight) * Math.exp(logScore) + cacheWeight * otherOccurrences / docSize);
    }

    /** English compounds of a letter and a word ("e-commerce", "x-ray"), from {@code letter-compounds.txt}. */
    private static final java.util.Set<String> LETTER_COMPOUNDS = io.github.unmangle.lang.ResourceLines.of(SpinPass.class, "letter-compounds.txt");

    /**
     * Hyphenated compounds English writes ("real-time", "hands-on"), from {@code compounds.txt} (data/spin/compounds.py),
     * read when a compound's piece is first weighed.
     */
    private static final class Compounds {
        static final java.util.Set<String> SET = io.github.unmangle.lang.HyphenatedCompounds.all();
        /** How many of them each word begins, and ends. */
        static final Map<String, Integer> FIRST = new HashMap<>();
        static final Map<String, Integer> LAST = new HashMap<>();

        static {
            for (String c : SET) {
                FIRST.merge(c.substring(0, c.indexOf('-')), 1, Integer::sum);
                LAST.merge(c.substring(c.lastIndexOf('-') + 1), 1, Integer::sum);
            }
        }
    }

    /** Listed compounds a piece begins (or ends), at least, to be a productive former of compounds ({@link #productiveOver}). */
    static final int PRODUCTIVE = 20;

    /**
     * Whether the spun form, a compound's first piece ({@code hyphenRight} alone) or last ({@code hyphenLeft} alone), forms
     * compounds in that place far more often than the original does: {@value #PRODUCTIVE} of the list's or more, and ten
     * times the original's. A writer coins compounds with such a piece ("non-greasy", "self-compassion"): the list lacks
     * most of them, and "not-greasy" is no English a spinner's "non" stood for.
     */
    private static boolean productiveOver(String spun, String original, boolean hyphenLeft, boolean hyphenRight) {
        if (hyphenLeft == hyphenRight || spun.indexOf(' ') >= 0) {
            return false;
        }
        Map<String, Integer> formed = hyphenRight ? Compounds.FIRST : Compounds.LAST;
        int written = formed.getOrDefault(spun, 0);
        return written >= PRODUCTIVE && written > 10 * formed.getOrDefault(original.toLowerCase(Locale.ROOT), 0);
    }

    /**
     * Spinners split tokens at "." and "-" and replace the pieces: "U.S." → "U.Due south",
     * "e-commerce" → "east-commerce". A spun form glued to "X." before it, or to "-word" after it,
     * that can stand for exactly one single letter is that letter.
     */
    private Choice splitToken(String t, List<Tok> toks, int i, int len, String phrase, String[] originals) {
        int s = toks.get(i).start();
        int e = toks.get(i + len - 1).end();
        boolean afterInitial = gluedToInitial(t, s) && (s < 3 || !Character.isLetter(t.charAt(s - 3)));
        boolean beforeHyphen = e + 1 < t.length() && t.charAt(e) == '-' && Character.isLetter(t.charAt(e + 1))
                && len == 1 && (s == 0 || !Character.isLetter(t.charAt(s - 1)));
        String hyphenLetter = null;
        if (beforeHyphen && !afterInitial) {
            // "east-west", "single-family" are real compounds: only a known letter compound counts
            int bEnd = e + 1;
            while (bEnd < t.length() && Character.isLetter(t.charAt(bEnd))) {
                bEnd++;
            }
            String rest = t.substring(e + 1, bEnd).toLowerCase(Locale.ROOT);
            for (String o : originals) {
                if (o.length() == 1 && LETTER_COMPOUNDS.contains(o.toLowerCase(Locale.ROOT) + "-" + rest)) {
                    hyphenLetter = o;
                }
            }
            if (hyphenLetter == null) {
                return null;
            }
        }
        if (!afterInitial && !beforeHyphen) {
            return null;
        }
        String letter = null;
        for (String o : originals) {
            if (o.length() == 1 && Character.isLetter(o.charAt(0))) {
                if (letter != null && !letter.equalsIgnoreCase(o)) {
                    return null;
                }
                letter = o.toLowerCase(Locale.ROOT);
            }
        }
        if (letter == null || phrase.length() == 1) {
            return null;
        }
        return new Choice(i, len, s, e, phrase, letter, FORM_CERTAIN, true, true);
    }

    /**
     * log-odds weight of a name written all in lowercase inside a sentence ("american state",
     * "ore."): writers leave a name lowercase perhaps one time in ten; spinners always copy the
     * case of the word they replaced.
     */
    static final double NAME_BONUS = Math.log(10);
    /**
     * A general thesaurus's original is restored with odds this much (log) above what WordNet's needs, and only in
     * another spinner's text: its synonyms are looser (SpinEval, a Moby spinner swapping 11% of the words: 332 of 345
     * such edits right, 2 at a word the spinner left; with no extra, 90.8% of all edits right, 92.1% with 1.5).
     */
    static final double THESAURUS_EXTRA = 3;
}
