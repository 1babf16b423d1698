package io.github.unmangle.run;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Decoded;

/**
 * One cleaned piece of an input: a whole text file, one part of a very large one, or one record
 * of a JSONL corpus. {@code record} is the 1-based JSONL line (0 for text); {@code part} the
 * 0-based part of a large text; {@code firstLine} the line of the input this part starts on.
 * {@code firstLines}, of a part after the first, the line it starts on in the text each pass saw
 * (index k: the input of the chain's k-th pass; the last: the cleaned text), as a pass before it
 * may have joined or dropped lines of the earlier parts; null where every pass's text starts on
 * {@code firstLine}.
 */
public record Part(String label, int record, int part, int firstLine, long firstChar, String original, Cleaned cleaned,
                   Decoded decoding, int[] firstLines) {

    public Part(String label, int record, int part, int firstLine, long firstChar, String original, Cleaned cleaned,
                Decoded decoding) {
        this(label, record, part, firstLine, firstChar, original, cleaned, decoding, null);
    }

    public boolean changed() {
        return !original.equals(cleaned.text());
    }

    /** The line this part starts on in the text the chain's pass {@code k} saw ({@code k} = passes: the cleaned text). */
    public int firstLine(int k) {
        return firstLines == null ? firstLine : firstLines[k];
    }
}
