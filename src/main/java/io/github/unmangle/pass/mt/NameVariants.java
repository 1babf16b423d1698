package io.github.unmangle.pass.mt;

import io.github.unmangle.lang.Lexicon;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Misspelt variants of a name that the same document spells right: "regognition" when
 * "Rekognition" occurs more often. Both must be outside the English word list — a brand is never
 * "corrected" into a dictionary word, nor a dictionary word ("recognition") into a brand.
 */
final class NameVariants {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    private NameVariants() {
    }

    static void find(String t, Lexicon lex, List<Candidate> out) {
        // count every distinct word first, then ask the word list once per distinct word
        Map<String, Integer> all = new HashMap<>();
        List<int[]> spans = words(t);
        for (int[] sp : spans) {
            all.merge(t.substring(sp[0], sp[1]), 1, Integer::sum);
        }
        Map<String, Integer> counts = new HashMap<>();
        all.forEach((w, c) -> {
            if (!lex.containsExact(w) && !lex.isCommonWord(w.toLowerCase(Locale.ROOT))) {
                counts.put(w, c);
            }
        });
        if (counts.size() < 2) {
            return;
        }
        // names: capitalised, seen at least twice; looked up by first letter so each variant meets few of them
        Map<Character, List<String>> names = new HashMap<>();
        for (Map.Entry<String, Integer> n : counts.entrySet()) {
            String name = n.getKey();
            if (n.getValue() >= 2 && Character.isUpperCase(name.charAt(0))) {
                names.computeIfAbsent(Character.toLowerCase(name.charAt(0)), k -> new ArrayList<>()).add(name);
            }
        }
        Map<String, String> fix = new HashMap<>();
        for (Map.Entry<String, Integer> v : counts.entrySet()) {
            String variant = v.getKey();
            List<String> sameStart = names.get(Character.toLowerCase(variant.charAt(0)));
            if (variant.length() < 6 || sameStart == null) {
                continue;
            }
            int limit = variant.length() >= 9 ? 2 : 1;
            String best = null;
            for (String name : sameStart) {
                if (name.equals(variant) || counts.get(name) <= v.getValue() || Math.abs(name.length() - variant.length()) > limit
                        || inflection(name, variant)) {
                    continue;
                }
                int d = DISTANCE.apply(variant.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
                if (d >= 1 && d <= limit) {
                    if (best != null) {
                        best = null; // two candidates: not sure which one
                        break;
                    }
                    best = name;
                }
            }
            if (best != null && !best.equalsIgnoreCase(variant)) {
                fix.put(variant, best);
            }
        }
        if (fix.isEmpty()) {
            return;
        }
        for (int[] sp : spans) {
            String name = fix.get(t.substring(sp[0], sp[1]));
            if (name != null) {
                out.add(new Candidate(sp[0], sp[1], name, "name-variant",
                        "misspelling of \"" + name + "\", which this document spells so " + counts.get(name) + " times"));
            }
        }
    }

    /** "Amazons", "Googled": the name with an ending is a word form, not a misspelling. */
    /** Spans of words of five or more letters and digits, starting with a letter. */
    private static List<int[]> words(String t) {
        List<int[]> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Character.isLetterOrDigit(t.charAt(i))) {
                i++;
            }
            if (i - s >= 5 && Character.isLetter(t.charAt(s))) {
                out.add(new int[] {s, i});
            }
        }
        return out;
    }

    private static boolean inflection(String name, String variant) {
        String n = name.toLowerCase(Locale.ROOT);
        String v = variant.toLowerCase(Locale.ROOT);
        return v.startsWith(n) || n.startsWith(v);
    }
}
