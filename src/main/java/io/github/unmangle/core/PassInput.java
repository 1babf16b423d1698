package io.github.unmangle.core;

/**
 * What a pass sees: the document's name (for messages), its current text, and whether this
 * text is only one piece of a larger document (very large inputs are cut at paragraph
 * boundaries so that no worker holds a whole gigabyte).
 */
public record PassInput(String name, String text, int part, boolean lastPart) {

    public static PassInput of(String name, String text) {
        return new PassInput(name, text, 0, true);
    }

    public boolean wholeDocument() {
        return part == 0 && lastPart;
    }
}
