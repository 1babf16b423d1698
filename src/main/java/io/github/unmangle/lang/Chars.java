package io.github.unmangle.lang;

/**
 * {@link Character}'s letter and white space tests and lowercase, answered for ASCII (most of any text) without its
 * table lookups and virtual calls; the same answers for every {@code char} (CharsTest checks all
 * 65,536). Per-character loops over whole documents (the check's English share, the batch's line
 * hashes, the tokenisers) spent much of their time in those lookups with the quick JIT.
 */
public final class Chars {
    private Chars() {
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10 : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isDigit(char)}. */
    public static boolean isDigit(char c) {
        return c < 128 ? (char) (c - '0') < 10 : Character.isDigit(c);
    }

    /** {@link Character#isUpperCase(char)}. */
    public static boolean isUpperCase(char c) {
        return c < 128 ? (char) (c - 'A') < 26 : Character.isUpperCase(c);
    }

    /** {@link Character#isWhitespace(char)}. */
    public static boolean isWhitespace(char c) {
        return c < 128 ? c == ' ' || (char) (c - '\t') <= '\r' - '\t' || (char) (c - '\u001C') <= '\u001F' - '\u001C' : Character.isWhitespace(c);
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) : Character.toLowerCase(c);
    }
}
