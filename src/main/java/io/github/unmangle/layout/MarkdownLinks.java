package io.github.unmangle.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown's links and images, as a page converted to Markdown holds them (html2text, markdownify, a reader service):
 * "[Home](/ "Breaking News")", "![logo](https://…/logo.png)", "&lt;https://…&gt;". Their syntax and addresses hide the
 * words a menu or a share line is known by ("[Home](/)" is no "Home"), so a reader of the layout is given the text
 * with them masked: an image, an address in angle brackets and a link's brackets, address and title made spaces, a
 * link's text left. Every offset stays.
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
        return found == 0 ? null : sb.toString();
    }
}
