package io.github.unmangle.bench;

import io.github.unmangle.core.BinaryInputException;
import io.github.unmangle.core.Decoded;
import io.github.unmangle.core.Decoder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How often the decoder reads legacy-encoded text right. Two sets:
 * <ul>
 *   <li>{@code --labelled DIR}: files in folders named by their encoding, as chardet's test corpus has them
 *       ("windows-1251-russian/…", "KOI8-R/…"; the folder's name up to the language is the charset); a file is read right
 *       when the decoder's text equals Java's decoding of the bytes in that charset (files Java cannot decode so, and
 *       folders of a charset Java lacks, are left out);</li>
 *   <li>{@code --english DIR}: clean English UTF-8 texts (boilerplate-dev's gold texts) written in windows-1252 and in
 *       ISO-8859-1 (those that one can encode and that hold a non-ASCII character): what a scraped archive of English
 *       pages holds most; each must come back exactly.</li>
 * </ul>
 * Prints, per charset, files read right of those counted, and the charsets the wrong ones were read as.
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.DecoderEval [--labelled DIR] [--english DIR]}
 */
public final class DecoderEval {
    public static void main(String[] args) throws IOException {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--labelled" -> labelled(Path.of(args[++i]));
                case "--english" -> english(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
    }

    private static void labelled(Path dir) throws IOException {
        Map<String, int[]> right = new TreeMap<>();
        Map<String, Map<String, Integer>> readAs = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Charset cs = charsetOf(f.getParent().getFileName().toString());
            if (cs == null) {
                continue;
            }
            byte[] b = Files.readAllBytes(f);
            String truth;
            try {
                truth = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                continue;
            }
            if (!truth.isEmpty() && truth.charAt(0) == '\uFEFF') {
                truth = truth.substring(1);
            }
            String key = cs.name();
            int[] r = right.computeIfAbsent(key, k -> new int[2]);
            r[1]++;
            String as;
            try {
                Decoded d = Decoder.decode(b);
                as = d.charset();
                if (d.text().equals(truth)) {
                    r[0]++;
                    continue;
                }
            } catch (BinaryInputException e) {
                as = "binary";
            }
            readAs.computeIfAbsent(key, k -> new TreeMap<>()).merge(as, 1, Integer::sum);
        }
        int all = 0;
        int ok = 0;
        System.out.println("labelled files (" + dir + "): read right / counted, and what the others were read as");
        for (Map.Entry<String, int[]> e : right.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-14s %3d / %3d  %s%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    readAs.getOrDefault(e.getKey(), Map.of()));
            ok += e.getValue()[0];
            all += e.getValue()[1];
        }
        System.out.printf(Locale.ROOT, "  all            %3d / %3d%n", ok, all);
    }

    /** The charset a chardet corpus folder names ("windows-1251-russian" → windows-1251, "utf-8-sig" → UTF-8), or null. */
    static Charset charsetOf(String folder) {
        String f = folder.toLowerCase(Locale.ROOT);
        if (f.equals("utf-8-sig")) {
            return StandardCharsets.UTF_8;
        }
        for (String cut = f; !cut.isEmpty(); ) {
            try {
                if (Charset.isSupported(cut)) {
                    return Charset.forName(cut);
                }
            } catch (IllegalArgumentException e) {
                // not a charset's name
            }
            int dash = cut.lastIndexOf('-');
            if (dash < 0) {
                return null;
            }
            cut = cut.substring(0, dash);
        }
        return null;
    }

    private static void english(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        System.out.println("English texts (" + dir + ") written in a legacy charset: read back exactly / texts with a non-ASCII character");
        for (String name : List.of("windows-1252", "ISO-8859-1")) {
            Charset cs = Charset.forName(name);
            int counted = 0;
            int ok = 0;
            Map<String, Integer> readAs = new TreeMap<>();
            for (Path f : files) {
                String text = Files.readString(f);
                if (text.chars().allMatch(c -> c < 0x80)) {
                    continue;
                }
                CharsetEncoder enc = cs.newEncoder();
                if (!enc.canEncode(text)) {
                    continue;
                }
                byte[] b = text.getBytes(cs);
                counted++;
                try {
                    Decoded d = Decoder.decode(b);
                    String expected = name.equals("ISO-8859-1") ? new String(b, Charset.forName("windows-1252")) : text;
                    if (d.text().equals(expected) || d.text().equals(text)) {
                        ok++;
                    } else {
                        readAs.merge(d.charset(), 1, Integer::sum);
                    }
                } catch (BinaryInputException e) {
                    readAs.merge("binary", 1, Integer::sum);
                }
            }
            System.out.printf(Locale.ROOT, "  %-14s %4d / %4d  %s%n", name, ok, counted, readAs);
        }
    }

    private DecoderEval() {
    }
}
