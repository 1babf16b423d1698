package io.github.unmangle.pass.unicode;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Well-formed HTML character references left in text: {@code &amp;}, {@code &eacute;},
 * {@code &#8217;}, {@code &#x2019;}. Only complete references with their semicolon are decoded,
 * so "AT&T" and "Q&A" stay; and decimal ones without it, as HTML reads them ("Don&#8217t": "&#" and two
 * digits or more are no words; not hexadecimal ones, whose digits may run on into the word). Named references come from Commons Text's HTML 4 table (plus
 * {@code &apos;}); numeric ones 128-159 mean the windows-1252 character, as HTML5 says.
 * Double-escaped references ({@code &amp;eacute;}) are decoded to the end.
 */
final class Entities {

    static final String RULE = "html-entity";

    private Entities() {
    }

    /** Length of a well-formed reference at {@code i} (text.charAt(i) == '&'), or 0. */
    static int match(String text, int i, int limit) {
        int j = i + 1;
        if (j >= limit) {
            return 0;
        }
        char c = text.charAt(j);
        if (c == '#') {
            j++;
            boolean hex = j < limit && (text.charAt(j) == 'x' || text.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            int digits = 0;
            while (j < limit && digits <= 7 && (hex ? isHex(text.charAt(j)) : isDigit(text.charAt(j)))) {
                j++;
                digits++;
            }
            if (digits == 0 || digits > 7) {
                return 0;
            }
            if (j < limit && text.charAt(j) == ';') {
                return j + 1 - i;
            }
            // a decimal reference whose semicolon was lost ("Don&#8217t"), as HTML reads it: "&#" and digits are no words
            return !hex && digits >= 2 ? j - i : 0;
        }
        if (!isAsciiLetter(c)) {
            return 0;
        }
        int n = 0;
        while (j < limit && n <= 10 && (isAsciiLetter(text.charAt(j)) || isDigit(text.charAt(j)))) {
            j++;
            n++;
        }
        if (n < 2 || n > 10 || j >= limit || text.charAt(j) != ';') {
            return 0;
        }
        return j + 1 - i;
    }

    /** The decoded text of the reference {@code ref}, or null if it is not a known, usable one. */
    static String decode(String ref) {
        if (ref.charAt(1) == '#') {
            boolean hex = ref.charAt(2) == 'x' || ref.charAt(2) == 'X';
            String digits = ref.substring(hex ? 3 : 2, ref.length() - (ref.endsWith(";") ? 1 : 0));
            int cp;
            try {
                cp = Integer.parseInt(digits, hex ? 16 : 10);
            } catch (NumberFormatException e) {
                return null;
            }
            if (cp >= 0x80 && cp <= 0x9F) {
                char c = io.github.unmangle.core.Decoder.cp1252Char(cp);
                return c == cp ? null : String.valueOf(c);
            }
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp < 0x20 && cp != '\t' && cp != '\n')
                    || cp == 0x7F) {
                return null;
            }
            return new String(Character.toChars(cp));
        }
        if (ref.equals("&apos;")) {
            return "'";
        }
        String s = StringEscapeUtils.unescapeHtml4(ref);
        return s.equals(ref) ? null : s;
    }

    /**
     * Decodes the reference at {@code i} (and, when it was {@code &amp;}, the reference it
     * escaped). Returns {end, decoded} or null.
     */
    static Object[] at(String text, int i, int limit) {
        int len = match(text, i, limit);
        if (len == 0) {
            return null;
        }
        String ref = text.substring(i, i + len);
        String dec = decode(ref);
        if (dec == null) {
            return null;
        }
        int end = i + len;
        // &amp;amp; / &amp;#8217; / &amp;eacute;: escaped twice.
        while (dec.equals("&") && end < limit) {
            int l2 = match("&" + text.substring(end, Math.min(limit, end + 12)), 0, 1 + Math.min(limit - end, 12));
            if (l2 == 0) {
                break;
            }
            String inner = "&" + text.substring(end, end + l2 - 1);
            String d2 = decode(inner);
            if (d2 == null) {
                break;
            }
            dec = d2;
            end += l2 - 1;
        }
        return new Object[] {end, dec};
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
