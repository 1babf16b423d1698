package io.github.unmangle.bench;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.BatchLearner;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRegistry;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Memory and time of the boilerplate pass's batch learning (the first read of a batch) as the
 * archive grows: N synthetic documents of 40 lines each, 36 of them lines no other document has
 * (as article text is), 3 drawn from a site template of 60 lines (each in about 5% of the
 * documents) and a title. Prints the heap still in use after the documents were seen (after a
 * GC), the time, and what was learned: the template lines found should be the 60, whatever N.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.LearnerMemory [N] [THREADS]} (JAVA_OPTS
 * e.g. -Xmx512m).
 */
public final class LearnerMemory {
    private static final String[] WORDS = ("time year people way day man thing woman life child world school state family student group "
            + "country problem hand part place case week company system program question work government number night point home water room "
            + "mother area money story fact month lot right study book eye job word business issue side kind head house service friend father "
            + "power hour game line end member law car city community name president team minute idea kid body information back parent face "
            + "others level office door health person art war history party result change morning reason research girl guy moment air teacher "
            + "force education").split(" ");

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        PassFactory f = PassRegistry.load().get("boilerplate");
        BatchLearner learner = f.newBatchLearner(new PassOptions("boilerplate", f.options(), Map.of()));
        String[] template = new String[60];
        Random tr = new Random(1);
        for (int k = 0; k < template.length; k++) {
            template[k] = "Site menu " + sentence(tr, 4) + " " + k;
        }
        long t0 = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        for (int w = 0; w < threads; w++) {
            pool.execute(() -> {
                for (int d; (d = next.getAndIncrement()) < n; ) {
                    Random r = new Random(d * 31L + 7);
                    StringBuilder doc = new StringBuilder("Title of document ").append(d).append(' ').append(sentence(r, 5)).append('\n');
                    for (int l = 0; l < 36; l++) {
                        doc.append(sentence(r, 12)).append(" (").append(d).append('.').append(l).append(")\n");
                        if (l % 12 == 0) {
                            doc.append(template[r.nextInt(template.length)]).append('\n');
                        }
                    }
                    learner.observe("doc" + d, doc.toString());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.gc();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        BatchKnowledge k = learner.finish();
        System.out.printf(Locale.ROOT, "%d documents (%d threads): %.1f s, %.0f docs/s; heap in use after them %d MB; learned %s%n",
                n, threads, secs, n / secs, used >> 20, k.summary().entrySet().stream()
                        .filter(e -> !e.getKey().equals("most-repeated")).toList());
    }

    private static String sentence(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
