package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.layout.LinkList;
import io.github.unmangle.layout.Masking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link numbers a text browser writes into a page it saves ({@code lynx -dump} and {@code elinks -dump} by default:
 * "[12]Home", "Share this on: [3]Facebook"), and the list of the page's links they refer to, at its end ({@link LinkList}).
 * The numbers hide
 * the menus' and share lines' wording from the rules that know it ("[12]Home" is no "Home"), so the page is judged with
 * them masked (spaces in their place: every offset stays) and the list read as blank lines, then dropped as a whole.
 *
 * <p>Only a text that ends with such a list has its marks read: "[3]" in any other text is a footnote, and stays.
 */
final class LinkMarks {
    static final String MARK_RULE = "link-mark";
    static final String LIST_RULE = "link-list";

    /** A mark: a number in brackets, as the browser writes it before a link's text. */
    private static final Pattern MARK = Pattern.compile("\\[(\\d{1,5})]");

    /** The list, and the text with its marks and the list masked. */
    private final LinkList list;
    private final String masked;
    private final int marks;

    private LinkMarks(LinkList list, String masked, int marks) {
        this.list = list;
        this.masked = masked;
        this.marks = marks;
    }

    /** The text's link marks and list, or null when it does not end with a text browser's list of links ({@link LinkList}). */
    static LinkMarks find(String t) {
        LinkList list = LinkList.find(t);
        if (list == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(t);
        Matcher m = MARK.matcher(t).region(0, list.start());
        int marks = 0;
        while (m.find()) {
            if (isMark(m, list)) {
                Masking.blank(sb, m.start(), m.end());
                marks++;
            }
        }
        // the list itself is judged as blank lines: its addresses are no text of the page (read as lines, hundreds of them
        // made a page read as another language than English, and judged by length alone)
        Masking.blank(sb, list.start(), sb.length());
        return new LinkMarks(list, sb.toString(), marks);
    }

    /** Whether the number in brackets that {@code m} found is one of the list's. */
    private static boolean isMark(Matcher m, LinkList list) {
        return Integer.parseInt(m.group(1)) <= list.largest();
    }

    /** The text with the marks and the list made spaces (as long as the text: every offset stays). */
    String masked() {
        return masked;
    }

    /** Offset of the list's "References" line. */
    int listStart() {
        return list.start();
    }

    /** Marks masked. */
    int marks() {
        return marks;
    }

    /** Deletes the marks in {@code original[from, to)} (a kept line) through {@code b}. */
    void deleteMarks(String original, int from, int to, io.github.unmangle.core.PassResult.Builder b) {
        Matcher m = MARK.matcher(original).region(from, to);
        while (m.find()) {
            if (isMark(m, list)) {
                b.delete(m.start(), m.end(), MARK_RULE, "a text browser's number of the link that follows (lynx -dump: "
                        + "\"[12]Home\"), listed with its address under \"References\" at the page's end");
            }
        }
    }
}
