package io.github.unmangle.pass.mt;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassOptions;

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
    public Pass create(PassOptions options, BatchKnowledge batch) {
        io.github.unmangle.lang.Lexicon.preload();
        return new MtPass(options.getBoolean("terms") ? Terms.load() : null, options.getInt("term-min-sentences"),
                options.getDouble("drop-above"));
    }
}
