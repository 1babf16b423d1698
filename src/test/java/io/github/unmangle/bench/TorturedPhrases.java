package io.github.unmangle.bench;

import io.github.unmangle.core.Edit;
import io.github.unmangle.core.Flag;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.PassResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spin pass on published tortured phrases ({@code testdata/spin/tortured-phrases.tsv}: a paper mill's synonymizer
 * output and the term it replaced), held out from everything the pass was built from. Each phrase stands in a plain
 * carrier sentence; the sentences make one document, as a paper mill's text holds many such phrases. For each phrase:
 * restored (the original's words exactly), changed otherwise, flagged (a spin flag over it, and whether it names an
 * original's word), or untouched; the document's spin-score and whether {@code check --max-spin 0.03} would flag it.
 * Run with the defaults and without the document gate ({@code --spin.doc-gate 0}: as if the text were known to be spun).
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.TorturedPhrases [TSV]}
 */
public final class TorturedPhrases {
    private static final String[] CARRIERS = {
        "In this study we examine %s and its role in current practice.",
        "Several recent reports describe %s in some detail.",
        "The results show that %s matters for the final outcome.",
    };

    public static void main(String[] args) throws Exception {
        Path tsv = Path.of(args.length > 0 ? args[0] : "testdata/spin/tortured-phrases.tsv");
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        StringBuilder doc = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String sentence = String.format(Locale.ROOT, CARRIERS[i % CARRIERS.length], rows.get(i)[0]);
            int at = doc.length() + sentence.indexOf(rows.get(i)[0]);
            spans.add(new int[] {at, at + rows.get(i)[0].length()});
            doc.append(sentence).append(i % 3 == 2 ? "\n\n" : " ");
        }
        PassFactory f = PassRegistry.load().get("spin");
        for (Map<String, String> opts : List.of(Map.<String, String>of(), Map.of("doc-gate", "0"))) {
            Pass pass = f.create(new PassOptions("spin", f.options(), opts));
            PassResult r = pass.apply(PassInput.of("tortured", doc.toString()));
            System.out.printf(Locale.ROOT, "== spin pass, %s: %d phrases in one document of %d words; spin-score %.4f (check --max-spin 0.03: %s)%n",
                    opts.isEmpty() ? "defaults" : "--spin.doc-gate 0", rows.size(), doc.toString().split("\\s+").length,
                    r.metrics().get("spin-score"), r.metrics().get("spin-score") > 0.03 ? "flagged" : "passes");
            int restored = 0;
            int changed = 0;
            int flagged = 0;
            int untouched = 0;
            for (int i = 0; i < rows.size(); i++) {
                int[] s = spans.get(i);
                String out = apply(doc.toString(), r.edits(), s[0], s[1]);
                List<String> flags = new ArrayList<>();
                for (Flag fl : r.flags()) {
                    if (fl.start() < s[1] && fl.end() > s[0]) {
                        flags.add(fl.rule() + " \"" + fl.text() + "\"");
                    }
                }
                String what;
                if (out.equalsIgnoreCase(rows.get(i)[1])) {
                    restored++;
                    what = "restored";
                } else if (!out.equals(rows.get(i)[0])) {
                    changed++;
                    what = "changed to \"" + out + "\"";
                } else if (!flags.isEmpty()) {
                    flagged++;
                    what = "flagged " + flags;
                } else {
                    untouched++;
                    what = "untouched";
                }
                System.out.printf(Locale.ROOT, "  %-32s %-28s %s%n", rows.get(i)[0], rows.get(i)[1], what);
            }
            System.out.printf(Locale.ROOT, "restored %d, changed otherwise %d, flagged %d, untouched %d (of %d)%n", restored, changed, flagged, untouched, rows.size());
        }
    }

    /** The text of {@code t[from, to)} after the edits that fall inside it (edits straddling it taken whole). */
    private static String apply(String t, List<Edit> edits, int from, int to) {
        StringBuilder sb = new StringBuilder();
        int at = from;
        for (Edit e : edits) {
            if (e.end() <= from || e.start() >= to) {
                continue;
            }
            sb.append(t, at, Math.max(at, e.start()));
            sb.append(e.after());
            at = Math.max(at, e.end());
        }
        sb.append(t, Math.min(at, to), to);
        return sb.toString();
    }
}
