package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.lang.English;

import java.util.ArrayList;
import java.util.List;

import static io.github.unmangle.pass.boilerplate.BoilerplatePass.HEADING_DISTANCE;
import static io.github.unmangle.pass.boilerplate.BoilerplatePass.LENGTH_HIGH;
import static io.github.unmangle.pass.boilerplate.BoilerplatePass.LENGTH_LOW;
import static io.github.unmangle.pass.boilerplate.BoilerplatePass.SENTENCE_LINE_WORDS;
import static io.github.unmangle.pass.boilerplate.BoilerplatePass.SENTENCE_STOP_LOW;
import static io.github.unmangle.pass.boilerplate.Judge.SITE_TEMPLATE;
import static io.github.unmangle.pass.boilerplate.Line.BAD;
import static io.github.unmangle.pass.boilerplate.Line.GOOD;
import static io.github.unmangle.pass.boilerplate.Line.NEAR_GOOD;
import static io.github.unmangle.pass.boilerplate.Line.SHORT;
import static io.github.unmangle.pass.boilerplate.Line.bad;
import static io.github.unmangle.pass.boilerplate.Line.isProse;
import static io.github.unmangle.pass.boilerplate.Line.restore;
import static io.github.unmangle.pass.boilerplate.Line.hardDropped;
import static io.github.unmangle.pass.boilerplate.Line.soft;
import static io.github.unmangle.pass.boilerplate.LineText.paragraphEnd;
import static io.github.unmangle.pass.boilerplate.LoneLines.button;
import static io.github.unmangle.pass.boilerplate.Metadata.above;

/**
 * Where the article stands on a saved page: its region and edges, menus and archive lists, newsletter pitches written as
 * sentences, what vouches for a stretch of short lines (and what of it is spared), paragraphs kept whole, headings and
 * notices at the head of a text, and a grid of records where no article is found.
 */
final class Region {
    private Region() {
    }

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
    static int[] records(String t, Line[] lines) {
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
            if (!l.blank() && l.words > 0 && !hardDropped(l) && l.length() <= 200) {
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
                if (!l.blank() && l.words >= RECORDS_ITEM_WORDS && !hardDropped(l)) {
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
    static void region(Line[] lines, boolean articleLike) {
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

    /** Lines above a sign-up form read for its pitch, at most ... */
    static final int PITCH_LINES = 2;
    /** ... each of at most this many words. */
    static final int PITCH_WORDS = 20;

    /**
     * A newsletter pitch written as sentences ("Get the week's best stories in your inbox.") stands
     * right above its sign-up form: on a saved page, the short lines just above a sign-up field or
     * button go with it. (Clean text has no forms; there the pitch's wording is left to the newsletter family.)
     */
    static void pitches(String t, Line[] lines) {
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
    static boolean articleLike(Line[] lines) {
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
                } else if (hardDropped(l)) {
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
    static void menus(Line[] lines) {
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
    static void archiveLists(String t, Line[] lines) {
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
    static int recognised(Line[] lines) {
        return recognised(lines, true);
    }

    /**
     * {@link #recognised}, with or without the lines a batch learned as site template: without them, what the rules
     * recognised by its wording, the line model's gate ({@link BoilerplatePass#MODEL_MAX_KEPT_SHARE}).
     */
    static int recognised(Line[] lines, boolean withTemplate) {
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
     * A line holding a text browser's button mark ({@link LoneLines#button}) vouches as a recognised line does; it does not
     * count towards {@link #FURNISHED_PAGE}.
     */
    static void vouch(String t, Line[] lines) {
        int i = 0;
        while (i < lines.length) {
            if (lines[i].blank() || lines[i].cls != BAD) {
                i++;
                continue;
            }
            int j = i;
            int recognised = 0;
            int total = 0;
            while (j < lines.length && (lines[j].blank() || lines[j].cls == BAD) && !(j > i && permalinked(t, lines[j]))) {
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
                if (permalinked(t, lines[i])) {
                    // (the section a permalinked heading opens, up to the first recognised line: the document's own text)
                    for (int k = i; k < j && (lines[k].blank() || soft(lines[k]) && !button(t, lines[k])); k++) {
                        if (!lines[k].blank()) {
                            restore(lines[k]);
                        }
                    }
                }
                spare(t, lines, i, j);
            }
            i = j;
        }
    }

    /**
     * A heading with its permalink mark, as documentation generators set one (Sphinx, MkDocs, Python-Markdown's table of
     * contents: "Introduction¶"), dropped by the statistics alone: the document's own section, which no recognised line
     * above it vouches for. It ends a stretch, and it and its section's lines up to the first recognised line come back.
     */
    private static boolean permalinked(String t, Line l) {
        return !l.blank() && soft(l) && t.charAt(l.ce - 1) == '¶' && l.words >= 1 && l.words <= 12;
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
    static void spared(Line[] lines) {
        for (Line l : lines) {
            if (l.spared && l.cls == BAD && soft(l)) {
                restore(l);
            }
        }
    }

    /**
     * A paragraph wrapped by hand (each line going on with the sentence of the one above: {@link LineText#goesOn}) that the rules
     * keep from some line on is kept from there to its end: its lines below a kept one that the statistics alone dropped
     * ({@link Line#soft}) come back, so that no kept sentence is cut (not the lines above: a kept word under a long line of
     * keywords, "… Therapy for eating disorders onlineAudience-Specific Keywords1. …" / "counseling", brought it back).
     * A text the unicode pass could not unwrap, its lines justified with runs of spaces (a manual page as {@code man} sets
     * it), lost the lines after a paragraph's first as short lines among furniture.
     */
    static void wholeParagraphs(char[] t, Line[] lines) {
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
    static List<Line> headNotices(String t, Line[] lines) {
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
    static boolean paragraph(Line l) {
        return l.rule == null && (isProse(l) || l.cls == NEAR_GOOD && (l.terminal || l.words >= NOTICE_PARAGRAPH_WORDS)
                || l.cls == SHORT && l.terminal && l.words >= NOTICE_SENTENCE_WORDS);
    }

    /** A line that says whose the rights are: a copyright line, or "All rights reserved." */
    private static boolean rightsLine(String t, Line l) {
        return "copyright".equals(l.rule) || t.regionMatches(true, l.ts, "all rights reserved", 0, 19) && l.ce - l.ts <= 20;
    }

    /** A heading just before article text belongs to it (the title, subheadings). */
    static void headings(Line[] lines) {
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
}
