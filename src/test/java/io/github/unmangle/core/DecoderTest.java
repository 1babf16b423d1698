package io.github.unmangle.core;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecoderTest {

    /** {@code text} written in {@code charset} and decoded: it must come back as it was (the decoding's note says why not). */
    private static Decoded readsBack(String text, String charset) throws Exception {
        Decoded d = Decoder.decode(text.getBytes(Charset.forName(charset)));
        assertEquals(text, d.text(), charset + ": " + d.note());
        return d;
    }

    @Test
    void plainUtf8() throws Exception {
        Decoded d = Decoder.decode("naïve café – “quoted”".getBytes(StandardCharsets.UTF_8));
        assertEquals("naïve café – “quoted”", d.text());
        assertTrue(d.plainUtf8());
    }

    @Test
    void byteOrderMarks() throws Exception {
        String s = "Grüße";
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, s.getBytes(StandardCharsets.UTF_8));
        assertEquals(s, Decoder.decode(utf8).text());
        assertEquals(s, Decoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE))).text());
        assertEquals(s, Decoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(StandardCharsets.UTF_16BE))).text());
        byte[] u32 = concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, s.getBytes(Charset.forName("UTF-32BE")));
        Decoded d = Decoder.decode(u32);
        assertEquals(s, d.text());
        assertEquals("bom", d.method());
    }

    @Test
    void utf16WithoutBomByNulPattern() throws Exception {
        Decoded d = Decoder.decode("plain english words".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("plain english words", d.text());
        assertNotNull(d.note());
    }

    /**
     * UTF-32 without a byte-order mark, by its NUL bytes (it was read as binary); UTF-16 whose characters beyond the BMP
     * put a NUL in a few low bytes too (a surrogate's low half, U+DC00); but 16-bit data whose units are mostly control
     * characters is no text.
     */
    @Test
    void utf32AndPlaneOneUtf16WithoutBomByNulPattern() throws Exception {
        String s = "Plain english words, and “quotes”.\n";
        for (String cs : List.of("UTF-32LE", "UTF-32BE")) {
            assertEquals(cs.toLowerCase(), readsBack(s, cs).charset());
        }
        // (U+0100 puts a NUL in a low byte; U+1F603 and U+1D401 stand beyond the BMP)
        String plane1 = "<p>A smile \uD83D\uDE03, a bold \uD835\uDC01 and the letter \u0100 in one line of a page</p>\n".repeat(3);
        assertEquals(plane1, Decoder.decode(plane1.getBytes(StandardCharsets.UTF_16LE)).text());
        byte[] data = new byte[400];
        for (int i = 0; i < data.length; i += 2) {
            data[i] = (byte) (i % 7 == 0 ? 'a' : 3); // units 0x0003 and 0x0061: mostly controls
        }
        assertThrows(BinaryInputException.class, () -> Decoder.decode(data));
    }

    /**
     * A short Polish text in ISO-8859-2, of which ICU's detector is not sure (confidence 43, windows-1252 37): windows-1252
     * would put signs inside its words ("przyjê³a", "wzroœnie"), so it is read as ISO-8859-2; it was read as windows-1252.
     * A French one in windows-1252 stays so.
     */
    @Test
    void wordsThatWindows1252WouldBreakSettleACentralEuropeanCharset() throws Exception {
        String pl = "Rada miasta przyjęła plan. Budżet na drogi wzrośnie, a opłaty za parking zostaną bez zmian do końca roku. "
                + "Radni mówią, że to dobry plan dla mieszkańców i firm w centrum miasta.\n";
        assertEquals("iso-8859-2", readsBack(pl, "ISO-8859-2").charset());
        String fr = "Le conseil a adopté le budget. Les élus disent que les écoles et les rues du centre-ville en profiteront "
                + "dès l'été, même si la dépense reste élevée.\n";
        readsBack(fr, "windows-1252");
    }

    @Test
    void nulBytesMeanBinary() {
        assertThrows(BinaryInputException.class, () -> Decoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 7, 0, 1}));
    }

    @Test
    void strayWindows1252ByteInUtf8IsReadAsWindows1252AndReported() throws Exception {
        byte[] b = concat("caf\u00e9 ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x93, 'h', 'i', (byte) 0x94});
        Decoded d = Decoder.decode(b);
        assertEquals("café “hi”", d.text());
        assertEquals("mixed", d.method());
        assertTrue(d.note().contains("2 stray"));
    }

    /**
     * A character past U+FFFF written as a surrogate pair of three-byte sequences (CESU-8, Java's modified UTF-8, MySQL's
     * old "utf8"): read as the character, alone or beside stray bytes, not as six windows-1252 characters ("í ½í¸€").
     */
    @Test
    void surrogatePairsWrittenAsCesu8AreReadAsTheirCharacter() throws Exception {
        byte[] emoji = {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80}; // U+1F600 as CESU-8
        Decoded d = Decoder.decode(concat(concat("Smile ".getBytes(StandardCharsets.UTF_8), emoji), " here.".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Smile \uD83D\uDE00 here.", d.text());
        assertEquals("mixed", d.method());
        assertTrue(d.note().contains("CESU-8"), d.note());
        d = Decoder.decode(concat(concat("caf\u00e9 ".getBytes(StandardCharsets.UTF_8), emoji), new byte[] {' ', 'r', (byte) 0xE9, 's'}));
        assertEquals("café \uD83D\uDE00 rés", d.text());
        assertTrue(d.note().contains("1 stray") && d.note().contains("CESU-8"), d.note());
        // a high surrogate's sequence alone is no pair: stray bytes as before
        d = Decoder.decode(concat("caf\u00e9, na\u00efve, d\u00e9j\u00e0 ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, ' ', 'x'}));
        assertTrue(d.note().contains("3 stray"), d.note());
    }

    @Test
    void wholeWindows1252FileIsDetected() throws Exception {
        String s = "Les élèves ont été très contents de leur journée à la mer. Ça a été une belle fête; "
                + "déjà prévu pour l'année prochaine, où ils iront à Genève.";
        Decoded d = readsBack(s, "windows-1252");
        assertEquals("detected", d.method());
        assertTrue(d.note().contains("ICU") || d.note().contains("windows-1252"), d.note());
    }

    /**
     * Another charset's words are runs of high bytes that form a valid UTF-8 pair now and then
     * (windows-1251's "О»" is CE BB, "λ" in UTF-8): one such pair must not make the file UTF-8 with strays.
     */
    @Test
    void otherCharsetsWithAnAccidentalUtf8PairAreDetected() throws Exception {
        String ru = "Компания «ГАЗПРОМ» сообщила о росте прибыли за третий квартал. ".repeat(3);
        assertEquals("detected", readsBack(ru, "windows-1251").method());
        String ja = "東京都は月曜日、新しい交通計画を発表した。市民の意見を聞いて来年から実施する予定だ。".repeat(3);
        readsBack(ja, "Shift_JIS");
    }

    /** A Latin-1 paragraph pasted into UTF-8 text: its accented letters stand alone between ASCII, and stay a paste of two sources. */
    @Test
    void aPastedLatin1ParagraphInUtf8IsMixed() throws Exception {
        byte[] b = concat("It’s a “quote”.\n".getBytes(StandardCharsets.UTF_8),
                "Les élèves ont été très contents de leur journée à la mer, déjà prévu pour l'année prochaine.\n".getBytes(Charset.forName("windows-1252")));
        Decoded d = Decoder.decode(b);
        assertEquals("It’s a “quote”.\nLes élèves ont été très contents de leur journée à la mer, déjà prévu pour l'année prochaine.\n", d.text());
        assertEquals("mixed", d.method());
    }

    @Test
    void neverCrashesAndNeverInsertsReplacementCharacters() throws Exception {
        Random r = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[r.nextInt(200) + 1];
            r.nextBytes(b);
            for (int k = 0; k < b.length; k++) {
                if (b[k] == 0) {
                    b[k] = 1;
                }
            }
            if ((b[0] & 0xFF) >= 0xFE || (b[0] & 0xFF) == 0xEF) {
                b[0] = 'x'; // no byte-order mark: those paths are strict by design
            }
            Decoded d = Decoder.decode(b);
            assertFalse(d.text().contains("\uFFFD"), "U+FFFD in decoding of sample " + i);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
    /**
     * A feed in windows-1251 whose markup outweighs its Russian (ICU's detector ranks ISO-8859-1 first): its high bytes
     * stand in runs, whole words of another alphabet, so the next guess that names Cyrillic is read.
     */
    @Test
    void cyrillicInRunsIsNotReadAsLatin1() throws Exception {
        String ru = "Новости проекта: вышла новая версия программы, в которой исправлены ошибки и добавлены функции.";
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n");
        for (int i = 0; i < 12; i++) {
            sb.append("<item><link>http://forum.example.ru/viewtopic.php?t=").append(1000 + i).append("&amp;start=").append(i * 15)
                    .append("</link><pubDate>Mon, 0").append(i % 9 + 1).append(" Jan 2007 12:00:00 GMT</pubDate><guid isPermaLink=\"false\">topic-")
                    .append(i).append("</guid></item>\n");
        }
        sb.append("<item><title>").append(ru).append("</title></item>\n</channel></rss>\n");
        assertEquals("windows-1251", readsBack(sb.toString(), "windows-1251").charset());
    }

    /**
     * Hungarian in ISO-8859-2, its accented letters standing alone between ASCII as windows-1252's would: read as
     * ISO-8859-2 where ICU is sure of it ("ő", not "õ"); an English text with a few accented names stays windows-1252.
     */
    @Test
    void centralEuropeanLatinIsReadAsItsOwnCharset() throws Exception {
        String hu = "A magyar nyelv különleges betűi: ő és ű. Az időjárás előrejelzés szerint holnap eső várható, és erős szél fúj "
                + "az ország nyugati részén, főleg délután.\n";
        readsBack(hu + hu.replace("holnap", "kedden"), "ISO-8859-2");
        String en = "The café on the Rue de Rivoli served crêpes to the delegates, and Zoë Müller said the naïve plan would fail "
                + "before the résumé was read.\n";
        assertEquals("windows-1252", readsBack(en, "windows-1252").charset());
    }
    /**
     * A page that declares its charset in its markup (an XML declaration's encoding, an HTML meta charset) is read in it
     * when its bytes are no UTF-8 and decode in it: Hebrew declared windows-1255 (ICU's detector ranks Latin-1 first for
     * such a feed), and ISO-8859-8 read as windows-1255, as browsers do; a declaration of UTF-8 over bytes that are not is
     * passed over.
     */
    @Test
    void aDeclaredCharsetIsRead() throws Exception {
        String he = "<?xml version=\"1.0\" encoding=\"windows-1255\"?>\n<rss><channel><title>אלוהים נמצא בפרטים הקטנים</title>"
                + "<link>http://www.example.co.il/eyal</link></channel></rss>\n";
        assertEquals("windows-1255", readsBack(he, "windows-1255").charset());
        String meta = "<html><head><meta charset=\"ISO-8859-8\"></head><body>שלום עולם, זה טקסט בעברית</body></html>\n";
        readsBack(meta, "ISO-8859-8");
        String lie = "<meta charset=\"utf-8\"> The caf\u00e9 served cr\u00eapes to Zo\u00eb M\u00fcller.\n";
        assertEquals("windows-1252", readsBack(lie, "windows-1252").charset());
    }
    /** Japanese and Korean sent as 7-bit ISO-2022 (escape sequences, all bytes ASCII) are read in it, not as ASCII. */
    @Test
    void iso2022IsReadByItsEscapes() throws Exception {
        String ja = "メールの本文です。日本語のテキスト。\nSecond line in English.\n";
        assertEquals("iso-2022-jp", readsBack(ja, "ISO-2022-JP").charset());
        String ko = "한국어 텍스트입니다.\n";
        readsBack(ko, "ISO-2022-KR");
        String plain = "Plain ASCII with an escape \u001b[0m colour code.\n";
        assertEquals("utf-8", Decoder.decode(plain.getBytes(StandardCharsets.US_ASCII)).charset());
    }
}
