package io.github.unmangle.pass.unicode;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRule;

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
    public List<PassRule> rules() {
        return List.of(
                PassRule.edit(Mojibake.RULE, "UTF-8 text misread as windows-1252, Latin-1, MacRoman, windows-1250 or windows-1251, read again (\"cafÃ©\" -> \"café\")"),
                PassRule.flag("mojibake-unrepaired", "looks like mojibake, but no reading gives clean text: left as is"),
                PassRule.flag("replacement-char", "U+FFFD: a character was lost before the text reached us"),
                PassRule.flag(UnicodePass.CHARACTERS_KEPT, "a text about characters (it writes code points, U+212A, or speaks of ligatures): its ligatures, characters not in normal form C and zero-width characters left as written"),
                PassRule.edit(Entities.RULE, "an HTML character reference decoded (&amp; -> &, &#8217; -> ’)"),
                PassRule.edit(HtmlTags.RULE, "an HTML tag left in the text (plain or escaped, \"&lt;p&gt;\") read as a browser shows it: a paragraph's a paragraph break, <br> a line break, an inline element's nothing"),
                PassRule.flag(UnicodePass.TAGS_KEPT, "a text that shows or speaks of markup (code, the word HTML, \"the <p> tag\"): its HTML tags left as written"),
                PassRule.edit("nfc", "composed to Unicode normal form C"),
                PassRule.edit(CharRules.CONTROL, "a control character removed"),
                PassRule.edit(CharRules.LIGATURE, "a Latin ligature of PDF text written as its letters (\"eﬃcient\" -> \"efficient\")"),
                PassRule.edit(CharRules.TERMINAL_ESCAPE, "a terminal's escape sequence (colour, cursor, window title: \"\\u001B[1m\") removed whole"),
                PassRule.edit("c1-control", "a C1 control (a windows-1252 byte read as Latin-1) made the character windows-1252 means (\"I\\u0092ve\" -> \"I’ve\")"),
                PassRule.edit(UnicodePass.OVERSTRIKE, "backspace overstrike (nroff's bold and underline) made the characters it shows"),
                PassRule.edit(CharRules.ZERO_WIDTH, "a zero-width space, a stray byte-order mark, a joiner outside emoji and joining scripts or a bidirectional mark in a text without right-to-left letters removed"),
                PassRule.edit(CharRules.SOFT_HYPHEN, "a soft hyphen inside a word removed"),
                PassRule.edit(CharRules.SPACE, "a no-break, thin or other odd space made a plain space"),
                PassRule.edit(CharRules.FOLD, "curly quotes, dashes and ellipses folded to ASCII (only with --unicode.fold-punctuation)"),
                PassRule.edit("line-ending", "CRLF, CR, U+2028/U+2029, or a form feed or vertical tab inside a line made a line feed"),
                PassRule.edit(LineJoiner.JOIN, "a line broken in the middle of a sentence joined to the next"),
                PassRule.edit(LineJoiner.UNWRAP, "a hard-wrapped paragraph's lines joined (a word broken at a hyphen made whole)"),
                PassRule.edit(LineJoiner.LINK, "a Markdown link broken across lines joined"),
                PassRule.edit(LineJoiner.BULLET, "list items run together on one line each put on their own line"),
                PassRule.edit(CasingSlip.RULE, "a stray capital inside a common word lowercased (impactIng -> impacting)"));
    }

    @Override
    public Pass create(PassOptions options, BatchKnowledge batch) {
        return new UnicodePass(options.getBoolean("keep-crlf"), options.getBoolean("fold-punctuation"),
                options.getBoolean("mojibake"), options.getBoolean("join-lines"), options.getBoolean("casing"));
    }
}
