package io.github.unmangle.bench;

import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * How well the unicode pass undoes mojibake made the ways it is made on the web. Clean texts that hold
 * characters outside ASCII (curly quotes, dashes, accented letters: boilerplate-dev's gold texts) are
 * damaged by each way below, and the unicode pass is run on the damaged text and on the clean one:
 * a text is restored when both come out the same. Reported per way: texts restored, and words of the
 * clean text's output left different, against the words the damage changed (java-diff-utils).
 *
 * <p>Ways: UTF-8 bytes read as windows-1252 (Java's decoder: undefined bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D
 * become U+FFFD); as windows-1252 with those bytes as C1 controls (as browsers read it); as ISO-8859-1;
 * as MacRoman; as windows-1250 (Central European); windows-1252 twice; windows-1252 with its undefined bytes dropped (a
 * decoder told to ignore what it cannot read, or a cleaner that strips control characters, after it: "helloâ€ and" for
 * "hello” and"); windows-1252 with each no-break space then made a plain space.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.MojibakeEval [DIR] [--texts N] [--examples N]} (DIR: folder of
 * clean .txt files, by default ../shared/boilerplate-dev/gold).
 */
public final class MojibakeEval {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of("../shared/boilerplate-dev/gold");
        int max = 400;
        int examples = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--texts")) {
                max = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--examples")) {
                examples = Integer.parseInt(args[++i]);
            } else {
                dir = Path.of(args[i]);
            }
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String t = Files.readString(p, StandardCharsets.UTF_8);
                if (t.chars().anyMatch(c -> c >= 0x80) && texts.size() < max) {
                    texts.add(t);
                }
            }
        }
        Charset cp1252 = Charset.forName("windows-1252");
        Map<String, UnaryOperator<String>> ways = new LinkedHashMap<>();
        ways.put("windows-1252 (undefined bytes as U+FFFD)", t -> decode(t.getBytes(StandardCharsets.UTF_8), cp1252));
        ways.put("windows-1252 (undefined bytes as C1 controls)", t -> browser1252(t.getBytes(StandardCharsets.UTF_8)));
        ways.put("ISO-8859-1", t -> new String(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        ways.put("MacRoman", t -> decode(t.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman")));
        ways.put("windows-1250", t -> decode(t.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1250")));
        ways.put("windows-1252 twice", t -> browser1252(browser1252(t.getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        ways.put("windows-1252 (undefined bytes dropped)", t -> browser1252(t.getBytes(StandardCharsets.UTF_8)).replaceAll("[\\u0081\\u008D\\u008F\\u0090\\u009D]", ""));
        ways.put("windows-1252, no-break spaces made spaces", t -> browser1252(t.getBytes(StandardCharsets.UTF_8)).replace('\u00A0', ' '));
        Pipeline unicode = Pipeline.build(PassRegistry.load(), List.of("unicode"));
        List<String> clean = new ArrayList<>();
        for (String t : texts) {
            clean.add(unicode.clean("clean", t).text());
        }
        System.out.printf(Locale.ROOT, "%d clean texts with characters outside ASCII, from %s%n", texts.size(), dir);
        for (Map.Entry<String, UnaryOperator<String>> w : ways.entrySet()) {
            int restored = 0;
            int shown = 0;
            long left = 0;
            long damaged = 0;
            for (int k = 0; k < texts.size(); k++) {
                String bad = w.getValue().apply(texts.get(k));
                String out = unicode.clean("damaged", bad).text();
                damaged += differing(bad, clean.get(k));
                if (out.equals(clean.get(k))) {
                    restored++;
                } else {
                    left += differing(out, clean.get(k));
                    shown = show(out, clean.get(k), shown, examples);
                }
            }
            System.out.printf(Locale.ROOT, "  %-46s restored %4d of %d texts (%.1f%%); words still wrong %,d of %,d damaged%n", w.getKey(), restored,
                    texts.size(), 100.0 * restored / texts.size(), left, damaged);
        }
    }

    /** Prints the changes left in one text (as "wrong → right"), up to {@code examples} in all; returns how many are printed. */
    private static int show(String out, String clean, int shown, int examples) {
        List<String> x = List.of(out.split("\\s+"));
        List<String> y = List.of(clean.split("\\s+"));
        for (com.github.difflib.patch.AbstractDelta<String> d : com.github.difflib.DiffUtils.diff(x, y).getDeltas()) {
            if (shown++ >= examples) {
                return shown;
            }
            System.out.println("    " + String.join(" ", d.getSource().getLines()) + " → " + String.join(" ", d.getTarget().getLines()));
        }
        return shown;
    }

    /** A decoder that replaces what it cannot read (U+FFFD), as Java's and Python's do. */
    private static String decode(byte[] b, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return d.decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** windows-1252 as the WHATWG Encoding Standard (browsers) reads it: undefined bytes as the C1 controls of the same value. */
    private static String browser1252(byte[] b) {
        String s = new String(b, Charset.forName("windows-1252"));
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < b.length; i++) {
            int v = b[i] & 0xFF;
            char c = s.charAt(i);
            out.append(c == '\uFFFD' ? (char) v : c);
        }
        return out.toString();
    }

    /** Words that differ (split at white space, aligned by java-diff-utils): for each change, the larger of its two sides. */
    private static int differing(String a, String b) {
        List<String> x = List.of(a.split("\\s+"));
        List<String> y = List.of(b.split("\\s+"));
        int n = 0;
        for (com.github.difflib.patch.AbstractDelta<String> d : com.github.difflib.DiffUtils.diff(x, y).getDeltas()) {
            n += Math.max(d.getSource().size(), d.getTarget().size());
        }
        return n;
    }
}
