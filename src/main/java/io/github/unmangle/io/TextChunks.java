package io.github.unmangle.io;

import io.github.unmangle.core.BinaryInputException;
import io.github.unmangle.core.Decoded;
import io.github.unmangle.core.Decoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Reads a text stream as decoded parts of at most about {@code limit} bytes, cut at paragraph
 * boundaries (a blank line) where possible, else at a line end. Small inputs come back as one
 * part; a 1 GB input never needs 1 GB of heap. A part holds at most {@link #MAX_PART_LINES} lines
 * too: the passes keep a few objects a line, so that a part of millions of one-character lines
 * needed a hundred times its size in heap. A line longer than the limit is an error
 * ({@link HugeLineException}), since no text file of prose has one.
 */
public final class TextChunks implements AutoCloseable {

    /** A line longer than the part limit. */
    public static final class HugeLineException extends IOException {
        private static final long serialVersionUID = 1L;

        public HugeLineException(String message) {
            super(message);
        }
    }

    public static final int DEFAULT_LIMIT = 8 << 20;
    /**
     * Lines of a part, at most: 8 MiB of prose holds about 100,000 lines (an 8 MiB part of news
     * text, 40,000); 3,000,000 lines of one character each took 0.9-1 GB of heap in one part.
     */
    public static final int MAX_PART_LINES = 1 << 19;

    private final InputStream in;
    private final int limit;
    private byte[] buf;
    private int len;
    private boolean eof;
    private int part;
    private Reader wide; // for UTF-16/32 input
    /**
     * Whether {@link #wide} is read to its end ({@link #eof} says it of the bytes, which the sniffing of a short input
     * reads whole before {@link #wide} reads them: a UTF-16 file of under 4 KiB without a byte-order mark came out empty).
     */
    private boolean wideEof;
    private String wideCharset;
    /** Why the input is read as UTF-16 without a byte-order mark, or null (it has one). */
    private String wideNote;
    /** Bytes read at the start to tell UTF-16 or UTF-32 without a byte-order mark by its NUL bytes. */
    static final int SNIFF = 4096;
    private char[] cbuf;
    private int clen;

    private final int maxLines;
    /** The charset ICU's detector guessed for an earlier part: later parts that are not UTF-8 are read as it too. */
    private Charset guessed;

    public TextChunks(InputStream in, int limit) {
        this(in, limit, MAX_PART_LINES);
    }

    TextChunks(InputStream in, int limit, int maxLines) {
        this.in = in;
        this.limit = limit;
        this.maxLines = maxLines;
        this.buf = new byte[Math.min(limit, 1 << 16)];
    }

    /** Returns the next part, or null at the end. */
    public Decoded next() throws IOException {
        if (part == 0) {
            fill(4);
            String wideCs = wideCharset();
            int skip = wideCs == null ? 0 : wideCs.startsWith("UTF-32") ? 4 : 2;
            if (wideCs == null) {
                // UTF-16 or UTF-32 without a byte-order mark, by its NUL bytes (as Decoder reads a part): read as such from here on,
                // or a part cut at a "\n" byte would begin with the NUL of "\n\0" and read as binary
                fill(Math.min(limit, SNIFF));
                // (a whole input of odd length is no UTF-16, nor one of a length not a multiple of four UTF-32; of a
                // longer one, the part read so far is looked at, cut to a multiple of four bytes)
                Charset wide = eof && len % 2 != 0 ? null : Decoder.wideByNuls(buf, 0, eof ? len : len & ~3);
                wideCs = wide == null ? null : wide.name();
                wideNote = wideCs == null ? null : "no byte-order mark; NUL pattern says " + wideCs;
            }
            if (wideCs != null) {
                wideCharset = wideCs;
                InputStream rest = new java.io.SequenceInputStream(
                        new java.io.ByteArrayInputStream(buf, skip, len - skip), in);
                wide = new InputStreamReader(rest, Charset.forName(wideCs).newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                cbuf = new char[Math.min(limit / 2, 1 << 15)];
            }
        }
        if (wide != null) {
            return nextWide();
        }
        fill(limit);
        if (len == 0) {
            return part++ == 0 ? Decoder.decode(new byte[0]) : null;
        }
        byte[] b = buf;
        int cut = cut(i -> b[i], len, eof, maxLines);
        if (cut < 0) {
            throw new HugeLineException("a line longer than " + (limit >> 20) + " MiB in part " + (part + 1)
                    + " (not line-oriented text?)");
        }
        Decoded d = Decoder.decode(buf, 0, cut, guessed);
        if (guessed == null) {
            guessed = Decoder.guessed(d);
        }
        System.arraycopy(buf, cut, buf, 0, len - cut);
        len -= cut;
        part++;
        return d;
    }

    public int partsRead() {
        return part;
    }

    /** Whether everything has been returned (valid after {@link #next}). */
    public boolean done() throws IOException {
        if (wide != null) {
            return clen == 0 && wideEof;
        }
        fill(1);
        return len == 0;
    }

    private String wideCharset() {
        if (len >= 4 && buf[0] == 0 && buf[1] == 0 && (buf[2] & 0xFF) == 0xFE && (buf[3] & 0xFF) == 0xFF) {
            return "UTF-32BE";
        }
        if (len >= 4 && (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE && buf[2] == 0 && buf[3] == 0) {
            return "UTF-32LE";
        }
        if (len >= 2 && (buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF) {
            return "UTF-16BE";
        }
        if (len >= 2 && (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE) {
            return "UTF-16LE";
        }
        return null;
    }

    private Decoded nextWide() throws IOException {
        int target = limit / 2;
        while (clen < target && !wideEof) {
            if (clen == cbuf.length) {
                cbuf = Arrays.copyOf(cbuf, Math.min(target, cbuf.length * 2));
            }
            int n;
            try {
                n = wide.read(cbuf, clen, cbuf.length - clen);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new BinaryInputException("invalid " + wideCharset + (wideNote == null ? " after its byte-order mark" : " (no byte-order mark; read by its NUL bytes)"));
            }
            if (n < 0) {
                wideEof = true;
            } else {
                clen += n;
            }
        }
        if (clen == 0) {
            return part++ == 0 ? new Decoded("", wideCharset.toLowerCase(), wideNote == null ? "bom" : "detected", wideNote) : null;
        }
        char[] c = cbuf;
        int cut = cut(i -> c[i], clen, wideEof, maxLines); // (as a byte part is cut: its own loop kept the buffer's first line end)
        if (cut < 0) {
            throw new HugeLineException("a line longer than " + (limit >> 20) + " MiB");
        }
        String s = new String(cbuf, 0, cut);
        System.arraycopy(cbuf, cut, cbuf, 0, clen - cut);
        clen -= cut;
        part++;
        return new Decoded(s, wideCharset.toLowerCase(), wideNote == null ? "bom" : "detected", wideNote);
    }

    /** A part's bytes, or chars of UTF-16/32 input: where it is cut is decided the same way for both. */
    @FunctionalInterface
    interface Units {
        int at(int i);
    }

    /**
     * Where a part of the {@code n} units buffered is cut, or -1 (a line longer than the buffer): after at most
     * {@code maxLines} lines, at the last paragraph boundary in the second half, else the last line end; the whole
     * buffer at the end of the input; in a text without '\n' whose lines end with a lone CR (an old Mac's), after its
     * last CR (such a text over the part size failed as one huge line).
     */
    static int cut(Units u, int n, boolean eof, int maxLines) {
        int lines = linesEnd(u, n, maxLines);
        int cut = lines < n ? cutPoint(u, lines) : eof ? n : cutPoint(u, n);
        return cut >= 0 ? cut : lastCr(u, n);
    }

    /** After the last CR of the first n units that is not the last one (that may be half of a CRLF), or -1. */
    static int lastCr(Units u, int n) {
        for (int i = n - 2; i >= 0; i--) {
            if (u.at(i) == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Where the first {@code max} lines of the first n units end (after their last '\n'), or n if they hold no more lines. */
    static int linesEnd(Units u, int n, int max) {
        int lines = 0;
        for (int i = 0; i < n; i++) {
            if (u.at(i) == '\n' && ++lines == max) {
                return i + 1;
            }
        }
        return n;
    }

    /** The last paragraph boundary in the second half of the first n units, else the last line end; -1 if no newline. */
    static int cutPoint(Units u, int n) {
        int lastNl = -1;
        for (int i = n - 1; i > 0; i--) {
            if (u.at(i) == '\n') {
                if (lastNl < 0) {
                    lastNl = i + 1;
                }
                if (u.at(i - 1) == '\n' || (u.at(i - 1) == '\r' && i > 1 && u.at(i - 2) == '\n')) {
                    if (i + 1 >= n / 2) {
                        return i + 1;
                    }
                    break;
                }
            }
        }
        return lastNl;
    }

    /** Reads until {@code want} bytes are buffered or the input ends; the buffer grows only as data comes. */
    private void fill(int want) throws IOException {
        while (len < want && !eof) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, Math.min(limit, buf.length * 2));
            }
            int n = in.read(buf, len, Math.min(buf.length, want) - len);
            if (n < 0) {
                eof = true;
            } else {
                len += n;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
