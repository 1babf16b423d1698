package io.github.unmangle.bench;

import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.PassResult;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Throughput of the unicode pass alone, single thread, on news-like text held in memory.
 *
 * <p>Corpus: the main-text files of boilerplate-dev ({@code gold/*.txt}) and the seeds, each one
 * document, repeated until at least {@code --mb} MB (UTF-8) are in memory. One document in
 * {@code --damage} (default 10) gets injected damage: a few apostrophes and quotes turned into
 * windows-1252 mojibake, some spaces into NBSPs, CRLF line endings, an HTML entity, a broken
 * line. Warm-up over the first 20 MB, then {@code --rounds} timed passes over everything.
 * Reports MB/s of {@code Pass.apply} (edits found, not applied) and, once, of
 * {@code Pipeline.clean} with the unicode pass only (edits applied), plus edit counts per rule.
 *
 * <p>Usage: bench/java.sh io.github.unmangle.bench.UnicodeBench [--mb 100] [--rounds 3]
 * [--damage 10] [--data DIR-with-gold-and-seeds]
 */
public final class UnicodeBench {

    public static void main(String[] args) throws Exception {
        int mb = 100;
        int rounds = 3;
        int damageEvery = 10;
        Path shared = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mb" -> mb = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--damage" -> damageEvery = Integer.parseInt(args[++i]);
                case "--data" -> shared = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (shared == null) {
            for (String d : new String[] {"../shared", "../../shared", "/work/shared"}) {
                if (Files.isDirectory(Path.of(d, "boilerplate-dev", "gold"))) {
                    shared = Path.of(d);
                    break;
                }
            }
        }
        if (shared == null) {
            System.err.println("no ../shared/boilerplate-dev/gold found; give --data DIR");
            System.exit(2);
        }
        List<String> base = new ArrayList<>();
        for (Path dir : List.of(shared.resolve("boilerplate-dev/gold"), shared.resolve("seeds"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        base.add(Files.readString(p));
                    }
                }
            }
        }
        Random rnd = new Random(42);
        List<String> docs = new ArrayList<>();
        long bytes = 0;
        long target = (long) mb * 1_000_000L;
        int damaged = 0;
        while (bytes < target) {
            for (String d : base) {
                String doc = d;
                if (docs.size() % damageEvery == 0) {
                    doc = damage(d, rnd);
                    damaged++;
                }
                docs.add(doc);
                bytes += doc.getBytes(StandardCharsets.UTF_8).length;
                if (bytes >= target) {
                    break;
                }
            }
        }
        System.out.printf("corpus: %d documents, %.1f MB UTF-8 (%d base texts, %d damaged copies)%n",
                docs.size(), bytes / 1e6, base.size(), damaged);

        PassFactory f = PassRegistry.load().get("unicode");
        Pass pass = f.create(PassOptions.defaults(f));
        // warm-up
        long warm = 0;
        for (String d : docs) {
            pass.apply(PassInput.of("w", d));
            warm += d.length();
            if (warm > 20_000_000) {
                break;
            }
        }
        TreeMap<String, Integer> perRule = new TreeMap<>();
        double best = 0;
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            // Reference in the same round (the machine is shared, so absolute figures drift):
            // copying each document to a char[] and counting its line breaks, the least any pass does.
            long tb = System.nanoTime();
            long nl = 0;
            for (String d : docs) {
                char[] a = d.toCharArray();
                for (char c : a) {
                    if (c == '\n') {
                        nl++;
                    }
                }
            }
            double sb = (System.nanoTime() - tb) / 1e9;
            long edits = 0;
            long t0 = System.nanoTime();
            for (String d : docs) {
                PassResult res = pass.apply(PassInput.of("b", d));
                edits += res.edits().size();
                if (r == 0) {
                    res.edits().forEach(e -> perRule.merge(e.rule(), 1, Integer::sum));
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double rate = bytes / 1e6 / s;
            best = Math.max(best, rate);
            rates.add(rate);
            System.out.printf("round %d: Pass.apply %.2f s, %.0f MB/s, %d edits; reference scan %.0f MB/s"
                    + " (%d lines); pass/reference time %.1fx%n", r + 1, s, rate, edits, bytes / 1e6 / sb, nl, s / sb);
        }
        Pipeline pipe = Pipeline.build(PassRegistry.load(), List.of("unicode"));
        long t0 = System.nanoTime();
        long changed = 0;
        for (String d : docs) {
            if (!pipe.clean("p", d).text().equals(d)) {
                changed++;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Pipeline.clean (unicode only, edits applied): %.2f s, %.0f MB/s, %d documents changed%n",
                s, bytes / 1e6 / s, changed);
        List<Double> sorted = new ArrayList<>(rates);
        java.util.Collections.sort(sorted);
        System.out.printf("Pass.apply single thread: best %.0f MB/s, median %.0f MB/s over %d rounds%n", best,
                sorted.get(sorted.size() / 2), rounds);
        System.out.println("edits per rule (one round): " + perRule);
    }

    /** A copy of {@code d} with typical scraping damage. */
    static String damage(String d, Random rnd) {
        StringBuilder sb = new StringBuilder(d.length() + 64);
        int n = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '\u2019' && rnd.nextInt(2) == 0) {
                sb.append("\u00e2\u20ac\u2122");
            } else if (c == '\u201C' && rnd.nextInt(2) == 0) {
                sb.append("\u00e2\u20ac\u0153");
            } else if (c == ' ' && rnd.nextInt(200) == 0) {
                sb.append('\u00A0');
            } else if (c == '\n') {
                sb.append(n % 3 == 0 ? "\r\n" : "\n");
                n++;
            } else if (c == '&' && rnd.nextInt(2) == 0) {
                sb.append("&amp;");
            } else {
                sb.append(c);
            }
        }
        // one broken line in the middle of a long paragraph
        int p = sb.indexOf(" the ", sb.length() / 2);
        if (p > 0) {
            sb.setCharAt(p, '\n');
        }
        return sb.toString();
    }
}
