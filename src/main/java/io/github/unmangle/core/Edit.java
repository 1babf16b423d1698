package io.github.unmangle.core;

/**
 * One change made by a pass, in the coordinates of the text that pass was given.
 *
 * <p>{@code start}/{@code end} are UTF-16 offsets into the pass's input; {@code line} and
 * {@code column} (1-based) locate {@code start} in that same text, and are filled in by
 * {@link PassResult.Builder} as the edit is made. Replaying the edits of each pass, in pass
 * order, over the decoded text reproduces the cleaned text.
 */
public record Edit(String pass, String rule, int start, int end, String before, String after,
                   String reason, int line, int column) {

    public Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Change in length this edit causes. */
    public int delta() {
        return after.length() - (end - start);
    }

    Edit shifted(int offset, int lineOffset) {
        return new Edit(pass, rule, start + offset, end + offset, before, after, reason,
                line + lineOffset, column);
    }
}
