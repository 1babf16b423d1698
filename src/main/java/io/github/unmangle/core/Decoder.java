package io.github.unmangle.core;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text, never crashing and never inserting a silent U+FFFD.
 *
 * <ol>
 *   <li>A byte-order mark picks UTF-8, UTF-16 or UTF-32 (and is dropped).</li>
 *   <li>NUL bytes without a BOM: UTF-16 or UTF-32 where they stand where those put them ({@link #wideByNuls}), else binary.</li>
 *   <li>Valid UTF-8 is taken as is (the common, fast case); all-ASCII text with ISO-2022's escape sequences is read in
 *       ISO-2022-JP, -KR or -CN.</li>
 *   <li>UTF-8 with a few invalid bytes (a file pasted together from two sources): valid
 *       sequences stay UTF-8, each stray byte is read as Windows-1252, and the count is reported;
 *       so when the valid sequences outnumber the stray bytes, or the strays stand alone between ASCII.</li>
 *   <li>A charset the text's markup declares near its start (an XML declaration, an HTML meta charset), where every
 *       byte decodes in it.</li>
 *   <li>No valid UTF-8 at all and high bytes standing alone: Windows-1252 (the web's "Latin-1"), unless ICU's detector
 *       is sure of another Latin charset (windows-1250, ISO-8859-2, windows-1254, ISO-8859-9: Central European and
 *       Turkish letters stand alone between ASCII too).</li>
 *   <li>Otherwise ICU's charset detector guesses (markup filtered out; no UTF-16 or UTF-32 without their marks); a Latin-1
 *       guess for high bytes that stand in runs, whole words of another alphabet, gives way to the next guess that names
 *       one (Cyrillic, Greek, Hebrew, Arabic). The guess and its confidence are reported.</li>
 * </ol>
 */
public final class Decoder {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Decoder() {
    }

    public static Decoded decode(byte[] bytes) throws BinaryInputException {
        return decode(bytes, 0, bytes.length);
    }

    public static Decoded decode(byte[] b, int off, int len) throws BinaryInputException {
        return decode(b, off, len, null);
    }

    /**
     * As {@link #decode(byte[], int, int)}, for a later part of an input whose earlier part ICU's detector read as
     * {@code guessed} (null: none did): a part with invalid UTF-8 is read as that charset too, where it decodes as it.
     * Guessed anew, one file's bytes were read as two charsets: a windows-1251 file's part whose Cyrillic was
     * one-letter words between ASCII ("Item 5 и 6") was read as windows-1252 ("è"), and its first part as windows-1251.
     */
    public static Decoded decode(byte[] b, int off, int len, Charset guessed) throws BinaryInputException {
        int end = off + len;
        // 1. byte-order marks
        if (len >= 4 && b[off] == 0 && b[off + 1] == 0 && (b[off + 2] & 0xFF) == 0xFE && (b[off + 3] & 0xFF) == 0xFF) {
            return strict(b, off + 4, len - 4, Charset.forName("UTF-32BE"), "bom");
        }
        if (len >= 4 && (b[off] & 0xFF) == 0xFF && (b[off + 1] & 0xFF) == 0xFE && b[off + 2] == 0 && b[off + 3] == 0) {
            return strict(b, off + 4, len - 4, Charset.forName("UTF-32LE"), "bom");
        }
        if (len >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB && (b[off + 2] & 0xFF) == 0xBF) {
            Decoded d = decodeUtf8ish(b, off + 3, len - 3, guessed);
            return new Decoded(d.text(), d.charset(), d.plainUtf8() ? "bom" : d.method(), d.note());
        }
        if (len >= 2 && (b[off] & 0xFF) == 0xFE && (b[off + 1] & 0xFF) == 0xFF) {
            return strict(b, off + 2, len - 2, StandardCharsets.UTF_16BE, "bom");
        }
        if (len >= 2 && (b[off] & 0xFF) == 0xFF && (b[off + 1] & 0xFF) == 0xFE) {
            return strict(b, off + 2, len - 2, StandardCharsets.UTF_16LE, "bom");
        }
        // 2. NUL bytes
        int nuls = 0;
        for (int i = off; i < end; i++) {
            nuls += b[i] == 0 ? 1 : 0;
        }
        if (nuls > 0) {
            Charset wide = wideByNuls(b, off, len);
            if (wide != null) {
                return strict(b, off, len, wide, "detected");
            }
            throw new BinaryInputException("binary file (" + nuls + " NUL bytes)");
        }
        return decodeUtf8ish(b, off, len, guessed);
    }

    /** What ICU's detector guessed {@code d} to be, or the charset its markup declared, or null where neither decided it. */
    public static Charset guessed(Decoded d) {
        return "detected".equals(d.method()) && d.note() != null && (d.note().contains(ICU_GUESS) || d.note().endsWith(DECLARED))
                ? Charset.forName(d.charset()) : null;
    }

    /** The end of the note of a decoding in the charset the text's markup declares ({@link #declared}). */
    private static final String DECLARED = ", the charset its markup declares";

    /** In the note of a decoding that ICU's detector decided (and of no other). */
    private static final String ICU_GUESS = "(ICU guess, confidence ";

    /**
     * UTF-16 or UTF-32, little- or big-endian, by the NUL bytes of {@code b[off, off + len)}, text without a byte-order
     * mark; else null. UTF-32 (a length of four bytes per character): every character's high byte NUL, its next byte NUL
     * at nine in ten places, its low byte NUL at two in a hundred at most. UTF-16 (of an even length): a NUL at nine in
     * ten of its odd (even) places and at two in a hundred of the others at most (a character such as U+0100, or a
     * surrogate's low half, has a NUL low byte: a page of plane-1 characters has 1%). And either way, the characters
     * read so are text: under one in a hundred of them control characters other than tab, line feed, form feed and
     * carriage return.
     */
    public static Charset wideByNuls(byte[] b, int off, int len) {
        Charset utf32 = len % 4 == 0 ? utf32ByNuls(b, off, len) : null;
        if (utf32 != null) {
            return utf32;
        }
        int pairs = len / 2;
        if (pairs == 0 || len % 2 != 0) {
            return null;
        }
        int nulEven = 0;
        int nulOdd = 0;
        for (int i = 0; i < len; i++) {
            if (b[off + i] == 0) {
                if ((i & 1) == 0) {
                    nulEven++;
                } else {
                    nulOdd++;
                }
            }
        }
        boolean le = nulOdd >= pairs * 0.9 && nulEven <= pairs * STRAY_NULS;
        boolean be = nulEven >= pairs * 0.9 && nulOdd <= pairs * STRAY_NULS;
        if (!le && !be) {
            return null;
        }
        return controls(b, off, len, 2, le) >= pairs * 0.01 ? null : le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    /** The share of a wide text's characters, at most, whose NUL byte falls where a character's low byte does ({@link #wideByNuls}). */
    static final double STRAY_NULS = 0.02;

    /** {@link #wideByNuls}'s UTF-32 (len a multiple of four). */
    private static Charset utf32ByNuls(byte[] b, int off, int len) {
        int quads = len / 4;
        if (quads == 0) {
            return null;
        }
        // per byte place of a character, its NULs: little-endian has them at 3 (all) and 2, big-endian at 0 and 1
        int[] nul = new int[4];
        for (int i = 0; i < len; i++) {
            if (b[off + i] == 0) {
                nul[i & 3]++;
            }
        }
        boolean le = nul[3] == quads && nul[2] >= quads * 0.9 && nul[0] <= quads * STRAY_NULS;
        boolean be = nul[0] == quads && nul[1] >= quads * 0.9 && nul[3] <= quads * STRAY_NULS;
        if (!le && !be) {
            return null;
        }
        return controls(b, off, len, 4, le) >= quads * 0.01 ? null : Charset.forName(le ? "UTF-32LE" : "UTF-32BE");
    }

    /**
     * The code units of {@code width} bytes (2 or 4) in {@code b[off, off + len)}, little- or big-endian, that are control
     * characters no text holds: C0 but tab, line feed, form feed and carriage return; DEL; C1.
     */
    private static int controls(byte[] b, int off, int len, int width, boolean littleEndian) {
        int controls = 0;
        for (int i = off; i + width <= off + len; i += width) {
            int unit = 0;
            for (int k = 0; k < width; k++) {
                unit = unit << 8 | (b[littleEndian ? i + width - 1 - k : i + k] & 0xFF);
            }
            controls += (unit < 0x20 ? unit != '\t' && unit != '\n' && unit != '\f' && unit != '\r' : unit >= 0x7F && unit <= 0x9F) ? 1 : 0;
        }
        return controls;
    }

    private static Decoded strict(byte[] b, int off, int len, Charset cs, String method)
            throws BinaryInputException {
        try {
            String s = newDecoder(cs).decode(ByteBuffer.wrap(b, off, len)).toString();
            String note = method.equals("bom") ? null
                    : "no byte-order mark; NUL pattern says " + cs.name();
            return new Decoded(s, cs.name().toLowerCase(), method, note);
        } catch (CharacterCodingException e) {
            throw new BinaryInputException("invalid " + cs.name() + " after its byte-order mark");
        }
    }

    /** {@code b[off, off + len)} decoded in {@code cs}, or null where a byte is malformed or unmappable in it. */
    private static String decodedIn(byte[] b, int off, int len, Charset cs) {
        try {
            return newDecoder(cs).decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder newDecoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Decoded decodeUtf8ish(byte[] b, int off, int len, Charset guessed) {
        // Fast path: pure ASCII or valid UTF-8.
        int valid = 0;
        int invalid = 0;
        int cesu = 0;
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = utf8SequenceLength(b, i, end);
            if (n > 0) {
                valid++;
                i += n;
            } else if (cesuPair(b, i, end)) {
                cesu++;
                i += 6;
            } else {
                invalid++;
                i++;
            }
        }
        if (invalid == 0 && cesu > 0) {
            return mixed(b, off, len, 0, cesu);
        }
        if (invalid == 0) {
            String text = new String(b, off, len, StandardCharsets.UTF_8);
            // (an escape is looked for in the string, a vectorised search, not in the bytes: ASCII is the commonest input)
            Decoded iso2022 = valid == 0 && text.indexOf('\u001B') >= 0 ? iso2022(b, off, len) : null;
            return iso2022 != null ? iso2022 : new Decoded(text, "utf-8", "utf-8", null);
        }
        String asBefore = guessed == null ? null : decodedIn(b, off, len, guessed);
        if (asBefore != null) {
            return new Decoded(asBefore, guessed.name().toLowerCase(), "detected", "invalid UTF-8 (" + invalid
                    + " bad sequences); decoded as " + guessed.name() + ", as an earlier part of the input was");
        } // (else not that charset's text: decided on its own)
        // UTF-8 with stray bytes (a Latin-1 paste, a few bad bytes): the valid sequences outnumber the strays, or the
        // strays stand alone between ASCII as a single-byte charset's accented letters do. Runs of high bytes with
        // few valid sequences among them are another charset's words (windows-1251's Cyrillic, Shift-JIS's or GBK's
        // characters, which form a valid UTF-8 pair now and then): ICU's detector reads those.
        int isolated = invalid > valid ? isolatedHighBytes(b, off, len) : 0;
        if (valid + cesu > 0 && (invalid <= valid + cesu || isolated * 2 > invalid)) {
            return mixed(b, off, len, invalid, cesu);
        }
        Decoded declared = declared(b, off, len, invalid);
        if (declared != null) {
            return declared;
        }
        if (isolated * 2 > invalid) {
            Decoded other = otherLatin(b, off, len);
            return other != null ? other : singleByte(b, off, len, invalid,
                    "no valid UTF-8 and the high bytes stand alone between ASCII; decoded as windows-1252");
        }
        return detected(b, off, len, invalid);
    }

    /**
     * Length of the valid UTF-8 sequence of a non-ASCII character starting at {@code b[i]} (before
     * {@code end}), or 0 if there is none (also for overlong forms, surrogates and code points past
     * U+10FFFF).
     */
    public static int utf8SequenceLength(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        int n;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + n > end) {
            return 0;
        }
        int cp = c & (0x7F >> n);
        for (int k = 1; k < n; k++) {
            int cc = b[i + k] & 0xFF;
            if ((cc & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return 0;
        }
        return n;
    }

    /**
     * Whether {@code b[i]} starts a surrogate pair written as two three-byte sequences (CESU-8, as Java's modified UTF-8
     * and MySQL's old "utf8" write a character past U+FFFF: an emoji): ED A0-AF xx, then ED B0-BF xx.
     */
    private static boolean cesuPair(byte[] b, int i, int end) {
        return i + 6 <= end && (b[i] & 0xFF) == 0xED && (b[i + 1] & 0xF0) == 0xA0 && (b[i + 2] & 0xC0) == 0x80
                && (b[i + 3] & 0xFF) == 0xED && (b[i + 4] & 0xF0) == 0xB0 && (b[i + 5] & 0xC0) == 0x80;
    }

    /** The character a {@link #cesuPair} at {@code b[i]} stands for. */
    private static String cesuChar(byte[] b, int i) {
        char high = (char) (0xD000 | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F));
        char low = (char) (0xD000 | ((b[i + 4] & 0x3F) << 6) | (b[i + 5] & 0x3F));
        return new String(new char[] {high, low});
    }

    private static Decoded mixed(byte[] b, int off, int len, int invalid, int cesu) {
        StringBuilder sb = new StringBuilder(len);
        int i = off;
        int end = off + len;
        int runStart = off;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = utf8SequenceLength(b, i, end);
            if (n > 0) {
                i += n;
                continue;
            }
            sb.append(new String(b, runStart, i - runStart, StandardCharsets.UTF_8));
            if (cesuPair(b, i, end)) {
                sb.append(cesuChar(b, i));
                i += 6;
            } else {
                sb.append(cp1252Char(c));
                i++;
            }
            runStart = i;
        }
        sb.append(new String(b, runStart, end - runStart, StandardCharsets.UTF_8));
        String cesuNote = cesu + " character(s) past U+FFFF written as surrogate pairs (CESU-8, Java's modified UTF-8) read as"
                + " the characters they stand for";
        return new Decoded(sb.toString(), "utf-8", "mixed", invalid == 0 ? "invalid UTF-8: " + cesuNote
                : "invalid UTF-8: " + invalid + " stray byte(s) read as windows-1252, the rest as UTF-8" + (cesu == 0 ? "" : "; " + cesuNote));
    }

    /** High bytes with ASCII (or the text's edge) on both sides: the mark of a single-byte charset. */
    private static int isolatedHighBytes(byte[] b, int off, int len) {
        int n = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if ((b[i] & 0x80) != 0 && (i == off || (b[i - 1] & 0x80) == 0) && (i + 1 == end || (b[i + 1] & 0x80) == 0)) {
                n++;
            }
        }
        return n;
    }

    /** The character a single byte stands for in Windows-1252 (C1 control for its 5 holes). */
    public static char cp1252Char(int b) {
        if (b < 0x80 || b >= 0xA0) {
            return (char) b;
        }
        String s = new String(new byte[] {(byte) b}, CP1252);
        char ch = s.charAt(0);
        return ch == '\uFFFD' ? (char) b : ch;
    }

    private static Decoded detected(byte[] b, int off, int len, int invalid) {
        byte[] sample = b;
        if (off != 0 || len != b.length) {
            sample = java.util.Arrays.copyOfRange(b, off, off + len);
        }
        CharsetMatch[] matches = guesses(sample);
        // a Latin-1 guess for bytes that stand in runs, whole words of high bytes, is another alphabet's text (Cyrillic,
        // Greek, Hebrew read as "Ïðèâåò"): the next guess that names that alphabet's language is taken before it
        if (matches.length > 1 && latin1(matches[0].getName()) && highRuns(sample) * 2 > invalid) {
            for (int k = 1; k < matches.length; k++) {
                String name = matches[k].getName();
                if (!latin1(name) && matches[k].getLanguage() != null && NON_LATIN.contains(name) && Charset.isSupported(name)) {
                    CharsetMatch m = matches[k];
                    matches[k] = matches[0];
                    matches[0] = m;
                    break;
                }
            }
        }
        for (CharsetMatch m : matches) {
            String name = m.getName();
            Charset cs = name.startsWith("UTF") ? null : asBrowsersRead(name);
            if (cs == null) {
                continue;
            }
            String text = decodedIn(sample, 0, sample.length, cs);
            if (text != null) { // (else the next guess)
                return new Decoded(text, cs.name().toLowerCase(), "detected",
                        "invalid UTF-8 (" + invalid + " bad sequences); decoded as " + cs.name()
                                + " " + ICU_GUESS + m.getConfidence() + ")");
            }
        }
        return singleByte(b, off, len, invalid, "invalid UTF-8 (" + invalid
                + " bad sequences) and no usable guess; decoded as windows-1252");
    }

    /**
     * A 7-bit text (all ASCII) in ISO-2022-JP, -KR or -CN, as Japanese mail and news were sent: their escape sequences
     * switch to two-byte sets ("ESC $ B", "ESC $ ) C", "ESC $ ) A"), which the unicode pass would otherwise strip as controls
     * and leave their letters as ASCII garbage. Decoded where it decodes strictly; else null.
     */
    private static Decoded iso2022(byte[] b, int off, int len) {
        int end = off + len;
        for (int i = off; i + 2 < end; i++) {
            if (b[i] != 0x1B || b[i + 1] != '$') {
                continue;
            }
            byte x = b[i + 2];
            byte y = i + 3 < end ? b[i + 3] : 0;
            String name = x == 'B' || x == '@' || x == '(' && y == 'D' ? "ISO-2022-JP"
                    : x == ')' && y == 'C' ? "ISO-2022-KR"
                    : x == ')' && (y == 'A' || y == 'G') || x == '*' && y == 'H' ? "ISO-2022-CN" : null;
            if (name == null || !Charset.isSupported(name)) {
                return null;
            }
            String text = decodedIn(b, off, len, Charset.forName(name));
            return text == null ? null : new Decoded(text, name.toLowerCase(java.util.Locale.ROOT), "detected",
                    "7-bit text with ISO-2022 escape sequences; decoded as " + name);
        }
        return null;
    }

    /** Bytes at the start of a text in which a markup's declaration of its charset is looked for ({@link #declared}). */
    static final int DECLARATION_REACH = 1024;
    private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile(
            "(?i)(?:<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']|<meta\\b[^>]*\\bcharset\\s*=\\s*[\"']?)([A-Za-z0-9._:-]{2,40})");

    /**
     * A text that is not UTF-8 read as the charset its markup declares near its start (an XML declaration's
     * {@code encoding="windows-1255"}, an HTML page's {@code <meta charset>}, as browsers prescan a page), where Java knows
     * that charset, it is no UTF (the bytes are no valid UTF-8, and UTF-16/32 have their marks), and every byte decodes in
     * it; else null. ISO-8859-1 is read as windows-1252 and ISO-8859-8 as windows-1255, as browsers read them.
     */
    private static Decoded declared(byte[] b, int off, int len, int invalid) {
        String head = new String(b, off, Math.min(len, DECLARATION_REACH), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = DECLARATION.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("UTF") || upper.startsWith("UNICODE")) {
            return null;
        }
        Charset cs = asBrowsersRead(name);
        if (cs == null) {
            return null;
        }
        String text = decodedIn(b, off, len, cs);
        return text == null ? null : new Decoded(text, cs.name().toLowerCase(java.util.Locale.ROOT), "detected", "invalid UTF-8 ("
                + invalid + " bad sequences); decoded as " + cs.name() + DECLARED);
    }

    /**
     * The charset a browser reads for {@code name} (WHATWG): ISO-8859-1 (and its aliases, "latin1") as windows-1252, what
     * "Latin-1" means on the web; ISO-8859-8, and ICU's "ISO-8859-8-I" (Hebrew in logical order, unknown to Java), as
     * windows-1255; else the charset so named, or null where Java knows none.
     */
    private static Charset asBrowsersRead(String name) {
        if (name.toUpperCase(java.util.Locale.ROOT).startsWith("ISO-8859-8")) {
            return Charset.forName("windows-1255");
        }
        try {
            Charset cs = Charset.forName(name);
            return cs.equals(StandardCharsets.ISO_8859_1) ? CP1252 : cs;
        } catch (IllegalArgumentException e) {
            return null; // (an illegal or unknown name)
        }
    }

    /** ICU's detector's guesses for {@code sample}, best first, read with markup filtered out (a scraped page's tags). */
    private static CharsetMatch[] guesses(byte[] sample) {
        CharsetDetector det = new CharsetDetector();
        det.enableInputFilter(true);
        det.setText(sample);
        return det.detectAll();
    }

    /** Confidence of ICU's guess, at least, for a text of standalone high bytes to be read as another Latin charset than windows-1252. */
    static final int OTHER_LATIN_CONFIDENCE = 30;

    /**
     * A text whose high bytes stand alone between ASCII, as accented letters do, in a Latin charset of Central Europe or
     * Turkey (windows-1250, ISO-8859-2, windows-1254, ISO-8859-9: "ő" is not windows-1252's "õ"), where ICU's detector
     * names that charset and a language with confidence {@value #OTHER_LATIN_CONFIDENCE} or more and twice its confidence
     * in windows-1252 (an English text with a few accented names stays windows-1252), or less where windows-1252 would
     * break its words ({@link #wordsBrokenInLatin1}); else null.
     */
    private static Decoded otherLatin(byte[] b, int off, int len) {
        if (!manyAccentedLetters(b, off, len)) {
            return null; // (an English text's few accented names and its quotes: ICU's detector would take 30 times the decoding's time)
        }
        byte[] sample = off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off, off + len);
        CharsetMatch[] matches = guesses(sample);
        if (matches.length == 0 || !OTHER_LATIN.contains(matches[0].getName()) || matches[0].getLanguage() == null
                || matches[0].getConfidence() < OTHER_LATIN_CONFIDENCE) {
            return null;
        }
        int latin1 = 0;
        for (CharsetMatch m : matches) {
            if (latin1(m.getName())) {
                latin1 = Math.max(latin1, m.getConfidence());
            }
        }
        Charset cs = Charset.forName(matches[0].getName()); // (one of OTHER_LATIN's, all of which Java knows)
        if (matches[0].getConfidence() < 2 * latin1 && !wordsBrokenInLatin1(sample, cs)) {
            return null;
        }
        String text = decodedIn(sample, 0, sample.length, cs);
        return text == null ? null : new Decoded(text, cs.name().toLowerCase(), "detected", "no valid UTF-8 and the high bytes stand "
                + "alone between ASCII; decoded as " + cs.name() + " " + ICU_GUESS + matches[0].getConfidence() + ", language "
                + matches[0].getLanguage() + "; windows-1252 " + latin1 + ")");
    }

    /** The 256 byte values in order. */
    private static final byte[] ALL_BYTES = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            ALL_BYTES[i] = (byte) i;
        }
    }

    /** Words, at least, that windows-1252 breaks with a sign where {@link #wordsBrokenInLatin1}'s other charset reads a letter. */
    static final int BROKEN_WORDS = 3;

    /**
     * Whether windows-1252 reads signs inside words where {@code cs} reads letters: a high byte between two ASCII letters
     * that windows-1252 makes no letter ("zauwa¿yli", "pe³ny", "cz¹stka": Polish ż, ł, ą), or beside one a byte it
     * leaves undefined (Slovak "byť" ends in 0x9D), but {@code cs} makes a letter, in
     * {@value #BROKEN_WORDS} places or more, and in none where it is the other way round. (ICU's detector is less sure
     * of a Slovak or Croatian text's charset, confidence 30 against windows-1252's 21: its words settle it.)
     */
    private static boolean wordsBrokenInLatin1(byte[] b, Charset cs) {
        String other = new String(ALL_BYTES, cs); // (each byte's character in cs, a single-byte charset, read once)
        int broken = 0;
        for (int i = 1; i + 1 < b.length; i++) {
            int c = b[i] & 0xFF;
            boolean undefined = c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D; // (no character in windows-1252)
            if (c < 0x80 || !(asciiLetter(b[i - 1]) && asciiLetter(b[i + 1]) || undefined && (asciiLetter(b[i - 1]) || asciiLetter(b[i + 1])))) {
                continue;
            }
            boolean westernLetter = Character.isLetter(cp1252Char(c)); // (a hole is a C1 control there: no letter)
            boolean otherLetter = Character.isLetter(other.charAt(c));
            if (otherLetter && !westernLetter) {
                broken++;
            } else if (westernLetter && !otherLetter) {
                return false;
            }
        }
        return broken >= BROKEN_WORDS;
    }

    /** Accented letters per hundred ASCII letters, at least, for ICU's detector to be asked about another Latin charset. */
    static final int ACCENTED_PER_HUNDRED = 1;

    /**
     * Whether a text's bytes from 0xA0 up (accented letters in every Latin charset, not windows-1252's quotes and dashes)
     * that touch an ASCII letter are {@value #ACCENTED_PER_HUNDRED} in a hundred ASCII letters or more: a Central European
     * text's, or a French or German one's, not an English text's with a few names.
     */
    private static boolean manyAccentedLetters(byte[] b, int off, int len) {
        int end = off + len;
        int letters = 0;
        int accented = 0;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
            } else if (c >= 0xA0 && (i > off && asciiLetter(b[i - 1]) || i + 1 < end && asciiLetter(b[i + 1]))) {
                accented++;
            }
        }
        return accented * 100 >= letters * ACCENTED_PER_HUNDRED && accented > 0;
    }

    private static boolean asciiLetter(byte x) {
        int c = (x & 0xFF) | 0x20;
        return c >= 'a' && c <= 'z';
    }

    private static final java.util.Set<String> OTHER_LATIN = java.util.Set.of("windows-1250", "ISO-8859-2", "windows-1254", "ISO-8859-9");

    /** ICU's single-byte charsets of other alphabets (Cyrillic, Greek, Hebrew, Arabic). */
    private static final java.util.Set<String> NON_LATIN = java.util.Set.of("windows-1251", "KOI8-R", "ISO-8859-5", "ISO-8859-7",
            "ISO-8859-8", "ISO-8859-8-I", "windows-1255", "ISO-8859-6", "windows-1256");

    private static boolean latin1(String name) {
        return name.equalsIgnoreCase("ISO-8859-1") || name.equalsIgnoreCase("windows-1252");
    }

    /** High bytes that stand in runs of three or more (a word of another alphabet's letters in a single-byte charset). */
    private static int highRuns(byte[] b) {
        int n = 0;
        int run = 0;
        for (byte x : b) {
            if ((x & 0x80) != 0) {
                run++;
            } else {
                n += run >= 3 ? run : 0;
                run = 0;
            }
        }
        return n + (run >= 3 ? run : 0);
    }

    private static Decoded singleByte(byte[] b, int off, int len, int invalid, String note) {
        StringBuilder sb = new StringBuilder(len);
        for (int i = off; i < off + len; i++) {
            sb.append(cp1252Char(b[i] & 0xFF));
        }
        return new Decoded(sb.toString(), "windows-1252", "detected", note);
    }
}
