package io.github.unmangle.core;

/**
 * Text decoded from bytes, the charset used, and how it was chosen ({@code utf-8},
 * {@code bom}, {@code mixed} for UTF-8 with stray single-byte characters, {@code detected} for an
 * ICU guess), with a human-readable note when it was not plain UTF-8.
 */
public record Decoded(String text, String charset, String method, String note) {

    public boolean plainUtf8() {
        return "utf-8".equals(method);
    }
}
