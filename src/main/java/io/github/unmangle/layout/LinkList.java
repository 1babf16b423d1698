package io.github.unmangle.layout;

import java.util.regex.Pattern;

/**
 * The list of a page's links that a text browser writes at the end of a page it saves ({@code lynx -dump} and
 * {@code elinks -dump} by default): a line "References", then "Visible links:", "Hidden links:" and numbered addresses
 * ("  12. https://…"; elinks writes each link's title over its address, under "Visible links"). The text above it holds
 * the numbers ("[12]Home"). Read from the end of the text: every line up to "References" must be one of the list's
 * (a few lines of an address that held a line break aside), and laid out as the browser lays it out (under "Visible
 * links", or the numbers set right in a field of four): an article's own bibliography or list of sources is none (its
 * entries are no addresses, or, ending with one, stand under no "Visible links"; its numbers start at the margin).
 */
public final class LinkList {
    /** A line of the list: a number and an address (a scheme, then a colon: "https:", "mailto:", "javascript:"). */
    private static final Pattern ENTRY = Pattern.compile("\\s*\\d{1,5}\\. [A-Za-z][A-Za-z0-9+.-]*:.*");
    /** ... or a number and a link's title, with the address on the next line (elinks). */
    private static final Pattern TITLED = Pattern.compile("\\s*\\d{1,5}\\. \\S.*");
    /** ... or both on one line (the title and its address joined). */
    private static final Pattern TITLED_ADDRESS = Pattern.compile("\\s*\\d{1,5}\\. \\S.* [a-z][a-z0-9+.-]*:\\S*\\s*");
    private static final Pattern LIST_HEADING = Pattern.compile("\\s*(Visible links:?|Hidden links:?|\\[USEMAP\\]|Links:)\\s*");
    /**
     * An address on a line of its own (an image map's, under "[USEMAP]"; elinks's under a link's title, after a tab, as
     * the page wrote it, spaces and all: "\thttp://www.stumbleupon.com/submit?url=…&title=Washington Monument Closes").
     */
    private static final Pattern ADDRESS = Pattern.compile("\\s*[a-z][a-z0-9+.-]*:\\S*\\s*|\\t[a-z][a-z0-9+.-]*:\\S.*");

    /** Lines of the list that are none of its kinds, at most: {@value #STRAYS}, or a twentieth of its entries ... */
    public static final int STRAYS = 2;
    /** ... and never more than this (read from the end, a page's text is no list of links). */
    public static final int MAX_STRAYS = 50;

    /** The width of the field a browser sets an entry's number in, right-aligned ("   1.", " 123."). */
    static final int NUMBER_FIELD = 4;

    /** Offset of the list's "References" line, and the largest link number it holds. */
    private final int start;
    private final int largest;

    private LinkList(int start, int largest) {
        this.start = start;
        this.largest = largest;
    }

    /** The list of links {@code t} ends with, or null. */
    public static LinkList find(String t) {
        int end = t.length();
        int largest = 0;
        int entries = 0;
        int strays = 0; // lines of an address that held a line break (a mailto: link's body)
        boolean addressBelow = false; // the line read before (below) this one is an address alone
        int titledEntries = 0;
        int dotColumn = -1; // where the entries' numbers end ("  12." → 4), and whether it is the same for all
        boolean aligned = true;
        boolean visible = false; // a "Visible links" heading seen
        // read the lines from the end up to "References": every one must be the list's
        while (end > 0) {
            int s = t.lastIndexOf('\n', end - 1) + 1;
            String line = t.substring(s, end);
            if (line.strip().equals("References")) {
                // (titled entries only under a browser's "Visible links": a bibliography's entries end with addresses too)
                // (and the browser's layout: under "Visible links", or numbers set right in a field of four, "   1." to " 123.":
                // an article's own list of sources, "1. https://…", is none)
                if (entries == 0 || strays > Math.max(STRAYS, entries / 20) || (titledEntries > 0 && !visible)
                        || !(visible || (aligned && dotColumn >= NUMBER_FIELD))) {
                    return null;
                }
                return new LinkList(s, largest);
            }
            boolean address = ADDRESS.matcher(line).matches();
            // an entry: a number and an address, or (elinks) a number and the link's title over its address
            boolean titled = !ENTRY.matcher(line).matches() && ((addressBelow && TITLED.matcher(line).matches()) || TITLED_ADDRESS.matcher(line).matches());
            if (titled || ENTRY.matcher(line).matches()) {
                int dot = line.indexOf('.');
                aligned &= dotColumn < 0 || dot == dotColumn;
                dotColumn = dot;
                entries++;
                titledEntries += titled ? 1 : 0;
                String n = line.strip();
                largest = Math.max(largest, Integer.parseInt(n.substring(0, n.indexOf('.'))));
            } else if (!line.isBlank() && !LIST_HEADING.matcher(line).matches() && !address
                    && ++strays > (entries == 0 ? STRAYS : MAX_STRAYS)) {
                return null; // (a text whose last lines are none of the list's ends with no list: read no further)
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

    /** Offset of the list's "References" line. */
    public int start() {
        return start;
    }

    /** The largest link number of the list: "[N]" in the text above it is a link's number when N is at most this. */
    public int largest() {
        return largest;
    }
}
