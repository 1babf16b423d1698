package io.github.unmangle.pass.unicode;

import com.ibm.icu.text.Normalizer2;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The unicode pass. One scan over the text splits it into lines and notes, per line, whether
 * anything but printable ASCII occurs (non-ASCII, controls, '&amp;', CR); plain ASCII lines get no
 * further character work. Lines that need it go through the character rules (mojibake, NFC, HTML
 * entities, controls, zero-width, odd spaces, punctuation folding); then line structure (line
 * endings, joins, run-in bullets) and casing slips are decided on the whole document.
 */
final class UnicodePass implements Pass {

    static final String NAME = "unicode";

    private final boolean keepCrlf;
    private final boolean foldPunctuation;
    private final boolean repairMojibake;
    private final boolean joinLines;
    private final boolean fixCasing;

    UnicodePass(boolean keepCrlf, boolean foldPunctuation, boolean repairMojibake, boolean joinLines,
                boolean fixCasing) {
        this.keepCrlf = keepCrlf;
        this.foldPunctuation = foldPunctuation;
        this.repairMojibake = repairMojibake;
        this.joinLines = joinLines;
        this.fixCasing = fixCasing;
    }

    private static final class Nfc {
        static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    }

    @Override
    public PassResult apply(PassInput input) {
        String t = input.text();
        PassResult.Builder b = PassResult.builder(NAME, t);
        Counts counts = new Counts();
        Lines lines = new Lines();
        int[] caps = null;
        int capCount = 0;
        boolean crlfSeen = false;
        int n = t.length();
        int lineStart = 0;
        boolean slow = false;
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c >= 0x80) {
                slow = true;
            } else if (c >= 0x20) {
                if (c >= 'A' && c <= 'Z') {
                    if (prev >= 'a' && prev <= 'z') {
                        if (caps == null) {
                            caps = new int[16];
                        } else if (capCount == caps.length) {
                            caps = Arrays.copyOf(caps, capCount * 2);
                        }
                        caps[capCount++] = i;
                    }
                } else if (c == '&' || c == 0x7F) {
                    slow = true;
                }
            } else if (c == '\n') {
                lines.add(lineStart, i, i + 1, slow);
                lineStart = i + 1;
                slow = false;
            } else if (c == '\r') {
                int te = i + 1;
                if (te < n && t.charAt(te) == '\n') {
                    te++;
                    crlfSeen = true;
                }
                lines.add(lineStart, i, te, slow);
                lineStart = te;
                slow = false;
                i = te - 1;
                c = '\n';
            } else if (c != '\t') {
                slow = true;
            }
            prev = c;
        }
        lines.add(lineStart, n, n, slow);

        List<Mojibake.Fix> fixes = new ArrayList<>();
        for (int k = 0; k < lines.count; k++) {
            if (lines.slow[k]) {
                line(t, lines.start[k], lines.end[k], b, counts, fixes);
            }
        }

        boolean[] join = joinLines ? LineJoiner.plan(t, lines, b, counts) : new boolean[lines.count];
        for (int k = 0; k < lines.count; k++) {
            int e = lines.end[k];
            int te = lines.termEnd[k];
            if (join[k]) {
                int s = e;
                while (s > lines.start[k] && LineJoiner.isSpace(t.charAt(s - 1))) {
                    s--;
                }
                int ns = te;
                int ne = lines.end[k + 1];
                while (ns < ne && LineJoiner.isSpace(t.charAt(ns))) {
                    ns++;
                }
                b.replace(s, ns, " ", LineJoiner.JOIN,
                        "line broken in the middle of a sentence; joined to the next line");
                counts.joinedLines++;
            } else if (te - e == 2 && !keepCrlf) {
                b.replace(e, te, "\n", "line-ending", "CRLF line ending made LF");
                counts.lineEndings++;
            } else if (te - e == 1 && t.charAt(e) == '\r') {
                b.replace(e, te, keepCrlf && crlfSeen ? "\r\n" : "\n", "line-ending",
                        "lone CR (old Mac line ending) made a line break");
                counts.lineEndings++;
            }
        }
        if (fixCasing && capCount > 0) {
            CasingSlip.apply(t, caps, capCount, b, counts);
        }
        b.metric("mojibake", counts.mojibake)
                .metric("nfc", counts.nfc)
                .metric("controls", counts.controls)
                .metric("zero-width", counts.zeroWidth)
                .metric("odd-spaces", counts.oddSpaces)
                .metric("html-entities", counts.entities)
                .metric("line-endings", counts.lineEndings)
                .metric("joined-lines", counts.joinedLines)
                .metric("run-in-bullets", counts.runInBullets)
                .metric("casing-slips", counts.casingSlips)
                .metric("folded-punctuation", counts.folded)
                .metric("replacement-chars", counts.replacementChars)
                .metric("mojibake-unrepaired", counts.mojibakeUnrepaired)
                .metric("hard-wrapped", counts.hardWrapped);
        return b.build();
    }

    /** Character rules over one line's content {@code t[s,e)}. */
    private void line(String t, int s, int e, PassResult.Builder b, Counts counts, List<Mojibake.Fix> fixes) {
        // NFC segments of this line (usually none).
        int[] seg = nfcSegments(t, s, e);
        int segIdx = 0;
        int noMojibakeUntil = s;
        int i = s;
        while (i < e) {
            if (seg != null && segIdx < seg.length && i == seg[segIdx]) {
                int ss = seg[segIdx];
                int se = seg[segIdx + 1];
                segIdx += 2;
                String norm = Nfc.NFC.normalize(t.subSequence(ss, se));
                String after = CharRules.tidy(norm, cpBefore(t, ss), cpAt(t, se), foldPunctuation);
                b.replace(ss, se, after, "nfc", "not in Unicode normal form C; composed");
                counts.nfc++;
                i = se;
                continue;
            }
            int limit = seg != null && segIdx < seg.length ? seg[segIdx] : e;
            char c = t.charAt(i);
            if (c < 0x80) {
                if (c == '&') {
                    Object[] ent = Entities.at(t, i, limit);
                    if (ent != null) {
                        int end = (Integer) ent[0];
                        String after = CharRules.tidy((String) ent[1], cpBefore(t, i), cpAt(t, end), foldPunctuation);
                        b.replace(i, end, after, Entities.RULE, "HTML character reference decoded");
                        counts.entities++;
                        i = end;
                        continue;
                    }
                } else if (CharRules.isRemovableControl(c)) {
                    int j = i + 1;
                    while (j < limit && CharRules.isRemovableControl(t.charAt(j)) && t.charAt(j) < 0x80) {
                        j++;
                    }
                    b.delete(i, j, CharRules.CONTROL, "control character removed");
                    counts.controls += j - i;
                    i = j;
                    continue;
                }
                i++;
                continue;
            }
            if (repairMojibake && i >= noMojibakeUntil && (Mojibake.maybe(c) || c == '\u221A' || c == '\u201A'
                    || c == '\u0420' || c == '\u0421' || c == '\u0432')) {
                fixes.clear();
                int runEnd = Mojibake.scan(t, i, limit, fixes);
                if (!fixes.isEmpty()) {
                    int p = i;
                    for (Mojibake.Fix f : fixes) {
                        while (p < f.start()) {
                            p = runLeftover(t, p, f.start(), b, counts);
                        }
                        String after = CharRules.tidy(f.after(), cpBefore(t, f.start()), cpAt(t, f.end()),
                                foldPunctuation);
                        b.replace(f.start(), f.end(), after, Mojibake.RULE, f.reason());
                        counts.mojibake++;
                        p = f.end();
                    }
                    while (p < runEnd) {
                        p = runLeftover(t, p, runEnd, b, counts);
                    }
                    i = runEnd;
                    continue;
                }
                noMojibakeUntil = runEnd;
                if (runEnd - i >= 2 && hasC1(t, i, runEnd)) {
                    // C1 controls amid mojibake letters that cannot be decoded (bytes were lost on the
                    // way): deleting them would only make the damage harder to undo. Leave and flag.
                    b.flag(i, runEnd, "mojibake-unrepaired",
                            "looks like UTF-8 read as windows-1252/Latin-1, but some bytes are missing; left as is");
                    counts.mojibakeUnrepaired++;
                    i = runEnd;
                    continue;
                }
            }
            i = charRule(t, i, limit, b, counts);
        }
    }

    /**
     * A character of a mojibake run that was not part of a repaired sequence: a C1 control there
     * is a piece of damage that cannot be undone (a byte is missing), so it is flagged, not deleted.
     */
    private int runLeftover(String t, int i, int limit, PassResult.Builder b, Counts counts) {
        char c = t.charAt(i);
        if (c >= 0x80 && c <= 0x9F) {
            int j = i + 1;
            while (j < limit && t.charAt(j) >= 0x80 && t.charAt(j) <= 0x9F) {
                j++;
            }
            int s = Math.max(0, i - 1);
            b.flag(s, j, "mojibake-unrepaired",
                    "looks like UTF-8 read as windows-1252/Latin-1, but some bytes are missing; left as is");
            counts.mojibakeUnrepaired++;
            return j;
        }
        return charRule(t, i, limit, b, counts);
    }

    /** Applies the single-character rules at {@code i}; returns the next position. */
    private int charRule(String t, int i, int limit, PassResult.Builder b, Counts counts) {
        char c = t.charAt(i);
        if (c < 0x80) {
            if (CharRules.isRemovableControl(c)) {
                b.delete(i, i + 1, CharRules.CONTROL, "control character removed");
                counts.controls++;
            }
            return i + 1;
        }
        if (c <= 0x9F) {
            char w = io.github.unmangle.core.Decoder.cp1252Char(c);
            if (w != c) {
                // A windows-1252 byte decoded as ISO-8859-1: "I\u0092ve" is "I’ve".
                String after = CharRules.tidy(String.valueOf(w), cpBefore(t, i), cpAt(t, i + 1), foldPunctuation);
                b.replace(i, i + 1, after, "c1-control", String.format(
                        "C1 control U+%04X is byte 0x%02X read as ISO-8859-1; windows-1252 reads it as '%s'",
                        (int) c, (int) c, w));
                counts.controls++;
                return i + 1;
            }
            b.delete(i, i + 1, CharRules.CONTROL, "C1 control character removed");
            counts.controls++;
            return i + 1;
        }
        if (c == 0xA0 || c >= 0x1680) {
            if (CharRules.isOddSpace(c)) {
                int j = i;
                while (j < limit && CharRules.isOddSpace(t.charAt(j))) {
                    j++;
                }
                if (c == 0x3000 && j == i + 1 && (CharRules.isCjk(cpBefore(t, i)) || CharRules.isCjk(cpAt(t, j)))) {
                    return j;
                }
                boolean nextToSpace = (i > 0 && t.charAt(i - 1) == ' ') || (j < t.length() && t.charAt(j) == ' ');
                b.replace(i, j, nextToSpace ? "" : " ", CharRules.SPACE,
                        nextToSpace ? "non-breaking or other odd space next to a space removed"
                                : "non-breaking or other odd space made a plain space");
                counts.oddSpaces += j - i;
                return j;
            }
            if (CharRules.isZeroWidth(c)) {
                b.delete(i, i + 1, CharRules.ZERO_WIDTH, c == 0xFEFF ? "stray byte-order mark removed"
                        : "zero-width character removed");
                counts.zeroWidth++;
                return i + 1;
            }
            if (CharRules.isJoiner(c)) {
                if (!CharRules.joinerNeeded(cpBefore(t, i), cpAt(t, i + 1))) {
                    b.delete(i, i + 1, CharRules.ZERO_WIDTH, "zero-width joiner outside emoji and joining scripts removed");
                    counts.zeroWidth++;
                }
                return i + 1;
            }
            if (c == 0x2028 || c == 0x2029) {
                b.replace(i, i + 1, "\n", "line-ending", "Unicode line/paragraph separator made a line break");
                counts.lineEndings++;
                return i + 1;
            }
            if (c == 0xFFFD) {
                b.flag(i, i + 1, "replacement-char", "U+FFFD: a character was lost before this text reached us");
                counts.replacementChars++;
                return i + 1;
            }
            if (foldPunctuation && CharRules.isFoldable(c)) {
                String f = CharRules.fold(c);
                if (f != null) {
                    b.replace(i, i + 1, f, CharRules.FOLD, "typographic punctuation folded to ASCII");
                    counts.folded++;
                }
                return i + 1;
            }
            if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(t.charAt(i + 1))) {
                return i + 2;
            }
            return i + 1;
        }
        if (c == 0xAD) {
            if (CharRules.isLetter(cpBefore(t, i)) && CharRules.isLetter(cpAt(t, i + 1))) {
                b.delete(i, i + 1, CharRules.SOFT_HYPHEN, "soft hyphen inside a word removed");
                counts.zeroWidth++;
            }
            return i + 1;
        }
        return i + 1;
    }

    /** NFC segments of {@code t[s,e)} as start/end pairs, or null when the line is already NFC. */
    private static int[] nfcSegments(String t, int s, int e) {
        Normalizer2 nfc = Nfc.NFC;
        CharSequence line = t.subSequence(s, e);
        int q = nfc.spanQuickCheckYes(line);
        if (q == line.length()) {
            return null;
        }
        int[] out = new int[8];
        int count = 0;
        int from = 0;
        while (q < line.length()) {
            int a = q;
            while (a > from && !nfc.hasBoundaryBefore(Character.codePointAt(line, a))) {
                a = a - Character.charCount(Character.codePointBefore(line, a));
            }
            int z = q + Character.charCount(Character.codePointAt(line, q));
            while (z < line.length() && !nfc.hasBoundaryBefore(Character.codePointAt(line, z))) {
                z += Character.charCount(Character.codePointAt(line, z));
            }
            String seg = line.subSequence(a, z).toString();
            if (!nfc.isNormalized(seg)) {
                if (count + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[count++] = s + a;
                out[count++] = s + z;
            }
            from = z;
            if (z >= line.length()) {
                break;
            }
            q = z + nfc.spanQuickCheckYes(line.subSequence(z, line.length()));
        }
        return count == 0 ? null : Arrays.copyOf(out, count);
    }

    private static boolean hasC1(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static int cpBefore(String t, int i) {
        return i > 0 ? t.codePointBefore(i) : -1;
    }

    private static int cpAt(String t, int i) {
        return i < t.length() ? t.codePointAt(i) : -1;
    }
}
