package io.github.unmangle.core;

import java.io.IOException;

/** The input is not text (it holds NUL bytes and no UTF-16/32 byte-order mark). */
public final class BinaryInputException extends IOException {
    private static final long serialVersionUID = 1L;

    public BinaryInputException(String message) {
        super(message);
    }
}
