package io.github.unmangle.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a byte stream at '\n' (kept out of the line), refusing lines over a size limit. */
public final class ByteLines {
    private final InputStream in;
    private final int limit;
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private byte[] line = new byte[1024];
    private int lineLen;
    private int number;

    public ByteLines(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** Reads the next line into {@link #bytes()}; false at the end of the stream. */
    public boolean next() throws IOException {
        lineLen = 0;
        boolean any = false;
        while (true) {
            if (start == end) {
                if (eof) {
                    if (any) {
                        number++;
                    }
                    return any;
                }
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    eof = true;
                    continue;
                }
                start = 0;
                end = n;
            }
            any = true;
            int i = start;
            while (i < end && buf[i] != '\n') {
                i++;
            }
            append(start, i);
            if (i < end) {
                start = i + 1;
                number++;
                return true;
            }
            start = end;
        }
    }

    private void append(int from, int to) throws IOException {
        int n = to - from;
        if (lineLen + n > limit) {
            throw new TextChunks.HugeLineException("line " + (number + 1) + " is longer than "
                    + (limit >> 20) + " MiB");
        }
        if (lineLen + n > line.length) {
            line = Arrays.copyOf(line, Math.max(lineLen + n, line.length * 2));
        }
        System.arraycopy(buf, from, line, lineLen, n);
        lineLen += n;
    }

    public byte[] bytes() {
        return line;
    }

    public int length() {
        return lineLen;
    }

    /** 1-based number of the line last read. */
    public int number() {
        return number;
    }
}
