package io.github.unmangle.check;

import com.carrotsearch.hppc.LongHashSet;

import io.github.unmangle.core.Edit;
import io.github.unmangle.core.PassReport;
import io.github.unmangle.io.InputFile;
import io.github.unmangle.lang.Lexicon;
import io.github.unmangle.run.FileCleaner;
import io.github.unmangle.run.Outcome;
import io.github.unmangle.run.Part;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Turns what the passes would do to each document into its signals. A text file is one
 * document (its parts, for very large files, add up); each JSONL record is one document.
 * Thread-safe: workers call it concurrently; finished documents go to {@code sink}.
 */
final class Collector implements FileCleaner.Listener {
    /** unicode rules that mean the bytes or characters were damaged, not merely typeset. */
    private static final Set<String> ENCODING_RULES = Set.of("mojibake", "c1-control", "control", "zero-width", "soft-hyphen", "bom");

    private final Consumer<DocReport> sink;
    private final Map<String, Acc> open = new ConcurrentHashMap<>();

    /** Running sums for one document. */
    private static final class Acc {
        final DocReport doc;
        long chars;
        long encoding;
        /** Characters of the lines counted (3 or more, whitespace aside), and of those repeating an earlier line. */
        long lineChars;
        long duplicateChars;
        /** Words, and those in the English word list ({@link Lexicon#englishWords}): a document without words has no English share to judge. */
        long words;
        long englishWords;
        final Map<String, Long> changed = new HashMap<>();
        final Map<String, double[]> metrics = new HashMap<>();
        /** 64-bit hashes of the lines seen (a collision in a billion-line document is unlikely; a String each would be 8 times the memory). */
        final LongHashSet seenLines = new LongHashSet();

        Acc(DocReport doc) {
            this.doc = doc;
        }
    }

    Collector(Consumer<DocReport> sink) {
        this.sink = sink;
    }

    @Override
    public void part(InputFile input, Part p) {
        String path = input.path().toString();
        if (p.record() > 0) {
            Acc a = new Acc(new DocReport(path + ":" + p.record(), path, p.record()));
            add(a, p);
            sink.accept(finish(a));
        } else {
            Acc a = open.computeIfAbsent(path, k -> new Acc(new DocReport(path, path, 1)));
            synchronized (a) {
                add(a, p);
            }
        }
    }

    /** Called once per input when it is done (or failed). */
    @Override
    public void done(Outcome o) {
        String path = o.input().path().toString();
        Acc a = open.remove(path);
        if (o.failed() || o.error() != null) {
            DocReport d = a != null ? a.doc : new DocReport(path, path, 1);
            // (a JSONL file whose other records were checked one by one fails for its invalid lines: they are said, not its status)
            d.error = o.error() != null ? o.error()
                    : o.badRecords() > 0 ? o.badRecords() + " JSONL line(s) not checked (invalid JSON, longer than --part-size, or a record whose cleaning failed)" : o.status().name().toLowerCase();
            sink.accept(d);
        } else if (a != null) {
            sink.accept(finish(a));
        }
    }

    private static void add(Acc a, Part p) {
        String text = p.original();
        int len = text.length();
        a.chars += len;
        if (p.decoding() != null && p.decoding().note() != null) {
            a.encoding++;
        }
        for (PassReport r : p.cleaned().passes()) {
            long changed = 0;
            Map<String, Integer> rules = a.doc.rulesBy.computeIfAbsent(r.pass(), k -> new java.util.TreeMap<>());
            for (Edit e : r.edits()) {
                changed += Math.max(e.end() - e.start(), e.after().length());
                rules.merge(e.rule(), 1, Integer::sum);
                if (r.pass().equals("unicode") && ENCODING_RULES.contains(e.rule())) {
                    a.encoding++;
                }
            }
            a.changed.merge(r.pass(), changed, Long::sum);
            for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
                double[] acc = a.metrics.computeIfAbsent(m.getKey(), k -> new double[2]);
                acc[0] += m.getValue() * Math.max(1, len);
                acc[1] += Math.max(1, len);
            }
        }
        char[] chars = text.toCharArray(); // (read from an array, not by charAt: the scans below are most of the collector's time)
        long english = Lexicon.english().englishWords(chars);
        a.words += english >>> 32;
        a.englishWords += (int) english;
        // each line stripped of surrounding whitespace, read in place
        for (int s = 0; s <= len; ) {
            int e = text.indexOf('\n', s);
            if (e < 0) {
                e = len;
            }
            int from = s;
            int to = e;
            while (from < to && Character.isWhitespace(chars[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(chars[to - 1])) {
                to--;
            }
            s = e + 1;
            if (to - from < 3) {
                continue;
            }
            a.lineChars += to - from;
            if (!a.seenLines.add(hash64(chars, from, to))) {
                a.duplicateChars += to - from;
            }
        }
    }

    private static DocReport finish(Acc a) {
        DocReport d = a.doc;
        double chars = Math.max(1, a.chars);
        d.values.put(Signal.LENGTH, (double) a.chars);
        d.values.put(Signal.ENCODING, (double) a.encoding);
        d.values.put(Signal.BOILERPLATE, metric(a, "boilerplate-share"));
        d.values.put(Signal.SPIN, metric(a, "spin-score"));
        d.values.put(Signal.MT, metric(a, "mt-score"));
        if (a.words > 0) {
            d.values.put(Signal.ENGLISH, (double) a.englishWords / a.words);
        } // (else not measured: 0 of 0 words is no share, and an empty file failed --min-english on it)
        d.values.put(Signal.DUPLICATES, a.lineChars == 0 ? 0 : (double) a.duplicateChars / a.lineChars);
        long other = 0;
        for (Map.Entry<String, Long> c : a.changed.entrySet()) {
            d.changedBy.put(c.getKey(), Math.min(1, c.getValue() / chars));
            if (!c.getKey().equals("boilerplate")) {
                other += c.getValue();
            }
        }
        d.values.put(Signal.CHANGED, Math.min(1, other / chars));
        d.rulesBy.values().removeIf(Map::isEmpty);
        return d;
    }

    private static double metric(Acc a, String name) {
        double[] m = a.metrics.get(name);
        return m == null || m[1] == 0 ? 0 : m[0] / m[1];
    }

    /** FNV-1a, 64 bits, over the characters of {@code s[from, to)} (a line). */
    static long hash64(char[] s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ s[i]) * 0x100000001b3L;
        }
        return h;
    }
}
