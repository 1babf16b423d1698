package io.github.unmangle.bench;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mt pass on mt-dev (Chinese→English TED translations with expert-marked errors, MQM):
 * which marked Fluency/Punctuation and Fluency/Spelling spans it edits (an edit overlapping the
 * marked span), edits per 1,000 MT lines, edits on segments raters found error-free, and lines
 * changed in the human translations (systems ref and refB) — which must be none. Plus speed of
 * the pass alone over MB of those lines repeated.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.MtEval [TSV] [--mb 100] [--show N]}
 */
public final class MtEval {
    public static void main(String[] args) throws Exception {
        Path tsv = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/mt-dev/mqm_ted_zhen.tsv");
        int mb = 0;
        int show = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--mb")) {
                mb = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--show")) {
                show = Integer.parseInt(args[++i]);
            }
        }
        Pipeline mt = Pipeline.build(PassRegistry.load(), List.of("mt"));
        // one entry per segment and system: the plain line, its marked spans per category
        Map<String, String> lines = new LinkedHashMap<>();
        Map<String, List<int[]>> spans = new LinkedHashMap<>();
        Map<String, List<String>> cats = new LinkedHashMap<>();
        Map<String, Boolean> noError = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            if (f.length < 9) {
                continue;
            }
            String key = f[0] + "\t" + f[1] + "\t" + f[3];
            String target = f[6];
            int vs = target.indexOf("<v>");
            int ve = target.indexOf("</v>");
            String plain = target.replace("<v>", "").replace("</v>", "");
            lines.putIfAbsent(key, plain);
            if (f[7].equals("No-error")) {
                noError.putIfAbsent(key, true);
            } else {
                noError.put(key, false);
            }
            if (vs >= 0 && ve > vs && (f[7].equals("Fluency/Punctuation") || f[7].equals("Fluency/Spelling"))) {
                spans.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {vs, ve - 3});
                cats.computeIfAbsent(key, k -> new ArrayList<>()).add(f[7]);
            }
        }
        Map<String, int[]> perCat = new TreeMap<>(); // marked, fixed
        int mtLines = 0;
        int mtEdits = 0;
        int humanLines = 0;
        int humanChanged = 0;
        int cleanSegs = 0;
        int cleanEdited = 0;
        long bytes = 0;
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, String> e : lines.entrySet()) {
            String key = e.getKey();
            String sys = key.substring(0, key.indexOf('\t'));
            String line = e.getValue();
            bytes += line.getBytes(StandardCharsets.UTF_8).length;
            Cleaned c = mt.clean(key, line);
            List<Edit> edits = c.passes().get(0).edits();
            boolean human = sys.equals("ref") || sys.equals("refB");
            if (human) {
                humanLines++;
                if (!edits.isEmpty()) {
                    humanChanged++;
                    if (shown.size() < show) {
                        shown.add("HUMAN " + line + "\n   → " + edits);
                    }
                }
                continue;
            }
            mtLines++;
            mtEdits += edits.size();
            if (Boolean.TRUE.equals(noError.get(key))) {
                cleanSegs++;
                if (!edits.isEmpty()) {
                    cleanEdited++;
                    if (shown.size() < show) {
                        shown.add("NO-ERROR " + line + "\n   → " + edits);
                    }
                }
            }
            List<int[]> sp = spans.getOrDefault(key, List.of());
            for (int i = 0; i < sp.size(); i++) {
                int[] s = sp.get(i);
                boolean fixed = edits.stream().anyMatch(x -> x.start() <= s[1] && x.end() >= s[0] && !(x.start() == x.end() && (x.start() < s[0] || x.start() > s[1])));
                int[] pc = perCat.computeIfAbsent(cats.get(key).get(i), k -> new int[2]);
                pc[0]++;
                if (fixed) {
                    pc[1]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "mt-dev: %d MT lines (%d systems' segments), %d human lines (ref, refB)%n", mtLines, mtLines, humanLines);
        perCat.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-22s marked %4d, edited by mt %3d (%.1f%%)%n", k, v[0], v[1], 100.0 * v[1] / v[0]));
        System.out.printf(Locale.ROOT, "  edits on MT lines: %d = %.1f per 1,000 lines%n", mtEdits, 1000.0 * mtEdits / mtLines);
        System.out.printf(Locale.ROOT, "  segments raters found error-free: %d, of which edited: %d (%.1f per 1,000)%n", cleanSegs, cleanEdited, 1000.0 * cleanEdited / Math.max(1, cleanSegs));
        System.out.printf(Locale.ROOT, "  human lines changed: %d of %d (%.1f per 1,000)%n", humanChanged, humanLines, 1000.0 * humanChanged / humanLines);
        shown.forEach(System.out::println);
        if (mb > 0) {
            // documents of 40 lines each (article-sized), the whole set cleaned again and again
            List<String> all = new ArrayList<>(lines.values());
            List<String> docs = new ArrayList<>();
            long setBytes = 0;
            for (int i = 0; i < all.size(); i += 40) {
                String d = String.join("\n", all.subList(i, Math.min(all.size(), i + 40))) + "\n";
                docs.add(d);
                setBytes += d.getBytes(StandardCharsets.UTF_8).length;
            }
            for (String d : docs) {
                mt.clean("warm", d);
            }
            long t0 = System.nanoTime();
            long done = 0;
            while (done < mb * 1_000_000L) {
                for (String d : docs) {
                    mt.clean("x", d);
                }
                done += setBytes;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "speed: mt pass alone, %.0f MB in %.2f s = %.1f MB/s single thread%n", done / 1e6, secs, done / 1e6 / secs);
        }
    }
}
