package io.github.unmangle.pass.spin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BigramIndexTest {
    /** Successor lists as the language model has them: word a's sorted successors in next[start[a], start[a + 1]). */
    private static int[][] lists(Random rnd, int words, int maxSuccessors, int vocabulary) {
        int[] start = new int[words + 1];
        int[][] succ = new int[words][];
        for (int a = 0; a < words; a++) {
            // a few words with many successors, most with few (as common and rare words)
            int n = rnd.nextInt(1 + rnd.nextInt(1 + rnd.nextInt(maxSuccessors)));
            succ[a] = rnd.ints(n, 0, vocabulary).distinct().sorted().toArray();
            start[a + 1] = start[a] + succ[a].length;
        }
        int[] next = new int[start[words]];
        for (int a = 0; a < words; a++) {
            System.arraycopy(succ[a], 0, next, start[a], succ[a].length);
        }
        return new int[][] {start, next};
    }

    @Test
    void findsEveryBigramAtItsIndexAndNoOther() {
        Random rnd = new Random(11);
        int words = 5_000;
        int vocabulary = 150_000;
        int[][] sn = lists(rnd, words, 3_000, vocabulary);
        int[] start = sn[0];
        int[] next = sn[1];
        BigramIndex ix = new BigramIndex(next);
        for (int a = 0; a < words; a++) {
            for (int j = start[a]; j < start[a + 1]; j++) {
                ix.add(a, j);
            }
        }
        int bigrams = 0;
        for (int a = 0; a < words; a++) {
            for (int j = start[a]; j < start[a + 1]; j++) {
                assertEquals(j, ix.find(a, next[j], start[a], start[a + 1]), a + " " + next[j]);
                bigrams++;
            }
        }
        assertEquals(next.length, bigrams);
        // pairs that are no bigram: the same answer as a binary search (-1), also where the second
        // word follows another first word (it must not be taken for a's)
        int absent = 0;
        for (int k = 0; k < 200_000; k++) {
            int a = rnd.nextInt(words);
            int b = k % 2 == 0 ? rnd.nextInt(vocabulary) : next[rnd.nextInt(next.length)];
            boolean present = Arrays.binarySearch(next, start[a], start[a + 1], b) >= 0;
            int found = ix.find(a, b, start[a], start[a + 1]);
            assertEquals(present ? Arrays.binarySearch(next, start[a], start[a + 1], b) : -1, found, a + " " + b);
            absent += present ? 0 : 1;
        }
        assertEquals(true, absent > 150_000, "pairs asked that are no bigram: " + absent);
    }

    /**
     * A million words, each followed by the same word: a slot's fingerprint (11 bits here) matches
     * that of another pair about once in two thousand, and its second word always does; only the
     * first word's range tells the pairs apart.
     */
    @Test
    void aMatchingFingerprintAndSecondWordAreNotEnough() {
        int words = 1 << 20;
        int[] next = new int[words];
        Arrays.fill(next, 7);
        BigramIndex ix = new BigramIndex(next);
        for (int a = 0; a < words; a++) {
            ix.add(a, a); // word a's one successor, 7, is bigram a
        }
        for (int a = 0; a < words; a += 97) {
            assertEquals(a, ix.find(a, 7, a, a + 1));
        }
        // words without successors (other ids, at random: consecutive ones are spread apart by the
        // hash, and seldom meet a pair of the same fingerprint)
        Random rnd = new Random(5);
        for (int k = 0; k < 300_000; k++) {
            int a = words + rnd.nextInt(Integer.MAX_VALUE - words);
            assertEquals(-1, ix.find(a, 7, words, words), "word " + a);
        }
    }

    @Test
    void tinyAndEmptyIndexesAnswerToo() {
        BigramIndex empty = new BigramIndex(new int[0]);
        assertEquals(-1, empty.find(0, 0, 0, 0));
        int[] next = {7};
        BigramIndex one = new BigramIndex(next);
        one.add(3, 0);
        assertEquals(0, one.find(3, 7, 0, 1));
        assertEquals(-1, one.find(3, 8, 0, 1));
        assertEquals(-1, one.find(4, 7, 1, 1), "word 4 has no successors, though 7 follows word 3");
    }
}
