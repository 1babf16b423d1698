package io.github.unmangle.core;

import java.util.List;

/** The cleaned text of a document (or part) and what each pass did to it, in pass order. */
public record Cleaned(String text, List<PassReport> passes) {

    public int editCount() {
        int n = 0;
        for (PassReport p : passes) {
            n += p.edits().size();
        }
        return n;
    }
}
