package io.github.unmangle.pass.mt;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRule;

import java.util.List;

/** Factory of the {@code mt} pass (after boilerplate, before spin). */
public final class MtPassFactory implements PassFactory {

    @Override
    public String name() {
        return MtPass.NAME;
    }

    @Override
    public String description() {
        return "machine-translation leftovers: LaTeX quotes, spaces before punctuation, split contractions, CJK punctuation and fullwidth forms, tokeniser marks, repeated words, stray brackets, name variants";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public List<PassOption> options() {
        return List.of(
                PassOption.flag("terms", true, "restore established terms from their word-for-word translations (only in documents judged machine-translated)"),
                PassOption.value("term-min-sentences", 2, "term repair and number spacing (\"12 %\", \"$ 100\") only in documents with at least this many sentences showing other MT artifacts"),
                PassOption.value("drop-above", 0, "drop sentences whose artifact score (1 - 0.5^artifacts) is above this; 0 keeps every sentence"));
    }

    @Override
    public List<PassRule> rules() {
        return List.of(
                PassRule.edit("latex-quotes", "LaTeX-style quotes (``so'') made quotation marks"),
                PassRule.edit("space-before-punct", "a tokeniser's space before punctuation removed (\"billion .\")"),
                PassRule.edit("space-inside-quotes", "a space just inside quotation marks removed (\"' Amazon Rekognition '\")"),
                PassRule.edit("space-inside-brackets", "a space just inside brackets removed (\"( 2019 )\")"),
                PassRule.edit("split-contraction", "a contraction split by a tokeniser joined (\"do n't\" -> \"don't\")"),
                PassRule.edit("number-spacing", "a tokeniser's spaces inside a number or before % removed (\"3 . 5\", \"12 %\"; in documents judged machine-translated)"),
                PassRule.edit("tokeniser-mark", "a tokeniser's escaped marks made the characters (\"state @-@ of @-@ the @-@ art\", \"-LRB-\")"),
                PassRule.edit("cjk-punct", "CJK punctuation in English text made English punctuation"),
                PassRule.edit("fullwidth", "fullwidth letters, digits and signs in English text made ASCII (\"２０２０\" -> \"2020\")"),
                PassRule.edit("doubled-punct", "a doubled comma or full stop made one (\"in the wake of the,,\")"),
                PassRule.edit("repeated-word", "a word written twice in a row made one (\"the the\")"),
                PassRule.edit("glued-dash", "a dash written as a hyphen glued to two words (\"heat-this is\" -> \"heat - this is\")"),
                PassRule.edit("spaced-hyphen", "a compound a tokeniser spaced out made whole (\"three - dimensional\" -> \"three-dimensional\")"),
                PassRule.edit("stray-bracket", "a lone bracket with no partner between two words removed (\"The Verge ] BuzzFeed\")"),
                PassRule.edit("glued-sentence", "a full stop put back where a sentence ran into the word before it"),
                PassRule.edit("name-variant", "a misspelt name made the spelling the document uses most (\"regognition\" -> \"Rekognition\")"),
                PassRule.edit("literal-term", "a word-for-word translation of an established term restored (\"in-depth learning\" -> \"deep learning\"; --mt.terms)"),
                PassRule.edit("mt-sentence", "a sentence whose artifact score is above --mt.drop-above dropped (off by default)"),
                PassRule.flag("dangling-function-word", "a function word right before a sentence's end (\"in the wake of the,\"): words are missing; left as is"));
    }

    @Override
    public Pass create(PassOptions options, BatchKnowledge batch) {
        io.github.unmangle.lang.Lexicon.preload();
        return new MtPass(options.getBoolean("terms") ? Terms.load() : null, options.getInt("term-min-sentences", 1),
                options.getDouble("drop-above", 0, 1));
    }
}
