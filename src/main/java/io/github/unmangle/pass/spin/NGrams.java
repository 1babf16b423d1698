package io.github.unmangle.pass.spin;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Unigram and bigram counts of openly licensed English ({@code ngrams.bin}, built by
 * {@code data/spin/build.py}), with stupid-backoff scores: how likely a word is after another.
 */
final class NGrams {
    static final String START = "<s>";

    private final Map<String, Integer> ids;
    private final int[] unigram;
    private final long total;
    /** Open-addressing table of the bigram keys (id1 << 32 | id2) + 1, 0 = empty; counts alongside. */
    private final long[] table;
    private final int[] tableCounts;
    private final int mask;

    private NGrams(Map<String, Integer> ids, int[] unigram, long[] keys, int[] counts) {
        this.ids = ids;
        this.unigram = unigram;
        long t = 0;
        for (int c : unigram) {
            t += c;
        }
        this.total = t;
        int cap = Integer.highestOneBit(Math.max(16, keys.length * 2)) << 1;
        this.table = new long[cap];
        this.tableCounts = new int[cap];
        this.mask = cap - 1;
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i] + 1;
            int slot = slot(k);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = k;
            tableCounts[slot] = counts[i];
        }
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    static NGrams load() {
        try (InputStream raw = NGrams.class.getResourceAsStream("ngrams.bin");
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            int v = in.readInt();
            Map<String, Integer> ids = new HashMap<>(v * 2);
            int[] uni = new int[v];
            byte[] buf = new byte[256];
            for (int i = 0; i < v; i++) {
                int len = in.readShort();
                if (len > buf.length) {
                    buf = new byte[len];
                }
                in.readFully(buf, 0, len);
                ids.put(new String(buf, 0, len, StandardCharsets.UTF_8), i);
                uni[i] = in.readInt();
            }
            int b = in.readInt();
            byte[] kb = new byte[b * 8];
            in.readFully(kb);
            long[] keys = new long[b];
            java.nio.ByteBuffer.wrap(kb).asLongBuffer().get(keys);
            byte[] cb = new byte[b * 4];
            in.readFully(cb);
            int[] counts = new int[b];
            java.nio.ByteBuffer.wrap(cb).asIntBuffer().get(counts);
            return new NGrams(ids, uni, keys, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int id(String lowerWord) {
        Integer i = ids.get(lowerWord);
        return i == null ? -1 : i;
    }

    int count(int id) {
        return id < 0 ? 0 : unigram[id];
    }

    int count(int a, int b) {
        if (a < 0 || b < 0) {
            return 0;
        }
        long k = (((long) a << 32) | b) + 1;
        for (int slot = slot(k); table[slot] != 0; slot = (slot + 1) & mask) {
            if (table[slot] == k) {
                return tableCounts[slot];
            }
        }
        return 0;
    }

    /** log of the stupid-backoff score of {@code b} after {@code a}. */
    double logScore(int a, int b) {
        return logScore(a, b, count(a, b));
    }

    /** As {@link #logScore(int, int)}, with the pair's count already known. */
    double logScore(int a, int b, int ab) {
        if (ab > 0) {
            return Math.log((double) ab / count(a));
        }
        double uni = b < 0 ? 0.5 : count(b);
        return Math.log(0.4 * uni / total);
    }

    int size() {
        return unigram.length;
    }
}
