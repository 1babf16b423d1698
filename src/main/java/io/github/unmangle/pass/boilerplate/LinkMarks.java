package io.github.unmangle.pass.boilerplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link numbers a text browser writes into a page it saves ({@code lynx -dump} and {@code elinks -dump} by default:
 * "[12]Home", "Share this on: [3]Facebook"), and the list of the page's links they refer to, at its end: a line
 * "References", then "Visible links:", "Hidden links:" and numbered addresses ("  12. https://…"; elinks writes each
 * link's title over its address, under "Visible links"). The numbers hide
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
    /** A line of the list: a number and an address (a scheme, then a colon: "https:", "mailto:", "javascript:"). */
    private static final Pattern ENTRY = Pattern.compile("\\s*\\d{1,5}\\. [A-Za-z][A-Za-z0-9+.-]*:.*");
    /** ... or a number and a link's title, with the address on the next line (elinks). */
    private static final Pattern TITLED = Pattern.compile("\\s*\\d{1,5}\\. \\S.*");
    /** ... or both on one line (the title and its address joined). */
    private static final Pattern TITLED_ADDRESS = Pattern.compile("\\s*\\d{1,5}\\. \\S.* [a-z][a-z0-9+.-]*:\\S*\\s*");
    private static final Pattern LIST_HEADING = Pattern.compile("\\s*(Visible links:?|Hidden links:?|\\[USEMAP\\]|Links:)\\s*");
    /** An address on a line of its own (an image map's, under "[USEMAP]"). */
    private static final Pattern ADDRESS = Pattern.compile("\\s*[a-z][a-z0-9+.-]*:\\S*\\s*");

    /** Lines of the list that are none of its kinds, at most: {@value #STRAYS}, or a twentieth of its entries ... */
    static final int STRAYS = 2;
    /** ... and never more than this (read from the end, a page's text is no list of links). */
    static final int MAX_STRAYS = 50;

    /** Where the list starts (its "References" line), the largest number it holds, and the text with the marks masked. */
    private final int listStart;
    private final int largest;
    private final String masked;
    private final int marks;

    private LinkMarks(int listStart, int largest, String masked, int marks) {
        this.listStart = listStart;
        this.largest = largest;
        this.masked = masked;
        this.marks = marks;
    }

    /** The text's link marks and list, or null when it does not end with a text browser's list of links. */
    static LinkMarks find(String t) {
        int end = t.length();
        int largest = 0;
        int entries = 0;
        int strays = 0; // lines of an address that held a line break (a mailto: link's body)
        boolean addressBelow = false; // the line read before (below) this one is an address alone
        int titledEntries = 0;
        boolean visible = false; // a "Visible links" heading seen
        // read the lines from the end up to "References": every one must be the list's
        while (end > 0) {
            int s = t.lastIndexOf('\n', end - 1) + 1;
            String line = t.substring(s, end);
            if (line.strip().equals("References")) {
                // (titled entries only under a browser's "Visible links": a bibliography's entries end with addresses too)
                if (entries == 0 || strays > Math.max(STRAYS, entries / 20) || (titledEntries > 0 && !visible)) {
                    return null;
                }
                return masked(t, s, largest);
            }
            boolean address = ADDRESS.matcher(line).matches();
            // an entry: a number and an address, or (elinks) a number and the link's title over its address
            boolean titled = !ENTRY.matcher(line).matches() && ((addressBelow && TITLED.matcher(line).matches()) || TITLED_ADDRESS.matcher(line).matches());
            if (titled || ENTRY.matcher(line).matches()) {
                entries++;
                titledEntries += titled ? 1 : 0;
                String n = line.strip();
                largest = Math.max(largest, Integer.parseInt(n.substring(0, n.indexOf('.'))));
            } else if (!line.isBlank() && !LIST_HEADING.matcher(line).matches() && !address && ++strays > MAX_STRAYS) {
                return null;
            }
            visible |= line.strip().startsWith("Visible links");
            addressBelow = address;
            end = s > 0 ? s - 1 : 0;
            if (s == 0) {
                break;
            }
        }
        return null;
    }

    private static LinkMarks masked(String t, int listStart, int largest) {
        StringBuilder sb = new StringBuilder(t);
        Matcher m = MARK.matcher(t).region(0, listStart);
        int marks = 0;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) <= largest) {
                for (int i = m.start(); i < m.end(); i++) {
                    sb.setCharAt(i, ' ');
                }
                marks++;
            }
        }
        // the list itself is judged as blank lines: its addresses are no text of the page (read as lines, hundreds of them
        // made a page read as another language than English, and judged by length alone)
        for (int i = listStart; i < sb.length(); i++) {
            if (sb.charAt(i) != '\n') {
                sb.setCharAt(i, ' ');
            }
        }
        return new LinkMarks(listStart, largest, sb.toString(), marks);
    }

    /** The text with the marks and the list made spaces (as long as the text: every offset stays). */
    String masked() {
        return masked;
    }

    /** Offset of the list's "References" line. */
    int listStart() {
        return listStart;
    }

    /** Marks masked. */
    int marks() {
        return marks;
    }

    /** Deletes the marks in {@code original[from, to)} (a kept line) through {@code b}. */
    void deleteMarks(String original, int from, int to, io.github.unmangle.core.PassResult.Builder b) {
        Matcher m = MARK.matcher(original).region(from, to);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) <= largest) {
                b.delete(m.start(), m.end(), MARK_RULE, "a text browser's number of the link that follows (lynx -dump: "
                        + "\"[12]Home\"), listed with its address under \"References\" at the page's end");
            }
        }
    }
}
