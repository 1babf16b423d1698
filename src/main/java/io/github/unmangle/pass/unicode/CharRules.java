package io.github.unmangle.pass.unicode;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * Single-character rules: control characters, zero-width characters, odd spaces and (optionally)
 * typographic punctuation. Each method looks at one character in its context and says what it
 * should become, or {@code null} to keep it.
 */
final class CharRules {

    static final String CONTROL = "control";
    static final String ZERO_WIDTH = "zero-width";
    static final String SOFT_HYPHEN = "soft-hyphen";
    static final String SPACE = "odd-space";
    static final String FOLD = "fold-punctuation";

    private CharRules() {
    }

    /** Rule name: a Latin ligature (U+FB00-U+FB06) written as its letters. */
    static final String LIGATURE = "ligature";
    /** The letters of the Latin ligatures U+FB00-U+FB06, in order: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ (as ftfy's fix_latin_ligatures writes them). */
    static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "\u017Ft", "st"};

    /** Rule name: a terminal's escape sequence removed whole. */
    static final String TERMINAL_ESCAPE = "terminal-escape";

    /**
     * The end of an ANSI terminal escape sequence that starts with the ESC at {@code i}, or -1: a control sequence (ESC "["
     * parameters, intermediates and a final letter or mark: "\u001B[1m", "\u001B[38;5;196m", "\u001B[2K"), an operating
     * system command (ESC "]" … BEL or ESC "\\": a window title, a hyperlink), or a two-character escape that selects a
     * character set (ESC "(" "B"). A log or a terminal session saved as text holds them; removed with the ESC alone, "[1m"
     * stayed in the text (ftfy's remove_terminal_escapes removes them whole).
     */
    static int terminalEscapeEnd(String t, int i, int limit) {
        if (t.charAt(i) != 0x1B || i + 1 >= limit) {
            return -1;
        }
        char k = t.charAt(i + 1);
        if (k == '[') {
            int j = i + 2;
            while (j < limit && t.charAt(j) >= 0x30 && t.charAt(j) <= 0x3F && j - i < 40) {
                j++;
            }
            while (j < limit && t.charAt(j) >= 0x20 && t.charAt(j) <= 0x2F && j - i < 44) {
                j++;
            }
            return j < limit && t.charAt(j) >= 0x40 && t.charAt(j) <= 0x7E ? j + 1 : -1;
        }
        if (k == ']') {
            for (int j = i + 2; j < limit && j - i < 2048 && t.charAt(j) != '\n'; j++) {
                if (t.charAt(j) == 0x07) {
                    return j + 1;
                }
                if (t.charAt(j) == 0x1B && j + 1 < limit && t.charAt(j + 1) == '\\') {
                    return j + 2;
                }
            }
            return -1;
        }
        if ((k == '(' || k == ')') && i + 2 < limit && t.charAt(i + 2) >= 0x30 && t.charAt(i + 2) <= 0x7E) {
            return i + 3;
        }
        return -1;
    }

    /** A control character to delete: C0 other than tab/newline/CR, DEL, C1. */
    static boolean isRemovableControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** Spaces that should be a plain space (ideographic space is decided by context). */
    static boolean isOddSpace(int c) {
        return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F
                || c == 0x1680 || c == 0x3000;
    }

    /** Always-invisible characters with no job in running text. */
    static boolean isZeroWidth(int c) {
        return c == 0x200B || c == 0x2060 || c == 0xFEFF;
    }

    /**
     * Whether the zero-width character {@code c} ({@link #isZeroWidth}) between these code points is junk to remove. A
     * zero-width space is doing a job next to a letter of Thai, Lao, Khmer, Myanmar, Tibetan, Javanese or Balinese:
     * text written without spaces marks where its words end with it (for line breaking and for every tokenizer after
     * it); removed there, a corpus loses its word boundaries (the UDHR in Javanese has 233).
     */
    static boolean zeroWidthRemovable(int c, int before, int after) {
        return c != 0x200B || !(unspacedScript(before) || unspacedScript(after));
    }

    private static boolean unspacedScript(int c) {
        if (c < 0x0E00) {
            return false;
        }
        if (UCharacter.getIntPropertyValue(c, UProperty.LINE_BREAK) == UCharacter.LineBreak.COMPLEX_CONTEXT) {
            return true; // Thai, Lao, Khmer, Myanmar, Tai Tham, ...: the scripts whose line breaks need a dictionary
        }
        int s = UScript.getScript(c);
        return s == UScript.TIBETAN || s == UScript.JAVANESE || s == UScript.BALINESE || s == UScript.BUGINESE;
    }

    /** Bidirectional formatting characters: LRM, RLM, the embeddings and overrides, the isolates. */
    static boolean isBidiMark(int c) {
        return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Whether {@code c} is a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, ...). */
    static boolean isRightToLeft(int c) {
        int d = UCharacter.getDirection(c);
        return d == UCharacter.RIGHT_TO_LEFT || d == UCharacter.RIGHT_TO_LEFT_ARABIC;
    }

    static boolean isJoiner(int c) {
        return c == 0x200C || c == 0x200D;
    }

    static boolean isCjk(int c) {
        if (c < 0x2E80) {
            return false;
        }
        if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)) {
            return true;
        }
        int s = UScript.getScript(c);
        return s == UScript.HAN || s == UScript.HIRAGANA || s == UScript.KATAKANA || s == UScript.HANGUL
                || s == UScript.BOPOMOFO;
    }

    static boolean isEmojiPart(int c) {
        return c == 0xFE0F || c == 0x20E3
                || UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_MODIFIER)
                || UCharacter.hasBinaryProperty(c, UProperty.REGIONAL_INDICATOR);
    }

    /**
     * Whether a ZWJ/ZWNJ between these code points is doing a job: inside an emoji sequence, or
     * next to a letter of a script that uses joiners (Arabic, Persian, Indic, Sinhala...). Between
     * Latin, Greek or Cyrillic letters, digits, spaces and punctuation it is junk.
     */
    static boolean joinerNeeded(int before, int after) {
        return needsJoiner(before) || needsJoiner(after);
    }

    private static boolean needsJoiner(int c) {
        if (c < 0) {
            return false;
        }
        if (c < 0x250) {
            return false;
        }
        if (isEmojiPart(c)) {
            return true;
        }
        int s = UScript.getScript(c);
        return !(s == UScript.LATIN || s == UScript.GREEK || s == UScript.CYRILLIC || s == UScript.COMMON
                || s == UScript.INHERITED || s == UScript.HAN || s == UScript.HIRAGANA || s == UScript.KATAKANA
                || s == UScript.HANGUL);
    }

    /** ASCII fold of typographic punctuation, or null. */
    static String fold(int c) {
        switch (c) {
            case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
                return "'";
            case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
                return "\"";
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
                return "-";
            case 0x2026:
                return "...";
            case 0x2039:
                return "<";
            case 0x203A:
                return ">";
            case 0x2022:
                return "*";
            default:
                return null;
        }
    }

    static boolean isFoldable(int c) {
        return (c >= 0x2010 && c <= 0x203A) || c == 0x2212;
    }

    /**
     * Applies the character rules to a short replacement text (the output of a mojibake, entity
     * or NFC repair), so that one run of the pass leaves nothing for a second run to do.
     * {@code before}/{@code after} are the characters around the replaced span (or -1); a Latin ligature inside a word is
     * written as its letters where {@code ligatures} says so (asked at the first such ligature: not in a text that speaks
     * of ligatures, which the ligature rule leaves too).
     */
    static String tidy(String s, int before, int after, boolean foldPunctuation, java.util.function.BooleanSupplier ligatures) {
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c < 0x20 || c == 0x7F) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            int prev = i > 0 ? s.codePointBefore(i) : before;
            int next = i + n < s.length() ? s.codePointAt(i + n) : after;
            i += n;
            if (isRemovableControl(c) || c == '\r' || (isZeroWidth(c) && zeroWidthRemovable(c, prev, next))) {
                continue;
            }
            if (c == 0x2028 || c == 0x2029) {
                sb.append('\n'); // (a line or paragraph separator, as the line-ending rule makes one: "â€¨" repaired)
                continue;
            }
            if (c == 0xAD && isLetter(prev) && isLetter(next)) {
                continue;
            }
            if (c >= 0xFB00 && c <= 0xFB06 && (isLetter(prev) || isLetter(next)) && ligatures.getAsBoolean()) {
                sb.append(LIGATURES[c - 0xFB00]); // ("eï¬ƒcient" repaired: "efficient", as the ligature rule writes it)
                continue;
            }
            if (isJoiner(c) && !joinerNeeded(prev, next)) {
                continue;
            }
            if (isOddSpace(c)) {
                if (c == 0x3000 && (isCjk(prev) || isCjk(next))) {
                    sb.appendCodePoint(c);
                } else if (prev == ' ' || next == ' ' || (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ')) {
                    continue;
                } else {
                    sb.append(' ');
                }
                continue;
            }
            if (foldPunctuation) {
                String f = fold(c);
                if (f != null) {
                    sb.append(f);
                    continue;
                }
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    static boolean isLetter(int c) {
        return c >= 0 && Character.isLetter(c);
    }
}
