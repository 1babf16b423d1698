package io.github.unmangle.pass.boilerplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-character beginnings of the lines that one pattern, matched against whole lines, can match: as
 * {@link Openings} reads a line's beginning for the families, for a pattern of its own that most lines cannot open
 * (an end anchor, a date line), so that such a line is never made a string, lowercased and given a matcher. The
 * pattern is run on each pair of ASCII characters when first met: a pair it matches, or after which more input could
 * make a match ({@link Matcher#hitEnd}), may begin one; any other rules out every line that begins so. A pair with a
 * character beyond ASCII is left to the pattern.
 */
final class PairOpenings {
    private final Pattern pattern;
    /**
     * Per pair of ASCII characters ({@code a * 128 + b}): 0 not worked out yet, {@link #NO}, {@link #MAY}. (Written by
     * whichever thread first works a pair out: a byte is never torn, and another thread that still reads 0 works out the
     * same answer again.)
     */
    private final byte[] known = new byte[128 * 128];
    private static final byte NO = 1;
    private static final byte MAY = 2;

    PairOpenings(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Whether the line {@code s[from, to)} may match the pattern by its first two characters (a shorter line may). */
    boolean mayBegin(CharSequence s, int from, int to) {
        return to - from < 2 || mayBegin(s.charAt(from), s.charAt(from + 1));
    }

    /** {@link #mayBegin(CharSequence, int, int)} for a pattern matched against the line lowercased. */
    boolean mayBeginLowered(CharSequence s, int from, int to) {
        return to - from < 2 || mayBegin(asciiLower(s.charAt(from)), asciiLower(s.charAt(from + 1)));
    }

    /** A character lowercased as {@code String.toLowerCase} lowercases it, if it is ASCII (others are left to {@link #mayBegin(char, char)}). */
    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }

    /** Whether a line that begins with {@code a b} may match the pattern (true also when either is no ASCII character). */
    private boolean mayBegin(char a, char b) {
        if ((a | b) >= 128) {
            return true;
        }
        int pair = a * 128 + b;
        byte k = known[pair];
        if (k == 0) {
            Matcher m = pattern.matcher(String.valueOf(new char[] {a, b}));
            k = m.matches() || m.hitEnd() ? MAY : NO;
            known[pair] = k;
        }
        return k == MAY;
    }
}
