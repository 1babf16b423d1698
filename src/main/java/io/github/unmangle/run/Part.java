package io.github.unmangle.run;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Decoded;

/**
 * One cleaned piece of an input: a whole text file, one part of a very large one, or one record
 * of a JSONL corpus. {@code record} is the 1-based JSONL line (0 for text); {@code part} the
 * 0-based part of a large text; {@code firstLine} the line of the input this part starts on.
 */
public record Part(String label, int record, int part, int firstLine, long firstChar, String original, Cleaned cleaned,
                   Decoded decoding) {

    public boolean changed() {
        return !original.equals(cleaned.text());
    }
}
