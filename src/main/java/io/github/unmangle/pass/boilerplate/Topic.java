package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.lang.Chars;
import io.github.unmangle.lang.Stopwords;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kept text's topic words: its content words (three letters or more, no function word), each read by its first
 * {@value #KEY} letters so that a word's forms meet ("regulate", "regulation"), counted over the lines kept so far.
 * A subheading of the article names what the text below it speaks of; a headline of another story injected between the
 * article's paragraphs names another topic, and none of its words need recur in the article. Only the words asked about
 * are counted (a few lines' words): the others are read without being made strings.
 */
final class Topic {
    /** Letters of a word that stand for it ("compu" for computer, computing, computation). */
    static final int KEY = 5;

    /** Per word asked: its uses in the kept lines, and the last kept line (its index) that uses it. */
    private final Map<String, int[]> uses = new HashMap<>();

    /** The uses, in the lines of {@code lines} kept so far, of the words {@code asked} (keys, as {@link #keys} gives them). */
    Topic(String t, Line[] lines, Collection<String> asked) {
        long[] hashes = new long[Integer.highestOneBit(Math.max(1, asked.size()) * 4) * 2];
        long starts = 0; // (how the words asked begin: a line whose words begin otherwise is not read, Furniture.Mentions#pair)
        for (String k : asked) {
            uses.put(k, new int[] {0, -1});
            add(hashes, hash(k, 0, k.length()));
            starts |= Furniture.Mentions.pair(k.charAt(0), k.charAt(1));
        }
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank() || l.cls != Line.GOOD || (l.pairs & starts) == 0) {
                continue;
            }
            int at = i;
            words(t, l, (s, e) -> {
                if (contains(hashes, hash(t, s, Math.min(e, s + KEY)))) {
                    String w = word(t, s, e);
                    String k = key(w);
                    int[] u = uses.get(k);
                    if (u != null && !Stopwords.contains(w)) {
                        u[0]++;
                        u[1] = at;
                    }
                }
            });
        }
    }

    /** Whether a word of {@code keys} is used in a kept line after line {@code at} (an index into the lines read). */
    boolean followed(int at, List<String> keys) {
        for (String k : keys) {
            int[] u = uses.get(k);
            if (u != null && u[1] > at) {
                return true;
            }
        }
        return false;
    }

    /** The kept lines' words that are no function words (each use, as the lines count them). */
    static int contentWords(Line[] lines) {
        int n = 0;
        for (Line l : lines) {
            n += l.blank() || l.cls != Line.GOOD ? 0 : l.words - l.stops;
        }
        return n;
    }

    /** The content words of line {@code l}, as keys, in order (repeats kept). */
    static List<String> keys(String t, Line l) {
        List<String> out = new ArrayList<>();
        words(t, l, (s, e) -> {
            String w = word(t, s, e);
            if (!Stopwords.contains(w)) {
                out.add(key(w));
            }
        });
        return out;
    }

    /** Each word of three letters or more of line {@code l}, as its start and end in {@code t}. */
    private static void words(String t, Line l, WordAt at) {
        int i = l.cs;
        while (i < l.ce) {
            if (!Chars.isLetter(t.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            i = wordEnd(t, i, l.ce);
            if (i - s >= 3) {
                at.word(s, i);
            }
        }
    }

    /**
     * How many of line {@code l}'s distinct content words ({@code keys}) the rest of the kept text uses at least twice
     * ({@code l}'s own uses taken out, when it is kept): a line whose words the article never takes up again speaks of
     * another topic.
     */
    int topicWords(Line l, List<String> keys) {
        Map<String, Integer> own = new HashMap<>();
        for (String k : keys) {
            own.merge(k, 1, Integer::sum);
        }
        int n = 0;
        for (Map.Entry<String, Integer> e : own.entrySet()) {
            int[] u = uses.get(e.getKey());
            int rest = (u == null ? 0 : u[0]) - (l.cls == Line.GOOD ? e.getValue() : 0);
            n += rest >= 2 ? 1 : 0;
        }
        return n;
    }

    /** What to do with a word: its start and end. */
    private interface WordAt {
        void word(int start, int end);
    }

    /** Where the word starting at {@code i} ends: letters, and an apostrophe between two ("don't"). */
    private static int wordEnd(String t, int i, int end) {
        while (i < end && (Chars.isLetter(t.charAt(i))
                || (t.charAt(i) == '\'' || t.charAt(i) == '\u2019') && i + 1 < end && Chars.isLetter(t.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private static String word(String t, int s, int e) {
        return t.substring(s, e).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static String key(String lowerWord) {
        return lowerWord.length() > KEY ? lowerWord.substring(0, KEY) : lowerWord;
    }

    /** A hash of {@code s[from, to)} lowercased, the same for a key and for the letters of the text it stands for. */
    private static long hash(CharSequence s, int from, int to) {
        long h = 1125899906842597L;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h = 31 * h + (c == '\u2019' ? '\'' : Chars.toLowerCase(c));
        }
        return h == 0 ? 1 : h;
    }

    private static void add(long[] table, long h) {
        int m = table.length - 1;
        int i = (int) (h ^ (h >>> 29)) & m;
        while (table[i] != 0 && table[i] != h) {
            i = (i + 1) & m;
        }
        table[i] = h;
    }

    private static boolean contains(long[] table, long h) {
        int m = table.length - 1;
        int i = (int) (h ^ (h >>> 29)) & m;
        while (table[i] != 0) {
            if (table[i] == h) {
                return true;
            }
            i = (i + 1) & m;
        }
        return false;
    }
}
