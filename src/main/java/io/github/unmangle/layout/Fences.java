package io.github.unmangle.layout;

/**
 * Markdown's fenced code blocks: from a line that opens with three or more backticks or tildes (after up to three
 * spaces; an info string after them, if any, starts with a letter, a digit, "{" or ".") to the line that closes it with
 * as many of the same (or the text's end), both fences included; and reStructuredText's literal blocks: after a
 * paragraph that ends with "::" and a blank line, the lines indented deeper than that paragraph (an example's
 * shell command, "aws s3 cp s3://bucket . \", or a session's output, "array([ 7,  4,  4])"). Code keeps its own spacing
 * and line breaks, so the passes leave it alone. A pass reads them with a {@link Reader}, on the lines it walks anyway.
 */
public final class Fences {
    private Fences() {
    }

    /** Reads a text's lines in order and says of each whether it is in a block. */
    public static final class Reader {
        private char fence;
        private int fenceLength;
        /** The indentation of the paragraph whose "::" announced a literal block, or -1. */
        private int literal = -1;
        /** Whether a blank line came after that paragraph, and whether the block's first line did. */
        private boolean literalBlank;
        private boolean literalOpen;

        /** Whether a fenced block is open after the lines read so far (its closing fence not read yet). */
        public boolean open() {
            return fence != 0;
        }

        /** Whether the line {@code t[s, e)} (the next one) is in a block, its fences included. */
        public boolean inBlock(CharSequence t, int s, int e) {
            if (fence == 0 && literal >= 0) {
                int indent = indent(t, s, e);
                if (indent == e - s) { // a blank line
                    literalBlank = true;
                    return literalOpen;
                }
                if (indent > literal && literalBlank) {
                    literalOpen = true;
                    return true;
                }
                literal = -1; // the block is over (or the paragraph went on): this line is read as any other
                literalOpen = false;
            }
            boolean in = fenced(t, s, e);
            if (!in && endsWithDoubleColon(t, s, e)) {
                literal = indent(t, s, e);
                literalBlank = false;
            }
            return in;
        }

        private boolean fenced(CharSequence t, int s, int e) {
            int f = s;
            while (f < e && f - s < 3 && t.charAt(f) == ' ') {
                f++;
            }
            char c = f < e ? t.charAt(f) : 0;
            int run = 0;
            if (c == '`' || c == '~') {
                while (f + run < e && t.charAt(f + run) == c) {
                    run++;
                }
            }
            if (fence == 0) {
                if (run >= 3 && info(t, f + run, e)) {
                    fence = c;
                    fenceLength = run;
                    return true;
                }
                return false;
            }
            if (c == fence && run >= fenceLength && blank(t, f + run, e)) {
                fence = 0; // the closing fence (still the block's)
            }
            return true;
        }
    }

    /** The spaces (a tab as one) a line {@code t[s, e)} opens with; {@code e - s} for a blank line. */
    private static int indent(CharSequence t, int s, int e) {
        int i = s;
        while (i < e && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\r')) {
            i++;
        }
        return i - s;
    }

    /** Whether the line ends with "::" (trailing spaces aside), as a reStructuredText paragraph that announces a literal block. */
    private static boolean endsWithDoubleColon(CharSequence t, int s, int e) {
        int end = e;
        while (end > s && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        return end - s >= 2 && t.charAt(end - 1) == ':' && t.charAt(end - 2) == ':';
    }

    /**
     * Whether {@code t[from, to)}, after an opening fence, is an info string: nothing, or a word that names the code's
     * language or attributes ("sh", "c++", "{r}", ".numberLines"); not more marks, as html2text writes a struck-out
     * empty link ("~~~~__"), which CommonMark would open a block with, and which ran to the end of a page.
     */
    private static boolean info(CharSequence t, int from, int to) {
        int i = from;
        while (i < to && t.charAt(i) == ' ') {
            i++;
        }
        if (i == to) {
            return true;
        }
        char c = t.charAt(i);
        return Character.isLetterOrDigit(c) || c == '{' || c == '.';
    }

    private static boolean blank(CharSequence t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
