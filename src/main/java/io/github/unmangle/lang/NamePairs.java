package io.github.unmangle.lang;

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
        static final Set<String> PAIRS = ResourceLines.of(NamePairs.class, "name-pairs.txt");
    }

    /** Whether {@code first} and then {@code second} (each as written: capitalised) stand side by side in a name. */
    public static boolean contains(String first, String second) {
        return Holder.PAIRS.contains(first + ' ' + second);
    }
}
