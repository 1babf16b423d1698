package io.github.unmangle.pass.unicode;

/** Per-document counters, reported as the pass's metrics. */
final class Counts {
    int mojibake;
    int nfc;
    int controls;
    int zeroWidth;
    int oddSpaces;
    int entities;
    int lineEndings;
    int joinedLines;
    int runInBullets;
    int casingSlips;
    int folded;
    int replacementChars;
    int hardWrapped;
    /** The width a hard-wrapped text was wrapped at (LineJoiner#wrapWidth), or 0. */
    int wrapWidth;
    int unwrapped;
    /** Line breaks inside a Markdown link joined (LineJoiner#links). */
    int linkBreaks;
    int mojibakeUnrepaired;
    /** Whether the text has a right-to-left letter: 0 not read yet, 1 yes, 2 no (UnicodePass#rightToLeftText). */
    byte rtl;
    /** Whether the text is about characters: 0 not read yet, 1 yes, 2 no (UnicodePass#aboutCharacters). */
    byte characterText;
    /** HTML tags removed or read as breaks (runs of them: one edit each). */
    int tags;
    /** Whether the text shows or speaks of markup: 0 not read yet, 1 yes, 2 no (HtmlTags#aboutMarkup). */
    byte markupText;
    /** Places left as written because the text is about characters (UnicodePass#held). */
    int charactersKept;
}
