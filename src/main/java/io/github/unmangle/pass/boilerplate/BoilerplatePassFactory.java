package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.BatchLearner;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRule;

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
    public List<PassRule> rules() {
        return List.of(
                // where the article is
                PassRule.edit("outside-article", "a line before or after the article's region of prose (jusText-style classes, smoothed over neighbours)"),
                PassRule.edit("low-content", "a short line of few words and no sentence, among other page furniture"),
                PassRule.edit("after-article", "after an end-of-article line (\"Post a Comment\", \"Related Posts\", a press release's \"###\"); --boilerplate.end-anchors"),
                PassRule.edit(BoilerplatePass.LINE_MODEL, "a line the rules kept that the line model (--boilerplate.line-model) gives a low chance of belonging to the article"),
                PassRule.edit("related-headline", "another story's headline injected between the article's paragraphs"),
                PassRule.edit(Judge.SITE_TEMPLATE, "a line repeated across many of the batch's documents (a site's template, learned with --learn)"),
                PassRule.edit("repeated-block", "the second copy of a paragraph or block the page holds twice"),
                PassRule.edit("doubled", "the second copy of the same words on one line (a link's text and its title)"),
                // page furniture, by what it says
                PassRule.edit("navigation", "navigation: breadcrumbs, \"Skip to content\", \"Next article\", pagination, a player's or a widget's controls"),
                PassRule.edit("menu", "an item of a menu: a run of short list links"),
                PassRule.edit("share", "share and follow lines (\"Share this:\", \"Follow us on Twitter\")"),
                PassRule.edit("newsletter", "a newsletter sign-up or pitch"),
                PassRule.edit("cookie", "a cookie notice, consent dialog or cookie declaration"),
                PassRule.edit("copyright", "a copyright or legal footer"),
                PassRule.edit("blog-footer", "a blog template's footer (\"Posted by:\", \"Labels:\", \"Newer Post\", \"0 Response to\")"),
                PassRule.edit("comment-call", "a call to comment or a comment form (\"Post a Comment\", \"Leave a reply\", \"Discuss\")"),
                PassRule.edit("comment-thread", "a comment section's posts and their headers"),
                PassRule.edit("tip-box", "a reporter tip box or contact blurb"),
                PassRule.edit("disclaimer", "a hosting, syndication or liability disclaimer"),
                PassRule.edit("source-line", "a source or syndication line (\"Source: URL\", \"The post … appeared first on …\")"),
                PassRule.edit("credit", "a picture's caption or credit (\"Photo: Reuters\", \"(AP Photo/Name)\"), a lone agency name"),
                PassRule.edit("read-more", "\"Read more\", \"Continue reading\" and their like"),
                PassRule.edit("read-time", "a reading-time line (\"5 min read\")"),
                PassRule.edit("related", "a related-articles heading and the teasers under it"),
                PassRule.edit("byline", "a byline (to the report as metadata; --boilerplate.keep-bylines keeps it)"),
                PassRule.edit("dateline", "a date line (to the report as metadata; --boilerplate.keep-bylines keeps it)"),
                PassRule.edit("form", "a form's fields, buttons and labels, a shop's controls"),
                PassRule.edit("feedback", "a page-feedback widget (\"Was this page helpful?\")"),
                PassRule.edit("embed", "text of an embedded post, player or widget"),
                PassRule.edit("end-mark", "a press release's end mark (\"###\", \"- ends -\")"),
                PassRule.edit("contents", "a table of contents whose entries are the headings below"),
                PassRule.edit("markup", "markup left in the text: an image's alt text or file name, a wiki's \"[edit]\", a rule of underscores"),
                PassRule.edit(BoilerplatePass.MARKUP_ONLY, "a line of nothing but Markdown images or links without text"),
                PassRule.edit(LinkMarks.MARK_RULE, "a text browser's link number (lynx -dump's \"[12]\")"),
                PassRule.edit(LinkMarks.LIST_RULE, "a text browser's list of links at the page's end"),
                // reports only
                PassRule.flag("headline-between-paragraphs", "a title-cased line between two paragraphs: a subheading or another story's headline; kept"),
                PassRule.flag("records", "no article found: the page's repeated records (a grid or list of items) kept as its text"),
                PassRule.flag("copyright-notice", "a copyright line at the head of a text, kept (a book's or a licence's)"),
                PassRule.flag(Judge.COPIED_TEXT, "the lines the batch repeats hold much of the document's text (a copy of a document others hold, not a site's template): judged as if it came alone"),
                PassRule.flag(BoilerplatePass.MANUAL_PAGE, "a manual page saved as text (LS(1) ... LS(1) over sections headed in capitals): no web page, left as it is"),
                PassRule.flag(Judge.OTHER_LANGUAGE, "the text reads as another language than English; its lines are judged by their shape only"));
    }

    @Override
    public BatchLearner newBatchLearner(PassOptions options) {
        return new TemplateLearner(options.getInt("template-min-docs", 2), options.getDouble("template-min-share", 0, 1));
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
                LineModel m = LineModel.forOption("--boilerplate.line-model", option);
                yield () -> m;
            }
        };
    }
}
