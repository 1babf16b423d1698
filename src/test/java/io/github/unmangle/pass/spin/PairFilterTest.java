package io.github.unmangle.pass.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PairFilterTest {
    @Test
    void holdsEveryPairAddedAndRulesOutMostOthers() {
        Random rnd = new Random(7);
        int n = 100_000;
        PairFilter f = new PairFilter(n, 16);
        Set<Long> added = new HashSet<>();
        int[][] pairs = new int[n][];
        for (int i = 0; i < n; i++) {
            // word ids as the n-gram model has them (0..146k), skewed to small ones as frequent words are
            int a = rnd.nextInt(1 + rnd.nextInt(150_000));
            int b = rnd.nextInt(150_000);
            pairs[i] = new int[] {a, b};
            f.add(a, b);
            added.add(((long) a << 32) | b);
        }
        for (int[] p : pairs) {
            assertTrue(f.mayHold(p[0], p[1]), p[0] + " " + p[1]);
        }
        int others = 0;
        int held = 0;
        while (others < n) {
            int a = rnd.nextInt(150_000);
            int b = rnd.nextInt(150_000);
            if (!added.contains(((long) a << 32) | b)) {
                others++;
                held += f.mayHold(a, b) ? 1 : 0;
            }
        }
        assertTrue(held < n / 10, held + " of " + n + " pairs never added pass the filter");
        assertTrue(f.bytes() <= n * 16 / 8, "bytes: " + f.bytes());
    }

    @Test
    void aTinyFilterStillHoldsItsPairs() {
        PairFilter f = new PairFilter(1, 8);
        f.add(3, 5);
        f.add(-1, Integer.MAX_VALUE);
        assertTrue(f.mayHold(3, 5));
        assertTrue(f.mayHold(-1, Integer.MAX_VALUE));
        assertEquals(8, f.bytes(), "one word");
    }
}
