package io.github.unmangle.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Pairs of capitalised words that stand side by side in a name ("United States", "Supreme Court", "Trade Commission"):
 * the adjacent words of WordNet 3.1's multiword names, written by {@code data/names/build.py} into {@code
 * name-pairs.txt}. Loaded on first use (a text with no line broken after a capitalised word never needs them).
 */
public final class NamePairs {
    private NamePairs() {
    }

    private static final class Holder {
        static final Set<String> PAIRS = load();
    }

    private static Set<String> load() {
        Set<String> pairs = new HashSet<>();
        try (InputStream in = NamePairs.class.getResourceAsStream("name-pairs.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource name-pairs.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    pairs.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    /** Whether {@code first} and then {@code second} (each as written: capitalised) stand side by side in a name. */
    public static boolean contains(String first, String second) {
        return Holder.PAIRS.contains(first + ' ' + second);
    }
}
