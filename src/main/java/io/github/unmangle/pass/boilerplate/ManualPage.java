package io.github.unmangle.pass.boilerplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A manual page saved as text ({@code man ls | col -b > ls.txt}): its first line is the page's running header, the page's
 * name and section at both ends ("LS(1)   User Commands   LS(1)"), and its sections are headed by lines in capitals at
 * the margin ("NAME", "SYNOPSIS", "DESCRIPTION"; "BEZEICHNUNG", "ÜBERSICHT", "名前" in a translation) over indented text.
 * Such a text is no web page: its short lines (the NAME line, "sg - execute command as different group ID", an option and
 * its description, "Level 0" / "Never fails."), its SEE ALSO and the section headings a batch of manual pages shares are
 * its text, not furniture nor a site's template, and the boilerplate pass leaves it as it is (its header and footer too:
 * dropped, they would take with them what tells the next cleaning that the text is a manual page). Before, this machine's
 * 209 English manual pages (bench/check-signals.sh's, cleaned as one batch) lost 2,799 lines to the pass: 1,432 as the
 * batch's template, 801 as lines outside the article, 218 as low-content lines.
 */
final class ManualPage {
    private ManualPage() {
    }

    /** A header's characters, at most (a longer line is prose, and is read by no pattern). */
    static final int MAX_LINE = 300;

    /** The header: the page's name and section, then at least two spaces, anything, and the same name and section again. */
    private static final Pattern HEADER = Pattern.compile("(\\S{1,80}\\(\\d[0-9A-Za-z]{0,8}\\))(?: {2,}.*)? {2,}(\\S{1,80}\\(\\d[0-9A-Za-z]{0,8}\\))");

    /** Section headings in capitals at the margin, at least. */
    static final int MIN_HEADINGS = 2;

    /**
     * Where the header of a manual page saved as text starts, or -1 when the text is none: its first line that is not blank
     * names the page and section at both ends (asked first, and of a line ending in ")" only: most texts' first line is
     * no header), and the lines below it hold {@value #MIN_HEADINGS} section headings at the margin or more and indented text.
     */
    static int header(String t) {
        int header = firstLine(t);
        int e = lineEnd(t, header);
        if (e - header > MAX_LINE || e - header < 8 || t.charAt(e - 1) != ')') {
            return -1;
        }
        Matcher m = HEADER.matcher(t).region(header, e);
        if (!m.matches() || !m.group(1).equalsIgnoreCase(m.group(2))) {
            return -1;
        }
        int headings = 0;
        boolean indented = false;
        for (int s = e + 1; s < t.length() && !(headings >= MIN_HEADINGS && indented); ) {
            int nl = t.indexOf('\n', s);
            int end = nl < 0 ? t.length() : nl;
            int cs = s;
            while (cs < end && (t.charAt(cs) == ' ' || t.charAt(cs) == '\t')) {
                cs++;
            }
            int ce = end;
            while (ce > cs && Character.isWhitespace(t.charAt(ce - 1))) {
                ce--;
            }
            if (cs < ce) {
                if (cs == s && heading(t, cs, ce)) {
                    headings++;
                } else if (cs - s >= 2) {
                    indented = true;
                }
            }
            s = end + 1;
        }
        return headings >= MIN_HEADINGS && indented ? header : -1;
    }

    private static int firstLine(String t) {
        int s = 0;
        while (s < t.length() && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        return s;
    }

    /** The end of the line starting at {@code s}, trailing white space aside. */
    private static int lineEnd(String t, int s) {
        int e = t.indexOf('\n', s);
        e = e < 0 ? t.length() : e;
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /**
     * Whether {@code t[from, to)} is a section heading: 2 to 40 characters, letters and no lowercase one (capitals, or a
     * script without case: "名前", "이름"), spaces, hyphens and slashes.
     */
    private static boolean heading(String t, int from, int to) {
        if (to - from < 2 || to - from > 40) {
            return false;
        }
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            if (Character.isLetter(ch)) {
                if (Character.isLowerCase(ch)) {
                    return false;
                }
                letter = true;
            } else if (ch != ' ' && ch != '-' && ch != '/') {
                return false;
            }
        }
        return letter;
    }
}
