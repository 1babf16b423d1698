package io.github.unmangle.layout;

/**
 * Numbered list items as text shows them: a number of up to three digits (any script's), "." or ")", a space ("16. Best for",
 * "3) Planks"). The unicode pass keeps such a line apart when it joins wrapped lines; the boilerplate pass reads it as a
 * list item (a table of contents' entry).
 */
public final class ListItems {
    private ListItems() {
    }

    /** Where the text of a numbered item {@code t[from, to)} starts (after "12. "), or {@code from} when it is none. */
    public static int numberedTextStart(CharSequence t, int from, int to) {
        int i = from;
        while (i < to && i - from < 3 && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i > from && i + 1 < to && (t.charAt(i) == '.' || t.charAt(i) == ')') && t.charAt(i + 1) == ' ' ? i + 2 : from;
    }

    /** Whether {@code t[from, to)} starts as a numbered item does. */
    public static boolean numbered(CharSequence t, int from, int to) {
        return numberedTextStart(t, from, to) > from;
    }
}
