package io.github.unmangle.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Splits a byte stream at '\n' (kept out of the line). A line over the size limit is not held:
 * {@link #overlong()} says so, {@link #bytes()} holds its first {@code limit} bytes and
 * {@link #copyRest} passes the rest on (or the next {@link #next} skips it), so memory stays
 * bounded whatever the line's length.
 */
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
    /** The line last read is longer than the limit, and the rest of it is still unread. */
    private boolean overlong;

    public ByteLines(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** Reads the next line into {@link #bytes()}; false at the end of the stream. */
    public boolean next() throws IOException {
        if (overlong) {
            copyRest(OutputStream.nullOutputStream());
        }
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
            if (lineLen + (i - start) > limit) {
                // (the line is given as far as the limit; its rest stays in the stream for copyRest)
                int take = limit - lineLen;
                append(start, start + take);
                start += take;
                number++;
                overlong = true;
                return true;
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

    /** Whether the line last read is longer than the limit: {@link #bytes()} holds only its start. */
    public boolean overlong() {
        return overlong;
    }

    /** Writes the rest of an {@link #overlong()} line (not its '\n') to {@code out}, a buffer at a time. */
    public void copyRest(OutputStream out) throws IOException {
        while (overlong) {
            if (start == end) {
                int n = eof ? -1 : in.read(buf, 0, buf.length);
                if (n < 0) {
                    eof = true;
                    overlong = false;
                    break;
                }
                start = 0;
                end = n;
            }
            int i = start;
            while (i < end && buf[i] != '\n') {
                i++;
            }
            out.write(buf, start, i - start);
            if (i < end) {
                overlong = false;
                i++;
            }
            start = i;
        }
    }

    private void append(int from, int to) {
        int n = to - from;
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
