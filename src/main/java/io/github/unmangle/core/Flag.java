package io.github.unmangle.core;

/**
 * Something a pass found suspicious but did not change: the "when unsure, leave the text alone
 * and say so" half of a pass's output.
 */
public record Flag(String pass, String rule, int start, int end, String text, String reason,
                   int line, int column) {

    Flag at(int line, int column) {
        return new Flag(pass, rule, start, end, text, reason, line, column);
    }

    Flag shifted(int offset, int lineOffset) {
        return new Flag(pass, rule, start + offset, end + offset, text, reason, line + lineOffset,
                column);
    }
}
