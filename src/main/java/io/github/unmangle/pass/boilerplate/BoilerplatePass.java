package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassResult;
import io.github.unmangle.lang.Chars;
import io.github.unmangle.lang.English;
import io.github.unmangle.lang.Lexicon;
import io.github.unmangle.layout.MarkdownLinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.github.unmangle.pass.boilerplate.ArticleTail.afterArticle;
import static io.github.unmangle.pass.boilerplate.ArticleTail.commentThread;
import static io.github.unmangle.pass.boilerplate.Judge.COPIED_RUN;
import static io.github.unmangle.pass.boilerplate.Judge.COPIED_ALONE;
import static io.github.unmangle.pass.boilerplate.Judge.COPIED_SHARE;
import static io.github.unmangle.pass.boilerplate.Judge.COPIED_TEXT;
import static io.github.unmangle.pass.boilerplate.Judge.OTHER_LANGUAGE;
import static io.github.unmangle.pass.boilerplate.Judge.OTHER_LANGUAGE_UNKNOWN;
import static io.github.unmangle.pass.boilerplate.Judge.SITE_TEMPLATE;
import static io.github.unmangle.pass.boilerplate.Judge.context;
import static io.github.unmangle.pass.boilerplate.Judge.copiedWords;
import static io.github.unmangle.pass.boilerplate.Judge.doubled;
import static io.github.unmangle.pass.boilerplate.Judge.englishShare;
import static io.github.unmangle.pass.boilerplate.Judge.firstNonBlank;
import static io.github.unmangle.pass.boilerplate.Judge.firstOf;
import static io.github.unmangle.pass.boilerplate.Judge.hasSentenceRun;
import static io.github.unmangle.pass.boilerplate.Judge.judgeAll;
import static io.github.unmangle.pass.boilerplate.Judge.reason;
import static io.github.unmangle.pass.boilerplate.Judge.sentenceRuns;
import static io.github.unmangle.pass.boilerplate.Judge.unknownShare;
import static io.github.unmangle.pass.boilerplate.Judge.withoutStopWords;
import static io.github.unmangle.pass.boilerplate.Line.BAD;
import static io.github.unmangle.pass.boilerplate.Line.GOOD;
import static io.github.unmangle.pass.boilerplate.Line.bad;
import static io.github.unmangle.pass.boilerplate.Line.stripBullet;
import static io.github.unmangle.pass.boilerplate.LineText.CONTINUED_LENGTH;
import static io.github.unmangle.pass.boilerplate.LineText.goesOn;
import static io.github.unmangle.pass.boilerplate.LineText.split;
import static io.github.unmangle.pass.boilerplate.LoneLines.altTexts;
import static io.github.unmangle.pass.boilerplate.LoneLines.consentDialogs;
import static io.github.unmangle.pass.boilerplate.LoneLines.promotions;
import static io.github.unmangle.pass.boilerplate.LoneLines.contents;
import static io.github.unmangle.pass.boilerplate.LoneLines.controlLines;
import static io.github.unmangle.pass.boilerplate.LoneLines.cookieCategories;
import static io.github.unmangle.pass.boilerplate.LoneLines.counters;
import static io.github.unmangle.pass.boilerplate.LoneLines.emptyItems;
import static io.github.unmangle.pass.boilerplate.LoneLines.lastLines;
import static io.github.unmangle.pass.boilerplate.LoneLines.linkElements;
import static io.github.unmangle.pass.boilerplate.Judge.FIELD_UNDERSCORES;
import static io.github.unmangle.pass.boilerplate.LoneLines.drawnRules;
import static io.github.unmangle.pass.boilerplate.LoneLines.forumLines;
import static io.github.unmangle.pass.boilerplate.LoneLines.headlineMarks;
import static io.github.unmangle.pass.boilerplate.LoneLines.placeholders;
import static io.github.unmangle.pass.boilerplate.LoneLines.questionHeadings;
import static io.github.unmangle.pass.boilerplate.LoneLines.sourceLines;
import static io.github.unmangle.pass.boilerplate.LoneLines.specRows;
import static io.github.unmangle.pass.boilerplate.LoneLines.strays;
import static io.github.unmangle.pass.boilerplate.LoneLines.widgets;
import static io.github.unmangle.pass.boilerplate.Metadata.bylineLists;
import static io.github.unmangle.pass.boilerplate.Metadata.headMetadata;
import static io.github.unmangle.pass.boilerplate.Metadata.keptEdgeMetadata;
import static io.github.unmangle.pass.boilerplate.Metadata.metadataRule;
import static io.github.unmangle.pass.boilerplate.Region.FURNISHED_PAGE;
import static io.github.unmangle.pass.boilerplate.Region.RECORDS_KEPT;
import static io.github.unmangle.pass.boilerplate.Region.archiveLists;
import static io.github.unmangle.pass.boilerplate.Region.articleLike;
import static io.github.unmangle.pass.boilerplate.Region.headNotices;
import static io.github.unmangle.pass.boilerplate.Region.headings;
import static io.github.unmangle.pass.boilerplate.Region.menus;
import static io.github.unmangle.pass.boilerplate.Region.pitches;
import static io.github.unmangle.pass.boilerplate.Region.recognised;
import static io.github.unmangle.pass.boilerplate.Region.records;
import static io.github.unmangle.pass.boilerplate.Region.region;
import static io.github.unmangle.pass.boilerplate.Region.spared;
import static io.github.unmangle.pass.boilerplate.Region.vouch;
import static io.github.unmangle.pass.boilerplate.Region.wholeParagraphs;
import static io.github.unmangle.pass.boilerplate.Repeats.doubledLines;
import static io.github.unmangle.pass.boilerplate.Repeats.repeatedBlocks;
import static io.github.unmangle.pass.boilerplate.Repeats.repeatedParagraphs;

/**
 * Keeps the article and drops the rest, line by line. Each line is first judged on its own —
 * page furniture recognised by its wording ({@link Furniture}), lines the batch showed to be a
 * site's template ({@link TemplateLearner}), then jusText's length and stop-word density classes —
 * and then by its neighbours: short lines and headings take the class of the text around them,
 * so a subheading or a one-line quote inside the article stays, and a short line among menus
 * goes. Everything after an end-of-article anchor ("Post a Comment", "3 Responses to …") is
 * comments and links, as boilerpipe observed. Every dropped line is one edit with its reason.
 *
 * <p>{@link #apply} runs the rules in their order, top to bottom; they live in this package by what they read:
 * {@link LineText} (the text as {@link Line}s and their words), {@link Judge} (each line alone, then by its
 * neighbours), {@link Region} (where the article stands on a saved page), {@link Metadata} (bylines and dates),
 * {@link ArticleTail} (what follows the article), {@link Repeats} (what a page holds twice), {@link LoneLines} (lines judged
 * last, on their own) and the {@link LineModel}; the wording of furniture is {@link Furniture}'s.
 */
final class BoilerplatePass implements Pass {
    static final String NAME = "boilerplate";

    static final int LENGTH_LOW = 70;
    static final int LENGTH_HIGH = 200;
    static final double STOP_LOW = 0.30;
    static final double STOP_HIGH = 0.32;
    /**
     * A sentence (a line of {@value #SENTENCE_LINE_WORDS} words or more that ends with sentence punctuation) is
     * near-good text from this share of stop words on: technical prose ("Conduit reamers remove burrs and sharp
     * edges from cut conduit ends, protecting wire insulation during cable installation.") has few, and a list of
     * such items lost its second half to the density rule (dev recall 0.9343 -> 0.9373 when lowered from 0.2 and 12 words).
     */
    static final double SENTENCE_STOP_LOW = 0.1;
    static final int SENTENCE_LINE_WORDS = 10;
    /** Headings this close (characters) before article text belong to it. */
    static final int HEADING_DISTANCE = 200;

    private final boolean keepBylines;
    private final boolean endAnchors;
    private final TemplateLearner.Knowledge template;
    /** Weighs the lines the rules kept, last (null: off). */
    private final java.util.function.Supplier<LineModel> lineModel;

    BoilerplatePass(boolean keepBylines, boolean endAnchors, TemplateLearner.Knowledge template, java.util.function.Supplier<LineModel> lineModel) {
        this.keepBylines = keepBylines;
        this.endAnchors = endAnchors;
        this.template = template;
        this.lineModel = lineModel;
    }

    static final String LINE_MODEL = "line-model";
    /**
     * A line the model may drop: no sentence (sentence punctuation last), no line of a wrapped paragraph
     * ({@link #wrapped}) and no heading of the kept text (a line above a
     * kept line of this many words or more, with at most {@value #MODEL_HEADING_GAP} lines between, dropped ones or a
     * byline and a date: {@link #headsKeptText}). Their first forms (the heading's gap of dropped lines only) cost the
     * cross-fit's simulation (train.py's labels, on the kept lines) next to nothing: F1 0.84939 without them, 0.84935
     * with them; recall 0.9327 without, 0.9340 with. They keep titles and short sentences on small texts.
     */
    static final int MODEL_HEADING_ABOVE_WORDS = 15;
    static final int MODEL_HEADING_GAP = 2;
    /**
     * The model weighs the lines of a page whose rules dropped more than a tenth of its words, a page with furniture
     * as it learned from: on clean text (an article alone, or a text already cleaned) it dropped section headings and
     * list items ("Conclusion", "- Cycling": 155 edits on CleanTextEdits' 1.56M words; with this gate the built-in model makes 2).
     * Weighing every saved web page too (furniture recognised on {@link Region#FURNISHED_PAGE} lines) gained cross-fit F1
     * 0.0003 on boilerplate-dev, but a batch of 149 manual pages, which its learned template and a few headings made
     * read as saved pages, lost 910 lines to the model instead of 228: left out. The page must read as a saved web page
     * by its wording too ({@link Region#FURNISHED_PAGE} lines of furniture recognised, the batch's template aside): those 149
     * pages then lose none (a NAME line, "chattr - change file attributes on a Linux file system", had gone), CleanTextEdits'
     * clean articles none (2 before), and boilerplate-dev's cross-fit F1 0.0002 (0.8505 → 0.8503; 14 pages worse, 2 better).
     */
    static final double MODEL_MAX_KEPT_SHARE = 0.9;

    /**
     * Last, once every rule has spoken: the line model ({@link LineModel}) weighs each kept line that is no sentence
     * and no heading of kept text by its shape, its place among the kept text and the article's
     * topic words it holds, and a line it gives too small a chance of belonging to the article goes. Learned from
     * boilerplate-dev: a shop's delivery note, a collection's filter labels, a headline of another story between
     * the article's paragraphs, which no wording gives away.
     */
    private boolean lineModel(String t, char[] chars, Line[] lines, boolean webPage, boolean articleLike) {
        KeptLines.Sink sink = featureSink;
        if (lineModel == null && sink == null) {
            return false;
        }
        if (sink == null && recognised(lines, false) < FURNISHED_PAGE) {
            return false; // (no saved web page by its wording: not what the model learned from)
        }
        // (the harness reads every kept line's features; the model, those of the lines it may drop, on pages it weighs)
        float[][] f = sink != null ? KeptLines.features(chars, lines, webPage, articleLike, Double.POSITIVE_INFINITY, null)
                : KeptLines.features(chars, lines, webPage, articleLike, MODEL_MAX_KEPT_SHARE, i -> !lines[i].terminal && !wrapped(chars, lines, i));
        if (f == null) {
            return false;
        }
        if (sink != null) {
            for (int i = 0; i < lines.length; i++) {
                if (f[i] != null) {
                    sink.line(t.substring(lines[i].cs, lines[i].ce), f[i]);
                }
            }
            return false; // (the features of the rules' kept lines, which train the model: it is not applied)
        }
        LineModel model = lineModel.get();
        double[] chance = model.keep(f);
        boolean dropped = false;
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            double keep = chance[i];
            // (false for NaN: no line the model weighs; a heading of the kept text stays, asked last, of the lines the model
            // would drop: its byline and date patterns, asked of every line weighed, were most of the model's time on a
            // page of menus. The lines below it that it reads are not dropped yet, as when it was asked first)
            if (keep < model.dropBelow && !headsKeptText(t, lines, i)) {
                float[] x = f[i];
                // (put together by hand: String.format here was a twentieth of the pass's time on saved web pages)
                bad(l, LINE_MODEL, "the line model gives it a " + percent(keep) + "% chance of belonging to the article (under "
                        + percent(model.dropBelow) + "%): " + percent(Math.max(0, x[KeptLines.BODY_TOPIC_SHARE]))
                        + "% of its content words are in the kept text's long paragraphs, its block holds "
                        + percent(x[KeptLines.BLOCK_SHARE]) + "% of the kept words, " + l.stops + " of " + l.words + " words are function words");
                dropped = true;
            }
        }
        return dropped;
    }

    /**
     * Where a heading's wiki edit link starts ("History[edit]", "See also [ edit source ]": MediaWiki's section links as a
     * page saved as text keeps them), the spaces before it included; -1 when the line {@code c[from, to)} has none, or
     * holds nothing else, or more than a heading ({@value #EDIT_LINK_HEADING} characters, or a sentence's end before it).
     */
    static int editLink(char[] c, int from, int to) {
        if (to - from < 7 || c[to - 1] != ']') {
            return -1;
        }
        int open = to - 2;
        while (open > from && c[open] != '[' && to - open <= 30) {
            open--;
        }
        if (c[open] != '[' || open == from) {
            return -1;
        }
        String inner = new String(c, open + 1, to - open - 2).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!EDIT_LINKS.contains(inner)) {
            return -1;
        }
        int s = open;
        while (s > from && c[s - 1] == ' ') {
            s--;
        }
        if (s == from || s - from > EDIT_LINK_HEADING) {
            return -1;
        }
        for (int i = from; i < s; i++) {
            if ((c[i] == '.' || c[i] == '!' || c[i] == '?') && (i + 1 == s || c[i + 1] == ' ')) {
                return -1; // a sentence's end: no heading
            }
        }
        return s;
    }

    /** What a wiki's section edit link says (English Wikipedia's, and the Simple English one's). */
    private static final java.util.Set<String> EDIT_LINKS = java.util.Set.of("edit", "edit source", "edit | edit source", "change",
            "change source", "change | change source");
    /** Characters of a heading, at most, before an edit link. */
    static final int EDIT_LINK_HEADING = 100;

    /** A share as a whole percentage, rounded half up (as {@code %.0f} of 100 times it). */
    static long percent(double share) {
        return Math.round(100 * share);
    }

    /**
     * Whether line i is a line of a paragraph wrapped by hand (it goes on with the sentence of the line above, or the
     * line right below goes on with its sentence, or, below a line of wrapping length, starts in lowercase: "… to be a
     * bit gloomier" / "than expected."): the model learned from pages saved with a paragraph on one line, and read such lines as short lines
     * of furniture (a news page saved by lynx -dump at 80 columns lost its article's first sentence:
     * bench/saved-pages.sh).
     */
    private static boolean wrapped(char[] t, Line[] lines, int i) {
        if (lines[i].continues || i > 0 && lines[i - 1].cls != BAD && goesOn(t, lines[i - 1], lines[i])) {
            return true; // (a kept sentence's short last line too: "bzmore, bzless - file perusal filter for crt viewing of com‐" / "pressed text")
        }
        Line below = i + 1 < lines.length ? lines[i + 1] : null;
        return below != null && !below.blank()
                && (below.continues || (lines[i].length() >= CONTINUED_LENGTH && Character.isLowerCase(t[below.cs])));
    }

    /**
     * Whether the next kept line below line i that is no byline or date holds {@value #MODEL_HEADING_ABOVE_WORDS} words
     * or more, with at most {@value #MODEL_HEADING_GAP} lines between: dropped ones, or bylines and dates kept (as
     * {@code --boilerplate.keep-bylines} keeps them between a title and its article).
     */
    private static boolean headsKeptText(String t, Line[] lines, int i) {
        for (int k = i + 1, between = 0; k < lines.length && between <= MODEL_HEADING_GAP; k++) {
            Line l = lines[k];
            if (l.blank()) {
                continue;
            }
            if (l.cls != BAD) {
                if (l.words >= MODEL_HEADING_ABOVE_WORDS) {
                    return true;
                }
                String core = l.length() <= Furniture.MAX_LENGTH ? stripBullet(t, l) : null;
                if (core == null || metadataRule(core) == null) {
                    return false;
                }
            }
            between++;
        }
        return false;
    }

    /** The flag of a manual page, left as it is ({@link ManualPage}). */
    static final String MANUAL_PAGE = "manual-page";

    /** A manual page saved as text ({@link ManualPage}, its header at {@code header}), left as it is and flagged. */
    private static PassResult manualPage(String t, int header, PassResult.Builder b) {
        int end = t.indexOf('\n', header);
        b.flag(header, end < 0 ? t.length() : end, MANUAL_PAGE, "a manual page saved as text (its header names the page at both"
                + " ends, its sections are headed in capitals): its short lines, headings and SEE ALSO are its text, not a web"
                + " page's furniture; left as it is");
        return b.metric("boilerplate-share", 0).build();
    }

    @Override
    public PassResult apply(PassInput input) {
        String original = input.text();
        PassResult.Builder b = PassResult.builder(NAME, original);
        int manualHeader = ManualPage.header(original);
        if (manualHeader >= 0) {
            return manualPage(original, manualHeader, b);
        }
        // a page saved by a text browser with its links numbered is judged with the numbers masked (LinkMarks)
        LinkMarks links = LinkMarks.find(original);
        String t = links == null ? original : links.masked();
        // ... and a page converted to Markdown with its links' and images' syntax masked (MarkdownLinks)
        String markdown = MarkdownLinks.masked(t);
        t = markdown == null ? t : markdown;
        char[] chars = t.toCharArray(); // read per character below: array reads, not String.charAt
        // ... and images' file names in brackets, as text browsers write an image without alt text, masked too
        int marks = maskImageMarks(t, chars);
        if ((marks & MARKS_MASKED) != 0) {
            t = new String(chars);
        }
        Line[] lines = split(t, chars);
        int n = lines.length;
        if (n == 0) {
            return b.metric("boilerplate-share", 0).build();
        }
        int nonBlank = 0;
        for (Line l : lines) {
            if (!l.blank()) {
                nonBlank++;
            }
        }
        Furniture.Matchers matchers = new Furniture.Matchers();
        boolean masked = links != null || markdown != null;
        boolean sentenceRun = judgeAll(t, chars, lines, nonBlank, matchers, masked, template, keepBylines);
        int copied = template == null ? 0 : copiedWords(lines);
        if (copied > 0) {
            // a copy of a document the batch holds more of, not a page of a site: its lines are judged as they are alone
            Line first = firstOf(lines, SITE_TEMPLATE);
            lines = split(t, chars);
            sentenceRun = judgeAll(t, chars, lines, nonBlank, matchers, masked, null, keepBylines);
            b.flag(first.cs, first.ce, COPIED_TEXT, String.format(Locale.ROOT, "the lines the batch repeats hold %,d words of"
                    + " this document's text in stretches of %d lines or more, %d%% of its text or more, or %,d words or more: a"
                    + " copy or a version of a document that other documents of the batch hold too, not a site's template; its"
                    + " lines are judged as if it came alone", copied, COPIED_RUN, Math.round(100 * COPIED_SHARE), COPIED_ALONE));
        }
        if (template != null) {
            b.metric("copied-words", copied);
        }
        double english = englishShare(lines);
        if (!Double.isNaN(english) && english < English.MIN_SHARE && unknownShare(chars, lines) >= OTHER_LANGUAGE_UNKNOWN) {
            // another language: English function words say nothing of its lines, which are judged by length alone
            // (jusText's language-independent mode); what furniture wording found stays found
            withoutStopWords(lines);
            sentenceRun = hasSentenceRun(t, lines); // read again: short sentences are read with the stop words passed too
            Line first = firstNonBlank(lines);
            b.flag(first.cs, first.ce, OTHER_LANGUAGE, String.format(Locale.ROOT, "the text reads as another language than English"
                    + " (%.1f%% of its long lines' words are English function words that other languages rarely have, under %.0f%%,"
                    + " and most of their lowercase words are no English words): its lines are judged by length, not by English function words",
                    100 * english, 100 * English.MIN_SHARE));
        }
        if (sentenceRun) {
            sentenceRuns(t, lines);
        }
        specRows(t, lines);
        List<Line> notices = headNotices(t, lines);
        context(lines);
        headings(lines);
        boolean articleLike = articleLike(lines);
        // (a cookie preference centre's descriptions, long lines that read as prose, are no article for the region to
        // hold: read before it as well as last)
        cookieCategories(t, lines);
        region(lines, articleLike);
        if (!keepBylines) {
            headMetadata(t, lines);
        }
        menus(lines);
        archiveLists(t, lines);
        // a page full of recognised furniture is a saved web page; read as an article, its statistics stand
        boolean webPage = recognised(lines) >= FURNISHED_PAGE;
        boolean savedPage = articleLike && webPage;
        if (savedPage) {
            pitches(t, lines);
        } else {
            vouch(t, lines);
        }
        List<Line> unsure = new ArrayList<>();
        interlopers(t, lines, unsure);
        if (endAnchors && input.wholeDocument()) {
            commentThread(t, lines);
            afterArticle(t, chars, lines, webPage);
        }
        // (on every page, not only those that read as articles: a service or product page rendered twice, for wide and
        // narrow screens, held both copies, and a second cleaning, of a text that then read as an article, dropped one)
        repeatedBlocks(chars, lines);
        int[] records = records(t, lines);
        if (records != null) {
            b.flag(lines[records[0]].cs, lines[records[1]].ce, "records",
                    "no article found (under " + String.format(Locale.ROOT, "%,d", RECORDS_KEPT) + " characters read as one); the page's " + records[2]
                    + " repeated records (a grid or list of items) are kept as its text");
        }
        // last, once the article is found: lines that say nothing of their neighbours (an image's alt text, a forum's
        // line about a post, a shop's control, a consent dialog's purposes) go on their own, and can move nothing else;
        // judged with the others, such a line vouched for the lines around it and moved whole regions
        questionHeadings(t, lines);
        altTexts(t, lines, marks == 0 ? null : chars, webPage); // (a line of one word or none beside its names keeps them unmasked)
        counters(chars, lines);
        contents(t, chars, lines);
        if (webPage) {
            repeatedParagraphs(chars, lines);
        }
        forumLines(t, lines);
        consentDialogs(t, lines);
        promotions(t, lines);
        widgets(t, lines, webPage);
        controlLines(t, lines);
        sourceLines(chars, lines);
        cookieCategories(t, lines);
        strays(lines);
        // (after the strays: a drawn rule is no text, but it stood for kept lines beside it, a forum's user names)
        drawnRules(chars, lines, webPage ? FIELD_UNDERSCORES : LoneLines.WIDE_RULE);
        placeholders(t, lines);
        // the edges of the text as kept: after every rule that drops a line there (a drawn rule above the article's
        // title held a place in the window, and a second cleaning, without it, found the date under the title) ...
        if (!keepBylines) {
            keptEdgeMetadata(t, lines);
        }
        if (webPage) {
            // ... but before the doubled lines, which a date between two copies kept apart; and again after them, as a
            // copy dropped in the window leaves it too
            if (doubledLines(chars, lines) && !keepBylines) {
                keptEdgeMetadata(t, lines);
            }
        }
        bylineLists(t, lines);
        spared(lines);
        wholeParagraphs(chars, lines);
        offTopicHeadlines(t, lines);
        boolean dropped = lineModel(t, chars, lines, webPage, articleLike);
        dropped |= lastLines(t, chars, lines, webPage);
        dropped |= emptyItems(chars, lines, webPage);
        dropped |= webPage && linkElements(chars, lines);
        if (dropped && !keepBylines) {
            // (a line the model or the last lines dropped held a date out of the kept text's edge, as a drawn rule did)
            keptEdgeMetadata(t, lines);
        }
        if (!notices.isEmpty() && notices.get(0).cls != BAD) {
            b.flag(notices.get(0).cs, notices.get(notices.size() - 1).ce, "copyright-notice", "a copyright line at the head of a text"
                    + " that is no saved web page, over its first paragraph: the text's own notice (a licence's, a README's), not a"
                    + " page's footer; kept");
        }
        for (Line l : unsure) {
            if (l.cls != BAD) {
                b.flag(l.cs, l.ce, "headline-between-paragraphs",
                        "title-cased line between two paragraphs: a subheading or another story's headline; kept");
            }
        }
        if (t != original) {
            // lines the masking left blank (a text browser's list of links; a Markdown image, or a link with no text, on a
            // line of its own) were read as blank: they go, with their extents read on the text
            for (Line l : lines) {
                int cs = l.start;
                int ce = l.end;
                while (cs < ce && Chars.isWhitespace(original.charAt(cs))) {
                    cs++;
                }
                while (ce > cs && Chars.isWhitespace(original.charAt(ce - 1))) {
                    ce--;
                }
                if (l.blank() && cs < ce) {
                    l.cs = cs;
                    l.ce = ce;
                    l.ts = cs;
                    if (links != null && l.start >= links.listStart()) {
                        bad(l, LinkMarks.LIST_RULE, "a text browser's list of the page's links (lynx -dump), which the numbers in brackets in its text refer to");
                    } else {
                        bad(l, MARKUP_ONLY, "nothing but Markdown images or links without text (their addresses are no text)");
                    }
                }
            }
        }
        if (links != null) {
            b.metric("link-marks", links.marks());
        }
        // (the names masked are deleted where the original has them: its characters, read only on a page with names)
        return edits(original, chars, lines, b, links, marks == 0 ? null : original.toCharArray());
    }

    /**
     * Deletes the images' file names in brackets inside the kept text {@code c[from, to)} ("[supplychain-new-icon.svg]
     * Supply Chain", {@link Furniture#imageMarkEnd}), each with the spaces after it (or before it, at the text's end).
     */
    private static void deleteImageMarks(char[] c, int from, int to, PassResult.Builder b) {
        int done = from; // where the last deletion ended: the next may not reach back over it
        for (int i = from; i < to; i++) {
            if (c[i] != '[') {
                continue;
            }
            int e = Furniture.imageMarkEnd(c, i, to);
            if (e < 0) {
                continue;
            }
            int s = i;
            int end = e;
            while (end < to && c[end] == ' ') {
                end++;
            }
            if (end == to) {
                end = e; // the line's last text: the spaces before it go instead
                while (s > done && c[s - 1] == ' ') {
                    s--;
                }
            }
            b.delete(s, end, "markup", "an image's file name in brackets, as a text browser writes an image without alt text");
            done = end;
            i = e - 1;
        }
    }

    /** Words, at least, beside an image's file name for the line to be judged without it ({@link #maskImageMarks}). */
    static final int MASKED_MARK_WORDS = 2;

    /**
     * Masks (with spaces) the images' file names in brackets ({@link Furniture#imageMarkEnd}) on each line of {@code c}
     * that holds {@value #MASKED_MARK_WORDS} words or more besides ("[icon_textT.gif] Text Size [icon_text_plus.gif]" is
     * judged as "Text Size"); a line of one word and a name ("Hide [spin-contest.png]", a control) or of nothing else keeps
     * them, judged as before, and is dropped last ({@link Furniture#iconLine}). Says whether any was found
     * ({@link #MARKS_FOUND}) and masked ({@link #MARKS_MASKED}). ({@code text}: the characters as a string, whose
     * brackets are found with String.indexOf, which the JVM runs as a vector loop.)
     */
    private static int maskImageMarks(String text, char[] c) {
        int found = 0;
        for (int i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
            // (only a line with a name is read word by word: most lines have no bracket)
            if (Furniture.imageMarkEnd(c, i, c.length) < 0) {
                continue;
            }
            int lineStart = i;
            while (lineStart > 0 && c[lineStart - 1] != '\n') {
                lineStart--;
            }
            int lineEnd = i;
            while (lineEnd < c.length && c[lineEnd] != '\n') {
                lineEnd++;
            }
            found |= MARKS_FOUND;
            if (Furniture.wordsBesideImageMarks(c, lineStart, lineEnd) >= MASKED_MARK_WORDS) {
                for (int k = lineStart; k < lineEnd; k++) {
                    int e = c[k] == '[' ? Furniture.imageMarkEnd(c, k, lineEnd) : -1;
                    if (e > 0) {
                        java.util.Arrays.fill(c, k, e, ' ');
                        k = e - 1;
                    }
                }
                found |= MARKS_MASKED;
            }
            i = lineEnd;
        }
        return found;
    }

    /** {@link #maskImageMarks}' answer: the text holds images' file names in brackets ... */
    private static final int MARKS_FOUND = 1;
    /** ... and some were masked. */
    private static final int MARKS_MASKED = 2;

    /** The rule of a line of nothing but Markdown images and links without text. */
    static final String MARKUP_ONLY = "markup-only";

    /** Where the evaluation harness reads the kept lines' features ({@link KeptLines}); null but there. */
    static volatile KeptLines.Sink featureSink;

    /**
     * Lines that sit between two prose paragraphs but do not belong to them, in flat text where
     * headings are not set apart by indentation: an injected headline of another story (long,
     * title-cased, no sentence punctuation) or a lone source credit (one or two names).
     */
    private void interlopers(String t, Line[] lines, List<Line> unsure) {
        int first = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].blank()) {
                first = i;
                break;
            }
        }
        for (int i = first + 1; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank() || l.cls != GOOD || l.terminal || l.bullet || l.words == 0) {
                continue;
            }
            Line p = prose(lines, i, -1);
            Line q = prose(lines, i, +1);
            if (p == null || q == null || indent(l) != indent(p) || indent(l) != indent(q)) {
                continue;
            }
            boolean titleOfAnother = template != null && template.isTitle(t, l.start, l.end);
            if (!titleOfAnother && endsInJoiningWord(t, l)) {
                continue; // (a sentence's line that goes on below: "10. THIS PACKAGE IS PROVIDED "AS IS" AND WITHOUT ANY EXPRESS OR")
            }
            if (titleOfAnother || (l.words >= 6 && l.capitalised >= 0.8 * l.words)) {
                if (titleOfAnother || headlineMarks(t, l)) {
                    l.cls = BAD;
                    l.rule = "related-headline";
                    l.reason = titleOfAnother ? "title of another document of this batch, injected between two paragraphs"
                            : "headline of another story between two paragraphs (title case, quoted words or a source tag, no sentence punctuation)";
                } else {
                    unsure.add(l);
                }
            } else if (l.words <= 3 && l.capitalised == l.words && namesOnly(t, l) && !introduces(t, l, q)
                    && (citedAsSource(t, l) || Furniture.wireAgency(t.substring(l.cs, l.ce)) && !mentionedElsewhere(t, l))) {
                // (a name the text cites as a source, "Sputnik previously reported …", or a wire agency's or a picture
                // library's that the text does not speak of, "Xinhua", "Unsplash": the credit of a picture the saved text
                // lost; a section of a history of spaceflight headed "Sputnik" names it again)
                l.cls = BAD;
                l.rule = "credit";
                l.reason = "lone source credit between two paragraphs";
            }
        }
    }

    /**
     * Last, once the lines that say what they are have gone: a headline of another story, in any case, between two
     * paragraphs of the article, found by its topic where no wording gives it away (sentence case, no quotation marks, no
     * source tag: "Amazon pauses police use of facial recognition"): a headline's length, its first character a letter (no
     * numbered heading, no quotation), and none of its content words one that the kept text uses twice or more
     * ({@link Topic}) — a subheading names what the paragraphs below it speak of, a related article's headline injected
     * between them another topic. InjectedHeadlines (bench): of 1,069 lines of that shape between two prose paragraphs of
     * boilerplate-dev's gold article texts, 12 hold no such word, against half of the headlines of other articles injected
     * there (a headline that keeps one topic word among five content words took 73% of them, and 16 gold lines against 5,
     * with the cap below: not taken). One topic word is let pass where the line has four content words or more and none of
     * them comes up in the text after it ({@link Topic#followed}): a subheading's words do (InjectedHeadlines 434 → 486 of
     * 1,392, no gold line more). Only in a text long enough to have a topic ({@value #OFF_TOPIC_MIN_TEXT} content words
     * kept), and two such lines at most ({@link #OFF_TOPIC_MAX_LINES}). The kept text is read again only where a line of
     * that shape stands between two paragraphs, and only for its words.
     */
    private static void offTopicHeadlines(String t, Line[] lines) {
        List<Asked> asked = new ArrayList<>();
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            Line l = lines[i];
            if (l.cls != GOOD || l.terminal || !headlineShaped(t, l) || endsInJoiningWord(t, l)) {
                continue;
            }
            Line p = prose(lines, i, -1, true);
            Line q = p == null ? null : prose(lines, i, +1, true);
            if (q == null || indent(l) != indent(p) || indent(l) != indent(q)) {
                continue;
            }
            List<String> keys = Topic.keys(t, l);
            int distinct = new java.util.HashSet<>(keys).size();
            if (distinct >= OFF_TOPIC_MIN_CONTENT) {
                asked.add(new Asked(l, i, keys, distinct));
                words.addAll(keys);
            }
        }
        if (asked.isEmpty() || Topic.contentWords(lines) < OFF_TOPIC_MIN_TEXT) {
            return; // (most documents: no line to ask of, and the kept text is not read again)
        }
        Topic topic = new Topic(t, lines, words);
        List<Asked> found = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (Asked a : asked) {
            int topical = topic.topicWords(a.line(), a.keys());
            if (topical == 0) {
                found.add(a);
                why.add("none of its " + a.distinct() + " content words is one the article's text uses twice");
            } else if (topical <= 1 && a.distinct() >= OFF_TOPIC_MIN_UNFOLLOWED && !topic.followed(a.at(), a.keys())) {
                found.add(a);
                why.add("one of its " + a.distinct() + " content words is one the article uses twice, and none comes up in the text after it");
            }
        }
        if (found.size() > OFF_TOPIC_MAX_LINES) {
            return;
        }
        for (int k = 0; k < found.size(); k++) {
            bad(found.get(k).line(), "related-headline", "headline of another story between two paragraphs: " + why.get(k)
                    + " (a subheading names what follows it)");
        }
    }

    /** A line {@link #offTopicHeadlines} asks about: its index, its content words (as {@link Topic#keys}) and how many differ. */
    private record Asked(Line line, int at, List<String> keys, int distinct) {
    }

    /** Content words the kept text holds, at least, for its topic to say what a line between its paragraphs is not. */
    static final int OFF_TOPIC_MIN_TEXT = 150;

    /** Words, at least and at most, of a headline of another story (a subheading is often shorter, and is kept). */
    static final int OFF_TOPIC_MIN_WORDS = 6;
    static final int OFF_TOPIC_MAX_WORDS = 20;
    /** Content words, at least, of such a line: fewer say too little of its topic to judge it. */
    static final int OFF_TOPIC_MIN_CONTENT = 3;
    /** Content words, at least, of a line with one topic word that is judged by the text after it (none of them there). */
    static final int OFF_TOPIC_MIN_UNFOLLOWED = 4;
    /**
     * Such lines, at most, in one document: more are the document's own sections, each on its own topic (a roundup's
     * "The Devils by Joe Abercrombie (May 13th)", a blog index's "Memory safety is at a tipping point"), and stay.
     * boilerplate-dev's gold texts: 32 lines of 1,476 pages read as off topic, 18 with this cap (13 of them in two pages).
     */
    static final int OFF_TOPIC_MAX_LINES = 2;

    /**
     * A headline's length, its first character a letter (no numbered heading, no quotation), no list item, its last a
     * letter, a digit or a closing mark (not a comma or a dash: a verse's line, a sentence going on), and no sentence's end
     * inside it ("... it can't be willed.  In the meantime," of a file of quotations), no name and a comma at its head.
     */
    /** Two or three capitalised words and a comma: a person's name and, after it, a role. */
    private static final java.util.regex.Pattern NAME_THEN_COMMA = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*( \\p{Lu}[\\p{L}.'’-]*){1,2},");

    private static boolean headlineShaped(String t, Line l) {
        if (l.words < OFF_TOPIC_MIN_WORDS || l.words > OFF_TOPIC_MAX_WORDS || l.bullet || !Character.isLetter(t.charAt(l.cs))) {
            return false;
        }
        char last = t.charAt(l.ce - 1);
        if (!Character.isLetterOrDigit(last) && "\"'\u2019\u201d)".indexOf(last) < 0) {
            return false;
        }
        if (NAME_THEN_COMMA.matcher(t).region(l.cs, l.ce).lookingAt()) {
            return false; // a quotation's speaker and role ("Jonny White, Founder and CEO, Ticket Tailor"), not a headline
        }
        for (int i = l.cs + 2; i + 2 < l.ce; i++) {
            if (t.charAt(i) == '.' && Character.isLowerCase(t.charAt(i - 1)) && Character.isLowerCase(t.charAt(i - 2)) && t.charAt(i + 1) == ' ') {
                int k = i + 1;
                while (k < l.ce && t.charAt(k) == ' ') {
                    k++;
                }
                if (k < l.ce && Character.isUpperCase(t.charAt(k))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int indent(Line l) {
        return l.cs - l.start;
    }

    /** Words no headline ends with: a conjunction or an article or "of" says its sentence goes on. */
    private static final java.util.Set<String> JOINING_WORDS = java.util.Set.of("and", "or", "nor", "the", "a", "an", "of", "than", "whose");

    /** Whether the line's last word is one of {@link #JOINING_WORDS}, in any case. */
    private static boolean endsInJoiningWord(String t, Line l) {
        int e = l.ce;
        int s = e;
        while (s > l.cs && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        return s < e && e - s <= 5 && (s == l.cs || t.charAt(s - 1) == ' ')
                && JOINING_WORDS.contains(t.substring(s, e).toLowerCase(Locale.ROOT));
    }

    /** The next non-blank line in that direction if it is a kept prose paragraph. */
    static Line prose(Line[] lines, int i, int dir) {
        return prose(lines, i, dir, false);
    }

    /**
     * {@link #prose}; {@code pastDropped}: the lines dropped between are passed over, as the text will read without them
     * (a second cleaning, which reads it so, had found the off-topic headlines the first left).
     */
    private static Line prose(Line[] lines, int i, int dir, boolean pastDropped) {
        for (int k = i + dir; k >= 0 && k < lines.length; k += dir) {
            Line m = lines[k];
            if (m.blank() || (pastDropped && m.cls == BAD)) {
                continue;
            }
            return m.cls == GOOD && m.terminal && m.length() >= 120 ? m : null;
        }
        return null;
    }

    private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile(
            "\\b(reported|reports|reporting|said|says|told|wrote|according to|cited|quoted|via)\\b");

    /**
     * A lone name is a source credit (not a subheading or a list item) when the text also cites it
     * as a source: "Sputnik previously reported …", "… according to Reuters".
     */
    private static boolean citedAsSource(String t, Line l) {
        String name = t.substring(l.cs, l.ce).strip();
        return elsewhere(t, l, name, at -> REPORTING.matcher(t.substring(Math.max(0, at - 20), Math.min(t.length(), at + name.length() + 40))).find());
    }

    /** Whether the line's text, a name, stands elsewhere in the text too, as a word. */
    private static boolean mentionedElsewhere(String t, Line l) {
        String name = t.substring(l.cs, l.ce).strip();
        return elsewhere(t, l, name, at -> (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)))
                && (at + name.length() == t.length() || !Character.isLetterOrDigit(t.charAt(at + name.length()))));
    }

    /** Whether {@code name} stands in {@code t} outside line {@code l} at a place {@code test} accepts (by its offset). */
    private static boolean elsewhere(String t, Line l, String name, java.util.function.IntPredicate test) {
        for (int at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
            if ((at < l.cs || at >= l.ce) && test.test(at)) {
                return true;
            }
        }
        return false;
    }

    /** A name the next paragraph opens with is that section's heading ("TurboTax" / "TurboTax is the big player…"), not a credit. */
    private static boolean introduces(String t, Line l, Line next) {
        String name = t.substring(l.cs, l.ce).strip();
        int window = Math.min(next.ce, next.cs + name.length() + 60);
        return t.substring(next.cs, window).contains(name);
    }

    private static boolean namesOnly(String t, Line l) {
        Lexicon lex = Lexicon.english();
        for (String w : t.substring(l.cs, l.ce).split("[^\\p{L}\\p{N}'’]+")) {
            if (!w.isEmpty() && lex.isCommonWord(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line's characters as the share of the text dropped counts them: a run of spaces as one (a manual page's header,
     * "SG(1)", spaces, "User Commands", spaces, "SG(1)", or a table's columns, set apart by runs of spaces, are no more
     * text than their words and a space between: a 1,353-character manual page whose header and footer went read as 15%
     * dropped; read on the text as it came, where a text browser's link numbers are no spaces). {@code run}: where the next
     * two spaces in a row stand in {@code t} at or after the line (-1: none), found
     * with String.indexOf, which the JVM runs as a vector loop, and moved past the line: asked of the lines in order, most
     * of which hold none (a loop over every line's characters cost the pass 2-3%, bench/ab.sh).
     */
    private static int visible(String t, Line l, int[] run) {
        if (run[0] >= 0 && run[0] < l.cs) {
            run[0] = t.indexOf("  ", l.cs);
        }
        if (run[0] < 0 || run[0] + 1 >= l.ce) {
            return l.length();
        }
        int n = 0;
        for (int i = run[0] + 1; i < l.ce; i++) {
            n += t.charAt(i) == ' ' && t.charAt(i - 1) == ' ' ? 1 : 0;
        }
        run[0] = t.indexOf("  ", l.ce);
        return l.length() - n;
    }

    /**
     * One delete edit per dropped line. Between two kept lines, the blank lines before the first
     * dropped one stay (the paragraph break the text had) and those after dropped lines go with
     * them, so kept paragraphs stay separated exactly as before; at the top and bottom of the
     * document, blank lines next to dropped lines go too.
     */
    private static PassResult edits(String t, char[] chars, Line[] lines, PassResult.Builder b, LinkMarks links, char[] unmasked) {
        int n = lines.length;
        boolean[] keep = new boolean[n];
        int i = 0;
        long dropped = 0;
        long total = 0;
        int[] run = {t.indexOf("  ")};
        while (i < n) {
            // a run of blank and dropped lines, from i to j (exclusive), between kept lines
            int j = i;
            boolean anyDropped = false;
            while (j < n && (lines[j].blank() || lines[j].cls == BAD)) {
                anyDropped |= !lines[j].blank();
                j++;
            }
            if (j == i) {
                keep[i] = true;
                total += visible(t, lines[i], run);
                // (four copies are two copies of two: halved until one is left, as a second cleaning would halve again)
                int second = -1;
                for (int s = doubled(chars, lines[i].ts, lines[i].ce); s >= 0; s = doubled(chars, lines[i].ts, s)) {
                    second = s;
                }
                if (links != null) {
                    // (to the line's end, not its last character judged: a mark at the end, before no link text, is masked too,
                    // "Texto: [50]" where a form's text box stood)
                    links.deleteMarks(t, lines[i].start, second >= 0 ? second : lines[i].end, b);
                }
                if (unmasked != null) {
                    deleteImageMarks(unmasked, lines[i].start, second >= 0 ? second : lines[i].end, b);
                    if (second >= 0) {
                        deleteImageMarks(unmasked, lines[i].ce, lines[i].end, b); // after the second copy, which ends before a masked mark
                    }
                }
                if (second >= 0) {
                    b.delete(second, lines[i].ce, "doubled", "the same words twice on one line (an image's or a link's text and its title, as a"
                            + " text browser writes them): the second copy");
                } else {
                    int edit = editLink(chars, lines[i].ts, lines[i].ce);
                    if (edit >= 0) {
                        b.delete(edit, lines[i].ce, "markup", "a wiki's link to edit the section, after its heading (MediaWiki's \"[edit]\")");
                    }
                }
                i++;
                continue;
            }
            boolean between = i > 0 && j < n;
            boolean beforeFirstDrop = true;
            for (int k = i; k < j; k++) {
                Line l = lines[k];
                if (!l.blank()) {
                    int v = visible(t, l, run);
                    total += v;
                    dropped += v;
                    beforeFirstDrop = false;
                } else {
                    keep[k] = !anyDropped || (between && beforeFirstDrop);
                    if (keep[k] && links != null && l.end > l.start) {
                        links.deleteMarks(t, l.start, l.end, b); // a line of marks alone reads as blank: kept, without them
                    }
                }
            }
            i = j;
        }
        // edits: each dropped line with the deleted blank lines after it (and any deleted before the first)
        i = 0;
        while (i < n) {
            if (keep[i]) {
                i++;
                continue;
            }
            int from = lines[i].start;
            int k = i;
            while (lines[k].blank()) {
                k++; // leading deleted blanks: the run always holds a dropped line after them
            }
            Line l = lines[k];
            int j = k + 1;
            while (j < n && !keep[j] && lines[j].blank()) {
                j++;
            }
            int to = j < n ? lines[j].start : t.length();
            b.delete(from, to, l.rule, reason(l));
            i = j;
        }
        return b.metric("boilerplate-share", total == 0 ? 0 : (double) dropped / total).build();
    }
}
