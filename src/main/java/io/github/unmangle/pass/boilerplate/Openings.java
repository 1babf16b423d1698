package io.github.unmangle.pass.boilerplate;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How lines of each whole-line family can begin, derived from the patterns themselves, so that
 * most lines are ruled out of most families (and many out of all) before any pattern runs: a trie
 * of the lowercase ASCII beginnings that can still start a match (a pattern "hits the end" of
 * them: more input could match), up to {@value #DEPTH} characters deep, with a bit set of the
 * families still possible at each node.
 *
 * <p>Where a family's pattern goes on with more than {@value #BRANCHING} different characters
 * (past the first {@value #EXACT} characters, which are kept exact), the family is marked open at
 * that node: every line beginning so stays possible for it, and the trie does not grow for it
 * there. Digits 1–9 are read as 0: no pattern tells one digit from another (a test checks it).
 * A line that needs a character the trie does not hold (a non-ASCII one) keeps the families
 * still possible there; if it is the line's first ("€50", "© 2024", "→ …"), only those whose
 * pattern matches it or may go on after it (worked out once per character met). A line that ends inside the trie (a short one: "o", "sea", "2026") keeps
 * only the families whose pattern matches it as a whole, and those open above it. The result can
 * only keep a family that cannot match, never rule out one that can: the patterns still decide.
 *
 * <p>Computing it runs the patterns on every beginning (0.6–0.8 s), too slow for start-up, so it
 * is stored as a resource ({@link #RESOURCE}) with a fingerprint of the patterns: a resource of
 * other patterns is never used (the trie is computed afresh, and a test fails until the resource
 * is rewritten).
 */
final class Openings {
    /** Characters of a line the trie reads at most. */
    static final int DEPTH = 12;
    /** Characters from the start at which every family is followed exactly. */
    static final int EXACT = 3;
    /** More different next characters than this, and a family is open from there on. */
    static final int BRANCHING = 4;
    /** The resource holding {@link #bytes()} (a test checks it is what {@link #compute} gives). */
    static final String RESOURCE = "furniture-openings.bin";

    /** A fingerprint of the patterns the trie was computed from: a stored trie of other patterns is stale. */
    private final long patterns;
    /** The patterns themselves, for a first character the trie does not hold ({@link #openedBy}). */
    private final Pattern[] families;
    /**
     * {@link #openedBy}'s answers, by character, with {@link #KNOWN} set (0: not worked out yet): an
     * array read per line, not a map's boxed key and lock (a map was 7% of the pass's time).
     */
    private final java.util.concurrent.atomic.AtomicLongArray openedBy = new java.util.concurrent.atomic.AtomicLongArray(65536);
    /** The bit of an answer in {@link #openedBy} that says it is one: the trie holds at most 63 families. */
    private static final long KNOWN = 1L << 63;
    /** Per node: the families for which the beginning is possible; those possible after any continuation. */
    private final long[] alive;
    private final long[] open;
    /** Per node: the families whose pattern matches its beginning itself, for a line that ends there. */
    private final long[] complete;
    /** Per node: its edges' characters (its children are numbered in a row, node by node, from 1). */
    private final byte[][] edges;
    /** Edge (node, character) → child, by open addressing: keys node * 128 + c + 1 (0: empty). */
    private final int[] keys;
    private final int[] children;

    private Openings(Pattern[] families, long fingerprint, long[] alive, long[] open, long[] complete, byte[][] edges) {
        this.patterns = fingerprint;
        this.families = families;
        this.alive = alive;
        this.open = open;
        this.complete = complete;
        this.edges = edges;
        int count = 0;
        for (byte[] e : edges) {
            count += e.length;
        }
        int cap = Integer.highestOneBit(Math.max(8, count * 2)) << 1;
        keys = new int[cap];
        children = new int[cap];
        int child = 1;
        for (int node = 0; node < edges.length; node++) {
            for (byte c : edges[node]) {
                int key = node * 128 + c + 1;
                int slot = slot(key);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = key;
                children[slot] = child++;
            }
        }
    }

    private int slot(int key) {
        return (key * 0x9E3779B9 >>> 8) & (keys.length - 1);
    }

    /** The child of {@code node} by character {@code c} (digits read as 0), or -1. */
    private int child(int node, char c) {
        int key = node * 128 + c + 1;
        for (int slot = slot(key), k; (k = keys[slot]) != 0; slot = (slot + 1) & (keys.length - 1)) {
            if (k == key) {
                return children[slot];
            }
        }
        return -1;
    }

    private static char digitAsZero(char c) {
        return c >= '1' && c <= '9' ? '0' : c;
    }

    /** The families (bit f of {@code Furniture}'s whole-line families) a line may belong to, by its lowercase beginning. */
    long possible(CharSequence lower) {
        return possible(null, lower, 0, lower.length());
    }

    /** As {@link #possible(CharSequence)} for ASCII {@code t[from, to)}, lowercased as it is read. */
    long possible(char[] t, int from, int to) {
        return possible(t, null, from, to);
    }

    private long possible(char[] t, CharSequence s, int from, int to) {
        int node = 0;
        long openSoFar = 0;
        for (int i = from; i < to && i - from < DEPTH; i++) {
            openSoFar |= open[node];
            char c = t != null ? t[i] : s.charAt(i);
            if (c >= 128) {
                // not in the trie: what is possible so far stays so, narrowed by the line's first character
                long possible = openSoFar | alive[node];
                return i == from && !Character.isSurrogate(c) ? possible & openedBy(c) : possible;
            }
            if (t != null && c >= 'A' && c <= 'Z') {
                c |= 0x20;
            }
            int next = child(node, digitAsZero(c));
            if (next < 0) {
                return openSoFar;
            }
            node = next;
        }
        if (to - from <= DEPTH) {
            // the line ends at this node: the families its beginning matches as a whole, and those open above it
            return openSoFar | complete[node];
        }
        return openSoFar | open[node] | alive[node];
    }

    /**
     * The families whose pattern matches non-ASCII character c or may go on after it. (Not asked
     * for a surrogate: alone, it is half a character, which a pattern may read otherwise than the whole.)
     */
    private long openedBy(char c) {
        long known = openedBy.get(c);
        if (known != 0) {
            return known & ~KNOWN;
        }
        long opened = 0;
        for (int f = 0; f < families.length; f++) {
            Matcher m = families[f].matcher(String.valueOf(c));
            if (m.matches() || m.hitEnd()) {
                opened |= 1L << f;
            }
        }
        openedBy.set(c, opened | KNOWN);
        return opened;
    }

    /** Computes the trie from the patterns (lowercase, matched against whole lines). */
    static Openings compute(Pattern[] patterns) {
        if (patterns.length > 63) {
            throw new IllegalStateException("at most 63 whole-line families");
        }
        Matcher[] ms = new Matcher[patterns.length];
        for (int f = 0; f < ms.length; f++) {
            ms[f] = patterns[f].matcher("");
        }
        List<String> prefix = new ArrayList<>();
        List<Long> alive = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        List<Long> complete = new ArrayList<>();
        List<byte[]> edges = new ArrayList<>();
        prefix.add("");
        alive.add((1L << patterns.length) - 1);
        long empty = 0;
        for (int f = 0; f < ms.length; f++) {
            empty |= ms[f].reset("").matches() ? 1L << f : 0;
        }
        complete.add(empty);
        for (int node = 0; node < prefix.size(); node++) {
            String p = prefix.get(node);
            long here = alive.get(node);
            if (p.length() == DEPTH) {
                open.add(here);
                edges.add(new byte[0]);
                continue;
            }
            long[] next = new long[128];
            long[] full = new long[128];
            int[] branches = new int[patterns.length];
            for (char c = 0; c < 128; c++) {
                if (c != digitAsZero(c)) {
                    continue;
                }
                String longer = p + c;
                for (int f = 0; f < ms.length; f++) {
                    if ((here & (1L << f)) != 0) {
                        ms[f].reset(longer);
                        boolean matches = ms[f].matches();
                        full[c] |= matches ? 1L << f : 0;
                        if (matches || ms[f].hitEnd()) {
                            next[c] |= 1L << f;
                            branches[f] += c == '0' ? 10 : 1; // '0' stands for the ten digits
                        }
                    }
                }
            }
            for (int f = 0; f < ms.length; f++) {
                for (char d = '1'; d <= '9' && (here & (1L << f)) != 0; d++) {
                    ms[f].reset(p + d);
                    boolean matches = ms[f].matches();
                    if ((matches || ms[f].hitEnd()) != ((next['0'] & (1L << f)) != 0) || matches != ((full['0'] & (1L << f)) != 0)) {
                        throw new IllegalStateException("a pattern tells digits apart after \"" + p + "\": " + patterns[f]);
                    }
                }
            }
            long opened = 0;
            for (int f = 0; f < patterns.length; f++) {
                if (p.length() >= EXACT && branches[f] > BRANCHING) {
                    opened |= 1L << f;
                }
            }
            open.add(opened);
            java.io.ByteArrayOutputStream chars = new java.io.ByteArrayOutputStream();
            for (char c = 0; c < 128; c++) {
                long m = next[c] & ~opened;
                if (m != 0) {
                    chars.write(c);
                    prefix.add(p + c);
                    alive.add(m);
                    complete.add(full[c] & m);
                }
            }
            edges.add(chars.toByteArray());
        }
        return new Openings(patterns, fingerprint(patterns), alive.stream().mapToLong(Long::longValue).toArray(), open.stream().mapToLong(Long::longValue).toArray(),
                complete.stream().mapToLong(Long::longValue).toArray(), edges.toArray(new byte[0][]));
    }

    /** 64-bit FNV-1a of the patterns' sources and flags, in order. */
    static long fingerprint(Pattern[] patterns) {
        long h = 0xcbf29ce484222325L;
        for (Pattern p : patterns) {
            String s = p.pattern() + '\u0000' + p.flags() + '\u0000';
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
        }
        return h;
    }

    /**
     * The stored form: the patterns' fingerprint, the node count, then per node its three bit sets,
     * its edge count and its edges' characters.
     */
    byte[] bytes() {
        int size = 12;
        for (byte[] e : edges) {
            size += 25 + e.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putLong(patterns).putInt(alive.length);
        for (int node = 0; node < alive.length; node++) {
            out.putLong(alive[node]).putLong(open[node]).putLong(complete[node]).put((byte) edges[node].length).put(edges[node]);
        }
        return out.array();
    }

    /**
     * The trie stored by {@link #bytes()}, or null if {@code b} is not one or was computed from
     * other patterns than {@code patterns}.
     */
    static Openings read(byte[] b, Pattern[] patterns) {
        try {
            ByteBuffer in = ByteBuffer.wrap(b);
            long fingerprint = in.getLong();
            if (fingerprint != fingerprint(patterns)) {
                return null;
            }
            int n = in.getInt();
            long[] alive = new long[n];
            long[] open = new long[n];
            long[] complete = new long[n];
            byte[][] edges = new byte[n][];
            int children = 0;
            for (int node = 0; node < n; node++) {
                alive[node] = in.getLong();
                open[node] = in.getLong();
                complete[node] = in.getLong();
                edges[node] = new byte[in.get() & 0xFF];
                in.get(edges[node]);
                children += edges[node].length;
            }
            // every node but the root is some node's child
            return children == n - 1 && !in.hasRemaining() ? new Openings(patterns, fingerprint, alive, open, complete, edges) : null;
        } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
            return null;
        }
    }
}
