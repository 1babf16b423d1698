package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.lang.English;

/**
 * One line of a document as the boilerplate pass reads it, what its rules found about it, and the classes they give it
 * (jusText's good, near-good, short and bad).
 */
final class Line {
    /** A line's class ({@link #cls}), as jusText's: good, near-good, short, and bad (dropped, {@link #rule} says by what). */
    static final byte GOOD = 0;
    static final byte NEAR_GOOD = 1;
    static final byte SHORT = 2;
    static final byte BAD = 3;

    int start;      // first char of the line
    int end;        // end of the line, before '\n'
    int cs;         // first non-space char
    int ce;         // after last non-space char
    int ts;         // first char of the text: cs, or after a list bullet and the spaces after it (judge)
    int words;
    int stops;
    /** Words that mark English ({@link English#marker}; all of them stop words). */
    int markers;
    int capitalised;
    /** Times the line says "cookie" or "cookies" (any case). */
    int cookies;
    /** How its words begin: {@link Furniture.Mentions#pair} of each word's first two characters, ORed (countWords). */
    long pairs;
    boolean terminal;
    boolean bullet;
    /**
     * Worded as the heading of what follows an article on a web page: a list of other articles
     * ("Related posts"), the author's box ("About the author"), a disclaimer ("Disclosure:").
     */
    boolean tailHeading;
    /** Holds a web form's input field (a run of underscores). */
    boolean inputField;
    /** Goes on with the sentence of the long line above it (a paragraph wrapped by hand): {@link LineText#continues}. */
    boolean continues;
    /** In a stretch that {@link Region#vouch} left dropped, but in a part of it that opens with a full sentence and holds no furniture: restored last ({@link Region#spared}). */
    boolean spared;
    byte cls;
    String rule;
    String reason;

    boolean blank() {
        return cs == ce;
    }

    int length() {
        return ce - cs;
    }

    /** Takes back a line's drop: kept, with no rule or reason. */
    static void restore(Line l) {
        l.cls = GOOD;
        l.rule = null;
        l.reason = null;
    }

    /** Whether a rule dropped the line (for {@link KeptLines}). */
    static boolean dropped(Line l) {
        return l.cls == BAD;
    }

    /** Drops a line: by {@code rule}, for {@code reason} (its edit's). */
    static void bad(Line l, String rule, String reason) {
        l.cls = BAD;
        l.rule = rule;
        l.reason = reason;
    }

    /** A line of prose: kept by the statistics and of paragraph length. */
    static boolean isProse(Line l) {
        return !l.blank() && l.cls == GOOD && l.length() >= BoilerplatePass.LENGTH_LOW;
    }

    /** The line's text after its bullet, if it has one ({@link #ts}). */
    static String stripBullet(String t, Line l) {
        return t.substring(l.ts, l.ce);
    }

    /** Dropped by the statistics (length, density, context) rather than by its wording. */
    static boolean soft(Line l) {
        return "outside-article".equals(l.rule) || "low-content".equals(l.rule);
    }

    /**
     * Dropped by a rule that knew what the line is, not by the statistics alone ({@link #soft}: a drop a region rule may
     * take back; a drawn rule between two sentences came back so, wcxb_dev_0613, until its own rule named it).
     */
    static boolean hardDropped(Line l) {
        return l.cls == BAD && !soft(l);
    }
}
