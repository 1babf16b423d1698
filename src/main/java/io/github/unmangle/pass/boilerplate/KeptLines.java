package io.github.unmangle.pass.boilerplate;

import com.carrotsearch.hppc.LongIntHashMap;
import io.github.unmangle.lang.Stopwords;

/**
 * The features of the lines the rules kept, read once every rule has spoken: the line's shape
 * (words, function words, capitals, digits, punctuation), where it stands (in the page, among the
 * kept text, beside dropped lines) and what it shares with the rest of the kept text (its content
 * words found elsewhere in it, in its long paragraphs above all: the article's topic words, which a
 * related headline or a shop's delivery note lacks). {@link LineModel} weighs them.
 */
final class KeptLines {
    /** The features, in this order (a model's trees name them by index). */
    static final String[] NAMES = {
        "words", "stop_share", "chars", "terminal", "bullet", "indent", "caps_share", "digit_share",
        "position", "kept_before", "prev_words", "next_words", "dropped_above", "dropped_below",
        "log_kept_words", "kept_share", "topic_share", "body_topic_share", "to_long_line", "log_block_words",
        "block_share", "spared", "continues", "cls", "separator_share", "colon_end", "digit_start",
        "web_page", "article_like", "repeats", "kept_lines", "long_lines",
    };

    /** The index of "kept_share": the share of the text's words the rules kept (the same for every line). */
    static final int KEPT_SHARE = 15;
    /** The indexes of "next_words" (the next kept line's words) and "dropped_below" (lines dropped before it). */
    static final int NEXT_WORDS = 11;
    static final int DROPPED_BELOW = 13;
    /** The indexes of "body_topic_share" (its content words found in the kept long lines) and "block_share". */
    static final int BODY_TOPIC_SHARE = 17;
    static final int BLOCK_SHARE = 20;

    /** A kept line's content words: four letters or more, no stop word. */
    private static final int CONTENT_LENGTH = 4;
    /** A long line: a paragraph of the article, most likely. */
    private static final int LONG_WORDS = 25;

    private KeptLines() {
    }

    /** Receives each kept line's features (the evaluation harness). */
    interface Sink {
        void line(String text, float[] features);
    }

    /**
     * The features of each kept non-blank line that {@code wanted} accepts (every one if it is null), indexed as
     * {@code lines} (null for the others), or null when fewer than two lines are kept or the rules kept
     * {@code maxKeptShare} of the words or more.
     */
    static float[][] features(char[] t, Line[] lines, boolean webPage, boolean articleLike,
            double maxKeptShare, java.util.function.IntPredicate wanted) {
        int n = lines.length;
        int[] kept = new int[n];
        int k = 0;
        long keptWords = 0;
        long allWords = 0;
        int longLines = 0;
        for (int i = 0; i < n; i++) {
            Line l = lines[i];
            if (l.blank()) {
                continue;
            }
            allWords += l.words;
            if (!Line.dropped(l)) {
                kept[k++] = i;
                keptWords += l.words;
                if (l.words >= LONG_WORDS) {
                    longLines++;
                }
            }
        }
        if (k < 2 || (allWords > 0 && (double) keptWords / allWords >= maxKeptShare)) {
            return null;
        }
        // the content words of each kept line, and how often the kept text and its long lines hold each
        long[][] content = new long[k][];
        // (made at their size, not grown: the features 10.8% -> 8.1% of the pass's time, async-profiler over BoilerplateEval --mb 100)
        int expected = (int) Math.min(keptWords, 1 << 20);
        LongIntHashMap all = new LongIntHashMap(expected);
        LongIntHashMap body = new LongIntHashMap(expected);
        LongIntHashMap same = new LongIntHashMap(k); // whole lines, to count repeats
        for (int j = 0; j < k; j++) {
            Line l = lines[kept[j]];
            content[j] = contentWords(t, l.ts, l.ce);
            for (long w : content[j]) {
                all.addTo(w, 1);
                if (l.words >= LONG_WORDS) {
                    body.addTo(w, 1);
                }
            }
            same.addTo(Repeats.blockLineHash(t, l), 1);
        }
        // the non-blank lines dropped above each kept line (gap[k]: below the last), and blocks: kept lines with none between
        int[] gap = new int[k + 1];
        for (int j = 0; j <= k; j++) {
            gap[j] = droppedBetween(lines, j == 0 ? -1 : kept[j - 1], j == k ? n : kept[j]);
        }
        int[] block = new int[k];
        long[] blockWords = new long[k];
        int blocks = 0;
        for (int j = 0; j < k; j++) {
            if (j > 0 && gap[j] > 0) {
                blocks++;
            }
            block[j] = blocks;
            blockWords[blocks] += lines[kept[j]].words;
        }
        int[] nearestLong = new int[k];
        for (int j = 0, last = -1_000_000; j < k; j++) {
            if (lines[kept[j]].words >= LONG_WORDS) {
                last = j;
            }
            nearestLong[j] = j - last;
        }
        for (int j = k - 1, last = 1_000_000; j >= 0; j--) {
            if (lines[kept[j]].words >= LONG_WORDS) {
                last = j;
            }
            nearestLong[j] = Math.min(nearestLong[j], last - j);
        }
        float[][] out = new float[n][];
        long before = 0;
        for (int j = 0; j < k; j++) {
            Line l = lines[kept[j]];
            if (wanted != null && !wanted.test(kept[j])) {
                before += l.words;
                continue;
            }
            float[] f = new float[NAMES.length];
            int words = Math.max(1, l.words);
            f[0] = l.words;
            f[1] = (float) l.stops / words;
            f[2] = l.length();
            f[3] = l.terminal ? 1 : 0;
            f[4] = l.bullet ? 1 : 0;
            f[5] = Math.min(20, l.cs - l.start);
            f[6] = (float) l.capitalised / words;
            int digits = 0;
            int separators = 0;
            for (int c = l.ts; c < l.ce; c++) {
                char ch = t[c];
                if (ch >= '0' && ch <= '9') {
                    digits++;
                } else if ("|/»·•>›–-".indexOf(ch) >= 0) {
                    separators++;
                }
            }
            int chars = Math.max(1, l.ce - l.ts);
            f[7] = (float) digits / chars;
            f[8] = (float) kept[j] / n;
            f[9] = keptWords == 0 ? 0 : (float) before / keptWords;
            f[10] = j > 0 ? lines[kept[j - 1]].words : 0;
            f[NEXT_WORDS] = j + 1 < k ? lines[kept[j + 1]].words : 0;
            f[12] = gap[j];
            f[DROPPED_BELOW] = gap[j + 1];
            f[14] = (float) Math.log1p(keptWords);
            f[KEPT_SHARE] = allWords == 0 ? 0 : (float) keptWords / allWords;
            long[] cw = content[j];
            long[] sorted = cw.clone();
            java.util.Arrays.sort(sorted);
            int elsewhere = 0;
            int inBody = 0;
            for (long w : cw) {
                int here = count(sorted, w); // (its times in this line, which the maps count too)
                if (all.get(w) > here) {
                    elsewhere++;
                }
                if (body.get(w) > (l.words >= LONG_WORDS ? here : 0)) {
                    inBody++;
                }
            }
            f[16] = cw.length == 0 ? -1 : (float) elsewhere / cw.length;
            f[BODY_TOPIC_SHARE] = cw.length == 0 ? -1 : (float) inBody / cw.length;
            f[18] = Math.min(50, nearestLong[j]);
            f[19] = (float) Math.log1p(blockWords[block[j]]);
            f[BLOCK_SHARE] = keptWords == 0 ? 0 : (float) blockWords[block[j]] / keptWords;
            f[21] = l.spared ? 1 : 0;
            f[22] = l.continues ? 1 : 0;
            f[23] = l.cls;
            f[24] = (float) separators / chars;
            f[25] = l.ce > l.ts && t[l.ce - 1] == ':' ? 1 : 0;
            f[26] = l.ts < l.ce && Character.isDigit(t[l.ts]) ? 1 : 0;
            f[27] = webPage ? 1 : 0;
            f[28] = articleLike ? 1 : 0;
            f[29] = same.get(Repeats.blockLineHash(t, l)) - 1;
            f[30] = k;
            f[31] = longLines;
            out[kept[j]] = f;
            before += l.words;
        }
        return out;
    }

    /** Times {@code v} is in the sorted {@code a}. */
    private static int count(long[] a, long v) {
        int i = java.util.Arrays.binarySearch(a, v);
        if (i < 0) {
            return 0;
        }
        int from = i;
        int to = i + 1;
        while (from > 0 && a[from - 1] == v) {
            from--;
        }
        while (to < a.length && a[to] == v) {
            to++;
        }
        return to - from;
    }

    /** Non-blank lines dropped between lines {@code a} and {@code b} (exclusive; -1 and n for the text's edges). */
    private static int droppedBetween(Line[] lines, int a, int b) {
        int d = 0;
        for (int i = a + 1; i < b; i++) {
            if (!lines[i].blank()) {
                d++;
            }
        }
        return d;
    }

    /** Hashes of the content words of {@code t[from, to)}, lowercased. */
    static long[] contentWords(char[] t, int from, int to) {
        long[] out = new long[8];
        int m = 0;
        int i = from;
        while (i < to) {
            while (i < to && !letter(t[i])) {
                i++;
            }
            int s = i;
            long h = 0xcbf29ce484222325L;
            long key = 0;
            while (i < to && letter(t[i])) {
                char c = t[i] < 128 ? (char) (t[i] | 0x20) : Character.toLowerCase(t[i]);
                h = (h ^ c) * 0x100000001b3L;
                key = key << 5 | Stopwords.code(c);
                i++;
            }
            int len = i - s;
            if (len >= CONTENT_LENGTH && !(len <= Stopwords.MAX_PACKED && Stopwords.packed(key, len))) {
                if (m == out.length) {
                    out = java.util.Arrays.copyOf(out, m * 2);
                }
                out[m++] = h;
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }

    private static boolean letter(char c) {
        return c < 128 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : Character.isLetter(c);
    }
}
