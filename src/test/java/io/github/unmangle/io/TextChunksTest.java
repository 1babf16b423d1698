package io.github.unmangle.io;

import io.github.unmangle.core.Decoded;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextChunksTest {

    private static List<String> parts(byte[] b, int limit) throws Exception {
        List<String> out = new ArrayList<>();
        try (TextChunks c = new TextChunks(new ByteArrayInputStream(b), limit)) {
            for (Decoded d; (d = c.next()) != null; ) {
                out.add(d.text());
                if (c.done()) {
                    break;
                }
            }
        }
        return out;
    }

    private static List<String> parts(byte[] b, int limit, int maxLines) throws Exception {
        List<String> out = new ArrayList<>();
        try (TextChunks c = new TextChunks(new ByteArrayInputStream(b), limit, maxLines)) {
            for (Decoded d; (d = c.next()) != null; ) {
                out.add(d.text());
                if (c.done()) {
                    break;
                }
            }
        }
        return out;
    }

    /** A part holds at most so many lines however short they are (the passes keep objects per line), cut at a paragraph where one is near. */
    @Test
    void aPartHoldsAtMostMaxLines() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append('l').append(i).append('\n');
        }
        List<String> p = parts(b.toString().getBytes(StandardCharsets.UTF_8), 1 << 20, 4);
        assertEquals(List.of("l0\nl1\nl2\nl3\n", "l4\nl5\nl6\nl7\n", "l8\nl9\n"), p);
        // a blank line in the second half of the window is where it is cut
        List<String> q = parts("a\nb\nc\n\nd\ne\nf\n".getBytes(StandardCharsets.UTF_8), 1 << 20, 5);
        assertEquals(List.of("a\nb\nc\n\n", "d\ne\nf\n"), q);
        assertEquals(List.of("one\ntwo\n"), parts("one\ntwo\n".getBytes(StandardCharsets.UTF_8), 1 << 20, TextChunks.MAX_PART_LINES));
    }

    /** A text whose lines end with a lone CR (an old Mac's) is cut at a CR when it needs parts, not failed as one huge line. */
    @Test
    void aTextOfLoneCrLinesIsCutAtACr() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            b.append("line ").append(i).append(" of an old Mac text\r");
        }
        String text = b.toString();
        List<String> p = parts(text.getBytes(StandardCharsets.UTF_8), 16 * 1024);
        assertTrue(p.size() > 2, "parts: " + p.size());
        assertEquals(text, String.join("", p));
        for (String part : p) {
            assertTrue(part.endsWith("\r"), part.substring(Math.max(0, part.length() - 20)));
        }
        List<String> wide = new ArrayList<>();
        byte[] u16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        try (TextChunks c = new TextChunks(new ByteArrayInputStream(u16), 16 * 1024)) {
            for (Decoded d; (d = c.next()) != null; ) {
                wide.add(d.text());
                if (c.done()) {
                    break;
                }
            }
        }
        assertTrue(wide.size() > 2, "parts: " + wide.size());
        assertEquals(text, String.join("", wide));
    }

    @Test
    void smallInputIsOnePart() throws Exception {
        assertEquals(List.of("one\n\ntwo\n"), parts("one\n\ntwo\n".getBytes(StandardCharsets.UTF_8), 1 << 20));
    }

    @Test
    void emptyInputIsOneEmptyPart() throws Exception {
        assertEquals(List.of(""), parts(new byte[0], 1 << 20));
    }

    @Test
    void largeInputIsCutAtParagraphBoundariesAndLosesNothing() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 300_000; i++) {
            sb.append("Paragraph ").append(i).append(" has a sentence — with “quotes” and é.\nAnd a second line.\n\n");
        }
        String text = sb.toString();
        List<String> parts = parts(text.getBytes(StandardCharsets.UTF_8), 16 * 1024);
        assertTrue(parts.size() > 10);
        assertEquals(text, String.join("", parts));
        for (int i = 0; i < parts.size() - 1; i++) {
            assertTrue(parts.get(i).endsWith("\n\n"), "part " + i + " not cut at a paragraph boundary");
            assertTrue(parts.get(i).getBytes(StandardCharsets.UTF_8).length <= 16 * 1024);
        }
    }

    /** UTF-16 without a byte-order mark, larger than a part: each part is text (a cut at a "\n" byte left the next one odd, read as binary). */
    @Test
    void utf16WithoutBomIsChunkedToo() throws Exception {
        String text = "A line of prose, with é and “quotes”.\n\nAnother line.\n".repeat(2000);
        for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            List<String> parts = parts(text.getBytes(cs), 8 * 1024);
            assertTrue(parts.size() > 10, cs + ": " + parts.size());
            assertEquals(text, String.join("", parts), cs.name());
        }
        try (TextChunks c = new TextChunks(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16LE)), 8 * 1024)) {
            Decoded d = c.next();
            assertEquals("utf-16le", d.charset());
            assertTrue(d.note().contains("no byte-order mark"), d.note());
        }
    }

    /**
     * A short file in UTF-16 or UTF-32 without a byte-order mark (read whole while its NUL bytes were looked at) comes back
     * whole: it came back empty, and was written so, "changed".
     */
    @Test
    void aShortWideFileWithoutBomComesBackWhole() throws Exception {
        String text = "DateTime,Bid,Ask\n07/19/2015 21:00:15.469,1.083,1.08332\nA line of prose, with é and “quotes”.\n";
        for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                java.nio.charset.Charset.forName("UTF-32LE"), java.nio.charset.Charset.forName("UTF-32BE"))) {
            assertEquals(List.of(text), parts(text.getBytes(cs), 8 * 1024 * 1024), cs.name());
        }
    }

    @Test
    void utf16InputIsChunkedToo() throws Exception {
        String text = "line one\n\nline two\n".repeat(2000);
        byte[] b = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        List<String> parts = parts(b, 8 * 1024);
        assertTrue(parts.size() > 1);
        assertEquals(text, String.join("", parts));
    }

    /**
     * UTF-16/32 input is cut as UTF-8 is: at most maxLines lines a part, and at the last line end where no blank line
     * is near (it was cut at the buffer's first line end: parts of one line; and held any number of lines).
     */
    @Test
    void utf16PartsAreBoundedAndCutLikeUtf8() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append('l').append(i).append('\n');
        }
        byte[] wide = ("\uFEFF" + b).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of("l0\nl1\nl2\nl3\n", "l4\nl5\nl6\nl7\n", "l8\nl9\n"), parts(wide, 1 << 20, 4));
        String text = "A line of prose without a blank line after it.\n".repeat(2000);
        byte[] b16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        List<String> p16 = parts(b16, 16 * 1024);
        assertEquals(parts(text.getBytes(StandardCharsets.UTF_8), 8 * 1024).size(), p16.size());
        assertEquals(text, String.join("", p16));
    }

    /**
     * A legacy-encoded file is read as one charset: a later part that is no UTF-8 is read as ICU guessed the earlier
     * one to be. Guessed anew, the windows-1251 file's second part, its Cyrillic one-letter words between ASCII, was
     * read as windows-1252 ("и" as "è").
     */
    @Test
    void laterPartsAreReadAsTheCharsetGuessedForAnEarlierOne() throws Exception {
        String first = "Совет города утвердил бюджет на следующий год после долгих споров.\n".repeat(20);
        String second = "Item 5 и 6\n".repeat(20);
        byte[] b = (first + second).getBytes(java.nio.charset.Charset.forName("windows-1251"));
        List<Decoded> parts = new ArrayList<>();
        try (TextChunks c = new TextChunks(new ByteArrayInputStream(b), 1 << 20, 20)) {
            for (Decoded d; (d = c.next()) != null; ) {
                parts.add(d);
            }
        }
        assertEquals(2, parts.size());
        assertEquals("windows-1251", parts.get(0).charset(), parts.get(0).note());
        assertEquals(second, parts.get(1).text(), parts.get(1).note());
        assertEquals("windows-1251", parts.get(1).charset());
        // (a part of plain UTF-8, ASCII, stays so)
        try (TextChunks c = new TextChunks(new ByteArrayInputStream((first + "Item 5\n".repeat(20)).getBytes(
                java.nio.charset.Charset.forName("windows-1251"))), 1 << 20, 20)) {
            c.next();
            assertEquals("utf-8", c.next().method());
        }
    }

    @Test
    void hugeLineIsAnError() {
        byte[] b = "x".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        assertThrows(TextChunks.HugeLineException.class, () -> parts(b, 16 * 1024));
    }
}
