package io.github.unmangle.bench;

import io.github.unmangle.core.Edit;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRegistry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the spin pass does to writers' hyphenated compounds: each sentence of the gold texts of boilerplate-dev's
 * EVEN-numbered pages (held out from the compound list, data/spin/compounds.py, and from the n-gram counts) that holds a
 * compound of letters ("self-compassion", "client-centric") is cleaned as a document of its own, without the document
 * gate ({@code --spin.doc-gate 0}: as if it stood in a spun text, where the gate lets restorations through). Every edit
 * is a false one; those inside a compound are listed. SpinEval measures the other side (swaps restored in compounds).
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.CompoundSentences [DEV_DIR]}
 */
public final class CompoundSentences {
    /** A compound of letters in running text, as data/spin/compounds.py reads one. */
    static final Pattern COMPOUND = Pattern.compile("(?<![\\w./@-])[A-Za-z]+(?:-[A-Za-z]+){1,3}(?![\\w/@-]|\\.\\w)");

    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args.length > 0 ? args[0] : "../shared/boilerplate-dev");
        List<String> sentences = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> s = Files.list(dev.resolve("gold"))) {
            golds = s.filter(p -> p.getFileName().toString().matches(".*\\d+\\.txt")).sorted().toList();
        }
        for (Path p : golds) {
            if (Integer.parseInt(p.getFileName().toString().replaceAll("\\D", "")) % 2 != 0) {
                continue;
            }
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                for (String sentence : line.strip().split("(?<=[.!?])\\s+")) {
                    if (sentence.length() > 40 && sentence.length() < 300 && COMPOUND.matcher(sentence).find()) {
                        sentences.add(sentence);
                    }
                }
            }
        }
        PassFactory f = PassRegistry.load().get("spin");
        Pass pass = f.create(new PassOptions("spin", f.options(), Map.of("doc-gate", "0")));
        Map<String, Integer> byRule = new TreeMap<>();
        int edited = 0;
        int inCompounds = 0;
        long words = 0;
        List<String> shown = new ArrayList<>();
        for (String s : sentences) {
            words += s.split("\\s+").length;
            List<Edit> edits = pass.apply(PassInput.of("sentence", s)).edits();
            edited += edits.isEmpty() ? 0 : 1;
            for (Edit e : edits) {
                byRule.merge(e.rule(), 1, Integer::sum);
                boolean inCompound = e.start() > 0 && s.charAt(e.start() - 1) == '-' || e.end() < s.length() && s.charAt(e.end()) == '-';
                if (inCompound) {
                    inCompounds++;
                    shown.add("  " + e.before() + " -> " + e.after() + " :: " + s);
                }
            }
        }
        System.out.printf("%d sentences with a hyphenated compound (%d words), each cleaned alone without the document gate:"
                + " %d edited; edits by rule %s; %d of them a compound's piece:%n", sentences.size(), words, edited, byRule, inCompounds);
        shown.forEach(System.out::println);
    }
}
