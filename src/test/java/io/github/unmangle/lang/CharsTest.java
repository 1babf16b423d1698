package io.github.unmangle.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharsTest {
    /** Every char gets Character's answers, ASCII and beyond. */
    @Test
    void agreesWithCharacterOnEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isLetter(c), Chars.isLetter(c), () -> "isLetter U+" + Integer.toHexString(c));
            assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), () -> "isLetterOrDigit U+" + Integer.toHexString(c));
            assertEquals(Character.isDigit(c), Chars.isDigit(c), () -> "isDigit U+" + Integer.toHexString(c));
            assertEquals(Character.isUpperCase(c), Chars.isUpperCase(c), () -> "isUpperCase U+" + Integer.toHexString(c));
            assertEquals(Character.isWhitespace(c), Chars.isWhitespace(c), () -> "isWhitespace U+" + Integer.toHexString(c));
            assertEquals(Character.toLowerCase(c), Chars.toLowerCase(c), () -> "toLowerCase U+" + Integer.toHexString(c));
        }
    }
}
