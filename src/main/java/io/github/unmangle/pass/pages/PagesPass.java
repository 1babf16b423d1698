package io.github.unmangle.pass.pages;

import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Page breaks of a text extracted from a PDF or a paginated document: pdftotext, pdfminer and most other extractors end
 * each page with a form feed, and leave each page's running header, footer and page number in the text, between two
 * halves of whatever paragraph the page break cut ("… Information found in a" / "2" / form feed / "Shared MIME-info
 * Database" / "directory is added to …"). For each break, the lines at the two pages' edges that the document repeats at
 * its pages' edges (digits aside: "Page 2 of 9" and "Page 3 of 9" are one line, so is every bare page number) go, with
 * the form feed, and the two pages' texts meet on adjacent lines: the unicode pass then joins a sentence or a
 * hard-wrapped paragraph the break had cut as it joins any other (a paragraph that ended at the page's foot, its last line
 * a sentence's end and the next page's first a capital, stays apart: a blank line).
 *
 * <p>A line is page furniture when it stands among the first {@value #EDGE} lines of at least {@value #MIN_PAGES} pages
 * and of at least a share ({@link #minShare}) of the pages that hold text (or among the last, for a footer), stands
 * inside pages less than half as often, is at most {@value #MAX_LINE} characters long, and stands in an unbroken run of
 * such lines from the page's edge (a line of the text between the furniture and the edge stops the run). A text without a form feed is not touched; one whose
 * pages repeat nothing at their edges only loses its form feeds, each a line break (or a blank line, where each side of
 * it had one).
 */
final class PagesPass implements Pass {
    static final String NAME = "pages";
    /** The rule of a page break's edit: the form feed and the furniture around it. */
    static final String BREAK = "page-break";
    /** The rule of the furniture above the first page's text and below the last's. */
    static final String FURNITURE = "page-furniture";

    /** Lines at each edge of a page read for furniture. */
    static final int EDGE = 4;
    /** A page header or footer is no longer than this (a text line of a page is often longer). */
    static final int MAX_LINE = 100;
    /**
     * A text whose form feeds stand closer than this many characters on average, or that holds more than
     * {@value #MAX_PAGES} of them (in one part: 8 MiB by default), is no document's pages (a PDF's page holds a few
     * thousand characters; a run of form feeds or a stream of tiny pages would make the pages' bookkeeping cost far more
     * than their text: a million pages of "word" took 1.8 GB): the pass leaves it as it is.
     */
    static final int MIN_PAGE_CHARS = 20;
    static final int MAX_PAGES = 50_000;
    /** Pages a line must edge, at least, to be furniture. */
    static final int MIN_PAGES = 2;

    private final double minShare;

    PagesPass(double minShare) {
        this.minShare = minShare;
    }

    /** A page: its text [start, end) (the form feed that ends it excluded) and the spans of its lines that are not blank. */
    private record Page(int start, int end, List<int[]> text) {
    }

    @Override
    public PassResult apply(PassInput input) {
        String t = input.text();
        if (t.indexOf('\f') < 0) {
            return PassResult.empty();
        }
        int feeds = 0;
        for (int f = t.indexOf('\f'); f >= 0; f = t.indexOf('\f', f + 1)) {
            feeds++;
        }
        if ((long) feeds * MIN_PAGE_CHARS > t.length() || feeds > MAX_PAGES) {
            return PassResult.empty(); // (form feeds too close together for a document's pages: left to the unicode pass)
        }
        List<Page> pages = pages(t);
        // how many pages each line (digits aside) heads and foots, and how often it stands inside a page
        Map<String, Integer> heading = new HashMap<>();
        Map<String, Integer> footing = new HashMap<>();
        Map<String, Integer> inside = new HashMap<>();
        int withText = 0;
        for (Page p : pages) {
            List<int[]> text = p.text();
            if (text.isEmpty()) {
                continue;
            }
            withText++;
            java.util.Set<String> top = new java.util.HashSet<>();
            java.util.Set<String> bottom = new java.util.HashSet<>();
            for (int k = 0; k < text.size(); k++) {
                String key = key(t, text.get(k));
                if (key == null) {
                    continue;
                }
                if (k < EDGE && top.add(key)) {
                    heading.merge(key, 1, Integer::sum);
                }
                if (k >= text.size() - EDGE && bottom.add(key)) {
                    footing.merge(key, 1, Integer::sum);
                }
                if (k >= EDGE && k < text.size() - EDGE) {
                    inside.merge(key, 1, Integer::sum);
                }
            }
        }
        PassResult.Builder b = PassResult.builder(NAME, t);
        if (withText < 2) {
            return b.build(); // one page: its form feed is a control the unicode pass reads
        }
        int need = Math.max(MIN_PAGES, (int) Math.ceil(minShare * withText));
        // each page's text between its furniture runs, [from, to), and the furniture lines cut at its top and bottom
        int prevEnd = -1; // end of the last text line of the pages so far
        int prevPage = -1;
        List<String> prevFoot = List.of();
        boolean prevBlankBelow = false;
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            List<int[]> text = p.text();
            int top = 0;
            while (top < Math.min(EDGE, text.size()) && furniture(t, text.get(top), heading, inside, need)) {
                top++;
            }
            int bottom = text.size();
            while (bottom > Math.max(top, text.size() - EDGE) && furniture(t, text.get(bottom - 1), footing, inside, need)) {
                bottom--;
            }
            List<String> head = shown(t, text.subList(0, top));
            List<String> foot = shown(t, text.subList(bottom, text.size()));
            if (top == bottom) {
                // a page of nothing but furniture (or blank): its lines go with the break around it
                if (prevEnd >= 0) {
                    List<String> all = new ArrayList<>(prevFoot);
                    all.addAll(head);
                    all.addAll(foot);
                    prevFoot = all;
                }
                continue;
            }
            int from = text.get(top)[0];
            if (prevEnd < 0) {
                if (top > 0) {
                    b.delete(p.start(), from, FURNITURE, "page furniture above the first page's text (" + quoted(head) + "): "
                            + "the document repeats it at the edge of " + need + "+ of its " + withText + " pages");
                }
            } else if (prevFoot.isEmpty() && head.isEmpty() && formFeedsAlone(t, prevEnd, from)) {
                // a form feed alone on its line and nothing repeated around it: a source file's or a document's section
                // break (GNU code, Python's email package), not a PDF's page; only the control goes, the lines stay
                for (int f = t.indexOf('\f', prevEnd); f >= 0 && f < from; f = t.indexOf('\f', f + 1)) {
                    b.delete(f, f + 1, BREAK, "a form feed alone on its line (a section break) removed; the lines around it stay");
                }
            } else {
                String sep = separator(t, prevEnd, from, prevFoot.isEmpty() && head.isEmpty() && prevBlankBelow && blankAbove(t, p, from));
                List<String> cut = new ArrayList<>(prevFoot);
                cut.addAll(head);
                b.replace(prevEnd, from, sep, BREAK, "a page break (form feed)" + (cut.isEmpty() ? "" : " and the page furniture around it ("
                        + quoted(cut) + ", lines the document repeats at the edge of " + need + "+ of its " + withText + " pages, digits aside)")
                        + (sep.equals("\n") ? " removed; the text goes on from page " + (prevPage + 1) + " to page " + (i + 1)
                        : " removed; a paragraph ended at the foot of page " + (prevPage + 1)));
            }
            prevEnd = text.get(bottom - 1)[1];
            prevPage = i;
            prevFoot = foot;
            prevBlankBelow = blankBelow(t, p, prevEnd);
        }
        if (prevEnd >= 0) {
            int end = t.length();
            boolean newline = end > prevEnd && t.charAt(end - 1) == '\n';
            if (prevFoot.isEmpty() && formFeedsAlone(t, prevEnd, end)) {
                for (int f = t.indexOf('\f', prevEnd); f >= 0; f = t.indexOf('\f', f + 1)) {
                    b.delete(f, f + 1, BREAK, "a form feed alone on its line (a section break) removed; the lines around it stay");
                }
            } else if (!prevFoot.isEmpty() || t.indexOf('\f', prevEnd) >= 0) {
                b.replace(prevEnd, end, newline || t.indexOf('\f', prevEnd) >= 0 ? "\n" : "",
                        prevFoot.isEmpty() ? BREAK : FURNITURE,
                        prevFoot.isEmpty() ? "the form feed after the last page's text removed"
                                : "page furniture below the last page's text (" + quoted(prevFoot) + ") removed, with the form feed");
            }
        }
        return b.build();
    }

    private static List<Page> pages(String t) {
        List<Page> out = new ArrayList<>();
        int s = 0;
        while (s <= t.length()) {
            int f = t.indexOf('\f', s);
            int e = f < 0 ? t.length() : f;
            List<int[]> lines = new ArrayList<>();
            for (int ls = s; ls < e; ) {
                int nl = indexIn(t, '\n', ls, e);
                int le = nl < 0 ? e : nl;
                int ce = le > ls && t.charAt(le - 1) == '\r' ? le - 1 : le;
                if (!blank(t, ls, ce)) {
                    lines.add(new int[]{ls, ce});
                }
                ls = le + 1;
            }
            out.add(new Page(s, e, lines));
            if (f < 0) {
                break;
            }
            s = f + 1;
        }
        return out;
    }

    private static boolean blank(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[ivxlc]{1,7}");

    /** A line as the document's other pages would repeat it: trimmed, spaces collapsed, lowercase, each run of digits '#'; null if too long. */
    static String key(String t, int[] line) {
        String s = t.substring(line[0], line[1]).strip();
        if (s.length() > MAX_LINE) {
            return null;
        }
        StringBuilder k = new StringBuilder(s.length());
        boolean space = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = k.length() > 0;
                digit = false;
                continue;
            }
            if (space) {
                k.append(' ');
                space = false;
            }
            if (c >= '0' && c <= '9') {
                if (!digit) {
                    k.append('#');
                }
                digit = true;
                continue;
            }
            digit = false;
            k.append(Character.toLowerCase(c));
        }
        String key = k.toString();
        // a page number in lowercase roman numerals (a book's front matter) is a number too
        return ROMAN.matcher(key).matches() ? "#" : key;
    }

    /**
     * Whether a line at a page's edge is furniture: the same edge of {@code need} pages or more holds it ({@code edge}),
     * and it stands inside pages less than half as often (a heading that the text repeats, "Cons" under each product
     * of a review, also falls at two pages' edges by chance).
     */
    private static boolean furniture(String t, int[] line, Map<String, Integer> edge, Map<String, Integer> inside, int need) {
        String key = key(t, line);
        if (key == null) {
            return false;
        }
        int at = edge.getOrDefault(key, 0);
        return at >= need && 2 * inside.getOrDefault(key, 0) < at;
    }

    /** Whether every form feed in [from, to) stands alone on its line. */
    private static boolean formFeedsAlone(String t, int from, int to) {
        for (int f = t.indexOf('\f', from); f >= 0 && f < to; f = t.indexOf('\f', f + 1)) {
            boolean before = f == 0 || t.charAt(f - 1) == '\n';
            boolean after = f + 1 < t.length() && (t.charAt(f + 1) == '\n' || t.startsWith("\r\n", f + 1));
            if (!before || !after) {
                return false;
            }
        }
        return true;
    }

    /** "\n" where the text goes on across the break; "\n\n" where a paragraph ends at the page's foot (or a blank line stood on each side). */
    private static String separator(String t, int prevEnd, int from, boolean blankBothSides) {
        if (blankBothSides) {
            return "\n\n";
        }
        char last = lastVisible(t, prevEnd);
        int c = t.codePointAt(from);
        boolean ended = last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == ':';
        return ended && Character.isUpperCase(c) ? "\n\n" : "\n";
    }

    private static char lastVisible(String t, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return ' ';
    }

    /** Whether a blank line stands between the page's last text line (ending at {@code end}) and its end. */
    private static boolean blankBelow(String t, Page p, int end) {
        int nl = indexIn(t, '\n', end, p.end());
        return nl >= 0 && indexIn(t, '\n', nl + 1, p.end()) >= 0;
    }

    /** The first index of {@code c} in {@code t[from, to)}, or -1 (a page's search stops at its end: a text of many pages and no line break read each to the text's end). */
    private static int indexIn(String t, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a blank line stands between the page's start and its first text line (starting at {@code from}). */
    private static boolean blankAbove(String t, Page p, int from) {
        return indexIn(t, '\n', p.start(), from) >= 0;
    }

    private static List<String> shown(String t, List<int[]> lines) {
        List<String> out = new ArrayList<>();
        for (int[] l : lines) {
            String s = t.substring(l[0], l[1]).strip();
            out.add(s.length() > 40 ? s.substring(0, 39) + "…" : s);
        }
        return out;
    }

    private static String quoted(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String s : lines) {
            sb.append(sb.length() == 0 ? "" : ", ").append('"').append(s).append('"');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return NAME + String.format(Locale.ROOT, "(min-share %.2f)", minShare);
    }
}
