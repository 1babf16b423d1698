package io.github.unmangle.pass.spin;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resource reader gives back what build.py's big-endian writes put in, across its buffer's chunks. */
class ResourceReaderTest {
    /** More values than one 64 kB chunk holds, of each kind, and a word block, read back in order. */
    @Test
    void readsBackEveryKindAcrossChunks() throws IOException {
        int n = 40_000; // 160 kB of ints: three chunks
        int[] ints = new int[n];
        float[] floats = new float[n];
        long[] longs = new long[n];
        short[] shorts = new short[n];
        for (int i = 0; i < n; i++) {
            ints[i] = i * 2_654_435 - 7;
            floats[i] = i / 3f - 100;
            longs[i] = ((long) i << 32) | (i * 7L);
            shorts[i] = (short) (i - 20_000);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            byte[] words = "alpha\nbeta\ngamma".getBytes(StandardCharsets.UTF_8);
            out.writeInt(3);
            out.writeInt(words.length);
            out.write(words);
            out.writeInt(-5);
            out.writeFloat(2.5f);
            for (int v : ints) {
                out.writeInt(v);
            }
            for (float v : floats) {
                out.writeFloat(v);
            }
            for (long v : longs) {
                out.writeLong(v);
            }
            for (short v : shorts) {
                out.writeShort(v);
            }
            out.write(new byte[] {1, 0, 9});
        }
        try (ResourceReader in = new ResourceReader("test", new ByteArrayInputStream(bytes.toByteArray()))) {
            var block = in.block();
            assertEquals(3, block.size());
            assertEquals(1, block.indexOf("beta"));
            assertEquals(-5, in.readInt());
            assertEquals(2.5f, in.readFloat());
            assertArrayEquals(ints, in.ints(n));
            assertArrayEquals(floats, in.floats(n));
            assertArrayEquals(longs, in.longs(n));
            assertArrayEquals(shorts, in.shorts(n));
            assertArrayEquals(new byte[] {1, 0, 9}, in.bytes(3));
            in.end();
        }
    }

    /** A resource cut short, or longer than its contents say, or missing, is an error that names it. */
    @Test
    void aCorruptOrMissingResourceIsNamed() throws IOException {
        try (ResourceReader in = new ResourceReader("short.bin", new ByteArrayInputStream(new byte[10]))) {
            EOFException e = assertThrows(EOFException.class, () -> in.ints(3));
            assertTrue(e.getMessage().contains("short.bin"), e.getMessage());
        }
        try (ResourceReader in = new ResourceReader("long.bin", new ByteArrayInputStream(new byte[10]))) {
            in.ints(2);
            IllegalStateException e = assertThrows(IllegalStateException.class, in::end);
            assertTrue(e.getMessage().contains("long.bin"), e.getMessage());
        }
        assertThrows(FileNotFoundException.class, () -> new ResourceReader("no-such-resource.bin"));
    }
}
