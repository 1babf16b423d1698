package io.github.unmangle.bench;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well the unicode pass makes hard-wrapped paragraphs one line again (rules unwrap and line-join), and what hard
 * wrapping costs the chain. The boilerplate-dev gold texts are wrapped here at a width as fmt or Python's textwrap wrap
 * (words filled greedily up to the width, a compound also broken after its hyphen; lines with a tab, tables, kept as
 * they are), so every line break is known to be the wrapping's or the text's own. Reported per width: the wrapping's
 * breaks joined (recall) and the joins that were the wrapping's (precision), by rule; then, unwrapped, the edits of
 * rule unwrap on the gold texts and on the pages as saved (boilerplate-dev input), where every join is a false one unless
 * the page itself was wrapped; and the words of the gold texts the default chain drops, as they are and wrapped at 72.
 *
 * With --fmt the texts are wrapped by GNU fmt instead (see {@link #fmt}); --examples N shows up to N wrong joins per width,
 * --missed N up to N breaks of the wrapping left.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.UnwrapEval [DEV_DIR] [--examples N] [--missed N] [--fmt]}
 */
public final class UnwrapEval {
    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/boilerplate-dev");
        int examples = 0;
        boolean fmt = false;
        int missed = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--examples")) {
                examples = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--missed")) {
                missed = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--fmt")) {
                fmt = true;
            }
        }
        Map<String, String> gold = read(dev.resolve("gold"));
        PassRegistry reg = PassRegistry.load();
        Pipeline unicode = Pipeline.build(reg, List.of("unicode"), Map.of(), Map.of());
        for (int width : new int[] {60, 72, 80, 100}) {
            long breaks = 0;
            Map<String, long[]> byRule = new TreeMap<>(); // rule -> {right, wrong}
            List<String> wrong = new ArrayList<>();
            List<String> left = new ArrayList<>();
            for (var e : gold.entrySet()) {
                Wrapped w = fmt ? fmt(e.getValue(), width) : wrap(e.getValue(), width);
                breaks += w.wrapBreaks;
                boolean[] joined = new boolean[w.text.length() + 1];
                for (Edit x : unicode.clean(e.getKey(), w.text).passes().get(0).edits()) {
                    if (!x.rule().equals("unwrap") && !x.rule().equals("line-join")) {
                        continue;
                    }
                    joined[x.start()] = true;
                    boolean right = x.start() < w.isWrap.length && w.isWrap[x.start()];
                    byRule.computeIfAbsent(x.rule(), k -> new long[2])[right ? 0 : 1]++;
                    if (!right && wrong.size() < examples) {
                        int ls = w.text.lastIndexOf('\n', x.start() - 1) + 1;
                        int le = w.text.indexOf('\n', x.end());
                        wrong.add(x.rule() + " " + e.getKey() + ": " + w.text.substring(ls, le < 0 ? w.text.length() : le).replace("\n", " ⏎ "));
                    }
                }
                for (int c = 0; c < w.text.length() && left.size() < missed; c++) {
                    if (w.isWrap[c] && !joined[c]) {
                        int ls = w.text.lastIndexOf('\n', c - 1) + 1;
                        int le = w.text.indexOf('\n', c + 1);
                        left.add(e.getKey() + " [" + (c - ls) + " columns]: " + w.text.substring(ls, le < 0 ? w.text.length() : le).replace("\n", " ⏎ "));
                    }
                }
            }
            long right = byRule.values().stream().mapToLong(v -> v[0]).sum();
            long all = byRule.values().stream().mapToLong(v -> v[0] + v[1]).sum();
            System.out.printf(Locale.ROOT, "wrapped at %d: %d breaks of the wrapping in %d texts; joined %d (recall %.4f), joins right %d of %d (precision %.4f);",
                    width, breaks, gold.size(), right, (double) right / breaks, right, all, all == 0 ? 1.0 : (double) right / all);
            byRule.forEach((r, v) -> System.out.printf(Locale.ROOT, " %s %d right / %d wrong", r, v[0], v[1]));
            System.out.println();
            wrong.forEach(s -> System.out.println("    wrong: " + s));
            left.forEach(s -> System.out.println("    left: " + s));
        }
        for (String set : new String[] {"gold", "input"}) {
            Map<String, String> texts = set.equals("gold") ? gold : read(dev.resolve("input"));
            long unwraps = 0;
            int files = 0;
            for (var e : texts.entrySet()) {
                long n = unicode.clean(e.getKey(), e.getValue()).passes().get(0).edits().stream().filter(x -> x.rule().equals("unwrap")).count();
                unwraps += n;
                files += n > 0 ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "boilerplate-dev %s as it is: %d unwrap edits in %d of %d texts%n", set, unwraps, files, texts.size());
        }
        Pipeline chain = Pipeline.build(reg, reg.defaultChain(), Map.of(), Map.of());
        long words = 0;
        long lostFlat = 0;
        long lostWrapped = 0;
        for (var e : gold.entrySet()) {
            Map<String, Integer> in = bag(e.getValue());
            words += in.values().stream().mapToInt(Integer::intValue).sum();
            lostFlat += lost(in, chain.clean(e.getKey(), e.getValue()));
            lostWrapped += lost(in, chain.clean(e.getKey(), (fmt ? fmt(e.getValue(), 72) : wrap(e.getValue(), 72)).text));
        }
        System.out.printf(Locale.ROOT, "default chain (%s) on the gold texts, %d words: %d dropped as they are (%.3f%%), %d wrapped at 72%s (%.3f%%)%n",
                String.join(",", reg.defaultChain()), words, lostFlat, 100.0 * lostFlat / words, lostWrapped, fmt ? " by fmt" : "", 100.0 * lostWrapped / words);
    }

    private static Map<String, String> read(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** A text wrapped, and per character whether it is a line break the wrapping made. */
    private record Wrapped(String text, boolean[] isWrap, int wrapBreaks) {
    }

    /**
     * Each line (a paragraph of the gold text) filled by GNU fmt at {@code width} ({@code fmt -w}), which does not fill
     * greedily: it aims at lines of 93% of the width, and prefers breaks after a sentence to breaks inside one; lines
     * with a tab are kept. (Each line goes to fmt as a paragraph of its own, so the breaks inside its output are the
     * wrapping's.)
     */
    static Wrapped fmt(String text, int width) throws Exception {
        String[] lines = text.split("\n", -1);
        StringBuilder in = new StringBuilder();
        List<Integer> filled = new ArrayList<>();
        for (int li = 0; li < lines.length; li++) {
            if (!lines[li].isBlank() && lines[li].indexOf('\t') < 0) {
                filled.add(li);
                in.append(lines[li].strip()).append("\n\n");
            }
        }
        Process p = new ProcessBuilder("fmt", "-w", Integer.toString(width)).redirectErrorStream(true).start();
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getInputStream().readAllBytes();
            } catch (java.io.IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        });
        try (var w = p.getOutputStream()) {
            w.write(in.toString().getBytes(StandardCharsets.UTF_8));
        }
        String[] paras = new String(read.get(), StandardCharsets.UTF_8).split("\n\n", -1);
        if (p.waitFor() != 0 || paras.length < filled.size()) {
            throw new IllegalStateException("fmt -w " + width + " failed or merged paragraphs");
        }
        StringBuilder out = new StringBuilder();
        List<Integer> wraps = new ArrayList<>();
        for (int li = 0, f = 0; li < lines.length; li++) {
            if (li > 0) {
                out.append('\n');
            }
            if (f < filled.size() && filled.get(f) == li) {
                String para = paras[f++];
                for (int c = 0; c < para.length(); c++) {
                    if (para.charAt(c) == '\n') {
                        wraps.add(out.length() + c);
                    }
                }
                out.append(para);
            } else {
                out.append(lines[li]);
            }
        }
        boolean[] isWrap = new boolean[out.length() + 1];
        for (int w : wraps) {
            isWrap[w] = true;
        }
        return new Wrapped(out.toString(), isWrap, wraps.size());
    }

    /** Fills each line's words up to {@code width} (greedily; a compound may break after its hyphen); lines with a tab are kept. */
    static Wrapped wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        List<Integer> wraps = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int li = 0; li < lines.length; li++) {
            String line = lines[li];
            if (li > 0) {
                out.append('\n');
            }
            if (line.isBlank() || line.indexOf('\t') >= 0) {
                out.append(line);
                continue;
            }
            int lineStart = out.length();
            boolean first = true;
            for (String word : line.trim().split(" +")) {
                // pieces of a word: after each hyphen between letters ("well-" "known")
                List<String> pieces = new ArrayList<>();
                int s = 0;
                for (int i = 1; i + 1 < word.length(); i++) {
                    if (word.charAt(i) == '-' && Character.isLetter(word.charAt(i - 1)) && Character.isLetter(word.charAt(i + 1))) {
                        pieces.add(word.substring(s, i + 1));
                        s = i + 1;
                    }
                }
                pieces.add(word.substring(s));
                for (int p = 0; p < pieces.size(); p++) {
                    String piece = pieces.get(p);
                    String sep = first || p > 0 ? "" : " ";
                    if (!first && out.length() - lineStart + sep.length() + piece.length() > width) {
                        wraps.add(out.length());
                        out.append('\n');
                        lineStart = out.length();
                        sep = "";
                    }
                    out.append(sep).append(piece);
                    first = false;
                }
            }
        }
        boolean[] isWrap = new boolean[out.length() + 1];
        for (int w : wraps) {
            isWrap[w] = true;
        }
        return new Wrapped(out.toString(), isWrap, wraps.size());
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                m.merge(w, 1, Integer::sum);
            }
        }
        return m;
    }

    /** Words of {@code in} (a bag) that the cleaned text has fewer of. */
    private static long lost(Map<String, Integer> in, Cleaned c) {
        Map<String, Integer> out = bag(c.text());
        long lost = 0;
        for (var e : in.entrySet()) {
            lost += Math.max(0, e.getValue() - out.getOrDefault(e.getKey(), 0));
        }
        return lost;
    }
}
