package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassResult;
import io.github.unmangle.lang.Chars;
import io.github.unmangle.lang.English;
import io.github.unmangle.lang.Lexicon;
import io.github.unmangle.lang.Stopwords;
import io.github.unmangle.layout.ListItems;
import io.github.unmangle.layout.MarkdownLinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the article and drops the rest, line by line. Each line is first judged on its own —
 * page furniture recognised by its wording ({@link Furniture}), lines the batch showed to be a
 * site's template ({@link TemplateLearner}), then jusText's length and stop-word density classes —
 * and then by its neighbours: short lines and headings take the class of the text around them,
 * so a subheading or a one-line quote inside the article stays, and a short line among menus
 * goes. Everything after an end-of-article anchor ("Post a Comment", "3 Responses to …") is
 * comments and links, as boilerpipe observed. Every dropped line is one edit with its reason.
 */
final class BoilerplatePass implements Pass {
    static final String NAME = "boilerplate";

    private static final byte GOOD = 0;
    private static final byte NEAR_GOOD = 1;
    private static final byte SHORT = 2;
    private static final byte BAD = 3;

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
     * Weighing every saved web page too (furniture recognised on {@link #FURNISHED_PAGE} lines) gained cross-fit F1
     * 0.0003 on boilerplate-dev, but a batch of 149 manual pages, which its learned template and a few headings made
     * read as saved pages, lost 910 lines to the model instead of 228: left out. The page must read as a saved web page
     * by its wording too ({@link #FURNISHED_PAGE} lines of furniture recognised, the batch's template aside): those 149
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

    /** One line of the document and what was found about it. */
    static final class Line {
        int start;      // first char of the line
        int end;        // end of the line, before '\n'
        int cs;         // first non-space char
        int ce;         // after last non-space char
        int ts;         // first char of the text: cs, or after a list bullet and the spaces after it (judge)
        int words;
        int stops;
        /** Words that mark English ({@link English#marker}; all of them stop words). */
        int markers;
        int capitalised;
        /** Times the line says "cookie" or "cookies" (any case). */
        int cookies;
        /** How its words begin: {@link Furniture.Mentions#pair} of each word's first two characters, ORed (countWords). */
        long pairs;
        boolean terminal;
        boolean bullet;
        /**
         * Worded as the heading of what follows an article on a web page: a list of other articles
         * ("Related posts"), the author's box ("About the author"), a disclaimer ("Disclosure:").
         */
        boolean tailHeading;
        /** Holds a web form's input field (a run of underscores). */
        boolean inputField;
        /** Goes on with the sentence of the long line above it (a paragraph wrapped by hand): {@link #continues}. */
        boolean continues;
        /** In a stretch that {@link #vouch} left dropped, but in a part of it that opens with a full sentence and holds no furniture: restored last ({@link #spared}). */
        boolean spared;
        byte cls;
        String rule;
        String reason;

        boolean blank() {
            return cs == ce;
        }

        int length() {
            return ce - cs;
        }
    }

    @Override
    public PassResult apply(PassInput input) {
        String original = input.text();
        PassResult.Builder b = PassResult.builder(NAME, original);
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
        boolean sentenceRun = judgeAll(t, chars, lines, nonBlank, matchers, masked, template);
        int copied = template == null ? 0 : copiedWords(lines);
        if (copied > 0) {
            // a copy of a document the batch holds more of, not a page of a site: its lines are judged as they are alone
            Line first = firstOf(lines, SITE_TEMPLATE);
            lines = split(t, chars);
            sentenceRun = judgeAll(t, chars, lines, nonBlank, matchers, masked, null);
            b.flag(first.cs, first.ce, COPIED_TEXT, String.format(Locale.ROOT, "the lines the batch repeats hold %,d words of"
                    + " this document's text in stretches of %d lines or more, %d%% of its text or more: a copy of a document"
                    + " that other documents of the batch hold too, not a site's template; its lines are judged as if it came"
                    + " alone", copied, COPIED_RUN, Math.round(100 * COPIED_SHARE)));
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
        widgets(t, lines, webPage);
        controlLines(t, lines);
        sourceLines(chars, lines);
        cookieCategories(t, lines);
        strays(lines);
        if (webPage) {
            // (after the strays: a drawn rule is no text, but it stood for kept lines beside it, a forum's user names)
            drawnRules(chars, lines);
        }
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
        if (lineModel(t, chars, lines, webPage, articleLike) && !keepBylines) {
            keptEdgeMetadata(t, lines); // (a line the model dropped held a date out of the kept text's edge, as a drawn rule did)
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

    /** Characters kept, at most, for a page to read as having no article ({@link #records}). */
    static final int RECORDS_KEPT = 1000;
    /** Times a record's repeated line stands in a run, at least. */
    static final int RECORDS_MIN = 4;
    /** Lines between two of a record's repeated lines, at most (and at least 2). */
    static final int RECORDS_GAP = 40;
    /** Words of a record's line that says something of its item (a name, a description), at least. */
    static final int RECORDS_ITEM_WORDS = 4;

    /**
     * A page whose reading as an article kept under {@value #RECORDS_KEPT} characters has no
     * article: a shop's grid, a list of events, jobs or links, whose items the length and context
     * rules drop as short lines away from prose. Such a grid is a run of records that repeat a line
     * ("Liquid Capacity:", "$0.00", "(0) reviews", digits alike): a line, not recognised as
     * furniture, that stands {@value #RECORDS_MIN} times or more at most {@value #RECORDS_GAP} lines
     * apart, with a line of {@value #RECORDS_ITEM_WORDS} words or more between three in four of its
     * neighbouring pairs (a language menu's "English" repeats between one-word lines). From the first
     * such line to the last, the lines the statistics dropped come back (bullets aside: an image
     * gallery's alt texts); recognised furniture (buttons, menus, controls) stays dropped. Returns
     * the first and last line of the records and how many repeated lines were found, or null.
     */
    private static int[] records(String t, Line[] lines) {
        int kept = 0;
        for (Line l : lines) {
            kept += !l.blank() && l.cls != BAD ? l.length() : 0;
        }
        if (kept >= RECORDS_KEPT) {
            return null;
        }
        java.util.Map<String, List<Integer>> at = new java.util.HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (!l.blank() && l.words > 0 && (l.cls != BAD || soft(l)) && l.length() <= 200) {
                at.computeIfAbsent(recordKey(t, l), k -> new ArrayList<>()).add(i);
            }
        }
        int from = Integer.MAX_VALUE;
        int to = -1;
        int found = 0;
        for (List<Integer> pos : at.values()) {
            if (pos.size() < RECORDS_MIN) {
                continue;
            }
            int runStart = 0;
            for (int k = 1; k <= pos.size(); k++) {
                int gap = k < pos.size() ? pos.get(k) - pos.get(k - 1) : 0;
                if (k < pos.size() && gap >= 2 && gap <= RECORDS_GAP) {
                    continue;
                }
                // a run of occurrences, pos[runStart .. k)
                if (k - runStart >= RECORDS_MIN && itemsBetween(lines, pos, runStart, k) * 4 >= (k - runStart - 1) * 3) {
                    from = Math.min(from, pos.get(runStart));
                    to = Math.max(to, pos.get(k - 1));
                    found += k - runStart;
                }
                runStart = k;
            }
        }
        if (to < 0) {
            return null;
        }
        for (int i = from; i <= to; i++) {
            Line l = lines[i];
            if (!l.blank() && l.cls == BAD && soft(l) && !l.bullet) {
                restore(l);
            }
        }
        return new int[] {from, to, found};
    }

    /** Pairs of neighbouring occurrences in pos[from, to) with a line of an item's words between them. */
    private static int itemsBetween(Line[] lines, List<Integer> pos, int from, int to) {
        int items = 0;
        for (int m = from + 1; m < to; m++) {
            for (int q = pos.get(m - 1) + 1; q < pos.get(m); q++) {
                Line l = lines[q];
                if (!l.blank() && l.words >= RECORDS_ITEM_WORDS && (l.cls != BAD || soft(l))) {
                    items++;
                    break;
                }
            }
        }
        return items;
    }

    /** A line's text lowercased, each run of digits as one '0': the key under which a record's repeated lines are found. */
    private static String recordKey(String t, Line l) {
        StringBuilder b = new StringBuilder(l.ce - l.ts);
        for (int i = l.ts; i < l.ce; i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                if (b.isEmpty() || b.charAt(b.length() - 1) != '0') {
                    b.append('0');
                }
            } else {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /**
     * An image's alt text that a text browser wrote in its place ("Mailjet logo", "Michael
     * Natkin's user avatar", {@link Furniture#altText}) goes wherever it stands. It is looked for
     * last, once the article is found: an image stands inside an article as often as outside, so
     * its alt text says nothing of the lines around it (counted as furniture, a row of "customer
     * logo" lines between the quotes of a product page vouched for dropping its whole top). So are an
     * image described as its alt text or caption describes it ("Screenshot of a dashboard …",
     * {@link Furniture#describedImage}) and a caption that ends with its picture's credit ("… Credit:
     * Clark Tate", "… via Getty Images", {@link Furniture#endsWithCredit}; not a row of a list of labelled values, as in
     * {@link #specRows}), however long; and an image's address alone
     * on its line ({@link Furniture#imageAddress}) or its file name in brackets with at most one word beside it, an icon
     * and its label ({@link Furniture#iconLine}, on a page with such names: {@code imageMarks} is then the judged text).
     */
    private static void altTexts(String t, Line[] lines, char[] imageMarks, boolean webPage) {
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank() || l.cls == BAD) {
                continue;
            }
            if (l.words <= Furniture.ALT_TEXT_WORDS && Furniture.altText(t, l.ts, l.ce, l.words) || Furniture.describedImage(t, l.ts, l.ce)
                    || webPage && l.words <= Furniture.PICTURED_WORDS && Furniture.picturedPeople(t, l.ts, l.ce)) {
                bad(l, "markup", "an image's description (its alt text) left in the text");
            } else if (Furniture.imageAddress(t, l.ts, l.ce)) {
                bad(l, "markup", "an image's address alone on its line");
            } else if (imageMarks != null && Furniture.iconLine(imageMarks, l.cs, l.ce)) {
                bad(l, "markup", "an image's file name in brackets with at most one word beside it: an icon and its label, a menu's entry or a control");
            } else if (Furniture.endsWithCredit(t, l.ts, l.ce) && !(labelled(t, l) && inLabelledList(t, lines, i))) {
                bad(l, "credit", "a picture's caption: it ends with the picture's credit");
            }
        }
    }

    /** Numbers in a row, at least, that are a counter ({@link #counters}). */
    static final int COUNTER_RUN = 5;

    /**
     * A counter, one number per line: at least {@value #COUNTER_RUN} lines in a row (blank lines aside) that each hold
     * nothing but a whole number, counting up by one from 0 or 1 — page numbers ("1 2 3 4 5 … Next"), a rating's scale
     * ("1 2 3 4 5" under each product of a review), the line numbers beside a code block. None is text (none in the dev pages' gold texts when the rule
     * came; 576 lines dropped so on those pages now, {@code unmangle clean --passes boilerplate --no-learn --explain}); a program's output that counts ("0 0 1 1 2 2", "0 1 2 3 ...") does
     * not count up by one or is shorter. Looked for last, as alt texts are: a counter vouches for no neighbour.
     */
    private static void counters(char[] c, Line[] lines) {
        int start = -1; // the first line of the run at hand
        int count = 0;
        int last = -1;
        for (int i = 0; i <= lines.length; i++) {
            Line l = i < lines.length ? lines[i] : null;
            if (l != null && l.blank()) {
                continue;
            }
            int n = l == null ? -1 : wholeNumber(c, l.ts, l.ce);
            if (n >= 0 && count > 0 && n == last + 1) {
                count++;
            } else {
                if (count >= COUNTER_RUN) {
                    for (int k = start; k < i; k++) {
                        if (!lines[k].blank() && lines[k].cls != BAD) {
                            bad(lines[k], "navigation", "a counter, one number per line (page numbers, a rating's scale, a code block's line numbers)");
                        }
                    }
                }
                count = n == 0 || n == 1 ? 1 : 0;
                start = i;
            }
            last = n;
        }
    }

    /** Entries in a row, at least, that make a table of contents ({@link #contents}) ... */
    static final int CONTENTS_ENTRIES = 3;
    /** ... each of at most this many words. */
    static final int CONTENTS_WORDS = 15;

    /**
     * A table of contents: at least {@value #CONTENTS_ENTRIES} list items in a row (bulleted or numbered, of at most
     * {@value #CONTENTS_WORDS} words) whose texts each stand again further down, in the same order, as lines that are
     * no list items (a numbered heading, "2. Squats", reads as one) — the headings of the sections below, most of them
     * with a paragraph before the next (longer than an entry). The entries go, the headings stay: a table of contents
     * says again what the headings say (on the dev pages, 0.0011 of precision on articles for 0.0001 of recall: some gold
     * texts keep such a list). Looked for last, among the lines kept; a list repeated as a list (a menu at the head and
     * the foot) is no table of contents.
     */
    private static void contents(String t, char[] c, Line[] lines) {
        int[] kept = new int[lines.length];
        int n = 0;
        int items = 0; // list items in a row: a table of contents needs CONTENTS_ENTRIES
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank() || l.cls == BAD) {
                continue;
            }
            kept[n++] = i;
            items = listItem(t, l) && l.words <= CONTENTS_WORDS ? items + 1 : 0;
            any |= items >= CONTENTS_ENTRIES;
        }
        if (!any) {
            return;
        }
        // headings by their key's hash (no list items: an entry's heading is no list item), in order
        long[] keys = new long[n];
        com.carrotsearch.hppc.LongObjectHashMap<com.carrotsearch.hppc.IntArrayList> at = new com.carrotsearch.hppc.LongObjectHashMap<>();
        for (int k = 0; k < n; k++) {
            Line l = lines[kept[k]];
            if (l.words <= CONTENTS_WORDS) {
                keys[k] = entryKey(t, c, l, false);
                if (keys[k] != NO_KEY && !listItem(t, l)) {
                    com.carrotsearch.hppc.IntArrayList places = at.get(keys[k]);
                    if (places == null) {
                        at.put(keys[k], places = new com.carrotsearch.hppc.IntArrayList());
                    }
                    places.add(k);
                }
            }
        }
        int[] later = new int[n];
        for (int j = 0; j < n; ) {
            int e = j;
            // (a run ends where the headings' order breaks: a second copy of the table right under the first starts again)
            while (e < n && keys[e] != NO_KEY && listItem(t, lines[kept[e]])) {
                int h = heading(at.get(keys[e]), e);
                if (h < 0) {
                    // a wiki numbers its table's entries and not its headings ("1 Plot" over "Plot[edit]")
                    long unnumbered = entryKey(t, c, lines[kept[e]], true);
                    h = unnumbered != NO_KEY ? heading(at.get(unnumbered), e) : -1;
                }
                if (h < 0 || e > j && h <= later[e - j - 1]) {
                    break;
                }
                later[e - j] = h;
                e++;
            }
            // (each heading is after its entry and no list item, so after the whole run of list items; in order, as read)
            if (e - j >= CONTENTS_ENTRIES && !introduced(t, lines, kept, j) && sectionsBetween(lines, kept, later, e - j)) {
                for (int k = j; k < e; k++) {
                    bad(lines[kept[k]], "contents", "a table of contents: its entries are the headings of the sections below");
                }
                j = e;
            } else {
                j++;
            }
        }
    }

    /** Words, more than, of a sentence that ends with a colon and introduces the list under it as the text's own. */
    static final int INTRODUCING_WORDS = 4;

    /**
     * Whether the list that holds kept line {@code k} (and starts at it or above it) is introduced by a sentence of the
     * text ("The AI CLIs tested were:", "Here is the full workout, which looks like:"): a list of the sections to come,
     * written as the text's own (on clean gold texts, 15 of the 23 items read as tables of contents before this test); a
     * label ("Table of contents:", "In this article:") is no sentence.
     */
    private static boolean introduced(String t, Line[] lines, int[] kept, int k) {
        int a = k - 1;
        while (a >= 0 && listItem(t, lines[kept[a]])) {
            a--; // the list's first items, which have no heading below (a warm-up's): the list began there
        }
        Line above = a < 0 ? null : lines[kept[a]];
        return above != null && above.words > INTRODUCING_WORDS && t.charAt(above.ce - 1) == ':';
    }

    /** Whether the line is a list item: bulleted ({@link Line#bullet}) or numbered ("2. Squats", {@link ListItems}). */
    private static boolean listItem(String t, Line l) {
        return l.bullet || ListItems.numbered(t, l.ts, l.ce);
    }

    /** Characters, at most, of a mark in brackets at a heading's end that its entry lacks ("[edit]"). */
    static final int EDIT_MARK = 12;

    /**
     * A hash of an entry's or a heading's words, lowercase, one space apart, its list mark, its number ("2. ") and a
     * mark in brackets at its end ("[edit]") left out; and with {@code sectionNumber} its section number too ("3.1 ",
     * "1 "). {@link #NO_KEY} for three characters or fewer.
     */
    private static long entryKey(String t, char[] c, Line l, boolean sectionNumber) {
        int from = ListItems.numberedTextStart(t, l.ts, l.ce);
        int s = from;
        while (sectionNumber && s < l.ce && (c[s] >= '0' && c[s] <= '9' || c[s] == '.' && s > from)) {
            s++;
        }
        if (s > from && s < l.ce && c[s] == ' ') {
            from = s + 1; // a section's number, "3.1 Anime episode list", as a wiki's table numbers its entries
        }
        int to = l.ce;
        if (c[to - 1] == ']') {
            int open = to - 2;
            while (open > from && to - open <= EDIT_MARK && c[open] != '[') {
                open--;
            }
            to = open > from && c[open] == '[' ? open : to; // a heading's mark, "Plot[edit]", "Usage [link]"
        }
        // FNV-1a over the words' characters, one separator between words (none before the first or after the last)
        long h = 0xcbf29ce484222325L;
        int length = 0;
        boolean gap = false;
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (Chars.isLetterOrDigit(ch)) {
                if (gap && length > 0) {
                    h = (h ^ ' ') * 0x100000001b3L;
                    length++;
                }
                gap = false;
                h = (h ^ Chars.toLowerCase(ch)) * 0x100000001b3L;
                length++;
            } else {
                gap = true;
            }
        }
        return length > 3 ? h : NO_KEY;
    }

    /** {@link #entryKey} of a line of three characters or fewer: no entry or heading. */
    private static final long NO_KEY = 0;

    /** The first of {@code places} (headings' numbers among the kept lines, ascending; null: none) after {@code k}, or -1. */
    private static int heading(com.carrotsearch.hppc.IntArrayList places, int k) {
        if (places == null) {
            return -1;
        }
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i) > k) {
                return places.get(i);
            }
        }
        return -1;
    }

    /**
     * Whether at least half of the gaps between the headings of a run of {@code count} entries ({@code later}: after the
     * run, in the entries' order, as the run was read) hold a line longer than an entry: sections, not a list again.
     */
    private static boolean sectionsBetween(Line[] lines, int[] kept, int[] later, int count) {
        int prose = 0;
        for (int t = 1; t < count; t++) {
            for (int q = later[t - 1] + 1; q < later[t]; q++) {
                if (lines[kept[q]].words > CONTENTS_WORDS) {
                    prose++;
                    break;
                }
            }
        }
        return prose * 2 >= count - 1;
    }

    /** The whole number that {@code c[from, to)} is (at most four digits), or -1. */
    private static int wholeNumber(char[] c, int from, int to) {
        if (to <= from || to - from > 4) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            if (c[i] < '0' || c[i] > '9') {
                return -1;
            }
            n = n * 10 + c[i] - '0';
        }
        return n;
    }

    /**
     * A consent dialog's text of the IAB's purposes and partners ({@link Furniture#CONSENT_DIALOG}, or a purpose's name
     * alone on its line, {@link Furniture#CONSENT_PURPOSE}) goes, looked for last.
     */
    private static void consentDialogs(String t, Line[] lines) {
        java.util.regex.Matcher m = Furniture.CONSENT_DIALOG.matcher(t);
        java.util.regex.Matcher purpose = Furniture.CONSENT_PURPOSE.matcher(t);
        for (Line l : lines) {
            if (l.blank() || l.cls == BAD || l.words < 3 || l.continues) {
                continue;
            }
            // (each regular expression only where it may match: a purpose's name is a short line that begins as one does;
            // the dialog's other forms hold one of a few rare words. Most lines are prose, and long.)
            int ts = t.startsWith("[ ] ", l.ts) || t.startsWith("[x] ", l.ts) || t.startsWith("[X] ", l.ts) ? l.ts + 4 : l.ts;
            boolean isPurpose = l.words <= CONSENT_PURPOSE_WORDS && CONSENT_PURPOSE_FIRST_WORDS.first(t, ts, l.ce) != null
                    && purpose.region(l.cs, l.ce).matches();
            if (isPurpose || CONSENT_DIALOG_WORDS.inLine(t, l.pairs, l.cs, l.ce) && m.region(l.cs, l.ce).find()) {
                bad(l, "cookie", "a consent dialog's text (the purposes and partners of the IAB's consent framework)");
            }
        }
    }

    /**
     * A template's placeholder text, a paragraph of Latin that begins "Lorem ipsum dolor sit amet", goes: a theme's filler
     * that the site never replaced (boilerplate-dev: kept three times on one page, wcxb_dev_4666; in none of its 1,476 gold
     * texts). A short line that names it went already (Furniture's "markup"); this reads the long ones, and not one with
     * English in it (a tenth of its words English function words or more): an article may quote it.
     */
    private static void placeholders(String t, Line[] lines) {
        for (Line l : lines) {
            if (!l.blank() && l.cls != BAD && l.stops * 10 < l.words && t.regionMatches(true, l.ts, "lorem ipsum dolor sit amet", 0, 26)) {
                bad(l, "markup", Furniture.PLACEHOLDER_TEXT); // (as a short line's: one rule, one reason)
            }
        }
    }

    /**
     * A long line of the page's source saved with its text ({@link Furniture#sourceText}: a script's escaped string, a
     * framework's data, minified code) goes, looked for last: judged with the others, such lines counted as recognised
     * furniture, and a documentation page that held one was read as a saved web page and lost lines of its code.
     */
    private static void sourceLines(char[] chars, Line[] lines) {
        for (Line l : lines) {
            if (!l.blank() && l.cls != BAD && l.ce - l.cs > Furniture.MAX_LENGTH && Furniture.sourceText(chars, l.cs, l.ce)) {
                bad(l, "markup", "the page's source saved with its text (a script's escaped string, data or code without spaces), not its words");
            }
        }
    }

    /**
     * A cookie preference centre's descriptions of the kinds of cookies ({@link Furniture#COOKIE_CATEGORY}: "These cookies
     * allow us to count visits …", "Cookies collect information about …") go where a text holds
     * {@value Furniture#COOKIE_CATEGORIES} or more of them, looked for last (none of boilerplate-dev's 1,476 gold texts
     * begins a line so; nine of its pages kept such descriptions).
     */
    private static void cookieCategories(String t, Line[] lines) {
        java.util.regex.Matcher m = Furniture.COOKIE_CATEGORY.matcher(t);
        List<Line> found = new ArrayList<>();
        for (Line l : lines) {
            if (!l.blank() && l.cls != BAD && l.cookies > 0 && l.words >= 6 && m.region(l.ts, l.ce).lookingAt()) {
                found.add(l);
            }
        }
        if (found.size() >= Furniture.COOKIE_CATEGORIES) {
            for (Line l : found) {
                bad(l, "cookie", "a cookie preference centre's description of a kind of cookie (the text holds " + found.size() + " such lines)");
            }
        }
    }

    /** Words of a line that is a consent purpose's name, at most. */
    static final int CONSENT_PURPOSE_WORDS = 16;
    /** How {@link Furniture#CONSENT_PURPOSE}'s names begin. */
    private static final Furniture.WordSet CONSENT_PURPOSE_FIRST_WORDS = new Furniture.WordSet(List.of("use", "create", "measure",
            "understand", "develop", "actively"));
    /**
     * What each of {@link Furniture#CONSENT_DIALOG}'s forms holds, in any case as the pattern reads them: the longer the
     * phrase, the fewer lines are read for it ("personalised" alone had a line read wherever a word began with "pe").
     */
    private static final Furniture.Mentions CONSENT_DIALOG_WORDS = new Furniture.Mentions(true, "partners can use this", "personalised ad",
            "other devices", "tc string", "store and/or access", "information about your activity", "presented to you on this service",
            "information regarding which", "reports can be generated", "we process your data");

    /**
     * On a saved web page, a line of nothing but underscores ({@value #FIELD_UNDERSCORES} or more) is
     * what a text browser draws for a horizontal rule or an empty input field: no text, and never in
     * an article's extracted text (none of boilerplate-dev's 1,476 gold texts has one; 2,198 such lines
     * stood in 409 of its pages). Clean text that uses such a line as a section break is no web page
     * and keeps it.
     */
    private static void drawnRules(char[] t, Line[] lines) {
        for (Line l : lines) {
            if (l.blank() || l.cls == BAD || l.words != 0 || l.length() < FIELD_UNDERSCORES) {
                continue;
            }
            boolean rule = true;
            for (int i = l.cs; i < l.ce && rule; i++) {
                rule = t[i] == '_';
            }
            if (rule) {
                bad(l, "markup", "a text browser's horizontal rule or empty input field (a line of underscores), not text");
            }
        }
    }

    /** Words of a stray line, at most ... */
    static final int STRAY_WORDS = 3;
    /** ... and non-blank lines on each side of it that must all be dropped. */
    static final int STRAY_DISTANCE = 2;

    /**
     * A short line (three words at most, no sentence) left alone among dropped lines, with nothing
     * kept within two lines on either side, is a leftover of the furniture around it ("Blog",
     * "Resources" between dropped menu items), not text; looked for last, once everything else is decided.
     */
    private static void strays(Line[] lines) {
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank() || l.cls == BAD || l.words > STRAY_WORDS || l.terminal) {
                continue;
            }
            if (keptWithin(lines, i, -1, STRAY_DISTANCE) || keptWithin(lines, i, +1, STRAY_DISTANCE)) {
                continue;
            }
            bad(l, "navigation", "a short line among dropped furniture, far from the text");
        }
    }

    /**
     * Whether a kept line stands within {@code count} non-blank lines of line i in direction {@code dir}; a line with
     * nothing at all on that side (the text's first or last) counts as beside kept text, so it is never a stray.
     */
    private static boolean keptWithin(Line[] lines, int i, int dir, int count) {
        int seen = 0;
        for (int k = i + dir; k >= 0 && k < lines.length && seen < count; k += dir) {
            if (!lines[k].blank()) {
                seen++;
                if (lines[k].cls != BAD) {
                    return true;
                }
            }
        }
        return seen == 0;
    }

    /** Words of a forum's line about a post or its author, at most. */
    static final int FORUM_LINE_WORDS = 12;

    /**
     * A forum's or a Q&A site's lines about a post and its author (XenForo's, vBulletin's,
     * Discourse's, phpBB's, Stack Exchange's): "Posts: 1,077", "Joined Oct 2018", "Reaction score",
     * "Senior Member", "View Public Profile", "Report post to moderator", "Reply Quote Like",
     * "Improve this answer", "30.5k 18 gold badges 90 silver badges", "GeoffreyA is offline Reply
     * With Quote"; and, on a page with {@value #POST_NUMBER_FORUM_LINES} or more of those, a post's
     * number ("#18"), which alone is a listing's rank ("#1"). Like alt texts they are looked for
     * last: the posts they stand between are the page's text.
     */
    private static void forumLines(String t, Line[] lines) {
        java.util.regex.Matcher m = Furniture.FORUM_LINE.matcher(t);
        int found = 0;
        for (Line l : lines) {
            if (l.blank() || l.cls == BAD) {
                continue;
            }
            if (l.words > FORUM_LINE_WORDS || l.ce - l.ts > 120) {
                if (l.ce - l.ts < 300 && t.regionMatches(true, l.ts, SE_BLURB, 0, SE_BLURB.length())) {
                    bad(l, "comment-call", "a Q&A network's blurb, not the page's text");
                }
                continue;
            }
            char c = t.charAt(l.ts);
            // (a regular expression of sixty forms is tried only on lines that begin as one of them: a number with a word of
            // theirs, "[", or one of their first words)
            if (c >= '0' && c <= '9' ? l.words > 8 || !FORUM_COUNT_WORDS.in(t, l.ts, l.ce)
                    : c != '[' && !forumFirstWord(t, l) && !(l.words <= 6 && PRESENCE_WORDS.inLine(t, l.pairs, l.ts, l.ce))) {
                continue;
            }
            if (m.region(l.ts, l.ce).matches()) {
                bad(l, "comment-call", "a forum's line about a post or its author, not its text");
                found++;
            }
        }
        if (found < POST_NUMBER_FORUM_LINES) {
            return;
        }
        for (Line l : lines) {
            if (!l.blank() && l.cls != BAD && l.words == 1 && postNumber(t, l.ts, l.ce)) {
                bad(l, "comment-call", "a forum post's number, on a page of forum posts");
            }
        }
    }

    /** Forum lines a page holds, at least, for a line "#18" on it to be a post's number (and not a listing's rank, "#1"). */
    static final int POST_NUMBER_FORUM_LINES = 3;

    /** Whether {@code t[from, to)} is "#" and a number of at most five digits. */
    private static boolean postNumber(String t, int from, int to) {
        if (to - from < 2 || to - from > 6 || t.charAt(from) != '#') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** How Stack Exchange's blurb begins ("… consists of 183 Q&A communities including Stack Overflow, …"). */
    private static final String SE_BLURB = "Stack Exchange network consists of ";

    /** A board member's state, as vBulletin writes it after the name ("GeoffreyA is offline"). */
    private static final Furniture.Mentions PRESENCE_WORDS = new Furniture.Mentions("is offline", "is online");

    /** What a line of {@link Furniture#FORUM_LINE}'s that begins with a number holds: a count's word, or a time zone's sign. */
    private static final Furniture.Mentions FORUM_COUNT_WORDS = new Furniture.Mentions("post", "badge", "reputation", "answer", " +", " -");

    /** Words of most of {@link Furniture#FORUM_LINE}'s forms, at most; the longer ones begin with {@link #LONG_FORUM_FIRST_WORDS}. */
    static final int SHORT_FORUM_LINE_WORDS = 6;

    /** Whether the line begins as one of {@link Furniture#FORUM_LINE}'s forms that begin with a word, and is not longer than they are. */
    private static boolean forumFirstWord(String t, Line l) {
        String w = FORUM_FIRST_WORDS.first(t, l.ts, l.ce);
        return w != null && (l.words <= SHORT_FORUM_LINE_WORDS || LONG_FORUM_FIRST_WORDS.contains(w));
    }

    private static final java.util.Set<String> LONG_FORUM_FIRST_WORDS = java.util.Set.of("tour", "help", "meta", "about", "sign", "find", "visit",
            "asked", "edited", "commented", "modified", "active", "viewed", "joined", "registered");

    /** The first words of {@link Furniture#FORUM_LINE}'s forms that begin with a letter. */
    private static final Furniture.WordSet FORUM_FIRST_WORDS = new Furniture.WordSet(List.of("posts", "post", "joined", "messages", "reaction",
            "registered", "senior", "junior", "new", "active", "well-known", "established", "valued", "premium", "super", "verified", "full",
            "member", "view", "find", "visit", "report", "mark", "improve", "add", "asked", "edited", "commented", "viewed", "enter", "reply",
            "quote", "like", "multi-quote", "multiquote", "save", "modified", "ask", "stack", "explore", "current", "your", "more", "sign",
            "tour", "help", "meta", "about", "trophy", "likes", "points", "solutions"));
    /** Whether the line begins as {@link Furniture#CONSENT_LINE}'s forms begin ("By", "I", "Yes", a check box) or tells how to unsubscribe. */
    private static boolean mayBeConsent(String t, Line l) {
        return t.charAt(l.ts) == '[' || CONSENT_FIRST_WORDS.first(t, l.ts, l.ce) != null || UNSUBSCRIBE_WORDS.inLine(t, l.pairs, l.ts, l.ce);
    }

    private static final Furniture.Mentions UNSUBSCRIBE_WORDS = new Furniture.Mentions("unsubscribe", "opt out", "opt-out");

    private static final Furniture.WordSet CONSENT_FIRST_WORDS = new Furniture.WordSet(List.of("by", "i", "yes"));

    /** The first words of {@link Furniture#CONTROL_LINE}'s forms. */
    private static final Furniture.WordSet CONTROL_FIRST_WORDS = new Furniture.WordSet(List.of("add", "added", "quick", "choose", "select", "apply",
            "unit", "regular", "sale", "list", "original", "seller", "why", "help", "previous", "next", "error", "checkmark", "check", "see",
            "compare", "buy", "read", "editors", "editors'", "best", "top", "budget", "start", "get", "back", "in", "download", "request", "report",
            "oldest"));


    /**
     * A shop's, an ad's or a form's control that a text browser wrote as a line ("Add to cart",
     * "Quick view", "Unit price / per", "Why you're seeing this ad", "Apply now"), looked for
     * last like alt texts. (Not "In stock", "Sold out", "Out of stock" or "Verified purchase":
     * the gold of some product and collection pages keeps them.) A short line (eight words at
     * most) that holds a text browser's button mark ("(BUTTON) Sign up", "Gallery (BUTTON)",
     * "2. (BUTTON) Moving Cost Calculator") is a control too, whatever its words; a sentence that
     * holds one ("… according to (BUTTON) Mikey Shulman, …") stays. (Looked for last: judged with the
     * others, these lines tipped pages into saved-page reading; recall 0.9366 against 0.9371.)
     */
    private static void controlLines(String t, Line[] lines) {
        java.util.regex.Matcher m = Furniture.CONTROL_LINE.matcher(t);
        java.util.regex.Matcher consent = Furniture.CONSENT_LINE.matcher(t);
        for (Line l : lines) {
            if (l.blank() || l.cls == BAD) {
                continue;
            }
            if (l.words <= 8 && l.ce - l.ts <= 80 && button(t, l)) {
                bad(l, "navigation", "a button's label (a text browser's (BUTTON) mark), not the page's text");
                continue;
            }
            if (l.words > 8 || l.ce - l.ts > 80) {
                if (l.ce - l.ts <= 400 && mayBeConsent(t, l) && consent.region(l.ts, l.ce).matches()) {
                    bad(l, "form", "a web form's consent line, not the page's text");
                }
                continue;
            }
            if (t.charAt(l.ts) != '[' && CONTROL_FIRST_WORDS.first(t, l.ts, l.ce) == null) {
                continue;
            }
            if (m.region(l.ts, l.ce).matches()) {
                bad(l, "navigation", "a shop's, an ad's or a form's control, not the page's text");
            }
        }
    }

    /**
     * A web form's check box or radio button with its label ({@link #widget}) goes, looked for after the consent dialogs
     * (whose purposes have boxes too); not after a list bullet, where the boxes are a checklist's ("* [ ] Book the
     * venue"). A label that reads as a sentence goes too: it is a form's consent ("[ ] By checking this box, I authorize
     * …"), or a shop's option with its description; sparing such labels cost boilerplate-dev's F1 0.0003. On a saved web
     * page, a mark alone on its line goes too (boilerplate-dev's pages kept 103 such lines, "[ ]", "( )", "(*)": words
     * none, so no score saw them).
     */
    private static void widgets(String t, Line[] lines, boolean webPage) {
        for (Line l : lines) {
            if (!l.blank() && l.cls != BAD && l.ts == l.cs && (widget(t, l.cs, l.ce) || webPage && l.ce - l.cs == 3 && mark(t, l.cs))) {
                bad(l, "form", "a web form's check box or radio button (a text browser's [ ], [X], ( ) or (*) mark) with its label, not the page's text");
            }
        }
    }

    /**
     * Whether a line begins with a text browser's mark of a check box ("[ ]", "[X]"; w3m's "[*]") or a radio button ("( )",
     * "(*)") followed by a label or another mark. No gold text of boilerplate-dev's 1,476 begins a line so; 76 pages kept
     * 1,138 such lines ("[ ] Add to Compare", "(*) Yes", "[ ] Bibliographic Explorer Toggle").
     */
    private static boolean widget(CharSequence t, int ts, int ce) {
        return ce - ts >= 5 && t.charAt(ts + 3) == ' ' && t.charAt(ts + 4) != ' ' && mark(t, ts);
    }

    /** Whether a text browser's mark of a check box or a radio button ({@link #widget}) stands at {@code ts}. */
    private static boolean mark(CharSequence t, int ts) {
        char open = t.charAt(ts);
        char mark = t.charAt(ts + 1);
        char close = t.charAt(ts + 2);
        return open == '[' && close == ']' && (mark == ' ' || mark == 'X' || mark == 'x' || mark == '*')
                || open == '(' && close == ')' && (mark == ' ' || mark == '*');
    }

    /** A text browser's mark for a button, as lynx writes it (an input's in capitals, a button element's in lowercase); never in clean text. */
    private static final Furniture.Mentions BUTTON_MARK = new Furniture.Mentions("(BUTTON)", "(button)");

    /** Whether the line holds a text browser's {@link #BUTTON_MARK}. */
    private static boolean button(String t, Line l) {
        return BUTTON_MARK.inLine(t, l.pairs, l.ts, l.ce);
    }

    /**
     * News-headline conventions that subheadings rarely use: a quoted phrase ('…', ‘…’, "…"),
     * or a trailing source tag ("… - Report", "… | Reuters").
     */
    private static boolean headlineMarks(String t, Line l) {
        String s = t.substring(l.cs, l.ce);
        int q = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '‘' || c == '’' && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1))) || c == '"' || c == '“' || c == '”') {
                q++;
            }
        }
        return q >= 2 || s.matches(".*\\s[-–—|]\\s+\\p{Lu}\\p{L}+$");
    }

    /** The lines of {@code text} ({@code t}: its characters), each with its extent trimmed of white space. */
    private static Line[] split(String text, char[] t) {
        // (line ends found with String.indexOf, which the JVM runs as a vector loop)
        int[] ends = new int[64];
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == ends.length) {
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = i;
        }
        Line[] lines = new Line[count + 1];
        int s = 0;
        for (int k = 0; k <= count; k++) {
            int e = k < count ? ends[k] : t.length;
            Line l = new Line();
            l.start = s;
            l.end = e;
            int cs = s;
            while (cs < e && Chars.isWhitespace(t[cs])) {
                cs++;
            }
            int ce = e;
            while (ce > cs && Chars.isWhitespace(t[ce - 1])) {
                ce--;
            }
            l.cs = cs;
            l.ce = ce;
            l.ts = cs;
            lines[k] = l;
            s = e + 1;
        }
        return lines;
    }

    /** Bylines and date lines are taken as metadata only among the first and last few lines. */
    static final int METADATA_HEAD = 8;
    static final int METADATA_FOOT = 4;

    /** Characters of a line, at least, and of the line above it, for the one to go on with the other's sentence. */
    static final int CONTINUED_LENGTH = 50;

    /** Lowercase words in a row that make a line a sentence ({@link #sentence}), at least. */
    static final int SENTENCE_LOWERCASE_RUN = 4;

    /**
     * Whether {@code t[from, to)} reads as a sentence, not a label or a list of names: it ends with a period and holds
     * {@value #SENTENCE_LOWERCASE_RUN} words in lowercase in a row ("Designed by the architect Frank Gehry, the museum
     * opened in 1997."; not "Designed by Yours truly.", "Design by Threespot & andrevv").
     */
    private static boolean sentence(char[] t, int from, int to) {
        if (to <= from || t[to - 1] != '.') {
            return false;
        }
        int run = 0;
        for (int i = from; i < to; i++) {
            if ((i == from || !Character.isLetterOrDigit(t[i - 1])) && Character.isLetter(t[i])) {
                run = Character.isLowerCase(t[i]) ? run + 1 : 0;
                if (run >= SENTENCE_LOWERCASE_RUN) {
                    return true;
                }
            } else if (!Character.isLetter(t[i]) && t[i] != ' ' && t[i] != '\'' && t[i] != '’') {
                run = Character.isDigit(t[i]) ? 0 : run; // (a figure breaks the run; a comma does not: "…, the museum opened")
            }
        }
        return false;
    }

    /**
     * Whether line {@code l}, its text from {@code from}, is the last words of the sentence of the line above, wrapped by
     * hand onto a line of their own: it starts in lowercase and ends a sentence (or opens a list or a quotation with a
     * colon), and the line above ({@link #runsOn}) is long and ends without a sentence's end. Such a line is no furniture,
     * whatever its words: "… what you're talking" / "about.", "… and we walked back" / "home.", "… more quotable" /
     * "comments:" (a menu's "About" or "Home" ends no sentence).
     */
    private static boolean endsSentenceAbove(char[] t, Line above, Line l, int from) {
        return from < l.ce && Character.isLowerCase(t[from]) && ".!?:".indexOf(t[l.ce - 1]) >= 0 && runsOn(t, above, from);
    }

    /**
     * Whether {@code l} goes on with the sentence of the line above it: both long, the one above ending without a
     * sentence's end, and {@code l} starting in lowercase. A paragraph wrapped by hand, at no one width (so the unicode
     * pass leaves its lines), is read line by line here; such a line is no furniture by its wording, nor a consent
     * dialog's ("its wording (share/follow/newsletter/cookie lines, blog footers, tip boxes — a call that asks, "Got a
     * tip?" …" in the middle of a sentence). (Taken also where the line above ends without a sentence's end and the
     * line starts with a capital, boilerplate-dev lost 0.0004 of precision.)
     */
    private static boolean continues(char[] t, Line above, Line l) {
        return !l.blank() && l.length() >= CONTINUED_LENGTH && runsOn(t, above, l.cs);
    }

    /**
     * Whether a non-blank line whose text starts at {@code from} goes on with the sentence of the line above it: the line
     * above is long and ends without a sentence's end, and the text starts in lowercase or the line above ends open
     * ({@link #openEnd}).
     */
    private static boolean runsOn(char[] t, Line above, int from) {
        return !above.blank() && above.length() >= CONTINUED_LENGTH && ".!?".indexOf(t[above.ce - 1]) < 0
                && (Character.isLowerCase(t[from]) || openEnd(t, above));
    }

    /**
     * Whether the line ends where no sentence, title or label can: after a comma, a word that asks for more ("the",
     * "of", "with", "their"), or inside a quotation it opened ("… while "© 2024" / "Example Media. All rights
     * reserved." …"): the next line goes on with it, whatever its first letter.
     */
    private static boolean openEnd(char[] t, Line l) {
        int e = l.ce;
        if (t[e - 1] == ',') {
            return true;
        }
        int straight = 0; // straight quotation marks, and curly ones opened and not closed
        int open = 0;
        for (int i = l.cs; i < e; i++) {
            char c = t[i];
            straight += c == '"' ? 1 : 0;
            open += c == '\u201C' ? 1 : c == '\u201D' ? -1 : 0;
        }
        if (straight % 2 == 1 || open > 0) {
            return true;
        }
        int s = e;
        while (s > l.cs && Character.isLetter(t[s - 1])) {
            s--;
        }
        return s < e && (s == l.cs || t[s - 1] == ' ') && OPEN_END_WORDS.contains(new String(t, s, e - s).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the paragraph wrapped by hand that line k is a line of ({@link #goesOn}: each line goes on with the sentence
     * of the one above) is site template as a whole, every line of it; true for a line that is a paragraph of its own.
     * A batch of plain-text documents repeats a licence's last words on a line of their own ("for more details.",
     * "option) any later version.") under sentences that differ from one document to the next: dropped alone, such a
     * line cut the sentence (a batch of Debian's README and copyright files).
     */
    private static boolean wholeParagraphTemplate(TemplateLearner.Knowledge learned, String t, char[] chars, Line[] lines, int k) {
        int from = k;
        while (from > 0 && goesOn(chars, lines[from - 1], lines[from])) {
            from--;
        }
        int to = paragraphEnd(chars, lines, k);
        for (int i = from; i <= to; i++) {
            if (i != k && !learned.isTemplate(t, lines[i].start, lines[i].end)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether line {@code l} goes on with the sentence of the line above, as {@link #continues} reads it but for the
     * length it asks of {@code l} (a wrapped paragraph's last line is often short: "for more details."), and reading its
     * text after a list bullet (read from the text, as lines below the one {@link #judge} is at have no {@link Line#bullet}
     * yet): lynx marks a third level's items with a lowercase "o" ("o Well-being and Burnout" is a new item), and a
     * licence in a code comment sets " * " before each of its lines (" * documentation for any purpose …" goes on).
     */
    private static boolean goesOn(char[] t, Line above, Line l) {
        if (l.blank()) {
            return false;
        }
        int from = l.cs;
        if (bulletAt(t, l)) {
            for (from += 2; from < l.ce - 1 && t[from] == ' '; from++) {
                // (the spaces after the bullet)
            }
        }
        return runsOn(t, above, from);
    }

    /** The last line of the paragraph wrapped by hand that goes on from line {@code k} down ({@link #goesOn}): k itself if none does. */
    private static int paragraphEnd(char[] t, Line[] lines, int k) {
        int to = k;
        while (to + 1 < lines.length && goesOn(t, lines[to], lines[to + 1])) {
            to++;
        }
        return to;
    }

    /** Words that ask for more after them: a line ending in one goes on on the next. */
    private static final java.util.Set<String> OPEN_END_WORDS = java.util.Set.of("the", "a", "an", "of", "to", "and", "or", "but", "with",
            "from", "by", "for", "at", "in", "on", "as", "than", "that", "whose", "its", "their", "his", "her", "our", "your", "my",
            "this", "these", "those");

    /** Whether a non-blank line opens with a list bullet and a space ({@link Line#bullet}, as {@link #judge} reads it). */
    private static boolean bulletAt(char[] t, Line l) {
        int cs = l.cs;
        char c0 = t[cs];
        boolean lynxSubBullet = c0 == 'o' && cs - l.start >= 6; // lynx marks third-level list items with "o"
        return (c0 == '*' || c0 == '-' || c0 == '•' || c0 == '+' || c0 == '·' || c0 == '–' || lynxSubBullet) && cs + 1 < l.ce
                && t[cs + 1] == ' ';
    }

    /** The rule of a line a batch learned as its site's template. */
    static final String SITE_TEMPLATE = "site-template";

    /**
     * Every line judged on its own ({@link #judge}, {@code learned} the batch's template, or null to judge without it), each
     * line's {@link Line#continues} first; whether the text has a run of short sentences ({@link #sentenceRuns}).
     */
    private boolean judgeAll(String t, char[] chars, Line[] lines, int nonBlank, Furniture.Matchers matchers, boolean masked,
            TemplateLearner.Knowledge learned) {
        for (int k = 1; k < lines.length; k++) {
            lines[k].continues = continues(chars, lines[k - 1], lines[k]);
        }
        int ordinal = 0;
        int sentences = 0; // short sentences in a row, blank lines between them aside
        boolean sentenceRun = false;
        for (int k = 0; k < lines.length; k++) {
            Line l = lines[k];
            if (!l.blank()) {
                // bylines and date lines are metadata only where metadata stands: the head or the foot
                boolean edge = ordinal < METADATA_HEAD || ordinal >= nonBlank - METADATA_FOOT;
                judge(t, chars, lines, k, edge, matchers, masked, learned);
                ordinal++;
                sentences = shortSentence(t, l) ? sentences + 1 : 0;
                sentenceRun |= sentences >= SENTENCE_RUN;
            }
        }
        return sentenceRun;
    }

    /** The flag of a document whose sentences a batch's template holds ({@link #copiedWords}). */
    static final String COPIED_TEXT = "copied-text";
    /** A line of at least this many words, ... */
    static final int TEXT_LINE_WORDS = 8;
    /** ... a fifth of them function words, is a line of text for {@link #copiedWords}. */
    static final int TEXT_LINE_STOP_PART = 5;
    /** Lines of text in a row, at least, that the template took: a stretch of the article, not a notice. */
    static final int COPIED_RUN = 3;
    /** The words of such stretches a batch's template must hold, at least, of a copied document ... */
    static final int COPIED_WORDS = 150;
    /** ... and their share of the words of the document's lines of text. */
    static final double COPIED_SHARE = 0.4;

    /**
     * The words of text the batch's template took, where they make a copied document (0 where not). Lines of text are
     * lines of {@value #TEXT_LINE_WORDS} words or more, a fifth of them function words; the template must hold stretches of
     * them, {@value #COPIED_RUN} lines or more in a row (short template lines between them, a copied article's headings,
     * go on with a stretch; a line of the document's own ends it), of {@value #COPIED_WORDS} words or more in all and
     * {@link #COPIED_SHARE} of the words of all its lines of text. A site's template is menus, footers, captions and
     * notices around each page's own text, and a product page's template lines of text (a rating's words under each
     * product) stand between the page's own short lines. A batch that holds one article several times (a news agency's
     * story on several sites, a page saved at two addresses, one README in several packages) repeats the article's own
     * paragraphs, and learned as template they would empty every copy of it.
     */
    private static int copiedWords(Line[] lines) {
        int text = 0;
        int taken = 0;
        int run = 0;
        int runWords = 0;
        for (Line l : lines) {
            if (l.blank()) {
                continue;
            }
            boolean template = SITE_TEMPLATE.equals(l.rule);
            boolean isText = l.words >= TEXT_LINE_WORDS && l.stops * TEXT_LINE_STOP_PART >= l.words;
            text += isText ? l.words : 0;
            if (template && isText) {
                run++;
                runWords += l.words;
            } else if (!template) {
                taken += run >= COPIED_RUN ? runWords : 0;
                run = 0;
                runWords = 0;
            }
        }
        taken += run >= COPIED_RUN ? runWords : 0;
        return taken >= COPIED_WORDS && taken >= COPIED_SHARE * text ? taken : 0;
    }

    /** The first line {@code rule} dropped. */
    private static Line firstOf(Line[] lines, String rule) {
        for (Line l : lines) {
            if (rule.equals(l.rule)) {
                return l;
            }
        }
        throw new IllegalStateException("no line of rule " + rule);
    }

    /** The line on its own: furniture wording, the batch's site template ({@code learned}, or null), then length and stop-word density. */
    private void judge(String t, char[] chars, Line[] lines, int k, boolean edge, Furniture.Matchers matchers, boolean masked,
            TemplateLearner.Knowledge learned) {
        Line l = lines[k];
        int cs = l.cs;
        if (bulletAt(chars, l)) {
            l.bullet = true;
            cs += 2;
        }
        int ce = l.ce;
        while (cs < ce && Character.isWhitespace(chars[cs])) {
            cs++;
        }
        l.ts = cs;
        countWords(chars, cs, ce, l);
        if (learned != null && learned.isTemplate(t, l.start, l.end) && wholeParagraphTemplate(learned, t, chars, lines, k)) {
            bad(l, SITE_TEMPLATE, "line repeated across many documents of this batch (site template)");
            return;
        }
        Furniture.Family row = Furniture.cookieRow(t, cs, ce, l.cookies);
        if (row != null) {
            bad(l, row.rule(), row.reason());
            return;
        }
        // (a masked page's line is as long as its words without the marks: "You can [145]send him an e-mail; … subscribe to
        // [147]his RSS feed …", a reporter's blurb, is as short as on a second cleaning)
        if ((ce - cs <= Furniture.MAX_LENGTH || masked && ce - cs - Furniture.extraSpaces(chars, cs, ce) <= Furniture.MAX_LENGTH) && !l.continues
                && !(k > 0 && endsSentenceAbove(chars, lines[k - 1], l, cs))) {
            Furniture.Family fam = Furniture.match(t, chars, cs, ce, l.words, matchers);
            if (fam != null && fam.rule().equals("markup") && bracketedName(chars, cs, ce) && codeBeside(chars, l)) {
                fam = null; // a term of the code's syntax, "[frame_clause]", or a config file's section, "[logger_root]"
            }
            if (fam != null && Furniture.sentenceOpener(fam, chars, cs, ce) && sentence(chars, cs, ce)) {
                fam = null; // "Designed by the architect Frank Gehry, the museum opened in 1997."
            }
            if (fam != null) {
                l.tailHeading = l.words <= TAIL_HEADING_WORDS && Furniture.tailHeading(fam);
                if (!Furniture.tailOnly(fam)) {
                    bad(l, fam.rule(), fam.reason());
                    return;
                }
            }
            if (!keepBylines && ((edge && metadata(l, t.substring(cs, ce))) || (l.words <= STAMP_WORDS && Furniture.mayBeStamp(chars, cs, ce) && stamp(l, t.substring(cs, ce))))) {
                return;
            }
        } else {
            Furniture.Family cookie = Furniture.longCookieNotice(t, cs, ce, l.cookies);
            if (cookie == null) {
                cookie = Furniture.longTipBox(t, cs, ce);
            }
            if (cookie != null) {
                bad(l, cookie.rule(), cookie.reason());
                return;
            }
            if (Furniture.frameLine(chars, cs, ce)) {
                // (the markup family reads a short one: a map's or a tag manager's address runs past its length)
                bad(l, "markup", "a text browser's note of an embedded frame and its address, not the page's text");
                return;
            }
        }
        if (l.words >= 1 && l.words <= FIELD_WORDS && (!l.terminal || chars[ce - 1] == ':') && field(chars, cs, ce)) {
            // (a label's colon may end it, "Asunto: ________ Texto:", the next field below; a sentence's stop may not:
            // "My favourite season is ______." is an exercise)
            l.inputField = true;
            bad(l, "form", "a web form's input field (a run of underscores) with its label or button");
            return;
        }
        int len = l.length();
        double density = l.words == 0 ? 0 : (double) l.stops / l.words;
        if (len < LENGTH_LOW) {
            l.cls = SHORT;
        } else if (density >= STOP_HIGH) {
            l.cls = len > LENGTH_HIGH ? GOOD : NEAR_GOOD;
        } else if (density >= STOP_LOW || (l.terminal && density >= SENTENCE_STOP_LOW && l.words >= SENTENCE_LINE_WORDS)) {
            l.cls = NEAR_GOOD;
        } else {
            l.cls = BAD;
            l.rule = LOW_CONTENT;
            l.reason = null; // written out only if the line is dropped under this rule: see reason(Line)
        }
    }

    static final String OTHER_LANGUAGE = "other-language";

    /**
     * The share of {@link English#marker} words among the words of the lines long enough to be judged by their function
     * words (at least {@value #LENGTH_LOW} characters), or NaN when they have fewer than {@value English#MIN_WORDS} words.
     */
    private static double englishShare(Line[] lines) {
        long words = 0;
        long markers = 0;
        for (Line l : lines) {
            if (!l.blank() && l.length() >= LENGTH_LOW) {
                words += l.words;
                markers += l.markers;
            }
        }
        return words < English.MIN_WORDS ? Double.NaN : (double) markers / words;
    }

    /**
     * A text whose long lines have few English function words is another language only when most of their lowercase
     * words (three letters or more) are no words of the English lexicon either: an English shop's grid of product
     * names and prices has few function words too, but English words (boilerplate-dev's 1,476 pages: the median page
     * 1.8% unknown, the 99th percentile 22.5%; its French pages 71-78%, the UDHR's paragraphs in 15 other languages 80-99%).
     */
    static final double OTHER_LANGUAGE_UNKNOWN = 0.5;
    /** Lowercase words counted, at least, for {@link #unknownShare} to say anything. */
    static final int OTHER_LANGUAGE_WORDS = 20;

    /** The share of the lowercase words of the long lines that the English lexicon lacks ({@link English#unknownWords}; 0 for too few words). */
    private static double unknownShare(char[] t, Line[] lines) {
        long words = 0;
        long unknown = 0;
        for (Line l : lines) {
            if (!l.blank() && l.length() >= LENGTH_LOW) {
                long counts = English.unknownWords(t, l.cs, l.ce);
                words += counts >>> 32;
                unknown += (int) counts;
            }
        }
        return words < OTHER_LANGUAGE_WORDS ? 0 : (double) unknown / words;
    }

    /**
     * Every line's stop-word tests passed, as jusText has it without a stop list: a long line the statistics dropped
     * for its few (English) function words is text again, good or near-good by its length.
     */
    private static void withoutStopWords(Line[] lines) {
        for (Line l : lines) {
            l.stops = l.words;
            if (LOW_CONTENT.equals(l.rule)) {
                l.rule = null;
                l.reason = null;
                l.cls = l.length() > LENGTH_HIGH ? GOOD : NEAR_GOOD;
            }
        }
    }

    /** Whether {@link #SENTENCE_RUN} short sentences stand in a row (blank lines between them aside), as apply reads them while judging. */
    private static boolean hasSentenceRun(String t, Line[] lines) {
        int sentences = 0;
        for (Line l : lines) {
            if (!l.blank()) {
                sentences = shortSentence(t, l) ? sentences + 1 : 0;
                if (sentences >= SENTENCE_RUN) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Line firstNonBlank(Line[] lines) {
        for (Line l : lines) {
            if (!l.blank()) {
                return l;
            }
        }
        return lines[0];
    }

    /**
     * Spaces between the two copies of a doubled line, at most: a text browser's link number masked before the second
     * copy ("… (photos) [111]Tendril's …", a mark of up to five digits) leaves up to eight.
     */
    static final int DOUBLED_GAP = 8;
    /** Characters each copy of a doubled line has, at least. */
    static final int DOUBLED_CHARS = 8;
    /** Words of a cry said twice ({@link #doubled}), at most. */
    static final int CRY_WORDS = 8;
    /** Words each copy of a doubled line has, at least (a speech's "Thank you. Thank you." is said twice). */
    static final int DOUBLED_WORDS = 3;

    /**
     * Whether {@code t[from, to)} is one stretch of text written twice, glued or a few spaces apart
     * ("Thrive logo Thrive logo", "Fresh ways to fryFresh ways to fry"), each copy of at least
     * {@value #DOUBLED_CHARS} characters and {@value #DOUBLED_WORDS} words: where the second copy's spaces begin, or -1.
     * A copy of {@value #CRY_WORDS} words or fewer that ends in "!" is a cry said twice, a song's or a poem's refrain
     * ("We must away!  We must away!"), not an image's text and its title (boilerplate-dev's 4,155 doubled lines have
     * none; two longer ones, a site's slogans).
     */
    private static int doubled(char[] t, int from, int to) {
        int len = to - from;
        for (int sep = 0; sep <= DOUBLED_GAP; sep++) {
            int half = (len - sep) / 2;
            if ((len - sep) % 2 != 0 || half < DOUBLED_CHARS) {
                continue;
            }
            boolean gap = true;
            for (int k = from + half; k < from + half + sep; k++) {
                gap &= t[k] == ' ';
            }
            if (!gap) {
                continue;
            }
            int spaces = 0;
            int k = 0;
            int second = from + half + sep;
            while (k < half && t[from + k] == t[second + k]) {
                spaces += t[from + k] == ' ' && t[from + k - 1] != ' ' ? 1 : 0;
                k++;
            }
            if (k == half && spaces >= DOUBLED_WORDS - 1 && !oneWord(t, from, from + half)
                    && !(t[from + half - 1] == '!' && spaces < CRY_WORDS)) {
                return from + half;
            }
        }
        return -1;
    }

    /** Whether {@code t[from, to)} is one word said again and again ("Yes Yes Yes": a table's row of cells, not a doubled line). */
    private static boolean oneWord(char[] t, int from, int to) {
        int firstEnd = from;
        while (firstEnd < to && t[firstEnd] != ' ') {
            firstEnd++;
        }
        int i = firstEnd;
        while (i < to) {
            while (i < to && t[i] == ' ') {
                i++;
            }
            int s = i;
            while (i < to && t[i] != ' ') {
                i++;
            }
            if (s < to && !java.util.Arrays.equals(t, s, i, t, from, firstEnd)) {
                return false;
            }
        }
        return true;
    }

    /** Words of a label or button beside an input field, at most ("Email address ________ Subscribe"). */
    static final int FIELD_WORDS = 8;
    /** Underscores a text browser draws an input field with, at least. */
    static final int FIELD_UNDERSCORES = 8;

    /** Whether {@code t[from, to)} holds an input field: a run of {@value #FIELD_UNDERSCORES} underscores. */
    private static boolean field(char[] t, int from, int to) {
        int run = 0;
        boolean found = false;
        for (int i = from; i < to; i++) {
            run = t[i] == '_' ? run + 1 : 0;
            found |= run >= FIELD_UNDERSCORES;
            if (t[i] == '_' && (i > from && slash(t[i - 1]) || i + 1 < to && slash(t[i + 1]))) {
                // (an underscore against a slash draws: ASCII art's "_/I\\_______o___", a signature's "\\______\\/";
                // a text browser's field holds none, empty or with a value, "[Choose an option______]", "1_______")
                return false;
            }
        }
        return found;
    }

    private static boolean slash(char c) {
        return c == '/' || c == '\\';
    }

    private static final String LOW_CONTENT = "low-content";

    /** The reason of a dropped line; a low-content line's is written out here, as few of them stay dropped. */
    private static String reason(Line l) {
        if (!LOW_CONTENT.equals(l.rule)) {
            return l.reason;
        }
        if (l.words >= REASON_CACHE_WORDS) {
            return lowContentReason(l.stops, l.words);
        }
        int key = l.words * REASON_CACHE_WORDS + l.stops;
        String reason = LOW_CONTENT_REASONS.get(key);
        if (reason == null) {
            reason = lowContentReason(l.stops, l.words);
            LOW_CONTENT_REASONS.set(key, reason);
        }
        return reason;
    }

    private static String lowContentReason(int stops, int words) {
        double density = words == 0 ? 0 : (double) stops / words;
        // (Math.round rounds as %.0f does, half up; String.format cost 1.6% of the pass on long link lists)
        return "long line with few function words (" + Math.round(density * 100) + "% of " + words + " words): a list of links or keywords, not prose";
    }

    /** The low-content reasons of lines of fewer words, formatted once each (by word and stop-word count). */
    private static final int REASON_CACHE_WORDS = 128;
    private static final java.util.concurrent.atomic.AtomicReferenceArray<String> LOW_CONTENT_REASONS =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(REASON_CACHE_WORDS * REASON_CACHE_WORDS);

    /** Takes back a line's drop: kept, with no rule or reason. */
    private static void restore(Line l) {
        l.cls = GOOD;
        l.rule = null;
        l.reason = null;
    }

    /** Whether a rule dropped the line (for {@link KeptLines}). */
    static boolean dropped(Line l) {
        return l.cls == BAD;
    }

    /** Where the evaluation harness reads the kept lines' features ({@link KeptLines}); null but there. */
    static volatile KeptLines.Sink featureSink;

    private static void bad(Line l, String rule, String reason) {
        l.cls = BAD;
        l.rule = rule;
        l.reason = reason;
    }

    /** Word characters, ASCII answered from a table without a call into Character. */
    private static boolean wordChar(char c) {
        if (c < 128) {
            return ASCII_WORD[c];
        }
        return Character.isLetterOrDigit(c);
    }

    private static final boolean[] ASCII_WORD = new boolean[128];
    /**
     * For the characters a word goes on with (word characters and the apostrophe): the
     * {@link Stopwords#code} of their lowercase; 0 for the others, where a word ends.
     */
    private static final byte[] ASCII_WORD_CODE = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            ASCII_WORD_CODE[c] = ASCII_WORD[c] || c == '\'' ? (byte) Stopwords.code(Character.toLowerCase(c)) : 0;
        }
    }

    /** {@link #ASCII_WORD_CODE} of any character (the curly apostrophe as the straight one). */
    private static long wordCode(char c) {
        if (c < 128) {
            return ASCII_WORD_CODE[c];
        }
        if (c == '’') {
            return Stopwords.code('\'');
        }
        return Character.isLetterOrDigit(c) ? Stopwords.code(Character.toLowerCase(c)) : 0;
    }

    /** {@link #wordCode} of an apostrophe (' and ’). */
    private static final long APOSTROPHE_CODE = Stopwords.code('\'');

    /** The packed keys ({@link Stopwords#pack}) of "cookie" and "cookies". */
    private static final long COOKIE = Stopwords.pack("cookie");
    private static final long COOKIES = Stopwords.pack("cookies");

    /** {@link Line#pairs} of {@code text} read as one line (for tests). */
    static long wordStartPairs(String text) {
        Line l = new Line();
        countWords(text.toCharArray(), 0, text.length(), l);
        return l.pairs;
    }

    /**
     * Words, stop words, capitalised words, mentions of cookies, sentence-final punctuation and how the words begin
     * ({@link Line#pairs}: a word's start, and a letter after an apostrophe inside one) of {@code t[from, to)}, read in place.
     */
    private static void countWords(char[] t, int from, int to, Line l) {
        long pairs = 0;
        int words = 0;
        int stops = 0;
        int caps = 0;
        int cookies = 0;
        int markers = 0;
        int i = from;
        while (i < to) {
            while (i < to && !wordChar(t[i])) {
                i++;
            }
            if (i >= to) {
                break;
            }
            int len = 0;
            long key = 0; // the word's characters packed as they are read (Stopwords.packed)
            char first = t[i];
            boolean upper = first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first);
            if (i + 1 < to) {
                pairs |= Furniture.Mentions.pair(first, t[i + 1]);
            }
            for (long code; i < to && (code = wordCode(t[i])) != 0; i++) {
                key = key << 5 | code;
                len++;
                if (code == APOSTROPHE_CODE && i + 2 < to) {
                    pairs |= Furniture.Mentions.pair(t[i + 1], t[i + 2]); // ("l'opt out": a word starts after it, as Mentions reads one)
                }
            }
            words++;
            if (upper) {
                caps++;
            }
            if (Stopwords.packed(key, len)) {
                stops++;
                if (English.marker(key, len)) {
                    markers++;
                }
            }
            if (key == COOKIE || key == COOKIES) {
                cookies++; // (the packed key says the word, as it says a stop word)
            }
        }
        l.pairs = pairs;
        l.words = words;
        l.stops = stops;
        l.markers = markers;
        l.capitalised = caps;
        l.cookies = cookies;
        int e = to;
        while (e > from && "\"'”’)]»".indexOf(t[e - 1]) >= 0) {
            e--;
        }
        l.terminal = e > from && ".!?:;…".indexOf(t[e - 1]) >= 0;
    }

    /** Short sentences in a row, at least, that are prose however short each line is ... */
    static final int SENTENCE_RUN = 4;
    /** ... each of at least this many words ... */
    static final int SENTENCE_WORDS = 3;
    /** ... and, from this many words on, 30% of them function words (three words say too little to count). */
    static final int SENTENCE_STOPS_FROM = 4;

    /**
     * Some articles set every sentence on a line of its own ("It isn't." / "Trains lose connectivity."),
     * too short for the length classes, so the context rule would drop them all: a run of at least
     * {@value #SENTENCE_RUN} short lines that are each a sentence (a capital first, sentence punctuation
     * last, {@value #SENTENCE_WORDS} or more words, 30% of them function words from
     * {@value #SENTENCE_STOPS_FROM} words on: "Trains lose connectivity." has none) is prose. Menus,
     * link lists and headlines are not sentences; recognised furniture is left as it is.
     */
    private static void sentenceRuns(String t, Line[] lines) {
        // (its own walk, not runs(): a third kind of item there made the calls of runs() megamorphic; and made only for
        // a page that has such a run, which apply sees as it judges the lines)
        int i = 0;
        while (i < lines.length) {
            int j = i;
            int items = 0;
            while (j < lines.length && (lines[j].blank() || shortSentence(t, lines[j]))) {
                items += lines[j].blank() ? 0 : 1;
                j++;
            }
            if (items >= SENTENCE_RUN) {
                for (int k = i; k < j; k++) {
                    if (!lines[k].blank()) {
                        lines[k].cls = GOOD;
                    }
                }
            }
            i = j == i ? i + 1 : j;
        }
    }

    /** A short line (not a bullet, not recognised) that is one sentence of text: see {@link #sentenceRuns}. */
    private static boolean shortSentence(String t, Line l) {
        return l.cls == SHORT && l.rule == null && !l.bullet && l.terminal && l.words >= SENTENCE_WORDS
                && (l.words < SENTENCE_STOPS_FROM || l.stops * 10 >= 3 * l.words) && Character.isUpperCase(t.charAt(l.cs));
    }

    /** jusText's context rule: short and near-good lines take the class of the text around them. */
    static final int NEAR_GOOD_SENTENCE_WORDS = 25;

    /**
     * For each line, the class of the nearest non-blank line before it in the walking direction
     * ({@code +1}: from the top, so the one above) that is not short (nor near-good when strict);
     * the document's edge counts as bad.
     */
    private static byte[] nearest(byte[] cls, int dir, boolean strict) {
        int n = cls.length;
        byte[] out = new byte[n];
        byte seen = BAD;
        for (int k = 0; k < n; k++) {
            int i = dir > 0 ? k : n - 1 - k;
            out[i] = seen;
            byte c = cls[i];
            if (c >= 0 && c != SHORT && !(strict && c == NEAR_GOOD)) {
                seen = c;
            }
        }
        return out;
    }

    /** The nearest non-blank line before ({@code step} -1) or after (+1) line i, or null. */
    private static Line neighbour(Line[] lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.length; k += step) {
            if (!lines[k].blank()) {
                return lines[k];
            }
        }
        return null;
    }

    /** Words of a site-furniture line that may head the article's questions ("FAQ", "Help"), at most. */
    static final int QUESTION_HEADING_WORDS = 2;
    /** Words of the paragraph above such a line, at least. */
    static final int QUESTION_HEADING_PROSE_WORDS = 12;

    /**
     * A site-furniture word alone on a line between a paragraph and a question ("FAQ" over "How much is a book of the
     * month?") heads the article's questions, not a menu: where both are kept, once the article is found, so is it. (Read
     * before, it took its place among the page's recognised furniture away, and a page of ten such lines read as clean text.)
     */
    private static void questionHeadings(String t, Line[] lines) {
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank() || !"navigation".equals(l.rule) || l.words > QUESTION_HEADING_WORDS || l.terminal) {
                continue;
            }
            Line p = neighbour(lines, i, -1);
            Line q = neighbour(lines, i, +1);
            if (p != null && q != null && p.cls != BAD && p.terminal && p.words >= QUESTION_HEADING_PROSE_WORDS
                    && q.cls != BAD && q.words >= 3 && t.charAt(q.ce - 1) == '?') {
                restore(l);
            }
        }
    }

    /** Words before a label's colon, at most, in a row of a list of labelled values ("Graphics: Nvidia RTX 4050"). */
    static final int LABEL_WORDS = 3;

    /**
     * A credit's wording in a list of labelled values ("Graphics: Nvidia RTX 4050" between "Processor: …" and "Memory: …",
     * "Image: Dolby Vision" in a television's specifications) is a row of the list, not a picture's credit: where the kept lines
     * on both sides are labelled values too, it is judged as they are, by the statistics and its neighbours.
     */
    private static void specRows(String t, Line[] lines) {
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank() || !"credit".equals(l.rule) || !labelled(t, l)) {
                continue;
            }
            if (inLabelledList(t, lines, i)) {
                l.cls = l.length() < LENGTH_LOW ? SHORT : NEAR_GOOD;
                l.rule = null;
                l.reason = null;
            }
        }
    }

    /** Whether line i (labelled) stands between two kept lines that are labelled values too. */
    private static boolean inLabelledList(String t, Line[] lines, int i) {
        Line p = neighbour(lines, i, -1);
        Line q = neighbour(lines, i, +1);
        return p != null && q != null && p.cls != BAD && q.cls != BAD && labelled(t, p) && labelled(t, q);
    }

    /** Whether the line's text opens with a label of at most {@value #LABEL_WORDS} words and a colon, a value after it. */
    private static boolean labelled(String t, Line l) {
        int words = 1;
        for (int k = l.ts; k < l.ce; k++) {
            char c = t.charAt(k);
            if (c == ':') {
                return k > l.ts && k + 1 < l.ce;
            }
            if (c == ' ' && ++words > LABEL_WORDS) {
                return false;
            }
        }
        return false;
    }

    /** A line dropped as an article's metadata: its byline, date line or reading time. */
    private static boolean metadataLine(Line l) {
        return "byline".equals(l.rule) || "dateline".equals(l.rule) || "read-time".equals(l.rule);
    }

    private static void context(Line[] lines) {
        int n = lines.length;
        byte[] orig = new byte[n];
        // in a text that is no saved web page (fewer than FURNISHED_PAGE lines recognised by their wording), an article's
        // head lines (its byline, date, reading time) are no furniture around it: a standfirst over "12 Nov 2025" / "8 min
        // read" is judged by the text beyond them (on a saved page they stand between its menus and the article)
        boolean plain = recognised(lines) < FURNISHED_PAGE;
        for (int i = 0; i < n; i++) {
            orig[i] = lines[i].blank() || plain && metadataLine(lines[i]) ? -1 : lines[i].cls;
        }
        // the nearest classes on each side, computed once (a page of many short lines made the
        // per-line search quadratic): strict skips near-good lines too
        byte[] leftStrict = nearest(orig, +1, true);
        byte[] leftLoose = nearest(orig, +1, false);
        byte[] rightStrict = nearest(orig, -1, true);
        byte[] rightLoose = nearest(orig, -1, false);
        for (int i = 0; i < n; i++) {
            Line l = lines[i];
            if (l.blank() || l.rule != null) {
                continue;
            }
            if (orig[i] == SHORT) {
                byte p = leftStrict[i];
                byte q = rightStrict[i];
                if (p == GOOD && q == GOOD) {
                    l.cls = GOOD;
                } else if (p == BAD && q == BAD) {
                    l.cls = BAD;
                } else if ((p == BAD && leftLoose[i] == NEAR_GOOD)
                        || (q == BAD && rightLoose[i] == NEAR_GOOD)) {
                    l.cls = GOOD;
                } else {
                    l.cls = p == GOOD || q == GOOD ? GOOD : BAD;
                    if (l.cls == GOOD && !(p == GOOD && q == GOOD)) {
                        // one side article, one side furniture: an edge of the article; keep only if it reads as text
                        l.cls = l.terminal || l.words >= 5 ? GOOD : BAD;
                    }
                }
            } else if (orig[i] == NEAR_GOOD) {
                byte p = leftStrict[i];
                byte q = rightStrict[i];
                // a full sentence of some length is prose wherever it stands (a teaser's one line is shorter)
                boolean sentence = l.terminal && l.words >= NEAR_GOOD_SENTENCE_WORDS;
                l.cls = p == BAD && q == BAD && !sentence ? BAD : GOOD;
            }
            if (l.cls == BAD && l.rule == null) {
                l.rule = "outside-article";
                l.reason = "short line among page furniture, away from the article text";
            }
        }
    }


    /**
     * Words the lines of prose of a page hold at least for them to be an article that the page's other lines stand outside
     * of ({@link #region}). Under it, a page of lists (a wiki's category, a product's specification table, a shop's tiles)
     * read its one legal footer line as its article and lost the lists as "outside-article". boilerplate-dev, each half
     * cleaned by the line model trained on the other half with this rule: recall 0.9335 -> 0.9385, F1 0.8507 -> 0.8522,
     * article pages 0.9309 -> 0.9321 (30 words: 0.8511 and 100: 0.8507, before the model was trained again).
     */
    static final int ARTICLE_PROSE_WORDS = 60;

    /**
     * Recall first: between the first and the last line of article text, every line the context
     * rule dropped comes back unless its own wording marked it (furniture, template, byline), so
     * list items, short paragraphs and captions inside the article stay. A page without any
     * article-like line, or with less than {@value #ARTICLE_PROSE_WORDS} words of them, keeps everything but its recognised
     * furniture. On a page that reads as an
     * article ({@link #articleLike}), the article ends with its last substantial block of prose
     * ({@link #articleEnd}): a short block of prose far below it (a promotion, a footer's legal
     * text) does not pull the menus and link lists before it into the article.
     */
    private static void region(Line[] lines, boolean articleLike) {
        int first = -1;
        int last = -1;
        int proseWords = 0;
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (isProse(l)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                proseWords += l.words;
            }
        }
        if (proseWords < ARTICLE_PROSE_WORDS) {
            first = -1; // (too little prose to be an article that other lines stand outside of: a list's page, a short text)
        }
        if (articleLike && first >= 0) {
            last = articleEnd(lines, first);
            first = articleStart(lines, first, last);
        }
        if (first >= 0) {
            // the article's edges: text-like lines right before and after it belong to it
            // (one recognised furniture line inside the article, a template line or a credit, is
            // looked past when text goes on beyond it)
            while (first > 0) {
                if (textLike(lines[first - 1])) {
                    first--;
                } else if (textBeyond(lines, first - 1, -1) >= 0) {
                    first = textBeyond(lines, first - 1, -1);
                } else {
                    break;
                }
            }
            while (last + 1 < lines.length) {
                if (textLike(lines[last + 1])) {
                    last++;
                } else if (textBeyond(lines, last + 1, +1) >= 0) {
                    last = textBeyond(lines, last + 1, +1);
                } else {
                    break;
                }
            }
        }
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank() || l.cls != BAD) {
                continue;
            }
            boolean inside = first < 0 || (i >= first && i <= last);
            if (inside && ("outside-article".equals(l.rule) || "low-content".equals(l.rule))) {
                restore(l);
            }
        }
    }

    /** Non-blank lines before the article's first paragraph where its byline and date may stand. */
    static final int METADATA_BEFORE_TEXT = 6;

    /**
     * Bylines and date lines stand between an article's title and its first paragraph, which on a
     * saved page comes after its menus, far below the first lines of the file
     * ({@value #METADATA_HEAD}): the last few lines before the first paragraph are read for them too.
     */
    private static void headMetadata(String t, Line[] lines) {
        int first = -1;
        for (int i = 0; i < lines.length && first < 0; i++) {
            if (isProse(lines[i])) {
                first = i;
            }
        }
        for (int i = above(lines, first), seen = 0; i >= 0 && seen < METADATA_BEFORE_TEXT; i = above(lines, i), seen++) {
            Line l = lines[i];
            if (l.cls == BAD && !soft(l) || l.length() > Furniture.MAX_LENGTH) {
                continue;
            }
            metadata(l, stripBullet(t, l));
        }
    }

    /**
     * Bylines and dates at the edges of the text as kept: its first {@value #METADATA_HEAD} and last
     * {@value #METADATA_FOOT} kept lines, and the {@value #METADATA_BEFORE_TEXT} kept lines before its
     * first paragraph. On a saved page they stood among menus and buttons, further from the edges
     * than the rules above look; a second cleaning, of the cleaned text, found them there. Read last,
     * so that one cleaning drops what a second would.
     */
    private static void keptEdgeMetadata(String t, Line[] lines) {
        int seen = 0;
        for (int i = 0; i < lines.length && seen < METADATA_HEAD; i++) {
            seen += keptMetadata(t, lines[i]);
        }
        seen = 0;
        boolean paragraphBelow = false;
        java.util.regex.Matcher bio = AUTHOR_BIO.matcher(t);
        for (int i = lines.length - 1; i >= 0 && seen < METADATA_FOOT; i--) {
            Line l = lines[i];
            if (!paragraphBelow && !l.blank() && l.cls != BAD && bio.region(l.ts, l.ce).lookingAt()) {
                bad(l, "byline", "the author's bio at the end of the text: kept in the report as metadata, out of the text");
                continue;
            }
            paragraphBelow |= !l.blank() && l.cls != BAD && l.words >= BIO_PARAGRAPH_WORDS;
            seen += keptMetadata(t, l);
        }
        int first = -1;
        for (int i = 0; i < lines.length && first < 0; i++) {
            if (lines[i].cls != BAD && isProse(lines[i])) {
                first = i;
            }
        }
        seen = 0;
        for (int i = above(lines, first); i >= 0 && seen < METADATA_BEFORE_TEXT; i = above(lines, i)) {
            seen += keptMetadata(t, lines[i]);
        }
    }

    /**
     * Reads a kept line for a byline or a date line, and drops it if it is one; 1 if the line stays kept, 0 for a blank
     * or dropped one. A line dropped here does not count towards the window: the text as kept, cleaned again, no
     * longer holds it, and its window reaches one line further.
     */
    private static int keptMetadata(String t, Line l) {
        if (l.blank() || l.cls == BAD) {
            return 0;
        }
        if (l.length() <= Furniture.MAX_LENGTH && metadata(l, stripBullet(t, l))) {
            return 0;
        }
        return 1;
    }

    /** Words of a kept line below a bio that make it no bio but a paragraph of the text ({@link #AUTHOR_BIO}). */
    static final int BIO_PARAGRAPH_WORDS = 10;

    /**
     * An author's bio: a name, then what the author is, a writer of some kind ("Sarah Schwartz is a reporter for Education Week
     * who covers …", "Donna Currie is a food writer and blogger …"). Read only among the last kept lines ({@link
     * #keptEdgeMetadata}): a news story's first paragraph may introduce a journalist so ("… is a reporter for the Wall Street
     * Journal who has been detained …"), and only where no kept line of {@value #BIO_PARAGRAPH_WORDS} words or more stands
     * below it. Of boilerplate-dev's pages, 21 kept such a line, 13 of them at the end; of those 13, 3 belonged to the
     * annotated text.
     */
    static final java.util.regex.Pattern AUTHOR_BIO = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){1,3},? "
            + "(is|was|has been) (an? |the )?([\\p{L}-]+,? ){0,5}(writer|editor|journalist|reporter|contributor|correspondent|author|columnist|critic)s?\\b");

    /** Title-and-author entries a list has at least for its "by …" lines to be the list's, not bylines. */
    static final int BYLINE_LIST = 3;
    /** Words of a list entry's title, at most. */
    static final int BYLINE_LIST_TITLE_WORDS = 15;

    /**
     * A list of books, papers or talks gives each title its author on the next line ("2 Annie Bot" / "by Sierra Greer"):
     * where {@value #BYLINE_LIST} or more lines dropped as bylines ("by" and names) each stand right under a kept title (a short line, no
     * sentence), they are the list's authors, not the text's byline, and stay. (A web page's teasers, "Title" / "by Author",
     * have their titles dropped as well, and their bylines stay dropped.)
     */
    private static void bylineLists(String t, Line[] lines) {
        int entries = 0;
        for (int i = 0; i < lines.length; i++) {
            if (listAuthor(t, lines, i)) {
                entries++;
            }
        }
        if (entries < BYLINE_LIST) {
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            if (listAuthor(t, lines, i)) {
                restore(lines[i]);
            }
        }
    }

    /** Whether line i was dropped as a byline, "by" and names, right under a kept title. */
    private static boolean listAuthor(String t, Line[] lines, int i) {
        Line l = lines[i];
        if (l.blank() || !"byline".equals(l.rule) || i == 0 || !t.regionMatches(true, l.ts, "by ", 0, 3)) {
            return false;
        }
        Line title = lines[i - 1];
        return !title.blank() && title.cls != BAD && !title.terminal && title.words > 0 && title.words <= BYLINE_LIST_TITLE_WORDS;
    }

    /** Drops the line if it is a byline or a date line ({@code core}: its text without a bullet), which the report keeps. */
    private static boolean metadata(Line l, String core) {
        String[] found = metadataRule(core);
        if (found != null) {
            bad(l, found[0], found[1]);
        }
        return found != null;
    }

    private static final String[] BYLINE = {"byline", "byline: kept in the report as metadata, out of the text"};
    private static final String[] DATELINE = {"dateline", "date line or update note: kept in the report as metadata, out of the text"};
    private static final String[] COMPOUND_BYLINE = {"byline",
        "byline (names with a date or a reading time): kept in the report as metadata, out of the text"};

    /** The rule and reason of a byline or date line {@code core} (a line's text without its bullet), or null for none. */
    private static String[] metadataRule(String core) {
        if (Furniture.byline(core) && !sentence(core.toCharArray(), 0, core.length())) {
            return BYLINE; // (not "By Murphy's Law, there is but one way for it to go wrong.")
        }
        if (Furniture.dateline(core)) {
            return DATELINE;
        }
        return Furniture.compoundByline(core) ? COMPOUND_BYLINE : null;
    }

    /** Wherever it stands, a line that says it is a stamp ("Published 6 days ago", "Updated: January 2, 2025") is metadata (at a text's edges, any date line is). */
    private static boolean stamp(Line l, String core) {
        if (Furniture.stamp(core)) {
            bad(l, "dateline", "publication or update stamp: kept in the report as metadata, out of the text");
            return true;
        }
        return false;
    }

    /** Words of a stamp line, at most. */
    static final int STAMP_WORDS = 12;

    /** The index of the nearest non-blank line above line i, or -1. */
    private static int above(Line[] lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines[k].blank()) {
                return k;
            }
        }
        return -1;
    }

    /** Lines above a sign-up form read for its pitch, at most ... */
    static final int PITCH_LINES = 2;
    /** ... each of at most this many words. */
    static final int PITCH_WORDS = 20;

    /**
     * A newsletter pitch written as sentences ("Get the week's best stories in your inbox.") stands
     * right above its sign-up form: on a saved page, the short lines just above a sign-up field or
     * button go with it. (Clean text has no forms; there the pitch's wording is left to the newsletter family.)
     */
    private static void pitches(String t, Line[] lines) {
        for (int i = 0; i < lines.length; i++) {
            Line f = lines[i];
            if (f.blank() || !signUp(t, f)) {
                continue;
            }
            for (int k = above(lines, i), seen = 0; k >= 0 && seen < PITCH_LINES; k = above(lines, k), seen++) {
                Line l = lines[k];
                if (l.cls == BAD && l.rule != null && !soft(l)) {
                    continue; // a heading of the box ("Newsletter"), recognised already
                }
                if (l.bullet || l.words > PITCH_WORDS || l.length() > LENGTH_HIGH || signUp(t, l)) {
                    break;
                }
                bad(l, "newsletter", "pitch of the sign-up form right below it");
            }
        }
    }

    private static final java.util.regex.Pattern SIGN_UP = java.util.regex.Pattern.compile(
            "(?i)\\b(subscribe|sign ?up|sign me up|join|newsletter|e-?mail)\\b");

    /** A sign-up form's line: an input field with a sign-up word, or a lone sign-up button ("Subscribe", "Sign up"). */
    private static boolean signUp(String t, Line l) {
        return l.inputField && SIGN_UP.matcher(t.substring(l.cs, l.ce)).find() || "newsletter".equals(l.rule) && l.words <= 3;
    }

    /** Share of a page's characters in prose lines above which it reads as an article. */
    static final double ARTICLE_PROSE_SHARE = 0.3;
    /** Dropped lines between two prose lines that part two blocks of prose. */
    static final int BLOCK_GAP = 10;
    /** Share of the largest block's prose below which a block after the article is not part of it. */
    static final double BLOCK_SHARE = 0.15;

    /** Whether prose lines (article-like by length and stop words) hold at least {@value #ARTICLE_PROSE_SHARE} of the page's characters. */
    private static boolean articleLike(Line[] lines) {
        long prose = 0;
        long all = 0;
        for (Line l : lines) {
            if (!l.blank()) {
                all += l.length();
                if (isProse(l)) {
                    prose += l.length();
                }
            }
        }
        return prose > 0 && prose >= ARTICLE_PROSE_SHARE * all;
    }

    /** Share of the largest block of prose's characters that the block an article starts with holds, at least. */
    static final double START_BLOCK_SHARE = 0.25;
    /** Recognised furniture lines (not lines the statistics dropped) between two blocks of prose where an article may start, more than. */
    static final int START_GAP = 7;

    /**
     * Where an article that reads as one starts, given its first ({@code first}) and last ({@code last}) line of prose:
     * at the first block of prose that holds {@value #START_BLOCK_SHARE} of the largest block's characters, blocks
     * being separated by more than {@value #START_GAP} lines recognised as furniture (lines the statistics dropped, such
     * as a checklist's items, separate nothing). A pitch, a sign-up dialog's text or a site's tagline above the menus is
     * not where the article starts, and does not pull the menus into it.
     */
    private static int articleStart(Line[] lines, int first, int last) {
        int largest = 0;
        for (int walk = 0; walk < 2; walk++) {
            int chars = 0;
            int gap = 0;
            int blockStart = first;
            for (int i = first; i <= last; i++) {
                Line l = lines[i];
                if (l.blank()) {
                    continue;
                }
                if (isProse(l)) {
                    if (gap > START_GAP) {
                        chars = 0;
                        blockStart = i;
                    }
                    chars += l.length();
                    gap = 0;
                    largest = Math.max(largest, chars);
                    if (walk == 1 && chars >= START_BLOCK_SHARE * largest) {
                        return blockStart;
                    }
                } else if (l.cls == BAD && !soft(l)) {
                    gap++;
                }
            }
        }
        return first;
    }

    /**
     * The last prose line of the article: prose lines form blocks, a new one where more than
     * {@value #BLOCK_GAP} dropped lines stand between two; the article ends with the last block
     * holding at least {@value #BLOCK_SHARE} of the largest block's prose characters.
     */
    private static int articleEnd(Line[] lines, int first) {
        int largest = 0;
        int end = first;
        // two walks over the blocks: the first finds the largest, the second the last one big enough
        for (int walk = 0; walk < 2; walk++) {
            int chars = 0;
            int gap = 0;
            for (int i = first; i < lines.length; i++) {
                Line l = lines[i];
                if (l.blank()) {
                    continue;
                }
                if (isProse(l)) {
                    chars = (gap > BLOCK_GAP ? 0 : chars) + l.length();
                    gap = 0;
                    largest = Math.max(largest, chars);
                    if (walk == 1 && chars >= BLOCK_SHARE * largest) {
                        end = i;
                    }
                } else if (l.cls == BAD) {
                    gap++;
                }
            }
        }
        return end;
    }

    /**
     * Runs of at least {@value #MENU_RUN} bullet items of at most three words, none a sentence:
     * a menu or link list (a saved page's navigation), wherever it stands; then runs of at least {@value #LONG_MENU_RUN}
     * items of up to {@value #LONG_MENU_WORDS} words, none a sentence, that hold such a menu's items ({@link #longMenuEvidence}).
     */
    private static void menus(Line[] lines) {
        runs(lines, l -> l.bullet && l.words <= 3 && !l.terminal, (from, to, items) -> {
            if (items >= MENU_RUN && menuEvidence(lines, from, to)) {
                // items already dropped by the statistics are now known for what they are: a menu
                relabel(lines, from, to, "menu", "item of a run of " + items + " short bullet links (a menu)");
            }
        });
        runs(lines, l -> l.bullet && l.words <= LONG_MENU_WORDS && !l.terminal, (from, to, items) -> {
            if (items >= LONG_MENU_RUN && longMenuEvidence(lines, from, to)) {
                relabel(lines, from, to, "menu", "item of a run of " + items + " bullet links none a sentence, a menu among them");
            }
        });
    }

    /** Words of a long menu's item, at most ("Clinical Updates Toolkit at the Annual Meeting"). */
    static final int LONG_MENU_WORDS = 8;

    /** Items of a long menu, at least. */
    static final int LONG_MENU_RUN = 10;

    /** Items of a long menu that a short menu holds already, at least. */
    static final int LONG_MENU_SHORT_ITEMS = 3;

    /**
     * Whether a run of bullet items holds {@value #LONG_MENU_SHORT_ITEMS} or more items of a short menu (a site's mega menu,
     * whose sections' longer titles broke the short menu's run: "o Mental Health Innovation Zone", then "o MindSET",
     * "o Podcasts"). An article's long list of names or titles holds no short menu: its items read alike.
     */
    private static boolean longMenuEvidence(Line[] lines, int from, int to) {
        int menu = 0;
        for (int k = from; k < to; k++) {
            if (!lines[k].blank() && "menu".equals(lines[k].rule)) {
                menu++;
            }
        }
        return menu >= LONG_MENU_SHORT_ITEMS;
    }

    /** What to do with a run of lines [from, to) holding {@code items} non-blank lines. */
    private interface Run {
        void found(int from, int to, int items);
    }

    /** Each maximal run of lines that are blank or {@code item}s, with at least one item. */
    private static void runs(Line[] lines, java.util.function.Predicate<Line> item, Run run) {
        int i = 0;
        while (i < lines.length) {
            int j = i;
            int items = 0;
            while (j < lines.length && (lines[j].blank() || item.test(lines[j]))) {
                if (!lines[j].blank()) {
                    items++;
                }
                j++;
            }
            if (items > 0) {
                run.found(i, j, items);
            }
            i = j == i ? i + 1 : j;
        }
    }

    /** Drops the lines of [from, to) under this rule, unless a rule recognised them by their wording already. */
    private static void relabel(Line[] lines, int from, int to, String rule, String reason) {
        for (int k = from; k < to; k++) {
            Line l = lines[k];
            if (!l.blank() && (l.cls != BAD || l.rule == null || soft(l))) {
                l.cls = BAD;
                l.rule = rule;
                l.reason = reason;
            }
        }
    }

    static final int MENU_RUN = 4;

    /**
     * Runs of at least three bullet items that each end with a date and none is a sentence, before
     * or after the article's prose: a list of other articles (an archive, "more from this author").
     */
    private static void archiveLists(String t, Line[] lines) {
        // only beyond the article's prose: inside it, a dated list is the article's own (a timeline).
        // Beyond means with little of the page's prose on one side (a footer's legal notice may
        // follow an archive): prose[k] is the prose in characters above line k.
        long[] prose = new long[lines.length + 1];
        for (int k = 0; k < lines.length; k++) {
            Line l = lines[k];
            boolean isProse = !l.blank() && l.cls == GOOD && !l.bullet && l.length() >= LENGTH_LOW;
            prose[k + 1] = prose[k] + (isProse ? l.length() : 0);
        }
        long all = prose[lines.length];
        int i = 0;
        while (i < lines.length) {
            // a run of dated bullets, through the short bullets that head its parts ("+ January", "* 2025")
            int items = 0;
            int firstItem = -1;
            int lastItem = -1;
            int j = i;
            for (; j < lines.length; j++) {
                Line l = lines[j];
                if (l.blank()) {
                    continue;
                }
                if (l.bullet && !l.terminal && Furniture.endsWithDate(t, l.cs, l.ce)) {
                    items++;
                    firstItem = firstItem < 0 ? j : firstItem;
                    lastItem = j;
                } else if (!archiveHeading(l)) {
                    break;
                }
            }
            if (items >= ARCHIVE_ITEMS) {
                int from = firstItem;
                while (from > i && (lines[from - 1].blank() || archiveHeading(lines[from - 1]))) {
                    from--; // the headings just above its first item ("* 2026", "+ January")
                }
                long above = prose[from];
                long below = all - prose[lastItem + 1];
                if (all == 0 || Math.min(above, below) < ARCHIVE_PROSE_SIDE * all) {
                    relabel(lines, from, lastItem + 1, "related", "item of a list of " + items + " dated article links (an archive or related list)");
                }
            }
            // the line the run stopped at is neither an item nor a heading: no run starts there either
            i = j + 1;
        }
    }

    /** Dated items a list needs, at least, to be an archive. */
    static final int ARCHIVE_ITEMS = 3;
    /** Share of the page's prose on the lesser side of a dated list, at most, for the list to be beyond the article. */
    static final double ARCHIVE_PROSE_SIDE = 0.25;

    /** A short bullet that heads a part of an archive list: a year, a month ("+ January", "* 2025"). */
    private static boolean archiveHeading(Line l) {
        return l.bullet && !l.terminal && l.words <= 2 && l.length() <= 24;
    }

    /** A run of short bullets is a menu when one of its items is site furniture by its wording ("Home", "Contact us"). */
    private static boolean menuEvidence(Line[] lines, int from, int to) {
        for (int k = from; k < to; k++) {
            Line l = lines[k];
            if (!l.blank() && l.rule != null && !soft(l) && !"menu".equals(l.rule)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Do no harm: statistics alone never drop text (but see the saved-page case below). A stretch of lines that the length, density
     * and context rules would drop goes only if at least one line in twenty is recognised by
     * their wording (furniture, template, menu); otherwise it is article text with short lines (a price
     * list, a list of names) and stays. A page that reads as an article ({@link #articleLike}) and
     * holds at least {@value #FURNISHED_PAGE} recognised furniture lines is a saved web page, not
     * clean text: there the statistics stand without a vouching line in each stretch (and {@link #vouch} is not called).
     */
    static final int FURNISHED_PAGE = 10;

    /** Lines recognised as furniture by their wording (or the template, a menu's shape), not by the statistics. */
    private static int recognised(Line[] lines) {
        return recognised(lines, true);
    }

    /**
     * {@link #recognised}, with or without the lines a batch learned as site template: without them, what the rules
     * recognised by its wording, the line model's gate ({@link #MODEL_MAX_KEPT_SHARE}).
     */
    private static int recognised(Line[] lines, boolean withTemplate) {
        int recognised = 0;
        for (Line l : lines) {
            if (!l.blank() && l.cls == BAD && !soft(l) && (withTemplate || !SITE_TEMPLATE.equals(l.rule))) {
                recognised++;
            }
        }
        return recognised;
    }

    /**
     * Stretches dropped by the statistics alone, without a recognised line in twenty to vouch for them, come back, but
     * for the markup among them (an "IFRAME: https://…" note, an image's placeholder: no text however the stretch reads).
     * A line holding a text browser's button mark ({@link #button}) vouches as a recognised line does; it does not
     * count towards {@link #FURNISHED_PAGE}.
     */
    private static void vouch(String t, Line[] lines) {
        int i = 0;
        while (i < lines.length) {
            if (lines[i].blank() || lines[i].cls != BAD) {
                i++;
                continue;
            }
            int j = i;
            int recognised = 0;
            int total = 0;
            while (j < lines.length && (lines[j].blank() || lines[j].cls == BAD)) {
                if (!lines[j].blank()) {
                    total++;
                    // (a batch's template goes, but vouches for no text: a batch of READMEs shares a "Documentation" heading)
                    if ((!soft(lines[j]) && !SITE_TEMPLATE.equals(lines[j].rule)) || button(t, lines[j])) {
                        recognised++;
                    }
                }
                j++;
            }
            // one recognised line vouches for some neighbours, not for a whole stretch of text
            if (recognised == 0 || recognised * 20 < total) {
                for (int k = i; k < j; k++) {
                    // (a text browser's markup is no text, and a site's template stays the site's)
                    if (!lines[k].blank() && !"markup".equals(lines[k].rule) && !SITE_TEMPLATE.equals(lines[k].rule)) {
                        restore(lines[k]);
                    }
                }
            } else {
                spare(t, lines, i, j);
            }
            i = j;
        }
    }

    /** Words a full sentence has at least to open a part of a vouched-for stretch of its own ({@link #spare}). */
    static final int SPARED_SENTENCE_WORDS = 20;

    /**
     * One recognised line vouches for its stretch, but not for a part of it that reads as text: within {@code [from, to)},
     * a part that opens with a full sentence of {@value #SPARED_SENTENCE_WORDS} words or more (its stop words a quarter of
     * them at least), and runs to the next such sentence without a recognised line, is marked {@link Line#spared}. A
     * service page's descriptions of its add-ons between "(BUTTON)" lines, a news front page's story summaries, came back so.
     * They are restored after every other rule ({@link #spared(Line[])}), so that they move no region, anchor or record
     * list (restored at once, they did: a forum page lost its posts); a line that another rule dropped since, or that lies
     * after the article's end or in a comment thread below it, stays dropped.
     * Measured on boilerplate-dev: F1 0.8453 → 0.8456, recall 0.9395 → 0.9406, 14 pages better and 10 worse (by precision:
     * a .gov banner's sentences); with 15 words, 0.8457, but about four times as many pages worse, and a second cleaning
     * changed 32 pages instead of 26.
     */
    private static void spare(String t, Line[] lines, int from, int to) {
        for (int s = from, e; s < to; s = e) {
            e = s + 1;
            boolean furniture = false;
            while (e < to && (lines[e].blank() || !fullSentence(lines[e]))) {
                furniture |= !lines[e].blank() && (!soft(lines[e]) || button(t, lines[e]));
                e++;
            }
            if (fullSentence(lines[s]) && !furniture) {
                for (int k = s; k < e; k++) {
                    lines[k].spared = !lines[k].blank();
                }
            }
        }
    }

    /** A line the statistics dropped that reads as a full sentence: no list item, {@value #SPARED_SENTENCE_WORDS} words or more, a quarter of them stop words. */
    private static boolean fullSentence(Line l) {
        return !l.blank() && soft(l) && !l.bullet && l.terminal && l.words >= SPARED_SENTENCE_WORDS && l.stops * 4 >= l.words;
    }

    /** Lines {@link #spare} marked, still dropped by the statistics alone, come back. */
    private static void spared(Line[] lines) {
        for (Line l : lines) {
            if (l.spared && l.cls == BAD && soft(l)) {
                restore(l);
            }
        }
    }

    /**
     * A paragraph wrapped by hand (each line going on with the sentence of the one above: {@link #goesOn}) that the rules
     * keep from some line on is kept from there to its end: its lines below a kept one that the statistics alone dropped
     * ({@link #soft}) come back, so that no kept sentence is cut (not the lines above: a kept word under a long line of
     * keywords, "… Therapy for eating disorders onlineAudience-Specific Keywords1. …" / "counseling", brought it back).
     * A text the unicode pass could not unwrap, its lines justified with runs of spaces (a manual page as {@code man} sets
     * it), lost the lines after a paragraph's first as short lines among furniture.
     */
    private static void wholeParagraphs(char[] t, Line[] lines) {
        int from = 0;
        while (from < lines.length) {
            int to = paragraphEnd(t, lines, from);
            boolean kept = false; // (a kept line of the paragraph above: its sentence goes on here)
            for (int i = from; i <= to; i++) {
                if (lines[i].cls != BAD) {
                    kept = true;
                } else if (kept && soft(lines[i])) {
                    restore(lines[i]);
                }
            }
            from = to + 1;
        }
    }

    /** Dropped by the statistics (length, density, context) rather than by its wording. */
    private static boolean soft(Line l) {
        return "outside-article".equals(l.rule) || "low-content".equals(l.rule);
    }

    /** When line k is recognised furniture and the next non-blank line past it reads as text, that line's index; else -1. */
    private static int textBeyond(Line[] lines, int k, int dir) {
        Line l = lines[k];
        if (l.blank() || l.cls != BAD || l.rule == null || soft(l)) {
            return -1;
        }
        for (int m = k + dir; m >= 0 && m < lines.length; m += dir) {
            if (!lines[m].blank()) {
                return textLike(lines[m]) && !lines[m].bullet ? m : -1;
            }
        }
        return -1;
    }

    private static boolean textLike(Line l) {
        return l.blank() || (!l.bullet && (l.rule == null || "outside-article".equals(l.rule)) && l.words >= 4
                && (l.terminal || l.words >= 8) && (l.stops * 5 >= l.words || l.terminal && l.words >= SENTENCE_LINE_WORDS
                    && l.stops >= SENTENCE_STOP_LOW * l.words));
    }

    /**
     * A kept line that says exactly what the kept line above it says (blank and dropped lines between
     * aside: they are gone from the output, where the two would stand together) is a second rendering
     * of one thing: a text browser writes a card's link and then its heading, an
     * image's alt text and then its caption, a tab's label and then its title, each on its own line.
     * The second copy goes, the first stays. Only on a saved web page (clean text that repeats a
     * line, a refrain, keeps it), only lines with a letter (a rule of dashes, "}" repeat on purpose)
     * and no code (brackets, braces, quotes, '=', ';': code repeats lines on purpose). Whether it dropped any.
     */
    private static boolean doubledLines(char[] t, Line[] lines) {
        Line above = null;
        boolean any = false;
        for (Line l : lines) {
            if (l.blank() || l.cls == BAD) {
                continue;
            }
            if (above != null && sameText(t, above, l)) {
                bad(l, "doubled", "the same line as the kept line above it (a link's text and then its heading or caption, as a"
                        + " text browser writes them): the second copy");
                any = true;
            } else {
                above = l;
            }
        }
        return any;
    }

    /** Whether two lines hold the same text (a list bullet aside), with a letter and no code. */
    private static boolean sameText(char[] t, Line a, Line b) {
        int len = a.ce - a.ts;
        if (b.ce - b.ts != len) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < len; i++) {
            char c = t[a.ts + i];
            if (c != t[b.ts + i] || c < 128 && CODE_CHAR[c]) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** One kept line in this many with code, or more, and a page is documentation, whose paragraphs repeat on purpose. */
    static final int CODE_PAGE_SHARE = 10;

    /** Words a kept line has, at least, to be dropped as a paragraph the page holds twice ({@link #repeatedParagraphs}). */
    static final int REPEAT_PARAGRAPH_WORDS = 15;

    /**
     * A paragraph the page holds twice: a kept line of {@value #REPEAT_PARAGRAPH_WORDS} words or more, with no code
     * (no braces, '=', ';' or angle brackets), whose text (case and a list bullet aside) a kept line above it already
     * has, goes; the first copy stays. A forum's reply that quotes the post above, a product's description written
     * again in a tab, a review's verdict at its head and foot, a teaser above its article. Looked for last, among
     * the lines kept, and only on a saved web page ({@link #FURNISHED_PAGE} furniture lines or more): a clean text that
     * says a paragraph twice (a training plan's warm-up for each day) keeps both; nor on a page where one kept line in
     * {@value #CODE_PAGE_SHARE} has code: an API's reference describes one parameter and the next alike ("Amount intended
     * to be collected by this payment …"). Shorter lines, code and data repeat on purpose and are left. (On the dev
     * pages: 0.0052 of precision for 0.0022 of recall; most of the recall is copies the gold texts keep themselves, a
     * forum's quotes, a webcam's credit seven times, a product card's tagline.)
     */
    private static void repeatedParagraphs(char[] c, Line[] lines) {
        com.carrotsearch.hppc.LongObjectHashMap<Line> first = null;
        List<Line> copies = null;
        for (Line l : lines) {
            if (l.blank() || l.cls == BAD || l.words < REPEAT_PARAGRAPH_WORDS || hasCode(c, l)) {
                continue;
            }
            if (first == null) {
                first = new com.carrotsearch.hppc.LongObjectHashMap<>();
            }
            long h = blockLineHash(c, l);
            Line earlier = first.get(h);
            if (earlier == null) {
                first.put(h, l);
            } else if (sameIgnoringCase(c, earlier, l)) {
                if (copies == null) {
                    copies = new ArrayList<>();
                }
                copies.add(l);
            }
        }
        if (copies == null) {
            return;
        }
        int kept = 0;
        int code = 0;
        for (Line l : lines) {
            if (!l.blank() && l.cls != BAD) {
                kept++;
                code += hasCode(c, l) ? 1 : 0;
            }
        }
        if (code * CODE_PAGE_SHARE >= kept) {
            return; // a page of code and its documentation says the same of one function and the next
        }
        for (Line l : copies) {
            bad(l, "repeated-block", "the page holds this paragraph twice (a quote of it, a second rendering); the first copy is kept");
        }
    }

    /** Whether the line holds a character of code that prose rarely has: a brace, '=', ';' or an angle bracket. */
    private static boolean hasCode(char[] c, Line l) {
        for (int i = l.ts; i < l.ce; i++) {
            char ch = c[i];
            if (ch == '{' || ch == '}' || ch == '=' || ch == ';' || ch == '<' || ch == '>') {
                return true;
            }
        }
        return false;
    }

    /** Whether two lines hold the same text, case and a list bullet aside. */
    private static boolean sameIgnoringCase(char[] t, Line a, Line b) {
        int len = a.ce - a.ts;
        if (b.ce - b.ts != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (Chars.toLowerCase(t[a.ts + i]) != Chars.toLowerCase(t[b.ts + i])) {
                return false;
            }
        }
        return true;
    }

    /** Kept lines in a row, at least, that a second rendering of the same text repeats. */
    static final int REPEAT_LINES = 6;
    /** Characters a line of such a block has on average, at least: prose, not a menu, a list of names or a refrain. */
    static final int REPEAT_LINE_CHARS = 40;

    /**
     * A page that holds its text twice (a second rendering for print, for small screens, or a
     * teaser expanded in place): a block of {@value #REPEAT_LINES} kept lines in a row, of
     * {@value #REPEAT_LINE_CHARS} characters or more on average, one of them a paragraph, and no
     * code (no brackets, braces, quotes, '=' or ';'), that repeats an earlier block line for line
     * (case aside; a list bullet aside) is dropped; the first copy stays. Code, data, lists and
     * short lines repeat on purpose.
     */
    private static void repeatedBlocks(char[] chars, Line[] lines) {
        int n = 0;
        for (Line l : lines) {
            n += !l.blank() && l.cls != BAD ? 1 : 0;
        }
        if (n < 2 * REPEAT_LINES) {
            return;
        }
        Line[] kept = new Line[n];
        long[] hash = new long[n];
        boolean[] paragraph = new boolean[n]; // (read before any line is dropped here)
        int k = 0;
        for (Line l : lines) {
            if (!l.blank() && l.cls != BAD) {
                hash[k] = blockLineHash(chars, l);
                paragraph[k] = !l.bullet && isProse(l);
                kept[k++] = l;
            }
        }
        com.carrotsearch.hppc.LongIntHashMap first = new com.carrotsearch.hppc.LongIntHashMap(n);
        for (int p = 0; p + REPEAT_LINES <= n; p++) {
            long h = 0;
            int size = 0;
            int paragraphs = 0;
            for (int q = p; q < p + REPEAT_LINES; q++) {
                h = h * 0x100000001b3L ^ hash[q];
                size += kept[q].length();
                paragraphs += paragraph[q] ? 1 : 0;
            }
            if (size < REPEAT_LINES * REPEAT_LINE_CHARS || paragraphs == 0) {
                continue;
            }
            int at = first.indexOf(h);
            if (!first.indexExists(at)) {
                first.indexInsert(at, h, p);
                continue;
            }
            int earlier = first.indexGet(at);
            if (earlier + REPEAT_LINES <= p && sameBlock(chars, kept, earlier, p)) {
                for (int q = p; q < p + REPEAT_LINES; q++) {
                    if (kept[q].cls != BAD) {
                        bad(kept[q], "repeated-block", "the page holds these lines twice (a second rendering of the same text); the first copy is kept");
                    }
                }
            }
        }
    }

    /**
     * A fingerprint of the line's text (a list bullet aside) for finding repeated blocks cheaply:
     * its length and its first and last {@value #PRINT_CHARS} characters, lowercased. Blocks whose
     * fingerprints agree are compared in full ({@link #sameBlock}).
     */
    static long blockLineHash(char[] t, Line l) {
        int s = l.ts;
        int e = l.ce;
        long h = (0xcbf29ce484222325L ^ (e - s)) * 0x100000001b3L;
        for (int i = s; i < Math.min(e, s + PRINT_CHARS); i++) {
            h = (h ^ Chars.toLowerCase(t[i])) * 0x100000001b3L;
        }
        for (int i = Math.max(s + PRINT_CHARS, e - PRINT_CHARS); i < e; i++) {
            h = (h ^ Chars.toLowerCase(t[i])) * 0x100000001b3L;
        }
        return h;
    }

    /**
     * Whether the line right above or below line {@code l} (no blank line between) is code: it holds a character of code
     * and is no lone bracketed name itself. A bracketed name beside it ("[existing_window_name]" over "[ PARTITION BY
     * expression [, ...] ]", "[logger_root]" over "level=DEBUG") belongs to the code, not a text browser's placeholder
     * for an image ("[website_footer]", "[LOADING]", each on its own or among others of its kind).
     */
    private static boolean codeBeside(char[] t, Line l) {
        if (l.start >= 1) {
            int e = l.start - 1;
            int s = e;
            while (s > 0 && t[s - 1] != '\n') {
                s--;
            }
            if (codeLine(t, s, e)) {
                return true;
            }
        }
        if (l.end < t.length) {
            int s = l.end + 1;
            int e = s;
            while (e < t.length && t[e] != '\n') {
                e++;
            }
            return codeLine(t, s, e);
        }
        return false;
    }

    /**
     * Whether {@code t[s, e)} is a name in brackets, spaces inside them aside: "[frame_clause]", "[ LOADING]"; not a text
     * browser's select box, whose name ends in underscores.
     */
    private static boolean bracketedName(char[] t, int s, int e) {
        long inner = e - s < 3 ? -1 : Furniture.insideBrackets(t, s, e);
        if (inner < 0) {
            return false;
        }
        int a = (int) (inner >>> 32);
        int z = (int) inner;
        for (int i = a; i < z; i++) {
            char c = t[i];
            if (!(Chars.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return false;
            }
        }
        return z > a && !(z - a >= 2 && t[z - 1] == '_' && t[z - 2] == '_'); // "[Friend____]": a form's select box
    }

    /** Whether {@code t[s, e)} holds one of {@link #CODE_CHAR}. */
    private static boolean codeChar(char[] t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (t[i] < 128 && CODE_CHAR[t[i]]) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t[s, e)} (trimmed) is words in parentheses and nothing else of code: a caption's "(credit: CBS 2)", an aside. */
    private static boolean parenthesised(char[] t, int s, int e) {
        if (e - s < 3 || t[s] != '(' || t[e - 1] != ')') {
            return false;
        }
        return !codeChar(t, s + 1, e - 1);
    }

    /** Whether {@code t[s, e)} (trimmed) is two or more names in brackets and nothing else but spaces and bars: "[IMG] [IMG] | [IMG]". */
    private static boolean bracketedNames(char[] t, int s, int e) {
        int names = 0;
        int i = s;
        while (i < e) {
            char c = t[i];
            if (c == ' ' || c == '|') {
                i++;
                continue;
            }
            if (c != '[') {
                return false;
            }
            int j = i + 1;
            while (j < e && (Chars.isLetterOrDigit(t[j]) || t[j] == '_' || t[j] == '-')) {
                j++;
            }
            if (j == i + 1 || j >= e || t[j] != ']') {
                return false;
            }
            names++;
            i = j + 1;
        }
        return names >= 2;
    }

    /** Whether {@code t[s, e)} holds a character of code and is not a lone bracketed name ("[logo]", "[ LOADING]"). */
    private static boolean codeLine(char[] t, int s, int e) {
        while (s < e && Chars.isWhitespace(t[s])) {
            s++;
        }
        while (e > s && Chars.isWhitespace(t[e - 1])) {
            e--;
        }
        if (bracketedNames(t, s, e) || parenthesised(t, s, e)) {
            return false; // a row of placeholders, "[IMG] [IMG] [IMG]" (an image gallery as elinks saves it); "(credit: CBS 2)"
        }
        boolean code = false;
        boolean inner = false; // a space or a character of code inside the brackets
        for (int i = s; i < e; i++) {
            char c = t[i];
            code |= c < 128 && CODE_CHAR[c];
            if (i > s && i < e - 1) {
                inner |= c < 128 && CODE_CHAR[c] || c == ' ' && t[i - 1] != '[' && t[i - 1] != ' ' && t[i + 1] != ']' && t[i + 1] != ' ';
            }
        }
        return code && (t[s] != '[' || t[e - 1] != ']' || inner);
    }

    /** Characters of code: brackets, braces, quotes, '=', ';', '<' and '>'. */
    private static final boolean[] CODE_CHAR = new boolean[128];

    static {
        for (char c : "{}()[];=<>\"".toCharArray()) {
            CODE_CHAR[c] = true;
        }
    }

    private static final int PRINT_CHARS = 8;

    /**
     * Whether the blocks of kept lines at a and b read the same, line for line (case aside), and
     * hold no code: no brackets, braces, quotes, '=' or ';' (code and data repeat on purpose).
     */
    private static boolean sameBlock(char[] t, Line[] kept, int a, int b) {
        for (int q = 0; q < REPEAT_LINES; q++) {
            Line x = kept[a + q];
            if (!sameIgnoringCase(t, x, kept[b + q]) || codeChar(t, x.ts, x.ce)) {
                return false;
            }
        }
        return true;
    }

    /** Non-blank lines between a head notice and the paragraph it stands over, at most. */
    static final int NOTICE_REACH = 3;

    /**
     * A copyright line at the head of a text that is no saved web page (under {@value #FURNISHED_PAGE} lines recognised by
     * their wording), above every line of prose and over a paragraph within {@value #NOTICE_REACH} lines (other rights
     * lines between, "All rights reserved."), is the text's own notice, not a page's footer: a licence's "Copyright (C)
     * 2007 Free Software Foundation, Inc." over "Everyone is permitted to copy …", a README's. It stays, with the rights
     * lines under it, and the title over it is then read as the heading of that text ({@link #headings}): the GPL lost
     * its title, version and notice. Returns the notice's lines kept (none, or those of one notice), to be flagged.
     */
    private static List<Line> headNotices(String t, Line[] lines) {
        List<Line> kept = new ArrayList<>();
        if (recognised(lines) >= FURNISHED_PAGE) {
            return kept;
        }
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank()) {
                continue;
            }
            if (paragraph(l)) {
                break; // (the text has begun: a copyright line below it is a footer)
            }
            if (!"copyright".equals(l.rule)) {
                continue;
            }
            int seen = 0;
            Line above = l;
            for (int k = i + 1; k < lines.length && seen < NOTICE_REACH; k++) {
                Line m = lines[k];
                if (m.blank()) {
                    continue;
                }
                if (paragraph(m) || wrappedOpening(t, lines, k)) {
                    for (int j = i; j < k; j++) {
                        if (!lines[j].blank()) {
                            lines[j].cls = GOOD;
                            lines[j].rule = null;
                            lines[j].reason = null;
                            kept.add(lines[j]);
                        }
                    }
                    return kept;
                }
                if (!rightsLine(t, m) && t.charAt(above.ce - 1) != ',' && !(above == l && k == i + 1 && m.rule == null)) {
                    // (a notice's line that ends in a comma goes on below: "Free Software Foundation, Inc.,", its address; a
                    // line right under the copyright line that no rule dropped is the notice's own: "51 Franklin Street, …")
                    break;
                }
                seen++;
                above = m;
            }
        }
        return kept;
    }

    /**
     * Whether line k opens a sentence wrapped by hand over the lines right below it, each going on in lowercase, that no
     * rule dropped, ends in sentence punctuation and holds {@value #NOTICE_PARAGRAPH_WORDS} words or more: a licence's
     * first paragraph ("Everyone is permitted to copy and distribute verbatim copies" / "of this license document, but
     * changing it is not allowed.", "Redistribution and use … with or without" / "modification, are permitted … conditions" /
     * "are met:").
     */
    private static boolean wrappedOpening(String t, Line[] lines, int k) {
        int words = 0;
        for (int j = k; j < lines.length; j++) {
            Line m = lines[j];
            if (m.blank() || m.rule != null || j > k && !Character.isLowerCase(t.charAt(m.ts))) {
                return false;
            }
            words += m.words;
            if (m.terminal) {
                return j > k && words >= NOTICE_PARAGRAPH_WORDS;
            }
        }
        return false;
    }

    /** Words of a line of a paragraph at least, that is near-good by its length and no full sentence ({@link #paragraph}). */
    static final int NOTICE_PARAGRAPH_WORDS = 10;

    /** Words of a short full sentence at least, that opens a text under its notice ({@link #paragraph}). */
    static final int NOTICE_SENTENCE_WORDS = 5;

    /**
     * A line of a paragraph, as the length classes read it, that no rule dropped: prose, a shorter line of a sentence, or a
     * short full sentence ("This file is part of the GNU MP Library.", "Contributed by the AriC and Caramba projects,
     * INRIA.": a README's first lines under its notice).
     */
    private static boolean paragraph(Line l) {
        return l.rule == null && (isProse(l) || l.cls == NEAR_GOOD && (l.terminal || l.words >= NOTICE_PARAGRAPH_WORDS)
                || l.cls == SHORT && l.terminal && l.words >= NOTICE_SENTENCE_WORDS);
    }

    /** A line that says whose the rights are: a copyright line, or "All rights reserved." */
    private static boolean rightsLine(String t, Line l) {
        return "copyright".equals(l.rule) || t.regionMatches(true, l.ts, "all rights reserved", 0, 19) && l.ce - l.ts <= 20;
    }

    /** A heading just before article text belongs to it (the title, subheadings). */
    private static void headings(Line[] lines) {
        int n = lines.length;
        for (int i = 0; i < n; i++) {
            Line l = lines[i];
            if (l.blank() || l.cls == GOOD || !soft(l) || l.terminal || l.words > 25 || l.bullet) {
                continue;
            }
            int distance = 0;
            for (int k = i + 1; k < n && distance <= HEADING_DISTANCE; k++) {
                Line m = lines[k];
                if (m.blank()) {
                    continue;
                }
                if (isProse(m)) {
                    restore(l);
                    break;
                }
                if (m.rule != null && !soft(m)) {
                    if (m.rule.equals("byline") || m.rule.equals("dateline") || m.rule.equals("credit")) {
                        continue; // "By …", a date or a photo credit between a title and its text
                    }
                    break;
                }
                distance += m.length();
            }
        }
    }

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
            } else if (l.words <= 2 && l.capitalised == l.words && namesOnly(t, l) && !introduces(t, l, q) && citedAsSource(t, l)) {
                l.cls = BAD;
                l.rule = "credit";
                l.reason = "lone source credit between two paragraphs";
            }
        }
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
    private static Line prose(Line[] lines, int i, int dir) {
        for (int k = i + dir; k >= 0 && k < lines.length; k += dir) {
            Line m = lines[k];
            if (m.blank()) {
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
        for (int at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
            if (at >= l.cs && at < l.ce) {
                continue;
            }
            String around = t.substring(Math.max(0, at - 20), Math.min(t.length(), at + name.length() + 40));
            if (REPORTING.matcher(around).find()) {
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

    /** Non-blank lines below a reply form's heading where its first field stands, at most. */
    static final int REPLY_FORM_FIELD_LINES = 3;

    /**
     * A blog's reply form: its heading with the link that cancels a reply ("Leave a Reply Cancel reply",
     * as WordPress writes it, which puts a post's comments above the form) and a field within
     * {@value #REPLY_FORM_FIELD_LINES} lines below it. On a web page the article has ended there
     * wherever it stands in the file (a long footer can put it in the first half).
     */
    private static boolean replyForm(String t, Line[] lines, int i) {
        Line l = lines[i];
        if ((t.charAt(l.ce - 1) | 0x20) != 'y' || !t.regionMatches(true, l.ce - CANCEL_REPLY.length(), CANCEL_REPLY, 0, CANCEL_REPLY.length())) {
            return false;
        }
        for (int k = i + 1, seen = 0; k < lines.length && seen < REPLY_FORM_FIELD_LINES; k++) {
            Line m = lines[k];
            if (m.blank()) {
                continue;
            }
            seen++;
            if (m.inputField || m.words == 0 && m.length() >= 20) {
                return true; // a labelled field, or a text area's bare line of underscores
            }
        }
        return false;
    }

    private static final String CANCEL_REPLY = "cancel reply";

    /** Share of a web page's prose above a tail heading or tail furniture for it to end the article, if no paragraphs follow it. */
    static final double TAIL_ANCHOR_SHARE_LOW = 0.6;
    /**
     * Characters of prose in one block of kept lines below a tail heading, at least, for the text to go on there however much
     * of its prose is above: a book's or a manual's appendices after a table of contents that names its "Bibliography" (the
     * Jargon File lost its Appendix A, 7,000 words, so), or below an end-of-article anchor in a text that is no saved web page (a file of quotations
     * whose entries have a "Comments:" field lost its last third so; on a web page saved as Markdown, the long lines of
     * links under "Post a comment" make such a block). A page's tail (teasers, a comment thread broken by its
     * headers) holds no such block: boilerplate-dev's pages are the same with it (at 4,000 characters, two and one changed).
     */
    static final int TAIL_GOES_ON_CHARS = 8000;
    /** Characters of prose a block of kept lines holds, at least, to show that the article goes on below a box. */
    static final int TAIL_CONTINUES_CHARS = 400;
    /** Blocks of prose below, at least, for them to read as teasers of other pieces. */
    static final int TAIL_TEASER_BLOCKS = 2;

    /**
     * Whether enough of the page's prose stands above line i for a tail heading or tail furniture there to end the
     * article: {@value #TAIL_ANCHOR_SHARE} of it; or {@value #TAIL_ANCHOR_SHARE_LOW} of it when the prose below stands in
     * {@value #TAIL_TEASER_BLOCKS} or more blocks of kept lines (lines the rules dropped end a block) and none holds
     * {@value #TAIL_CONTINUES_CHARS} characters of it. Teasers of other posts stand one or two to a block, between their
     * titles' links and "Read more"; an article that goes on below a box ("Subscribe now", "Recommended reading") does so
     * in paragraphs, and one last paragraph below a sign-up line is the article's.
     */
    private static boolean tailShareReached(ProseBelow below, int i, int proseSeen, int proseChars) {
        if (proseSeen >= TAIL_ANCHOR_SHARE * proseChars) {
            return below.largestBlock(i) < TAIL_GOES_ON_CHARS;
        }
        return proseSeen >= TAIL_ANCHOR_SHARE_LOW * proseChars && below.teasersOnly(i);
    }

    /**
     * The blocks of prose below each line (blocks of kept lines; a dropped line ends one), found in one pass from the end
     * (a test per anchor that read on to the end of the page made a page of many anchors quadratic).
     */
    private static final class ProseBelow {
        /** From line k on: prose characters until the first dropped line; the most any later block holds; blocks holding prose. */
        private final int[] head;
        private final int[] most;
        private final int[] blocks;

        ProseBelow(Line[] lines) {
            int n = lines.length;
            head = new int[n + 1];
            most = new int[n + 1];
            blocks = new int[n + 1];
            for (int k = n - 1; k >= 0; k--) {
                Line m = lines[k];
                if (m.blank()) {
                    head[k] = head[k + 1];
                    most[k] = most[k + 1];
                    blocks[k] = blocks[k + 1];
                } else if (m.cls == BAD) {
                    head[k] = 0;
                    most[k] = Math.max(head[k + 1], most[k + 1]);
                    blocks[k] = blocks[k + 1];
                } else {
                    int p = tailProse(m) ? m.length() : 0;
                    head[k] = head[k + 1] + p;
                    most[k] = most[k + 1];
                    blocks[k] = blocks[k + 1] + (head[k + 1] == 0 && p > 0 ? 1 : 0);
                }
            }
        }

        /** The most prose characters any one block below line i holds. */
        int largestBlock(int i) {
            return Math.max(head[i + 1], most[i + 1]);
        }

        /** Whether the prose below line i stands in {@value #TAIL_TEASER_BLOCKS}+ blocks, none of {@value #TAIL_CONTINUES_CHARS}+ characters. */
        boolean teasersOnly(int i) {
            return Math.max(head[i + 1], most[i + 1]) < TAIL_CONTINUES_CHARS && blocks[i + 1] >= TAIL_TEASER_BLOCKS;
        }
    }

    /**
     * After an end-of-article anchor that follows the article text, everything is comments and links.
     * On a web page ({@code webPage}: {@value #FURNISHED_PAGE} or more recognised furniture lines,
     * whether its prose makes it read as an article or not: a long menu or list of names may hold
     * most of its characters) the article also ends at a tail heading or tail furniture once most of
     * the page's prose is above it.
     */
    private static void afterArticle(String t, char[] chars, Line[] lines, boolean webPage) {
        int goodChars = 0;
        int proseChars = 0;
        for (Line l : lines) {
            if (!l.blank() && l.cls == GOOD) {
                goodChars += l.length();
                proseChars += tailProse(l) ? l.length() : 0;
            }
        }
        int seen = 0;
        int proseSeen = 0;
        boolean sentenceSeen = false; // a line of prose that ends as a sentence: an article above, not only a menu's long lines of links
        java.util.Map<String, Integer> firstBelowProse = null; // made when first needed
        ProseBelow below = null; // the same
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank()) {
                continue;
            }
            if (l.cls == GOOD) {
                seen += l.length();
            }
            if (tailProse(l)) {
                proseSeen += l.length();
                sentenceSeen |= l.terminal;
            }
            // only an anchor in the second half of the text: a file of many articles (or a long
            // discussion under a short post) must not lose everything after the first "Post a Comment";
            // a comment's own header ("Sharon says" over "July 14, 2015 at 3:53 pm") is one wherever
            // it follows the article
            boolean anchor = seen >= 300 && seen >= goodChars / 2 && l.start >= t.length() / 2 && endAnchor(t, l)
                        && !(i > 0 && Character.isLowerCase(chars[l.cs]) && runsOn(chars, lines[i - 1], l.cs)) // "… more quotable" / "comments:"
                        && (webPage || (below = below != null ? below : new ProseBelow(lines)).largestBlock(i) < TAIL_GOES_ON_CHARS)
                        && !sectionHeading(t, lines, i, proseChars)
                    || webPage && proseSeen >= 300 && sentenceSeen && l.tailHeading
                        && tailShareReached(below = below != null ? below : new ProseBelow(lines), i, proseSeen, proseChars)
                        && !sectionHeading(t, lines, i, proseChars)
                    || webPage && proseSeen >= 300 && sentenceSeen && replyForm(t, lines, i)
                    || webPage && proseSeen >= 300 && sentenceSeen && spamTrap(t, l)
                        && (proseAfter(lines, i, TAIL_LOOKAHEAD, true) <= TAIL_LOOKAHEAD_PROSE
                            || tailShareReached(below = below != null ? below : new ProseBelow(lines), i, proseSeen, proseChars))
                    || webPage && proseSeen >= 300 && sentenceSeen && tailFurniture(l)
                        && tailShareReached(below = below != null ? below : new ProseBelow(lines), i, proseSeen, proseChars)
                        && proseAfter(lines, i, TAIL_LOOKAHEAD, false) <= TAIL_LOOKAHEAD_PROSE
                        && (firstBelowProse = firstBelowProse != null ? firstBelowProse : firstBelowProse(t, lines))
                            .getOrDefault(t.substring(l.cs, l.ce), -1) == i;
            boolean header = !anchor && seen >= 300 && commentHeader(t, lines, i);
            if (anchor || header) {
                String reason = "after the end of the article (\"" + t.substring(l.cs, l.ce) + "\"): comments and links"; // one string for all
                for (int k = header || l.tailHeading || spamTrap(t, l) ? i : i + 1; k < lines.length; k++) {
                    Line m = lines[k];
                    m.spared = false; // (what the statistics dropped after the article stays dropped)
                    if (!m.blank() && m.cls != BAD) {
                        m.cls = BAD;
                        m.rule = "after-article";
                        m.reason = reason;
                    }
                }
                return;
            }
        }
    }

    /** Lines of the same text a page holds at least for them to be its sections' headings ({@link #sectionHeading}). */
    static final int SECTION_HEADINGS = 3;

    /**
     * Whether line i's text stands alone on {@value #SECTION_HEADINGS} or more lines of the page, its numbers aside, the
     * first of them above half of the page's prose ({@code proseChars}, as {@link #tailProse} counts it): a heading of each
     * of its sections, not the end of its article (a Q&A page's "Comments", "1 Comment" and "4 Comments" under the question and under
     * each answer, where the answers below the first were dropped as after-article). All below most of the prose, they
     * head the blocks of the page's tail ("Related" over each teaser of a news page), and the first ends the article.
     */
    private static boolean sectionHeading(String t, Line[] lines, int i, int proseChars) {
        Line l = lines[i];
        String key = withoutNumbers(t, l);
        int n = 0;
        int proseAbove = 0;
        int proseAboveFirst = -1;
        for (Line m : lines) {
            if (!m.blank() && Math.abs((m.ce - m.cs) - (l.ce - l.cs)) <= SECTION_NUMBER_CHARS && withoutNumbers(t, m).equals(key)) {
                proseAboveFirst = proseAboveFirst < 0 ? proseAbove : proseAboveFirst;
                if (++n >= SECTION_HEADINGS) {
                    return 2 * proseAboveFirst < proseChars;
                }
            }
            proseAbove += tailProse(m) ? m.length() : 0;
        }
        return false;
    }

    /** Characters a section heading's numbers may add to it, at most ("1,024 Comments"). */
    static final int SECTION_NUMBER_CHARS = 8;

    /**
     * A line's text without its digits, and without the spaces that then stand at its ends and a last "s" (a count's
     * heading, "1 Comment" and "2 Comments", reads the same).
     */
    private static String withoutNumbers(String t, Line l) {
        StringBuilder b = new StringBuilder(l.ce - l.cs);
        for (int k = l.cs; k < l.ce; k++) {
            char c = t.charAt(k);
            if (!(c >= '0' && c <= '9' || c == ',' && k > l.cs && Character.isDigit(t.charAt(k - 1)))) {
                b.append(c);
            }
        }
        String key = b.toString().strip();
        return key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    /**
     * Whether a line is a form's anti-spam field as a text browser shows it: "Δ" alone, which WordPress's Akismet puts at
     * the foot of comment and contact forms. Below most of an article's prose ({@link #tailShareReached}), or with no
     * more than a line of prose among the next {@value #TAIL_LOOKAHEAD} kept lines, it ends the article: the form is its
     * comment form, and what follows it is the page's sidebar and footer (with paragraphs below it, it is a newsletter's
     * sign-up box inside the article).
     */
    private static boolean spamTrap(String t, Line l) {
        return l.ce - l.cs == 1 && t.charAt(l.cs) == 'Δ';
    }

    /** Share of the page's prose a tail heading must follow to end the article. */
    static final double TAIL_ANCHOR_SHARE = 0.8;
    /** Words of a line that heads what follows an article ({@link Line#tailHeading}), at most. */
    static final int TAIL_HEADING_WORDS = 8;

    /**
     * Recognised furniture that follows an article on a saved page (share and follow lines, read-more
     * links, related lists, newsletter calls, forms, cookie, copyright and disclaimer lines): once most
     * of the page's prose is above it and little prose comes right after it, the article has ended
     * there. (Not comment calls: a forum thread's "Reply" lines stand between its posts.)
     */
    private static final java.util.Set<String> TAIL_FURNITURE = java.util.Set.of("share", "read-more", "related", "newsletter",
            "cookie", "copyright", "disclaimer", "form");
    /** Non-blank lines looked at after a line of tail furniture ... */
    static final int TAIL_LOOKAHEAD = 8;
    /** ... of which at most this many may be prose for the article to end there. */
    static final int TAIL_LOOKAHEAD_PROSE = 1;

    /**
     * Tail furniture; a lone social network's name ("Twitter") is one only beside other words (it may
     * be an item of the article's own list).
     */
    private static boolean tailFurniture(Line l) {
        return l.cls == BAD && l.rule != null && TAIL_FURNITURE.contains(l.rule) && (l.words >= 2 || !l.rule.equals("share"));
    }

    /**
     * Where each line of tail furniture first stands below the page's first prose (by its words).
     * Only there may it end the article: a line found above it ("Share" under each answer of a
     * thread, "Like" under each post) belongs to the items of the page, not to its end, and so do
     * its repeats. (A share bar above the article and again below it is the end; so is a sign-up
     * box repeated in the footer, at its first.)
     */
    private static java.util.Map<String, Integer> firstBelowProse(String t, Line[] lines) {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        boolean below = false;
        for (int k = 0; k < lines.length; k++) {
            Line l = lines[k];
            below |= isProse(l);
            if (below && !l.blank() && tailFurniture(l)) {
                first.putIfAbsent(t.substring(l.cs, l.ce), k);
            }
        }
        return first;
    }

    /** A line of prose: kept by the statistics and of paragraph length. */
    private static boolean isProse(Line l) {
        return !l.blank() && l.cls == GOOD && l.length() >= LENGTH_LOW;
    }

    /** Words a line of prose has at least, where the article's end is looked for ({@link #tailProse}). */
    static final int TAIL_PROSE_WORDS = 5;

    /**
     * Prose as {@link #afterArticle} counts it: a line of prose with words in it. A text browser
     * draws a horizontal rule or a text area as a long line of underscores, which the length classes
     * would count as prose, so that the menus above a thread seemed to hold most of a page's prose.
     */
    private static boolean tailProse(Line l) {
        return isProse(l) && l.words >= TAIL_PROSE_WORDS;
    }

    /**
     * Prose lines among the next {@code count} non-blank lines after line i; with {@code keptOnly}, among the next
     * {@code count} lines with words that the rules keep (a form's dropped fields and drawn rules passed over).
     */
    private static int proseAfter(Line[] lines, int i, int count, boolean keptOnly) {
        int seen = 0;
        int prose = 0;
        for (int k = i + 1; k < lines.length && seen < count; k++) {
            Line l = lines[k];
            if (!l.blank() && (!keptOnly || l.cls != BAD && l.words > 0)) {
                seen++;
                prose += isProse(l) ? 1 : 0;
            }
        }
        return prose;
    }

    /** Non-blank lines from one commenter's header to the next, at most, for the two to make a thread. */
    static final int THREAD_GAP = 30;
    /** Non-blank lines above a thread's first header that may be its heading ("244 thoughts on …", "1."), at most. */
    static final int THREAD_HEADING_LINES = 3;
    /** Characters of prose above a thread's first header, at least: the article it is under (a forum's first post is under a title). */
    static final int THREAD_ARTICLE_PROSE = 2000;

    /**
     * Reader comments below the article: two or more commenters' headers (a name over a time stamp,
     * or both on one line: "Jess Jones" / "November 15, 2022 at 7:03 am", "Utsab 7/11/2021 at 12:36am")
     * within {@value #THREAD_GAP} lines of each other, the first with at least
     * {@value #THREAD_ARTICLE_PROSE} characters of prose above it. From the first of them (with the
     * thread's heading just above it) everything goes. Not where a header comes before that much
     * prose: the page is a thread itself (a forum's posts) or opens with a byline like one.
     */
    private static void commentThread(String t, Line[] lines) {
        int proseAbove = 0;
        int prior = -1; // the last header seen
        int seen = 0;   // non-blank lines since it
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank()) {
                continue;
            }
            seen++;
            proseAbove += tailProse(l) ? l.length() : 0;
            int header = commenterHeader(t, lines, i);
            if (header < 0) {
                continue;
            }
            if (prior < 0 && proseAbove < THREAD_ARTICLE_PROSE) {
                return;
            }
            if (prior >= 0 && seen <= THREAD_GAP) {
                dropThread(t, lines, prior);
                return;
            }
            prior = header;
            seen = 0;
        }
    }

    /** The first line of a commenter's header whose time stamp is line i, or -1. */
    private static int commenterHeader(String t, Line[] lines, int i) {
        Line l = lines[i];
        if (l.length() > 80 || l.words < 2 || !endsLikeStamp(t, l) || !dateLike(t, l)) {
            return -1;
        }
        String s = stripBullet(t, l);
        if (Furniture.timeStamp(s)) {
            if (l.bullet) {
                return -1; // a list item: a forum post's details list its date ("Belgium" / "* Jul 12, 2022")
            }
            int k = i - 1;
            while (k >= 0 && lines[k].blank()) {
                k--;
            }
            return k >= 0 && i - k <= 2 && commenterName(t, lines[k]) ? k : -1;
        }
        return Furniture.stampedName(s) != null ? i : -1;
    }

    /** Ending as a time stamp does: with a digit, "am"/"pm" (or "a.m."), "ago", "edited", "reply" or "link". */
    private static boolean endsLikeStamp(String t, Line l) {
        char c = t.charAt(l.ce - 1);
        if (c >= '0' && c <= '9') {
            return true;
        }
        // (by the last character first: most lines end with none of these endings' last letters)
        return switch (Character.toLowerCase(c)) {
            case 'm' -> l.ce - 1 > l.cs;
            case '.' -> endsWith(t, l, "m.");
            case 'o' -> endsWith(t, l, "ago");
            case 'd' -> endsWith(t, l, "edited");
            case 'y' -> endsWith(t, l, "reply");
            case 'k' -> endsWith(t, l, "link");
            default -> false;
        };
    }

    private static boolean endsWith(String t, Line l, String lower) {
        int from = l.ce - lower.length();
        return from > l.cs && t.regionMatches(true, from, lower, 0, lower.length());
    }

    /**
     * What every time stamp with a digit has, checked before any pattern: a four-digit year with a
     * month's name or "ago" ("July 14, 2015"), digits joined by "/", "." or "-" ("7/11/2021",
     * "2021-07-11"), or a count ending in "ago" ("2 years ago").
     */
    private static boolean dateLike(String t, Line l) {
        int run = 0;
        boolean digit = false;
        boolean year = false;
        for (int k = l.cs; k < l.ce; k++) {
            char c = t.charAt(k);
            if (c >= '0' && c <= '9') {
                digit = true;
                year |= ++run == 4;
                continue;
            }
            if (run > 0 && (c == '/' || c == '.' || c == '-') && k + 1 < l.ce && t.charAt(k + 1) >= '0' && t.charAt(k + 1) <= '9') {
                return true;
            }
            run = 0;
        }
        // a four-digit year is a time stamp's only with a month's name or "ago" beside it: "© 2024 Acme" is none
        return digit && t.startsWith("ago", l.ce - 3) || year && monthOrAgo(t, l);
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "ago"};

    /** Whether the line holds the first three letters of a month's name, or "ago" (any case). */
    private static boolean monthOrAgo(String t, Line l) {
        String s = t.substring(l.cs, l.ce).toLowerCase(Locale.ROOT);
        for (String m : MONTHS) {
            if (s.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /** A commenter's name line: a short name or handle, or "Name says:"; no furniture ("Reply") and no prose. */
    private static boolean commenterName(String t, Line l) {
        if (l.rule != null && !soft(l) || l.length() > 60) {
            return false;
        }
        String s = stripBullet(t, l);
        return Furniture.commenterName(s) || Furniture.commenter(s);
    }

    /** Drops the thread whose first header is line {@code from}, with its heading just above. */
    private static void dropThread(String t, Line[] lines, int from) {
        int start = from;
        int looked = 0;
        for (int k = from - 1; k >= 0 && looked < THREAD_HEADING_LINES; k--) {
            Line m = lines[k];
            if (m.blank()) {
                continue;
            }
            looked++;
            if (m.cls != BAD && !Furniture.commentHeading(stripBullet(t, m))) {
                break;
            }
            start = k;
        }
        String reason = "reader comments below the article (commenters' names and time stamps, from \""
                + t.substring(lines[from].cs, lines[from].ce) + "\")";
        for (int k = start; k < lines.length; k++) {
            Line m = lines[k];
            m.spared = false; // (a comment the statistics dropped already stays dropped)
            if (!m.blank() && m.cls != BAD) {
                bad(m, "comment-thread", reason);
            }
        }
    }

    /** Lines between a comment's header and its date, at most. */
    private static final int HEADER_TO_DATE = 2;

    /**
     * A comment's header: a short "Name says" (said, wrote, commented) line with the comment's
     * time stamp on one of the next two lines, as blog and news comment threads print them.
     */
    private static boolean commentHeader(String t, Line[] lines, int i) {
        Line l = lines[i];
        // cheap first: short, and ending with one of the verbs (no string is made for other lines)
        int end = t.charAt(l.ce - 1) == ':' ? l.ce - 1 : l.ce;
        boolean verb = false;
        for (String v : Furniture.COMMENT_VERBS) {
            verb |= end - l.cs > v.length() && t.startsWith(v, end - v.length()) && t.charAt(end - v.length() - 1) == ' ';
        }
        if (l.ce - l.cs > 60 || !verb || !Furniture.commenter(stripBullet(t, l))) {
            return false;
        }
        int seen = 0;
        for (int k = i + 1; k < lines.length && seen < HEADER_TO_DATE; k++) {
            if (!lines[k].blank()) {
                seen++;
                if (Furniture.timeStamp(stripBullet(t, lines[k]))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String stripBullet(String t, Line l) {
        return t.substring(l.ts, l.ce);
    }

    /** Whether the line, without its bullet, is an end anchor ({@link Furniture#endAnchor}). */
    private static boolean endAnchor(String t, Line l) {
        return Furniture.endAnchor(t, l.ts, l.ce);
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
                total += lines[i].length();
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
                }
                i++;
                continue;
            }
            boolean between = i > 0 && j < n;
            boolean beforeFirstDrop = true;
            for (int k = i; k < j; k++) {
                Line l = lines[k];
                if (!l.blank()) {
                    total += l.length();
                    dropped += l.length();
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
