package io.github.unmangle.bench;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.PassReport;
import io.github.unmangle.core.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Whether one cleaning is a fixed point: every page of a folder is cleaned, then its cleaned text is cleaned
 * again; counts the pages the second cleaning changes and, per pass and rule, the pages where it edits.
 *
 * Where the folder beside DIR named {@code gold} holds a page's main text (boilerplate-dev's layout), also how many of
 * the gold text's words (as a bag) the second cleaning takes out of the kept text: the harm a second cleaning does, as
 * against the furniture it finds.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.Idempotence [DIR] [--passes unicode,boilerplate,mt] [--show PASS/RULE]}
 * (DIR: a folder of .txt files, by default ../shared/boilerplate-dev/input).
 */
public final class Idempotence {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of("../shared/boilerplate-dev/input");
        List<String> passes = List.of("unicode", "boilerplate", "mt");
        String show = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--passes")) {
                passes = List.of(args[++i].split(","));
            } else if (args[i].equals("--show")) {
                show = args[++i]; // PASS/RULE: print that rule's second-cleaning edits
            } else {
                dir = Path.of(args[i]);
            }
        }
        Pipeline chain = Pipeline.build(PassRegistry.load(), passes);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int changed = 0;
        Path gold = dir.toAbsolutePath().getParent().resolve("gold");
        long goldLost = 0;
        long otherLost = 0;
        Map<String, Long> losing = new TreeMap<>();
        Map<String, Integer> pagesByRule = new TreeMap<>();
        for (Path f : files) {
            // (read as UTF-8, a malformed byte as U+FFFD: a text browser may write a page's bytes as they came)
            String once = chain.clean(f.getFileName().toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).text();
            Cleaned twice = chain.clean(f.getFileName().toString(), once);
            if (twice.text().equals(once)) {
                continue;
            }
            changed++;
            Path goldFile = gold.resolve(f.getFileName());
            if (Files.isRegularFile(goldFile)) {
                String g = Files.readString(goldFile);
                long[] first = BoilerplateEval.counts(once, g);
                long[] second = BoilerplateEval.counts(twice.text(), g);
                long lost = first[0] - second[0];
                goldLost += lost;
                otherLost += first[1] - second[1] - lost;
                if (lost > 0) {
                    losing.put(f.getFileName().toString(), lost);
                }
            }
            java.util.Set<String> rules = new java.util.TreeSet<>();
            for (PassReport r : twice.passes()) {
                for (Edit e : r.edits()) {
                    rules.add(r.pass() + "/" + e.rule());
                    if ((r.pass() + "/" + e.rule()).equals(show)) {
                        System.out.println("  " + f.getFileName() + " line " + e.line() + ": " + e.before().strip().replace("\n", " | "));
                    }
                }
            }
            rules.forEach(r -> pagesByRule.merge(r, 1, Integer::sum));
        }
        System.out.printf("%s, %d pages, chain %s: a second cleaning changes %d pages (%.1f%%)%n", dir, files.size(), String.join(",", passes),
                changed, 100.0 * changed / Math.max(1, files.size()));
        System.out.println("pages where the second cleaning edits, by rule: " + pagesByRule);
        if (Files.isDirectory(gold)) {
            System.out.printf("the second cleaning takes %,d words of the gold texts (%s) out of the kept text, and %,d other words;"
                    + " gold words lost by page: %s%n", goldLost, gold, otherLost, losing);
        }
    }
}
