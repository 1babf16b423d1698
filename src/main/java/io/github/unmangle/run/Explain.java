package io.github.unmangle.run;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.Flag;
import io.github.unmangle.core.PassReport;

import java.util.Arrays;
import java.util.List;

/** Human-readable renderings of a cleaned part: one line per edit, or a unified diff. */
public final class Explain {

    private Explain() {
    }

    /**
     * One line per edit and flag: {@code file:line:col: pass/rule: "before" → "after" (reason)}.
     * Lines and columns are in the text as that pass saw it.
     */
    public static void explain(Part p, StringBuilder out) {
        String name = Batch.shown(p.label()); // (a name's newline would break the one line per edit)
        int k = 0;
        for (PassReport r : p.cleaned().passes()) {
            int lineBase = p.firstLine(k++) - 1; // (in a later part: where it starts in the text this pass saw)
            for (Edit e : r.edits()) {
                out.append(name).append(':').append(e.line() + lineBase).append(':').append(e.column())
                        .append(": ").append(e.pass()).append('/').append(e.rule()).append(": ")
                        .append(quote(e.before())).append(" → ").append(quote(e.after()))
                        .append("  (").append(e.reason()).append(")\n");
            }
            for (Flag f : r.flags()) {
                out.append(name).append(':').append(f.line() + lineBase).append(':').append(f.column())
                        .append(": ").append(f.pass()).append('/').append(f.rule()).append(": ")
                        .append(quote(f.text())).append(" left as is  (").append(f.reason()).append(")\n");
            }
        }
    }

    /** A quoted, single-line rendering of a snippet (newlines and tabs shown escaped, long text cut). */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 200) + 2).append('"');
        int max = 160;
        for (int i = 0; i < s.length(); i++) {
            if (i == max && s.length() > max + 20) {
                b.append("…[").append(s.length() - max).append(" more chars]");
                break;
            }
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF'
                            || (c >= 0x2000 && c <= 0x200F) || c == '\u00AD' || c == '\u2060') {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A unified diff (3 lines of context) of the part, or nothing when it did not change. */
    public static void diff(Part p, StringBuilder out) {
        if (!p.changed()) {
            return;
        }
        List<String> a = lines(p.original());
        List<String> b = lines(p.cleaned().text());
        Patch<String> patch = DiffUtils.diff(a, b);
        String name = Batch.shown(p.label());
        List<String> u = UnifiedDiffUtils.generateUnifiedDiff(name, name + "\t(cleaned)", a, patch, 3);
        int base = p.firstLine() - 1;
        int cleanedBase = p.firstLine(p.cleaned().passes().size()) - 1; // (earlier parts may have lost or joined lines)
        for (String line : u) {
            if ((base > 0 || cleanedBase > 0) && line.startsWith("@@")) {
                line = shiftHunk(line, base, cleanedBase);
            }
            if (line.endsWith(NO_NEWLINE)) {
                // a text's last line without a line end: said as diff(1) says it, or patch(1) fails the hunk
                out.append(line, 0, line.length() - NO_NEWLINE.length()).append("\n\\ No newline at end of file\n");
            } else {
                out.append(line).append('\n');
            }
        }
    }

    /** Marks a text's last line that has no line end (so that it differs from the same line with one), never in text. */
    private static final String NO_NEWLINE = "\u0000no-newline";

    private static List<String> lines(String s) {
        List<String> l = new java.util.ArrayList<>(Arrays.asList(s.split("\n", -1)));
        if (s.endsWith("\n")) {
            l.remove(l.size() - 1);
        } else if (!s.isEmpty()) {
            l.set(l.size() - 1, l.get(l.size() - 1) + NO_NEWLINE);
        }
        return l;
    }

    private static String shiftHunk(String h, int base, int cleanedBase) {
        // @@ -a,b +c,d @@
        String[] parts = h.split(" ");
        if (parts.length < 3) {
            return h;
        }
        return "@@ " + shift(parts[1], base) + " " + shift(parts[2], cleanedBase) + " @@";
    }

    private static String shift(String range, int base) {
        char sign = range.charAt(0);
        String[] ab = range.substring(1).split(",");
        int start = Integer.parseInt(ab[0]) + base;
        return sign + Integer.toString(start) + (ab.length > 1 ? "," + ab[1] : "");
    }
}
