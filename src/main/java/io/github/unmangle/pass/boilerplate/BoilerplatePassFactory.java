package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.BatchLearner;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassOptions;

import java.util.List;

/** Factory of the {@code boilerplate} pass (after unicode, before mt and spin). */
public final class BoilerplatePassFactory implements PassFactory {
    @Override
    public String name() {
        return BoilerplatePass.NAME;
    }

    @Override
    public String description() {
        return "drops page furniture: menus, breadcrumbs, share/cookie/newsletter lines, blog footers, tip boxes, disclaimers, captions, injected headlines, comments, a press release's contacts and wire lines; one copy of a doubled line; a text browser's link numbers and list of links; reads Markdown pages through their links";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public List<PassOption> options() {
        return List.of(
                PassOption.flag("keep-bylines", false, "keep bylines, date lines and an author's closing bio in the text (by default they go to the report as metadata)"),
                PassOption.flag("end-anchors", true, "drop everything after an end-of-article line such as Post a Comment"),
                PassOption.value("template-min-docs", 5, "batch learning: a line is site template when at least this many documents hold it"),
                PassOption.value("template-min-share", 0.02, "... and at least this share of the batch's documents"),
                PassOption.value(BoilerplatePass.LINE_MODEL, "builtin", "weigh the lines the rules kept with a trained model, last: builtin"
                        + " (trained on boilerplate-dev), off, or a model file that data/boilerplate/train.py wrote"));
    }

    @Override
    public BatchLearner newBatchLearner(PassOptions options) {
        return new TemplateLearner(options.getInt("template-min-docs"), options.getDouble("template-min-share"));
    }

    @Override
    public Pass create(PassOptions options, BatchKnowledge batch) {
        io.github.unmangle.lang.Lexicon.preload();
        // the furniture patterns compile on another thread while the input is read
        io.github.unmangle.core.Preload.once("furniture", () -> Furniture.FAMILIES.size());
        return new BoilerplatePass(options.getBoolean("keep-bylines"), options.getBoolean("end-anchors"),
                batch instanceof TemplateLearner.Knowledge k ? k : null, lineModel(options.getString(BoilerplatePass.LINE_MODEL)));
    }

    /** The model an option names, or null for none; the built-in one is read on another thread, and waited for at first use. */
    private static java.util.function.Supplier<LineModel> lineModel(String option) {
        return switch (option) {
            case "off" -> null;
            case "builtin" -> {
                io.github.unmangle.core.Preload.once("line-model", LineModel::builtin);
                yield LineModel::builtin;
            }
            default -> {
                try {
                    LineModel m = LineModel.read(java.nio.file.Path.of(option));
                    yield () -> m;
                } catch (java.nio.file.NoSuchFileException e) {
                    throw new IllegalArgumentException("--boilerplate.line-model: no such file: " + option, e);
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException("--boilerplate.line-model: cannot read " + option + ": " + e.getMessage(), e);
                }
            }
        };
    }
}
