package io.github.unmangle.bench;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.PassReport;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Throughput of the pipeline, single thread, in MB/s (UTF-8 bytes of input per second): each
 * pass alone and the whole default chain, over at least {@code MB} megabytes of news-like text
 * (the boilerplate-dev pages and gold texts and the seeds, documents repeated until the size is
 * reached), after a warm-up. Per-pass times come from the pipeline's own timing of each pass.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.ChainBench [MB] [pass,pass,...]}
 */
public final class ChainBench {

    public static void main(String[] args) throws IOException {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        PassRegistry reg = PassRegistry.load();
        List<String> chain = args.length > 1 ? Arrays.asList(args[1].split(",")) : reg.defaultChain();
        List<String> docs = corpus();
        long corpusBytes = 0;
        for (String d : docs) {
            corpusBytes += d.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("corpus: %d documents, %.1f MB (repeated to %d MB); chain %s%n",
                docs.size(), corpusBytes / 1e6, mb, chain);
        long t0 = System.nanoTime();
        Pipeline full = Pipeline.build(reg, chain);
        System.out.printf("pipeline built (resources loaded) in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        run(full, docs, Math.max(10, mb / 5), false); // warm-up
        Map<String, Long> perPass = run(full, docs, mb, true);
        for (String pass : chain) {
            Pipeline alone = Pipeline.build(reg, List.of(pass));
            run(alone, docs, Math.max(10, mb / 5), false);
            Map<String, Long> r = run(alone, docs, mb, false);
            System.out.printf("  %-12s alone: %7.1f MB/s   (inside the chain: %7.1f MB/s)%n", pass,
                    r.get("bytes") / 1e6 / (r.get("wall") / 1e9),
                    perPass.get("bytes") / 1e6 / (perPass.getOrDefault(pass, 1L) / 1e9));
        }
    }

    /** Cleans documents round-robin until {@code mb} MB went through; returns nanos per pass, wall, bytes. */
    private static Map<String, Long> run(Pipeline p, List<String> docs, int mb, boolean print) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        long bytes = 0;
        long edits = 0;
        long target = mb * 1_000_000L;
        long t0 = System.nanoTime();
        for (int i = 0; bytes < target; i++) {
            String d = docs.get(i % docs.size());
            Cleaned c = p.clean("doc" + i, d);
            bytes += SIZES.get(d);
            for (PassReport r : c.passes()) {
                nanos.merge(r.pass(), r.nanos(), Long::sum);
                edits += r.edits().size();
            }
        }
        long wall = System.nanoTime() - t0;
        nanos.put("wall", wall);
        nanos.put("bytes", bytes);
        if (print) {
            System.out.printf("whole chain: %.1f MB in %.1f s = %.1f MB/s single thread, %d edits%n",
                    bytes / 1e6, wall / 1e9, bytes / 1e6 / (wall / 1e9), edits);
        }
        return nanos;
    }

    private static final Map<String, Integer> SIZES = new java.util.IdentityHashMap<>();

    static List<String> corpus() throws IOException {
        List<String> docs = new ArrayList<>();
        Path shared = Path.of("../shared/boilerplate-dev");
        for (String sub : List.of("input", "gold")) {
            Path dir = shared.resolve(sub);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.sorted().toList()) {
                        docs.add(Files.readString(p));
                    }
                }
            }
        }
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                docs.add(Files.readString(p));
            }
        }
        for (String d : docs) {
            SIZES.put(d, d.getBytes(StandardCharsets.UTF_8).length);
        }
        return docs;
    }
}
