package io.github.unmangle.pass.unicode;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML tags left in text: a scraper that took an element's inner HTML, a feed's description, or a page that escaped its
 * markup ("&amp;lt;p&amp;gt;The council met …&amp;lt;/p&amp;gt;", which decoded reads "&lt;p&gt;The council met …"). A tag
 * of HTML's own elements, written as HTML writes it (its attributes quoted or bare), on one line, plain or escaped, is read
 * as what a browser shows of it: a paragraph's or a block's tag a paragraph break, a line break's a line break, a table
 * cell's a space, an inline element's nothing; a script or style element goes with its content, as does an inline element
 * whose class hides it from the eye ("sr-only", "screen-reader-text", "visually-hidden": text for screen readers only), and
 * a comment whole.
 *
 * <p>Never in a text that shows or speaks of markup ({@link #aboutMarkup}): a manual's example ("&lt;p&gt;You clicked
 * {count} times&lt;/p&gt;"), a tutorial's "the &lt;br&gt; tag". Such a text's tags are its subject.
 */
final class HtmlTags {
    private HtmlTags() {
    }

    /** Rule name. */
    static final String RULE = "html-tag";

    /** What a tag is read as: removed, a space, a line break, a paragraph break; or removed with the element's content. */
    static final int INLINE = 0;
    static final int CELL = 1;
    static final int LINE = 2;
    static final int PARAGRAPH = 3;
    static final int WITH_CONTENT = 4;

    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
            "article", "header", "footer", "table", "ul", "ol", "dl", "pre", "figure", "hr", "address", "aside", "nav", "main",
            "center", "form");
    private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd", "caption", "figcaption", "tbody", "thead",
            "tfoot", "option");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> INLINES = Set.of("a", "b", "i", "u", "s", "em", "strong", "small", "big", "sub", "sup",
            "span", "font", "cite", "q", "abbr", "mark", "del", "ins", "strike", "tt", "code", "kbd", "var", "label", "time",
            "img", "wbr", "nobr", "bdi", "bdo", "acronym", "dfn", "picture", "source", "iframe");
    private static final Set<String> WITH_CONTENTS = Set.of("script", "style");

    /** A class that hides an element from the eye, for screen readers only (Bootstrap's, WordPress's, HTML5 Boilerplate's). */
    private static final Pattern HIDDEN = Pattern.compile("class\\s*=\\s*(?:\"|'|&quot;)[^\"'&>]*(?<![-\\w])(?:sr-only|screen-reader-text|visually-?hidden)(?![-\\w])");

    /** Inline elements that hold nothing, or whose closing tag scrapers lose: read alone. */
    private static final Set<String> VOIDS = Set.of("img", "wbr", "source", "iframe");

    /**
     * An attribute's value: quoted (plainly or as escaped HTML writes the quotes) or bare; never across a '&lt;' or '&gt;' (a
     * tag whose quote is not closed is no tag: read to the next quote, it took the text after it).
     */
    private static final String VALUE = "(?:\"[^\"\\n<>]*\"|'[^'\\n<>]*'|&quot;[^\\n<>]*?&quot;|&#0?39;[^\\n<>]*?&#0?39;|[^\\s\"'=<>&`]+)";
    private static final String ATTRIBUTES = "(?:(?:\\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*\\s*=\\s*" + VALUE + ")*)\\s*/?";
    /** A tag, plain or escaped: group 1 or 3 the slash of a closing tag, group 2 or 4 the element's name. */
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]{0,9})" + ATTRIBUTES + ">"
            + "|&lt;(/?)([a-zA-Z][a-zA-Z0-9]{0,9})" + ATTRIBUTES + "&gt;");

    /**
     * A word's edges without {@code \\b}: Java's word boundary walks back over every combining mark before it to find its
     * base letter, and a run of 100,000 marks read so took minutes (PathologicalInputTest).
     */
    private static final String A = "(?<![A-Za-z0-9_])";
    private static final String Z = "(?![A-Za-z0-9_])";

    /**
     * What shows a text's markup as its subject: code around it (braces, "=&gt;", a Markdown code fence, a PHP
     * opening), the words that name markup, a tag named as a noun, after an article and before a space or a mark ("the
     * &lt;p&gt; tag", "a &lt;div&gt;.", not "the &lt;b&gt;new budget"), or quoted ("'&lt;strong&gt;Hello'").
     */
    private static final Pattern MARKUP_TALK = Pattern.compile("[{}]|=>|```|<\\?|&lt;\\?|" + A + "(?:X?HTML|XML|JSX|CSS|DOM|[Mm]arkup)" + Z
            + "|" + A + "(?i:the|a|an|each|every|this|that|your|its)\\s+(?:<|&lt;)/?[a-zA-Z][^<>&\\n]{0,80}(?:>|&gt;)(?:\\s|[.,;:)]|$)"
            + "|(?:>|&gt;)\\s+(?i:tags?|elements?|attributes?)" + Z
            + "|[`'\"](?:<|&lt;)/?[a-zA-Z]");

    /** Whether the text shows or speaks of markup ({@link #MARKUP_TALK}): its tags are left as written. */
    static boolean aboutMarkup(String t) {
        Matcher m = MARKUP_TALK.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            if (!linkElementsLine(t, m.start())) {
                return true;
            }
            int end = t.indexOf('\n', m.start());
            from = end < 0 ? t.length() : end + 1; // (the rest of that line is not read again)
        }
        return false;
    }

    /**
     * Whether position {@code i} is on a text browser's list of the page's link elements ("#alternate … oEmbed (JSON)
     * oEmbed (XML)", lynx's first line: "#" and a letter), which names formats, not markup the text speaks of. The
     * boilerplate pass drops that line: read as markup talk, it kept a page's tags on the first cleaning and not on the
     * second (two of boilerplate-dev's pages).
     */
    private static boolean linkElementsLine(String t, int i) {
        int s = t.lastIndexOf('\n', i - 1) + 1;
        while (s < i && (t.charAt(s) == ' ' || t.charAt(s) == '\t')) {
            s++;
        }
        return s + 1 < t.length() && t.charAt(s) == '#' && Character.isLetter(t.charAt(s + 1));
    }

    /** Characters a tag spans at most, and how far from it the other tag of its element is looked for. */
    static final int WINDOW = 1000;

    /**
     * The tags of one text, read at each "&lt;" (or "&amp;lt;") the pass meets, left to right: matchers made once, and
     * what a search found absent remembered for the rest of its line, so that a line of many "&lt;" is read in linear
     * time (a million-character line of "&lt;!--" or of lone "&lt;b&gt;" took seconds before).
     */
    static final class Reader {
        private final String t;
        private final Matcher tag;
        private final Matcher hidden;
        /** From here to {@link #lineEnd}, no comment's end ("--&gt;") is on the line. */
        private int noCommentEndFrom = Integer.MAX_VALUE;
        private int lineEnd = -1;

        Reader(String t) {
            this.t = t;
            this.tag = TAG.matcher(t);
            this.hidden = HIDDEN.matcher(t);
        }

        /**
         * The tag (or comment) at {@code i} ({@code '<'} or the {@code '&'} of "&amp;lt;"), as {end, kind}, or null where
         * none of HTML's own elements' tags starts there on this line ({@code lineStart}, {@code lineEnd}). An inline
         * element's tag is one where the line holds its other tag too ("&lt;b&gt;new budget&lt;/b&gt;"; an image's alone):
         * a lone "&lt;b&gt;" is a key's name or a placeholder as often. Attributes have values ("&lt;source handlers&gt;"
         * is no tag). A script's or style's opening tag reaches its closing tag on the same line (kind
         * {@link #WITH_CONTENT}); without one it is none.
         */
        int[] at(int i, int lineStart, int lineEnd) {
            if (lineEnd != this.lineEnd) {
                this.lineEnd = lineEnd;
                noCommentEndFrom = Integer.MAX_VALUE;
            }
            int from = Math.max(lineStart, i - WINDOW);
            int to = Math.min(lineEnd, i + WINDOW);
            boolean escaped = t.charAt(i) == '&';
            if (t.startsWith(escaped ? "&lt;!--" : "<!--", i)) {
                if (i >= noCommentEndFrom) {
                    return null;
                }
                int close = t.indexOf(escaped ? "--&gt;" : "-->", i + 4);
                if (close < 0 || close >= to) {
                    noCommentEndFrom = close < 0 || close >= lineEnd ? i : noCommentEndFrom;
                    return null;
                }
                return new int[] {close + (escaped ? 6 : 3), INLINE};
            }
            Matcher m = tag.region(i, to);
            if (!m.lookingAt()) {
                return null;
            }
            escaped = m.group(2) == null;
            String name = (escaped ? m.group(4) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
            boolean closing = !(escaped ? m.group(3) : m.group(1)).isEmpty();
            int end = m.end();
            if (PARAGRAPHS.contains(name)) {
                return new int[] {end, PARAGRAPH};
            }
            if (LINES.contains(name)) {
                return new int[] {end, LINE};
            }
            if (CELLS.contains(name)) {
                return new int[] {end, CELL};
            }
            String lt = escaped ? "&lt;" : "<";
            boolean inline = INLINES.contains(name);
            if (!closing && (WITH_CONTENTS.contains(name) || inline && hidden.region(i, end).find())) {
                // a script or a style, or text for screen readers only ("$10-40<span class="sr-only">is normally …"):
                // what a browser does not show goes with its tags; without its closing tag on the line, a script is no tag
                int close = elementEnd(lt + "/" + name, escaped, end, to);
                if (close > 0 || !inline) {
                    return close > 0 ? new int[] {close, WITH_CONTENT} : null;
                }
            }
            if (inline && (VOIDS.contains(name)
                    || (closing ? openedBefore(lt + name, from, i) : find(lt + "/" + name, end, to) >= 0))) {
                return new int[] {end, INLINE};
            }
            return null;
        }

        /** The end of the closing tag ({@code close}: "&lt;/span", plain or escaped) found in [from, to), or -1. */
        private int elementEnd(String close, boolean escaped, int from, int to) {
            int k = find(close, from, to);
            int gt = k < 0 ? -1 : t.indexOf(escaped ? "&gt;" : ">", k);
            return gt >= 0 && gt < to ? gt + (escaped ? 4 : 1) : -1;
        }

        /** Whether the element's opening tag ({@code open}: "&lt;b", any case, then a space, "&gt;" or "/") is in [from, to). */
        private boolean openedBefore(String open, int from, int to) {
            for (int k = find(open, from, to); k >= 0; k = find(open, k + 1, to)) {
                int after = k + open.length();
                char c = after < t.length() ? t.charAt(after) : ' ';
                if (c == ' ' || c == '>' || c == '&' || c == '/' || c == '\t') {
                    return true;
                }
            }
            return false;
        }

        /** Where {@code s} (its first character '&lt;' or '&amp;', the rest in any case) starts in [from, to), or -1. */
        private int find(String s, int from, int to) {
            char first = s.charAt(0);
            for (int k = t.indexOf(first, from); k >= 0 && k + s.length() <= to; k = t.indexOf(first, k + 1)) {
                if (t.regionMatches(true, k, s, 0, s.length())) {
                    return k;
                }
            }
            return -1;
        }
    }
}
