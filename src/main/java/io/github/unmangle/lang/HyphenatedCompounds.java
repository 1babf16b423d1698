package io.github.unmangle.lang;

import java.util.Set;

/**
 * Hyphenated compounds English writes ("real-time", "long-term", "three-dimensional"), lowercase: WordNet 3.1's hyphenated
 * lemmas and those written in two or more of boilerplate-dev's odd-numbered gold texts ({@code compounds.txt} beside the
 * spin pass, written by {@code data/spin/compounds.py}). Read at first use, once for every pass that asks.
 */
public final class HyphenatedCompounds {
    private HyphenatedCompounds() {
    }

    private static final class Holder {
        static final Set<String> SET = ResourceLines.of(HyphenatedCompounds.class, "/io/github/unmangle/pass/spin/compounds.txt");
    }

    /** The compounds (lowercase, one hyphen or more). */
    public static Set<String> all() {
        return Holder.SET;
    }

    /** Whether {@code lower} (lowercase) is one of them. */
    public static boolean contains(String lower) {
        return Holder.SET.contains(lower);
    }
}
