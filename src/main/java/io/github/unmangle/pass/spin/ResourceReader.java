package io.github.unmangle.pass.spin;

import io.github.unmangle.lang.WordIndex;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads a binary resource of this package ({@code data/spin/build.py}'s big-endian formats)
 * straight into the arrays it holds, through one small buffer: the spin pass's 22 MB of n-grams
 * are never held as bytes as well (reading them whole first, then copying them out, took a
 * quarter of the load: the bytes' fresh pages, and a second copy).
 */
final class ResourceReader implements AutoCloseable {
    private static final int CHUNK = 1 << 16;
    private final String name;
    private final InputStream in;
    private final byte[] chunk = new byte[CHUNK];
    private final ByteBuffer buffer = ByteBuffer.wrap(chunk);

    /** Reads the resource {@code name} of this package. */
    ResourceReader(String name) throws IOException {
        this(name, ResourceReader.class.getResourceAsStream(name));
    }

    /** Reads {@code in} (null: the resource {@code name} is missing), which {@link #close()} closes. */
    ResourceReader(String name, InputStream in) throws IOException {
        this.name = name;
        this.in = in;
        if (in == null) {
            throw new FileNotFoundException("resource " + name + " is missing from the classpath");
        }
    }

    /** The next {@code bytes} bytes in the buffer, from its start (at most {@link #CHUNK}). */
    private ByteBuffer next(int bytes) throws IOException {
        readFully(chunk, bytes);
        return buffer.clear().limit(bytes);
    }

    int readInt() throws IOException {
        return next(4).getInt();
    }

    byte readByte() throws IOException {
        return next(1).get();
    }

    float readFloat() throws IOException {
        return next(4).getFloat();
    }

    /** Where a chunk of values goes: {@code count} of them from {@code bytes}, to index {@code at} of an array. */
    private interface Into {
        void take(ByteBuffer bytes, int at, int count);
    }

    /** Reads {@code n} values of {@code width} bytes, chunk by chunk, {@code into} their array. */
    private void values(int n, int width, Into into) throws IOException {
        for (int at = 0; at < n; ) {
            int k = Math.min(n - at, CHUNK / width);
            into.take(next(k * width), at, k);
            at += k;
        }
    }

    int[] ints(int n) throws IOException {
        int[] a = new int[n];
        values(n, 4, (bytes, at, k) -> bytes.asIntBuffer().get(a, at, k));
        return a;
    }

    float[] floats(int n) throws IOException {
        float[] a = new float[n];
        values(n, 4, (bytes, at, k) -> bytes.asFloatBuffer().get(a, at, k));
        return a;
    }

    long[] longs(int n) throws IOException {
        long[] a = new long[n];
        values(n, 8, (bytes, at, k) -> bytes.asLongBuffer().get(a, at, k));
        return a;
    }

    short[] shorts(int n) throws IOException {
        short[] a = new short[n];
        values(n, 2, (bytes, at, k) -> bytes.asShortBuffer().get(a, at, k));
        return a;
    }

    char[] chars(int n) throws IOException {
        char[] a = new char[n];
        values(n, 2, (bytes, at, k) -> bytes.asCharBuffer().get(a, at, k));
        return a;
    }

    byte[] bytes(int n) throws IOException {
        byte[] a = new byte[n];
        readFully(a, n);
        return a;
    }

    /** Reads the next {@code n} bytes into {@code a}; a resource that ends before them is corrupt. */
    private void readFully(byte[] a, int n) throws IOException {
        if (in.readNBytes(a, 0, n) != n) {
            throw new EOFException("resource " + name + " ends early: corrupt, rebuild it (data/spin/README.md says how)");
        }
    }

    /** A block of words as {@code data/spin/build.py} writes it: int count, int bytes, UTF-8 lines. */
    WordIndex block() throws IOException {
        int count = readInt();
        int size = readInt();
        WordIndex w = new WordIndex(new String(bytes(size), StandardCharsets.UTF_8));
        if (w.size() != count) {
            throw new IllegalStateException("corrupt resource " + name + ": " + w.size() + " words, expected " + count);
        }
        return w;
    }

    /** Checks that the resource ends here. */
    void end() throws IOException {
        if (in.read() != -1) {
            throw new IllegalStateException("corrupt resource " + name + ": longer than its contents say");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
