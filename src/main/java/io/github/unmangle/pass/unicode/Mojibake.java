package io.github.unmangle.pass.unicode;

import io.github.unmangle.core.Decoder;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Mojibake of the ftfy kind: UTF-8 bytes that were decoded with a single-byte code page, so that
 * one character became two to four ("é" → "Ã©", "’" → "â€™"), possibly more than once.
 *
 * <p>A run of characters that all map back to bytes 0x80-0xFF in the code page is re-encoded; the
 * valid UTF-8 multi-byte sequences inside it are candidates. A candidate is repaired only when it
 * looks like mojibake and not like real text:
 * <ul>
 *   <li>two or more sequences back to back that all decode to assigned, non-control characters
 *       (real text almost never strings such symbol pairs together), or</li>
 *   <li>a single sequence whose lead is one of the characters mojibake is made of (Â Ã Ä Å for
 *       Latin letters, â for punctuation, ð for emoji ...) and whose result is in a block that
 *       such text commonly holds (Latin-1 and Latin Extended-A letters, general punctuation,
 *       currency, letterlike symbols, CJK punctuation, emoji). So "É”" in real French, or "ß“" in
 *       German, which are valid UTF-8 byte pairs too, decode to IPA or Hebrew and stay as they are.</li>
 * </ul>
 * Repairs are repeated on their own output (text encoded twice or three times).
 */
final class Mojibake {

    static final String RULE = "mojibake";

    /** A single-byte code page that UTF-8 may have been misread as. */
    static final class CodePage {
        final String name;
        /** byte value (0x80-0xFF) for each char, 0 when the char is not in the upper half. */
        private final byte[] lowTable = new byte[0x100];
        private final char[] highChars;
        private final byte[] highBytes;
        final boolean strictLeads;

        CodePage(String name, String javaName, boolean c1ForHoles, boolean strictLeads) {
            this.name = name;
            this.strictLeads = strictLeads;
            Charset cs = Charset.forName(javaName);
            List<Character> hc = new ArrayList<>();
            List<Byte> hb = new ArrayList<>();
            for (int b = 0x80; b <= 0xFF; b++) {
                String s = new String(new byte[] {(byte) b}, cs);
                char ch = s.charAt(0);
                if (s.length() != 1 || ch == '\uFFFD') {
                    if (!c1ForHoles) {
                        continue;
                    }
                    ch = (char) b;
                }
                put(ch, (byte) b, hc, hb);
            }
            if (c1ForHoles) {
                // Latin-1 reading: C1 controls stand for bytes 0x80-0x9F.
                for (int b = 0x80; b <= 0x9F; b++) {
                    if (lowTable[b] == 0) {
                        lowTable[b] = (byte) b;
                    }
                }
            }
            highChars = new char[hc.size()];
            highBytes = new byte[hb.size()];
            Integer[] idx = new Integer[hc.size()];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            java.util.Arrays.sort(idx, (x, y) -> Character.compare(hc.get(x), hc.get(y)));
            for (int i = 0; i < idx.length; i++) {
                highChars[i] = hc.get(idx[i]);
                highBytes[i] = hb.get(idx[i]);
            }
        }

        private void put(char ch, byte b, List<Character> hc, List<Byte> hb) {
            if (ch < 0x100) {
                lowTable[ch] = b;
            } else {
                hc.add(ch);
                hb.add(b);
            }
        }

        /** The byte (0x80-0xFF, as int) this char stands for, or -1. */
        int byteOf(char c) {
            if (c < 0x100) {
                return c < 0x80 ? -1 : (lowTable[c] == 0 ? -1 : lowTable[c] & 0xFF);
            }
            int i = java.util.Arrays.binarySearch(highChars, c);
            return i < 0 ? -1 : highBytes[i] & 0xFF;
        }
    }

    /** One repair: {@code text[start,end)} becomes {@code after}. */
    record Fix(int start, int end, String after, String reason) {
    }

    private static final class Tables {
        static final CodePage CP1252 = new CodePage("windows-1252", "windows-1252", true, false);
        static final CodePage MACROMAN = Charset.isSupported("x-MacRoman")
                ? new CodePage("MacRoman", "x-MacRoman", false, true) : null;
        static final CodePage CP1251 = new CodePage("windows-1251", "windows-1251", false, true);
        static final CodePage CP1250 = new CodePage("windows-1250", "windows-1250", false, false);
    }

    static CodePage cp1252() {
        return Tables.CP1252;
    }

    private Mojibake() {
    }

    /** Quick test: could {@code c} be part of cp1252/Latin-1 mojibake? (Other pages are tried per run.) */
    static boolean maybe(char c) {
        return c >= 0x80 && Tables.CP1252.byteOf(c) >= 0;
    }

    /**
     * Whether MacRoman reads a UTF-8 lead byte common in text as {@code c}: "√" (C3, Latin letters), "‚" (E2, punctuation),
     * "¬" (C2), and the Apple logo (F0, U+F8FF in Unicode's private use area: an emoji's, "üëâ" for 👉).
     */
    static boolean macRomanLead(char c) {
        return c == '\u221A' || c == '\u201A' || c == '\u00AC' || c == '\uF8FF' || macRomanLetterLead(c);
    }

    /**
     * MacRoman's reading of the lead bytes of Greek (CE "Œ", CF "œ"), of half of Latin Extended-A (C5 "≈") and of Cyrillic
     * (D0 "–", D1 "—") letters: "sin(Œ∏)" for θ, "Wroc≈Çaw", "–ü—Ä–∏" for "При". A dash before a letter is also text
     * ("—Éste", Spanish dialogue: "у" as one sequence), so a dash's sequence is read only in a group of two or more. Not
     * C4's "ƒ": a letter of Ewe, written before "ã" (the UDHR's Ewe text read as "ċ").
     */
    private static boolean macRomanLetterLead(char c) {
        return c == '\u0152' || c == '\u0153' || c == '\u2248' || macRomanDash(c);
    }

    /** MacRoman's en and em dashes, Cyrillic's leads D0 and D1 ({@link #macRomanLetterLead}). */
    private static boolean macRomanDash(char c) {
        return c == '\u2013' || c == '\u2014';
    }

    /**
     * Finds repairs in {@code text[from, limit)}, starting at a character for which
     * {@link #maybe} holds or any other non-ASCII char. Returns the end of the run examined
     * (fixes are added to {@code out}).
     */
    static int scan(String text, int from, int limit, List<Fix> out) {
        int end = runEnd(text, from, limit, Tables.CP1252);
        if (end == from + 1 && text.charAt(from) == '\u00C2' && from > 0 && (end == limit || text.charAt(end) == ' ')
                && (Character.isLowerCase(text.charAt(from - 1)) || Character.isDigit(text.charAt(from - 1)) || isClosingPunct(text.charAt(from - 1))
                || from >= 2 && text.charAt(from - 1) == ' ' && text.charAt(from - 2) == '\u00C2')) {
            // "doÂ Brasil": a UTF-8 no-break space (C2 A0) read as windows-1252, its A0 already made a space (after a digit
            // too, "10Â ", and in a row of them, "Â Â Â": a table's empty cells)
            out.add(new Fix(from, end, "", "UTF-8 no-break space (C2 A0) read as windows-1252 'Â' + space:"
                    + " the stray 'Â' removed"));
            return end;
        }
        // Other code pages: only for characters typical of their mojibake. MacRoman's leads ("‚" for E2, "√" for C3, "¬" for
        // C2) first: windows-1252 reads "‚" as a continuation byte and may repair a pair inside the run alone ("‚Ä¶", the
        // ellipsis, would become "‚Ķ")
        CodePage mac = Tables.MACROMAN;
        char c = text.charAt(from);
        if (mac != null && macRomanLead(c)) {
            int e = runEnd(text, from, limit, mac);
            if (e - from >= 2 && tryPage(text, from, e, mac, out)) {
                // (the scan goes on after MacRoman's run, not windows-1252's: that run may hold a space read as 0xA0 and
                // the next sequence, "‚Äù ‚Äî" for "” —", whose dash was left)
                return e;
            }
        }
        if (end == from + 1 && text.charAt(from) == '\u00C3' && end < limit && text.charAt(end) == ' ' && lostNoBreakA(text, from, limit)) {
            // "voilÃ  tout", "rendez-vous Ã  Paris": "à" (C3 A0) read as windows-1252, its A0 (a no-break space) made a
            // plain space beside the word's own (lostNoBreakA)
            out.add(new Fix(from, end + 1, "\u00E0", "UTF-8 \"à\" (C3 A0) read as windows-1252 \"Ã\" and a no-break space that became a"
                    + " plain space: \"à\", the space it had become removed"));
            return end + 1;
        }
        if (end - from >= 2) {
            int before = out.size();
            boolean repaired = tryPage(text, from, end, Tables.CP1252, out);
            if (repaired && end - from >= 3 && text.charAt(end - 1) == '\u00C2' && text.charAt(end - 2) == ' ' && (end == limit || text.charAt(end) == ' ')
                    && out.get(out.size() - 1).end() <= end - 1) {
                // the last "Â" of a row of them at a line's end ("forearms.Â Â Â Â"): no byte after it to read
                out.add(new Fix(end - 1, end, "", "UTF-8 no-break space (C2 A0) read as windows-1252 'Â' + space, the last of a row:"
                        + " the stray 'Â' removed"));
            }
            if (droppedQuoteByte(text, end, limit) && (out.size() == before || out.get(out.size() - 1).end() <= end - 2)) {
                out.add(new Fix(end - 2, end, "\u201D", "UTF-8 closing quotation mark (E2 80 9D) read as windows-1252, its last byte (0x9D,"
                        + " undefined there) dropped: \"â€\" after a word or a mark and before a space, a mark or the line's end"));
                repaired = true;
            }
            if (repaired) {
                return end;
            }
        }
        if (CP1250_LEADS.indexOf(c) >= 0) {
            // UTF-8 read as windows-1250 (Central European): "â€ś" for “, "â€ť" for ”, "ObĂ©" for "Obé"
            int e = runEnd(text, from, limit, Tables.CP1250);
            if (e - from >= 2 && e > end && tryPage(text, from, e, Tables.CP1250, out)) {
                return e;
            }
        }
        if (c == '\u0420' || c == '\u0421' || c == '\u0432') {
            int e = runEnd(text, from, limit, Tables.CP1251);
            if (e - from >= 4 && tryPage(text, from, e, Tables.CP1251, out)) {
                return Math.max(e, end);
            }
        }
        return Math.max(end, from + 1);
    }

    /**
     * Whether the "Ã" at {@code at}, a space after it, is "à" whose no-break space became a space: after a lowercase
     * letter ("voilÃ  tout") or alone after a space or a line's start, not in capitals ("SÃO PAULO Ã BOA" is no mojibake:
     * "À" would read "Ã€"), and before a second space, the word's own. With one space it is not clear whether the
     * word ended there ("voilÃ tout", its space lost) or went on ("ThÃ nh", Vietnamese "Thành"); nor is "The letter Ã
     * is …" mojibake. Left.
     */
    private static boolean lostNoBreakA(String text, int at, int limit) {
        char prev = at > 0 ? text.charAt(at - 1) : '\n';
        if (!Character.isLowerCase(prev) && prev != ' ' && prev != '\n') {
            return false;
        }
        if (prev == ' ' && at >= 2 && Character.isUpperCase(text.charAt(at - 2))) {
            return false;
        }
        int k = at + 1;
        while (k < limit && text.charAt(k) == ' ') {
            k++;
        }
        return k - at - 1 >= 2;
    }

    /** windows-1250's characters for UTF-8's lead bytes C2-C5, E2 and F0 ("Â", "Ă", "Ä", "Ĺ", "â", "đ": "đź‘‰" is 👉). */
    private static final String CP1250_LEADS = "\u00C2\u0102\u00C4\u0139\u00E2\u0111";

    /**
     * Whether a run may be windows-1250 mojibake that {@link #maybe} misses: it starts with one of the page's lead
     * characters that windows-1252 lacks ("Ă", "Ĺ", "đ"; {@link UnicodePass} asks).
     */
    static boolean maybe1250(char c) {
        return CP1250_LEADS.indexOf(c) >= 0 && !maybe(c);
    }

    /**
     * Whether {@code text[from, to)} is an emoji's first three bytes read as windows-1252, its last lost ("ðŸ‘": 👍 is
     * F0 9F 91 8D, and 0x8D is undefined there): "ð", "Ÿ" and one more, nothing that real text writes.
     */
    static boolean lossyEmoji(String text, int from, int to) {
        return to - from == 3 && text.charAt(from) == '\u00F0' && text.charAt(from + 1) == '\u0178' && Tables.CP1252.byteOf(text.charAt(from + 2)) >= 0x80
                && Tables.CP1252.byteOf(text.charAt(from + 2)) <= 0xBF;
    }

    private static boolean isClosingPunct(char c) {
        return c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || c == ')';
    }

    private static int runEnd(String text, int from, int limit, CodePage page) {
        int i = from;
        while (i < limit) {
            char c = text.charAt(i);
            if (page.byteOf(c) >= 0) {
                i++;
            } else if (c == '\uFFFD' && page == Tables.CP1252 && (i - from >= 2 && lostQuoteByte(text, i, limit) > 0 || i - from >= 1 && starRow(text, i, limit))) {
                i++; // "committedâ€�", "â€�The": a quotation mark's last byte lost (LOSSY_QUOTE); read as that byte
            } else if (c == ' ' && page == Tables.CP1252 && i > from && (i + 1 < limit && page.byteOf(text.charAt(i - 1)) >= 0xC2
                    && page.byteOf(text.charAt(i + 1)) >= 0x80 || text.charAt(i - 1) == '\u00C2' && i - 1 > from && text.charAt(i - 2) == ' ')) {
                // (and the last of a row of "Â ": "10Â Â Â 1pm")
                i++; // maybe a 0xA0 byte that became a plain space ("Ð Ñ\u0083..." for "Ру...")
            } else {
                break;
            }
        }
        return i;
    }

    private static int byteAt(String text, int i, CodePage page) {
        char c = text.charAt(i);
        if (c == '\uFFFD') { // (only where runEnd took it)
            return starRow(text, i, text.length()) ? 0x98 : lostQuoteByte(text, i, text.length());
        }
        return c == ' ' ? 0xA0 : page.byteOf(c);
    }

    /**
     * Whether the U+FFFD at {@code i} is the lost middle byte (0x98, undefined in windows-1250 and -1251) of a star in a
     * row of them, a rating: "â�…â�…â�…" for ★★★ (E2 98 85), "†" for ☆ (E2 98 86). A row, two or more: alone the lost byte
     * could have been another.
     */
    private static boolean starRow(String text, int i, int limit) {
        return isStar(text, i - 1, limit) && (isStar(text, i + 2, limit) || isStar(text, i - 4, limit));
    }

    /** Whether "â", U+FFFD and "…" or "†" stand at {@code at}. */
    private static boolean isStar(String text, int at, int limit) {
        return at >= 0 && at + 2 < limit && text.charAt(at) == '\u00E2' && text.charAt(at + 1) == '\uFFFD'
                && (text.charAt(at + 2) == '\u2026' || text.charAt(at + 2) == '\u2020');
    }

    /**
     * The byte that the U+FFFD at {@code i}, after "â€", stood for, or -1: a quotation mark's last byte, lost where the
     * code page had no character for it. After a word or a mark, not between two letters, ” (0x9D, undefined in
     * windows-1252: {@link #closingQuote}); after a space, a line's start or an opening bracket and before a letter or
     * digit, the mark that opens a word: ‘ (0x98, undefined in windows-1250) where "’" closes it later on the line, ”
     * where "”" does (a text that opens with the closing mark), else not clear.
     */
    private static int lostQuoteByte(String text, int i, int limit) {
        if (i < 2 || text.charAt(i - 2) != '\u00E2' || text.charAt(i - 1) != '\u20AC') {
            return -1;
        }
        char prev = i >= 3 ? text.charAt(i - 3) : '\n';
        char next = i + 1 < limit ? text.charAt(i + 1) : ' ';
        if ((Character.isWhitespace(prev) || prev == '(' || prev == '[') && Character.isLetterOrDigit(next)) {
            // before a word: the mark that closes it says which ("â€�The planâ€™": ‘, its 0x98 undefined in windows-1250;
            // "â€�SMARTâ€�": ”, some texts open with the closing mark too); none on the line: not clear
            for (int k = i + 1; k + 2 < limit; k++) {
                if (text.charAt(k) == '\u00E2' && text.charAt(k + 1) == '\u20AC') {
                    char q = text.charAt(k + 2);
                    if (q == '\u2122') {
                        return 0x98; // "â€™": ’
                    }
                    if (q == '\uFFFD' || q == '\u0165') {
                        return 0x9D; // "â€�", "â€ť": ”
                    }
                }
            }
            return -1;
        }
        return closingQuote(i >= 3 ? prev : 'x', next) ? 0x9D : -1;
    }

    /**
     * Whether the run of windows-1252 characters that ends at {@code end} ends in "â€" whose third byte was dropped, not
     * replaced (a decoder told to ignore what it cannot read, or a cleaner that strips C1 controls, after the misreading):
     * "said “helloâ€ and", "the end.â€". Of the bytes windows-1252 lacks (0x81, 0x8D, 0x8F, 0x90, 0x9D) the closing
     * quotation mark's is the one a text writes after a word or a mark and before a space, a mark or the line's end; between
     * two letters a hyphen (0x90) stood, and before a letter or a digit it is not clear: left.
     */
    private static boolean droppedQuoteByte(String text, int end, int limit) {
        if (end < 3 || text.charAt(end - 2) != '\u00E2' || text.charAt(end - 1) != '\u20AC') {
            return false;
        }
        char next = end < limit ? text.charAt(end) : ' ';
        // (an ASCII mark or a space: a character outside ASCII may be the byte under another code page, "12â€˛" windows-1250's
        // prime)
        return closingQuote(text.charAt(end - 3), next) && (Character.isWhitespace(next) || next < 0x80 && !Character.isLetterOrDigit(next));
    }

    /** Repairs the sequences of {@code text[from,end)} under {@code page}; true if any. */
    private static boolean tryPage(String text, int from, int end, CodePage page, List<Fix> out) {
        int n = end - from;
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) byteAt(text, from + i, page);
        }
        // Split into maximal groups of back-to-back valid sequences.
        boolean any = false;
        int i = 0;
        while (i < n) {
            int len = Decoder.utf8SequenceLength(bytes, i, n);
            if (len == 0) {
                i++;
                continue;
            }
            int gStart = i;
            List<int[]> seqs = new ArrayList<>();
            while (i < n && (len = Decoder.utf8SequenceLength(bytes, i, n)) > 0) {
                seqs.add(new int[] {i, len});
                i += len;
            }
            StringBuilder decoded = new StringBuilder();
            boolean ok = true;
            boolean spaces = false;
            for (int k = gStart; k < i; k++) {
                if (text.charAt(from + k) == ' ') {
                    spaces = true;
                }
            }
            if (spaces && seqs.size() < 2) {
                continue;
            }
            for (int[] s : seqs) {
                int cp = decode(bytes, s[0], s[1]);
                boolean c1 = hasC1(text, from + s[0], from + s[0] + s[1]);
                boolean good = seqs.size() >= 2 || c1 ? acceptableInGroup(cp) || seqs.size() >= 2 && cp >= 0x80 && cp <= 0x9F
                        : acceptableAlone(cp, bytes[s[0]] & 0xFF, page);
                if (!good) {
                    ok = false;
                    break;
                }
                decoded.appendCodePoint(cp);
            }
            if (ok && seqs.size() == 1 && seqs.get(0)[1] == 2 && !hasC1(text, from + gStart, from + i) && uppercaseWordEnd(text, from + gStart)
                    && !registeredSign(text, from + gStart)) {
                ok = false; // (a C1 control is never real text: "MELIÃ\u0081" is "MELIÁ")
            }
            if (ok && seqs.size() == 1 && !hasC1(text, from + gStart, from + i) && !plausibleAlone(text, from + gStart, from + i, bytes, gStart)) {
                ok = false;
            }
            if (ok && seqs.size() == 1 && insideWord(text, from + gStart, from + i) && arrowOrDingbat(decoded.codePointAt(0))) {
                ok = false; // "oovtviärdásâžžân" (Inari Sami): an arrow or a dingbat (E2 9E 9E, "➞") is never written inside a word
            }
            if (page.strictLeads && seqs.size() < 2 && page != Tables.MACROMAN) {
                ok = false;
            }
            if (page == Tables.MACROMAN && seqs.size() < 2 && macRomanDash(text.charAt(from + gStart))) {
                ok = false;
            }
            if (ok && page == Tables.CP1251 && !allCyrillicLetters(decoded)) {
                ok = false; // capitals with І/Ј/Ђ (Belarusian, Kazakh, Serbian) are valid byte pairs too
            }
            if (ok && seqs.size() >= 2 && !allNoBreakSpaces(decoded) && !oneScript(decoded, spaces)) {
                ok = false;
            }
            if (!ok) {
                continue;
            }
            int gEnd = i;
            String after = decoded.toString();
            String encodings = "UTF-8 bytes read as " + page.name;
            // Encoded more than once? Repair the result again while it still looks like mojibake.
            int rounds = 1;
            while (rounds < 3 && after.length() >= 2) {
                List<Fix> inner = new ArrayList<>();
                int j = 0;
                boolean changed = false;
                StringBuilder sb = new StringBuilder();
                while (j < after.length()) {
                    if (maybe(after.charAt(j))) {
                        int e = runEnd(after, j, after.length(), Tables.CP1252);
                        inner.clear();
                        if (e - j >= 2 && tryPage(after, j, e, Tables.CP1252, inner)) {
                            int p = j;
                            for (Fix f : inner) {
                                sb.append(after, p, f.start()).append(f.after());
                                p = f.end();
                            }
                            sb.append(after, p, e);
                            changed = true;
                        } else {
                            sb.append(after, j, e);
                        }
                        j = Math.max(e, j + 1);
                    } else {
                        sb.append(after.charAt(j));
                        j++;
                    }
                }
                if (!changed) {
                    break;
                }
                after = sb.toString();
                rounds++;
            }
            if (hasC1(after, 0, after.length())) {
                continue; // (a C1 control, a byte of a text encoded twice, that the next round did not decode: no repair)
            }
            String reason = rounds == 1
                    ? encodings + ": re-encoded as " + page.name + ", decoded as UTF-8"
                    : encodings + ", " + rounds + " times: re-encoded as " + page.name
                            + " and decoded as UTF-8, " + rounds + " times";
            if (spaces) {
                reason = reason + " (a 0xA0 byte had become a plain space)";
            }
            int lost = text.indexOf('\uFFFD', from + gStart);
            if (lost >= 0 && lost < from + gEnd) {
                reason = reason + " (a byte lost on the way, U+FFFD after \"â€\": after a word, the closing quotation mark's 0x9D,"
                        + " undefined in windows-1252; before a word, the opening single one's 0x98, undefined in windows-1250)";
            }
            if (page == Tables.CP1252 && hasC1(text, from + gStart, from + gEnd)) {
                reason = reason + " (C1 controls stand for bytes undefined in windows-1252, as ISO-8859-1 reads them)";
            }
            out.add(new Fix(from + gStart, from + gEnd, after, reason));
            any = true;
        }
        return any;
    }

    /** "â€" and U+FFFD ("â€�"): a closing quotation mark read as windows-1252, its last byte (0x9D, undefined there) lost. */
    static final String LOSSY_QUOTE = "\u00E2\u20AC\uFFFD";

    /**
     * Whether a lossy "â€�" between {@code prev} and {@code next} is the closing quotation mark: after a word or a mark
     * (the lost byte may also have been an em quad's, a joiner's, a mark's or a hyphen's: 0x81, 0x8D, 0x8F, 0x90), and
     * not between two letters, where a hyphen stood.
     */
    static boolean closingQuote(char prev, char next) {
        return !Character.isWhitespace(prev) && !(Character.isLetter(prev) && Character.isLetter(next));
    }

    /**
     * "«PÅ»", "CAFÉ”": an uppercase word ending in a capital letter, then punctuation. The pair is
     * valid UTF-8 (Å» → Ż) but far more likely real text in capitals than mojibake (CLDR's samples hold
     * "Â°" and "Â½" in Inari Sami, "Î™" in Kurdish, "Ï™" in French: so "PMPÂ®" and "CAFÃ‰" stay too).
     */
    private static boolean uppercaseWordEnd(String text, int lead) {
        if (lead == 0 || !Character.isUpperCase(text.charAt(lead - 1)) || !Character.isUpperCase(text.charAt(lead))) {
            return false;
        }
        char cont = text.charAt(lead + 1);
        if (Character.isLetter(cont)) {
            return false;
        }
        return lead + 2 >= text.length() || !Character.isLetter(text.charAt(lead + 2));
    }

    /** "PMPÂ®", "ACMEÂ©": the registered or copyright sign (C2 AE, C2 A9) after a name in capitals; no word ends in "Â" before it. */
    private static boolean registeredSign(String text, int lead) {
        char cont = text.charAt(lead + 1);
        return text.charAt(lead) == '\u00C2' && (cont == '\u00AE' || cont == '\u00A9');
    }

    /** Marks of windows-1252's upper half that may follow a word in real text. */
    private static final String AFTER_A_WORD = "\u201D\u2019\u00BB\u203A\u2026\u2013\u2014\u2022\u00B7\u201A\u201E\u201C\u2018\u00AB\u2039\u00A0\u00A1\u00BF";

    /**
     * The context a lone sequence asks for: a Vietnamese letter read through "»" ("Nguyá»…n" → "Nguyễn") is not a
     * word's end before a closing mark ("está»…" is Spanish).
     */
    private static boolean plausibleAlone(String text, int s, int e, byte[] bytes, int at) {
        int lead = bytes[at] & 0xFF;
        if (lead == 0xE1 && (bytes[at + 1] & 0xFF) == 0xBB && AFTER_A_WORD.indexOf(text.charAt(s + 2)) >= 0) {
            return e < text.length() && Character.isLetter(text.charAt(e));
        }
        return true;
    }

    /** Arrows, box drawing, shapes, dingbats (not math operators: "go∼mus" is a name). */
    private static boolean arrowOrDingbat(int cp) {
        return cp >= 0x2190 && cp <= 0x21FF || cp >= 0x2500 && cp <= 0x27BF || cp >= 0x2B00 && cp <= 0x2BFF;
    }

    /** Whether {@code text[s, e)} has a letter on each side. */
    private static boolean insideWord(String text, int s, int e) {
        return s > 0 && e < text.length() && Character.isLetter(text.charAt(s - 1)) && Character.isLetter(text.charAt(e));
    }

    /** "Â Â Â" read back: no-break spaces only (a table's empty cells), whose "Â" were left when each became a plain space. */
    private static boolean allNoBreakSpaces(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private static boolean allCyrillicLetters(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x400 || c > 0x4FF || !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Real text repaired from mojibake is in one script ("Größe", "Привет", "日本語", with common
     * punctuation); a mix such as "Ġ֠" comes from valid-looking byte pairs in real text (capitals
     * separated by spaces, or Cyrillic capitals). With a byte restored from a space, letters only.
     */
    private static boolean oneScript(CharSequence s, boolean lettersOnly) {
        int script = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            int sc = com.ibm.icu.lang.UScript.getScript(cp);
            if (sc == com.ibm.icu.lang.UScript.COMMON || sc == com.ibm.icu.lang.UScript.INHERITED) {
                if (lettersOnly) {
                    return false;
                }
                continue;
            }
            if (sc == com.ibm.icu.lang.UScript.HIRAGANA || sc == com.ibm.icu.lang.UScript.KATAKANA) {
                sc = com.ibm.icu.lang.UScript.HAN; // Japanese mixes kana and kanji
            }
            if (script == -1) {
                script = sc;
            } else if (script != sc) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasC1(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static int decode(byte[] b, int i, int n) {
        int c = b[i] & 0xFF;
        int cp = c & (0x7F >> n);
        for (int k = 1; k < n; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        return cp;
    }

    /** Decoded character of a group of two or more sequences: anything assigned and visible. */
    private static boolean acceptableInGroup(int cp) {
        int t = UCharacter.getType(cp);
        return t != UCharacterCategory.UNASSIGNED && t != UCharacterCategory.PRIVATE_USE
                && t != UCharacterCategory.SURROGATE && (t != UCharacterCategory.CONTROL || cp == '\t');
    }

    /** A lone sequence is repaired only into blocks that mojibake'd news text commonly holds. */
    private static boolean acceptableAlone(int cp, int lead, CodePage page) {
        if (!acceptableInGroup(cp)) {
            return false;
        }
        if (lead >= 0xC2 && lead <= 0xC5) {
            // Â Ã Ä Å → U+0080..U+017F: Latin-1 Supplement and Latin Extended-A.
            return cp >= 0xA0;
        }
        if (lead == 0xCE || lead == 0xCF || lead == 0xD0 || lead == 0xD1) {
            // Greek and Cyrillic letters (Î± → α, Ð¸ → и): only letters.
            return Character.isLetter(cp);
        }
        if (lead == 0xE2) {
            // spaces and zero-width characters, punctuation, superscripts and subscripts ("wâ‚‚" → "w₂"), currency, letterlike,
            // arrows, math, technical, shapes, dingbats (not number forms): "â€‹" is a zero-width space, "â€‰" a thin space
            return (cp >= 0x2000 && cp <= 0x205E) || (cp >= 0x2070 && cp <= 0x209F) || (cp >= 0x20A0 && cp <= 0x214F) || (cp >= 0x2190 && cp <= 0x2BFF);
        }
        if (lead == 0xE1) {
            // Latin Extended Additional and Greek Extended letters: Vietnamese ("Chá»£" → "Chợ"), transliterations ("ká¹£a" → "kṣa")
            return cp >= 0x1E00 && cp <= 0x1FFF && Character.isLetter(cp);
        }
        if (lead == 0xE0) {
            // the scripts of India and Southeast Asia, letters and their vowel signs ("à¦·" → "ষ")
            int t = UCharacter.getType(cp);
            return cp >= 0x0900 && cp <= 0x0DFF && (Character.isLetter(cp) || t == UCharacterCategory.NON_SPACING_MARK
                    || t == UCharacterCategory.COMBINING_SPACING_MARK);
        }
        if (lead == 0xE3) {
            return cp >= 0x3000 && cp <= 0x303F;
        }
        if (lead == 0xEF) {
            // full-width forms, the byte-order mark, the Latin ligatures of PDF text ("eï¬ƒcient" → "eﬃcient")
            return (cp >= 0xFF01 && cp <= 0xFF65) || cp == 0xFEFF || (cp >= 0xFB00 && cp <= 0xFB06);
        }
        if (lead == 0xF0) {
            return cp >= 0x1F000 && cp <= 0x1FAFF;
        }
        return false;
    }
}
