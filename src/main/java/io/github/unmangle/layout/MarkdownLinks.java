package io.github.unmangle.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown's links and images, as a page converted to Markdown holds them (html2text, markdownify, a reader service):
 * "[Home](/ "Breaking News")", "![logo](https://…/logo.png)", "&lt;https://…&gt;". Their syntax and addresses hide the
 * words a menu or a share line is known by ("[Home](/)" is no "Home"), so a reader of the layout is given the text
 * with them masked: an image, an address in angle brackets and a link's brackets, address and title made spaces, a
 * link's text left. Every offset stays. On such a page (one that holds links or images), a heading's marks ("#### Recent
 * Posts", "## Share this ##") and strong emphasis's ("**Related**", "**jdoe** on Sep 21 said:") are masked too: the
 * words a reader knows furniture by stood behind them.
 */
public final class MarkdownLinks {
    /**
     * A link's or an image's "(address "title")" after its text, as a link's destination looks (a path, a scheme, or a
     * name with a "/" or "."). The address is read as runs of characters between escapes, possessively: one alternation
     * per character made the matcher recurse once per character, and an address of 100,000 characters overflowed a
     * worker's stack.
     */
    private static final String ADDRESS_AND_TITLE = "\\((?=[/#.]|[A-Za-z][A-Za-z0-9+.-]*:|[^)\\s]*[/.])[^)\\s\\\\]*+(?:\\\\.[^)\\s\\\\]*+)*+(?:\\s+\"[^\"]{0,500}\")?\\s*\\)";

    /**
     * An image: "![alt](address "title")"; the address may hold escaped parentheses ("\(3\)").
     */
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\[]{0,500}]" + ADDRESS_AND_TITLE);
    /** A link: "[text](address "title")", its text (group 1) possibly over two lines. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]{0,500})]" + ADDRESS_AND_TITLE);
    /** An address in angle brackets. */
    private static final Pattern AUTOLINK = Pattern.compile("<[a-z][a-z0-9+.-]*:[^>\\s]*>");

    private MarkdownLinks() {
    }

    /** {@code t} with its Markdown links and images masked, or null when it has none. */
    public static String masked(String t) {
        if (!t.contains("](") && !t.contains("<http")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(t);
        int found = 0;
        // images first: an image inside a link's text ("[ ![logo](…) ](/)") leaves the link empty
        Matcher m = IMAGE.matcher(t);
        while (m.find()) {
            Masking.blank(sb, m.start(), m.end());
            found++;
        }
        // links read on the text with its images masked, so that a link around an image is found
        String withoutImages = sb.toString();
        m = LINK.matcher(withoutImages);
        while (m.find()) {
            Masking.blank(sb, m.start(), m.start() + 1);
            Masking.blank(sb, m.end(1), m.end());
            found++;
        }
        m = AUTOLINK.matcher(t);
        while (m.find()) {
            Masking.blank(sb, m.start(), m.end());
            found++;
        }
        if (found == 0) {
            return null;
        }
        marks(t, sb);
        return sb.toString();
    }

    /**
     * Masks each line's ATX heading marks ("#" to "######" and a space opening it, up to three spaces in, and a closing
     * run of "#" after a space) and its strong emphasis ("**" before a word and after one, on the line), read by hand in
     * one walk of the lines and one of the text's "**" (bench/ab.sh on bench/saved-pages.sh's Markdown pages: 0.98 of the
     * pass's speed without the masks).
     */
    private static void marks(String t, StringBuilder sb) {
        int n = t.length();
        for (int s = 0; s < n; ) {
            int e = t.indexOf('\n', s);
            e = e < 0 ? n : e;
            heading(t, sb, s, e);
            s = e + 1;
        }
        strong(t, sb);
    }

    private static void heading(String t, StringBuilder sb, int s, int e) {
        int h = s;
        while (h < e && h - s < 3 && t.charAt(h) == ' ') {
            h++;
        }
        int from = h;
        while (h < e && t.charAt(h) == '#') {
            h++;
        }
        if (h == from || h - from > 6 || h == e || (t.charAt(h) != ' ' && t.charAt(h) != '\t')) {
            return;
        }
        Masking.blank(sb, from, h);
        int z = e;
        while (z > h && Character.isWhitespace(t.charAt(z - 1))) {
            z--;
        }
        int c = z;
        while (c > h && t.charAt(c - 1) == '#') {
            c--;
        }
        if (c < z && c > h && (t.charAt(c - 1) == ' ' || t.charAt(c - 1) == '\t')) {
            Masking.blank(sb, c, z); // (a closing run stands after a space: "## Share this ##"; "## C#" keeps its mark)
        }
    }

    /**
     * Pairs of "**" on one line: an opening one before a word (not after a "*" or "\\"), a closing one after a word, at
     * most 300 characters on. The text's "**" are found in one walk (a search from each line's start ran to the next
     * one, however far: quadratic on a page without any).
     */
    private static void strong(String t, StringBuilder sb) {
        int n = t.length();
        int open = -1;
        for (int i = t.indexOf("**"); i >= 0; i = t.indexOf("**", i + 2)) {
            if (open >= 0 && (i - open > 302 || t.lastIndexOf('\n', i) > open)) {
                open = -1; // (another line, or too far)
            }
            boolean alone = (i == 0 || t.charAt(i - 1) != '*' && t.charAt(i - 1) != '\\') && (i + 2 >= n || t.charAt(i + 2) != '*');
            if (!alone) {
                open = -1;
                continue;
            }
            boolean beforeWord = i + 2 < n && !Character.isWhitespace(t.charAt(i + 2));
            if (open >= 0 && !Character.isWhitespace(t.charAt(i - 1))) {
                Masking.blank(sb, open, open + 2);
                Masking.blank(sb, i, i + 2);
                open = -1;
            } else if (beforeWord) {
                open = i;
            }
        }
    }
}
