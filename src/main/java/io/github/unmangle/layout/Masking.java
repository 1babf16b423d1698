package io.github.unmangle.layout;

/** Masking a text for a reader of its layout: spaces in place of what is to be read as nothing, so every offset stays. */
public final class Masking {
    private Masking() {
    }

    /** Spaces in place of {@code sb[from, to)}, its line breaks kept. */
    public static void blank(StringBuilder sb, int from, int to) {
        for (int i = from; i < to; i++) {
            if (sb.charAt(i) != '\n') {
                sb.setCharAt(i, ' ');
            }
        }
    }
}
