package io.github.unmangle.pass.unicode;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassOptions;

import java.util.List;

/** Factory of the {@code unicode} pass (first in the default chain). */
public final class UnicodePassFactory implements PassFactory {

    @Override
    public String name() {
        return UnicodePass.NAME;
    }

    @Override
    public String description() {
        return "mojibake, NFC, controls, zero-width and odd spaces, line endings, HTML entities, broken lines, hard-wrapped paragraphs and Markdown links, casing slips";
    }

    @Override
    public boolean enabledByDefault() {
        return true;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<PassOption> options() {
        return List.of(
                PassOption.flag("keep-crlf", false, "keep CRLF line endings instead of making them LF"),
                PassOption.flag("fold-punctuation", false, "fold curly quotes, dashes and ellipses to ASCII"),
                PassOption.flag("mojibake", true, "repair UTF-8 misread as windows-1252/Latin-1 (and MacRoman, windows-1250, windows-1251); flag what cannot be repaired"),
                PassOption.flag("join-lines", true, "rejoin lines broken mid-sentence and Markdown links broken across lines, unwrap hard-wrapped paragraphs and split run-in bullets"),
                PassOption.flag("casing", true, "lowercase stray capitals inside common words (impactIng)"));
    }

    @Override
    public Pass create(PassOptions options, BatchKnowledge batch) {
        return new UnicodePass(options.getBoolean("keep-crlf"), options.getBoolean("fold-punctuation"),
                options.getBoolean("mojibake"), options.getBoolean("join-lines"), options.getBoolean("casing"));
    }
}
