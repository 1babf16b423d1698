package io.github.unmangle.pass.mt;

import io.github.unmangle.lang.Lexicon;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Misspelt variants of a name that the same document spells right: "regognition" when
 * "Rekognition" occurs more often. Both must be outside the English word list — a brand is never
 * "corrected" into a dictionary word, nor a dictionary word ("recognition") into a brand.
 */
final class NameVariants {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}[\\p{L}\\p{N}]{4,}(?![\\p{L}\\p{N}])");
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    private NameVariants() {
    }

    static void find(String t, Lexicon lex, List<Candidate> out) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            String w = m.group();
            if (!lex.isCommonWord(w.toLowerCase(Locale.ROOT)) && !lex.containsExact(w)) {
                counts.merge(w, 1, Integer::sum);
            }
        }
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
        m = WORD.matcher(t);
        while (m.find()) {
            String name = fix.get(m.group());
            if (name != null) {
                out.add(new Candidate(m.start(), m.end(), name, "name-variant",
                        "misspelling of \"" + name + "\", which this document spells so " + counts.get(name) + " times"));
            }
        }
    }

    /** "Amazons", "Googled": the name with an ending is a word form, not a misspelling. */
    private static boolean inflection(String name, String variant) {
        String n = name.toLowerCase(Locale.ROOT);
        String v = variant.toLowerCase(Locale.ROOT);
        return v.startsWith(n) || n.startsWith(v);
    }
}
