package io.github.unmangle.pass.boilerplate;

import static io.github.unmangle.pass.boilerplate.Line.BAD;
import static io.github.unmangle.pass.boilerplate.Line.bad;
import static io.github.unmangle.pass.boilerplate.Line.isProse;
import static io.github.unmangle.pass.boilerplate.Line.restore;
import static io.github.unmangle.pass.boilerplate.Line.hardDropped;
import static io.github.unmangle.pass.boilerplate.Line.stripBullet;
import static io.github.unmangle.pass.boilerplate.LineText.METADATA_FOOT;
import static io.github.unmangle.pass.boilerplate.LineText.METADATA_HEAD;
import static io.github.unmangle.pass.boilerplate.LineText.sentence;

/**
 * Bylines, datelines, dates and an author's bio: out of the text at its edges, into the report (unless
 * {@code --boilerplate.keep-bylines}).
 */
final class Metadata {
    private Metadata() {
    }

    /** A line dropped as an article's metadata: its byline, date line or reading time. */
    static boolean metadataLine(Line l) {
        return "byline".equals(l.rule) || "dateline".equals(l.rule) || "read-time".equals(l.rule);
    }

    /** Non-blank lines before the article's first paragraph where its byline and date may stand. */
    static final int METADATA_BEFORE_TEXT = 6;

    /**
     * Bylines and date lines stand between an article's title and its first paragraph, which on a
     * saved page comes after its menus, far below the first lines of the file
     * ({@value LineText#METADATA_HEAD}): the last few lines before the first paragraph are read for them too.
     */
    static void headMetadata(String t, Line[] lines) {
        int first = -1;
        for (int i = 0; i < lines.length && first < 0; i++) {
            if (isProse(lines[i])) {
                first = i;
            }
        }
        for (int i = above(lines, first), seen = 0; i >= 0 && seen < METADATA_BEFORE_TEXT; i = above(lines, i), seen++) {
            Line l = lines[i];
            if (hardDropped(l) || l.length() > Furniture.MAX_LENGTH) {
                continue;
            }
            metadata(l, stripBullet(t, l));
        }
    }

    /**
     * Bylines and dates at the edges of the text as kept: its first {@value LineText#METADATA_HEAD} and last
     * {@value LineText#METADATA_FOOT} kept lines, and the {@value #METADATA_BEFORE_TEXT} kept lines before its
     * first paragraph. On a saved page they stood among menus and buttons, further from the edges
     * than the rules above look; a second cleaning, of the cleaned text, found them there. Read last,
     * so that one cleaning drops what a second would.
     */
    static void keptEdgeMetadata(String t, Line[] lines) {
        int seen = 0;
        for (int i = 0; i < lines.length && seen < METADATA_HEAD; i++) {
            seen += keptMetadata(t, lines[i]);
        }
        seen = 0;
        boolean paragraphBelow = false;
        java.util.regex.Matcher bio = AUTHOR_BIO.matcher(t);
        for (int i = lines.length - 1; i >= 0 && seen < METADATA_FOOT; i--) {
            Line l = lines[i];
            if (!paragraphBelow && !l.blank() && l.cls != BAD && bio.region(l.ts, l.ce).lookingAt()) {
                bad(l, "byline", "the author's bio at the end of the text: kept in the report as metadata, out of the text");
                continue;
            }
            paragraphBelow |= !l.blank() && l.cls != BAD && l.words >= BIO_PARAGRAPH_WORDS;
            seen += keptMetadata(t, l);
        }
        int first = -1;
        for (int i = 0; i < lines.length && first < 0; i++) {
            if (lines[i].cls != BAD && isProse(lines[i])) {
                first = i;
            }
        }
        seen = 0;
        for (int i = above(lines, first); i >= 0 && seen < METADATA_BEFORE_TEXT; i = above(lines, i)) {
            seen += keptMetadata(t, lines[i]);
        }
    }

    /**
     * Reads a kept line for a byline or a date line, and drops it if it is one; 1 if the line stays kept, 0 for a blank
     * or dropped one. A line dropped here does not count towards the window: the text as kept, cleaned again, no
     * longer holds it, and its window reaches one line further.
     */
    private static int keptMetadata(String t, Line l) {
        if (l.blank() || l.cls == BAD) {
            return 0;
        }
        if (l.length() <= Furniture.MAX_LENGTH && metadata(l, stripBullet(t, l))) {
            return 0;
        }
        return 1;
    }

    /** Words of a kept line below a bio that make it no bio but a paragraph of the text ({@link #AUTHOR_BIO}). */
    static final int BIO_PARAGRAPH_WORDS = 10;

    /**
     * An author's bio: a name, then what the author is, a writer of some kind ("Sarah Schwartz is a reporter for Education Week
     * who covers …", "Donna Currie is a food writer and blogger …"). Read only among the last kept lines ({@link
     * #keptEdgeMetadata}): a news story's first paragraph may introduce a journalist so ("… is a reporter for the Wall Street
     * Journal who has been detained …"), and only where no kept line of {@value #BIO_PARAGRAPH_WORDS} words or more stands
     * below it. Of boilerplate-dev's pages, 21 kept such a line, 13 of them at the end; of those 13, 3 belonged to the
     * annotated text.
     */
    static final java.util.regex.Pattern AUTHOR_BIO = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){1,3},? "
            + "(is|was|has been) (an? |the )?([\\p{L}-]+,? ){0,5}(writer|editor|journalist|reporter|contributor|correspondent|author|columnist|critic)s?\\b");

    /** Title-and-author entries a list has at least for its "by …" lines to be the list's, not bylines. */
    static final int BYLINE_LIST = 3;
    /** Words of a list entry's title, at most. */
    static final int BYLINE_LIST_TITLE_WORDS = 15;

    /**
     * A list of books, papers or talks gives each title its author on the next line ("2 Annie Bot" / "by Sierra Greer"):
     * where {@value #BYLINE_LIST} or more lines dropped as bylines ("by" and names) each stand right under a kept title (a short line, no
     * sentence), they are the list's authors, not the text's byline, and stay. (A web page's teasers, "Title" / "by Author",
     * have their titles dropped as well, and their bylines stay dropped.)
     */
    static void bylineLists(String t, Line[] lines) {
        int entries = 0;
        for (int i = 0; i < lines.length; i++) {
            if (listAuthor(t, lines, i)) {
                entries++;
            }
        }
        if (entries < BYLINE_LIST) {
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            if (listAuthor(t, lines, i)) {
                restore(lines[i]);
            }
        }
    }

    /** Whether line i was dropped as a byline, "by" and names, right under a kept title. */
    private static boolean listAuthor(String t, Line[] lines, int i) {
        Line l = lines[i];
        if (l.blank() || !"byline".equals(l.rule) || i == 0 || !t.regionMatches(true, l.ts, "by ", 0, 3)) {
            return false;
        }
        Line title = lines[i - 1];
        return !title.blank() && title.cls != BAD && !title.terminal && title.words > 0 && title.words <= BYLINE_LIST_TITLE_WORDS;
    }

    /** Drops the line if it is a byline or a date line ({@code core}: its text without a bullet), which the report keeps. */
    static boolean metadata(Line l, String core) {
        String[] found = metadataRule(core);
        if (found != null) {
            bad(l, found[0], found[1]);
        }
        return found != null;
    }

    private static final String[] BYLINE = {"byline", "byline: kept in the report as metadata, out of the text"};
    private static final String[] DATELINE = {"dateline", "date line or update note: kept in the report as metadata, out of the text"};
    private static final String[] COMPOUND_BYLINE = {"byline",
        "byline (names with a date or a reading time): kept in the report as metadata, out of the text"};

    /** The rule and reason of a byline or date line {@code core} (a line's text without its bullet), or null for none. */
    static String[] metadataRule(String core) {
        if (Furniture.byline(core) && !sentence(core.toCharArray(), 0, core.length()) || Furniture.contributed(core) || Furniture.titledName(core)) {
            return BYLINE; // (not "By Murphy's Law, there is but one way for it to go wrong."; "Jane Doe contributed to this report." is one)
        }
        if (Furniture.dateline(core) || Furniture.relativeTime(core)) {
            return DATELINE;
        }
        return Furniture.compoundByline(core) ? COMPOUND_BYLINE : null;
    }

    /** Wherever it stands, a line that says it is a stamp ("Published 6 days ago", "Updated: January 2, 2025") is metadata (at a text's edges, any date line is). */
    static boolean stamp(Line l, String core) {
        if (Furniture.stamp(core)) {
            bad(l, "dateline", "publication or update stamp: kept in the report as metadata, out of the text");
            return true;
        }
        return false;
    }

    /** Words of a stamp line, at most. */
    static final int STAMP_WORDS = 12;

    /** The index of the nearest non-blank line above line i, or -1. */
    static int above(Line[] lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines[k].blank()) {
                return k;
            }
        }
        return -1;
    }
}
