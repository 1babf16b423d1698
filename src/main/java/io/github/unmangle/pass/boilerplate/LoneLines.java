package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.lang.Chars;
import io.github.unmangle.lang.English;
import io.github.unmangle.layout.ListItems;

import java.util.ArrayList;
import java.util.List;

import static io.github.unmangle.pass.boilerplate.BoilerplatePass.LENGTH_LOW;
import static io.github.unmangle.pass.boilerplate.Judge.FIELD_UNDERSCORES;
import static io.github.unmangle.pass.boilerplate.Judge.neighbour;
import static io.github.unmangle.pass.boilerplate.Line.BAD;
import static io.github.unmangle.pass.boilerplate.Line.NEAR_GOOD;
import static io.github.unmangle.pass.boilerplate.Line.SHORT;
import static io.github.unmangle.pass.boilerplate.Line.bad;
import static io.github.unmangle.pass.boilerplate.Line.restore;

/**
 * Lines judged last, on their own, once the article is found: lines that say nothing of their neighbours (an image's
 * alt text or caption, counters, a table of contents, a consent dialog and cookie categories, a forum's or a shop's
 * controls, widgets, a spec sheet's rows, question headings, a template's Lorem ipsum, the page's source, drawn rules
 * and strays).
 */
final class LoneLines {
    private LoneLines() {
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
    static void altTexts(String t, Line[] lines, char[] imageMarks, boolean webPage) {
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.blank() || l.cls == BAD) {
                continue;
            }
            if (l.words <= Furniture.ALT_TEXT_WORDS && Furniture.altText(t, l.ts, l.ce, l.words) || Furniture.describedImage(t, l.ts, l.ce)
                    || webPage && l.words <= Furniture.PICTURED_WORDS && Furniture.picturedPeople(t, l.ts, l.ce, false)) {
                bad(l, "markup", ALT_TEXT);
            } else if (Furniture.imageAddress(t, l.ts, l.ce)) {
                bad(l, "markup", "an image's address alone on its line");
            } else if (imageMarks != null && Furniture.iconLine(imageMarks, l.cs, l.ce)) {
                bad(l, "markup", "an image's file name in brackets with at most one word beside it: an icon and its label, a menu's entry or a control");
            } else if (Furniture.endsWithCredit(t, l.ts, l.ce) && !(labelled(t, l) && inLabelledList(t, lines, i))) {
                bad(l, "credit", "a picture's caption: it ends with the picture's credit");
            }
        }
    }

    /** The reason of an image's description dropped. */
    private static final String ALT_TEXT = "an image's description (its alt text) left in the text";

    /** Words of a line, at least, that {@link #lastLines} reads for its nouns (a menu's short lines are not read). */
    static final int LAST_LINE_WORDS = 4;

    /**
     * After the line model, lines that vouch for nothing around them, read in one walk of each line for the nouns their
     * patterns need ({@link Furniture#nouns}). On a saved web page, more of an image's descriptions: people pictured with no
     * article before them ("Young woman using Mosalingua on her smartphone.", {@link Furniture#picturedPeople}) and a picture
     * described by its background ("… standing against a plain light background.", {@link Furniture#onPlainBackground}).
     * Asked after the model, not with {@link #altTexts}: the model weighs a line by the kept text's long paragraphs, and on
     * a product page such descriptions are most of them (dropped before it, they took the product's options with them on
     * boilerplate-dev's pages: cross-fit recall 0.9392 → 0.9391 with the model trained before, 0.9386 → 0.9378 with models
     * trained again on the rules' new lines).
     * <p>On any text, a publisher's affiliate or sponsorship disclosure ({@link Furniture#affiliateDisclosure}) on a line of
     * its own ("We may earn commission from links on this page, but we only recommend products we back.", "This post
     * contains affiliate links."; 28 of boilerplate-dev's pages hold one: 40 such lines outside the gold texts and 7 in
     * them, cross-fit F1 0.8536 → 0.8538). Asked last, not with the furniture: such a note stands between a piece's title
     * and its first paragraph, and dropped with the furniture it took the title, the dek or a deal's product out of the
     * article's region on 7 pages (wcxb_dev_0009, 0199, 0477 …). Whether it dropped a line.
     */
    static boolean lastLines(String t, char[] chars, Line[] lines, boolean webPage) {
        boolean dropped = false;
        for (Line l : lines) {
            if (l.blank() || l.cls == BAD) {
                continue;
            }
            if (webPage && l.words <= Furniture.PICTURED_WORDS && Furniture.picturedPeople(t, l.ts, l.ce, true)) {
                bad(l, "markup", ALT_TEXT);
                dropped = true;
                continue;
            }
            boolean disclosure = !l.continues && l.ce - l.ts <= Furniture.DISCLOSURE_LENGTH && l.words >= LAST_LINE_WORDS;
            boolean background = webPage && l.words >= LAST_LINE_WORDS && l.words <= Furniture.BACKGROUND_WORDS;
            if (!disclosure && !background) {
                continue;
            }
            int nouns = Furniture.nouns(chars, l.ts, l.ce);
            if (background && Furniture.onPlainBackground(t, l.ts, l.ce, nouns)) {
                bad(l, "markup", ALT_TEXT);
                dropped = true;
            } else if (disclosure && Furniture.affiliateDisclosure(t, l.ts, l.ce, nouns)) {
                bad(l, "disclaimer", "an affiliate or sponsorship disclosure: the publisher earns from the links it prints");
                dropped = true;
            }
        }
        return dropped;
    }

    /**
     * After the line model, an empty list item: a line of a bullet alone ("*", "+", "•", "◦", "▪"), what a text browser
     * writes for an item whose only content was an image or an empty link (a carousel's: runs of dozens; 2,449 such "*"
     * lines kept on 244 of boilerplate-dev's pages, their gold texts' lone "*" being pieces of code split apart, not
     * items). On a saved web page each goes; in other text only two or more in a row (a lone "*" may break a text's
     * sections). Whether it dropped a line.
     */
    static boolean emptyItems(char[] c, Line[] lines, boolean webPage) {
        boolean dropped = false;
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            if (l.cls == BAD || !loneBullet(c, l)) {
                continue;
            }
            if (webPage || i > 0 && loneBullet(c, lines[i - 1]) || i + 1 < lines.length && loneBullet(c, lines[i + 1])) {
                bad(l, "markup", "an empty list item (a bullet alone: an item whose image or link had no text)");
                dropped = true;
            }
        }
        return dropped;
    }

    /** Whether line {@code l} holds a bullet and nothing else. */
    private static boolean loneBullet(char[] c, Line l) {
        if (l.ce - l.cs != 1) {
            return false;
        }
        char b = c[l.cs];
        return b == '*' || b == '+' || b == '•' || b == '◦' || b == '▪';
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
    static void counters(char[] c, Line[] lines) {
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
    static void contents(String t, char[] c, Line[] lines) {
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
    static void consentDialogs(String t, Line[] lines) {
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
     * A promotion the page brackets with its own marks for screen readers ("skip past newsletter promotion" … "after
     * newsletter promotion", as the Guardian sets a newsletter's sign-up between an article's paragraphs) goes whole: its
     * name, description and privacy notice read as a short heading and a paragraph of prose. Both marks must stand within
     * {@value #PROMOTION_LINES} lines of each other, the opening one first. The Guardian's notice goes wherever it stands
     * ({@link #NEWSLETTER_NOTICE}: longer than the lines furniture's wording is read on).
     */
    static void promotions(String t, Line[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].cls != BAD && t.regionMatches(true, lines[i].ts, NEWSLETTER_NOTICE, 0, NEWSLETTER_NOTICE.length())) {
                bad(lines[i], "newsletter", "a newsletter sign-up's privacy notice");
                continue;
            }
            String skip = promotionMark(t, lines[i], "skip past ");
            if (skip == null) {
                continue;
            }
            for (int j = i + 1; j < lines.length && j <= i + PROMOTION_LINES; j++) {
                if (skip.equals(promotionMark(t, lines[j], "after "))) {
                    String reason = "inside a promotion the page marks (\"skip past " + skip + "\" … \"after " + skip + "\")";
                    for (int k = i; k <= j; k++) {
                        if (!lines[k].blank()) {
                            bad(lines[k], "newsletter", reason);
                        }
                    }
                    i = j;
                    break;
                }
            }
        }
    }

    /** How the Guardian's notice under each newsletter's pitch begins, alone on its line when the marks around the pitch are gone. */
    static final String NEWSLETTER_NOTICE = "privacy notice: newsletters may contain info";

    /** Lines between a promotion's two marks, at most. */
    static final int PROMOTION_LINES = 15;

    /** What the line marks ("newsletter promotion") when it reads "{@code prefix}… promotion" (any case, a few words), else null. */
    private static String promotionMark(String t, Line l, String prefix) {
        if (l.blank() || l.words > 7 || !t.regionMatches(true, l.ts, prefix, 0, prefix.length())) {
            return null;
        }
        String rest = t.substring(l.ts + prefix.length(), l.ce).strip().toLowerCase(java.util.Locale.ROOT);
        return rest.endsWith("promotion") && rest.length() <= 40 ? rest : null;
    }

    /**
     * A template's placeholder text, a paragraph of Latin that begins "Lorem ipsum dolor sit amet", goes: a theme's filler
     * that the site never replaced (boilerplate-dev: kept three times on one page, wcxb_dev_4666; in none of its 1,476 gold
     * texts). A short line that names it went already (Furniture's "markup"); this reads the long ones, and not one with
     * English in it (a tenth of its words English function words or more): an article may quote it.
     */
    static void placeholders(String t, Line[] lines) {
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
    static void sourceLines(char[] chars, Line[] lines) {
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
    static void cookieCategories(String t, Line[] lines) {
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
            "information regarding which", "reports can be generated", "we process your data", "partners store and", "unique identifiers",
            "resurface this menu");

    /**
     * On a saved web page, a line of nothing but underscores ({@value Judge#FIELD_UNDERSCORES} or more) is
     * what a text browser draws for a horizontal rule or an empty input field: no text, and never in
     * an article's extracted text (none of boilerplate-dev's 1,476 gold texts has one; 2,198 such lines
     * stood in 409 of its pages). Clean text that uses such a line as a section break is no web page
     * and keeps it, unless it is {@value #WIDE_RULE} characters long or more ({@code least}): a rule drawn across a
     * text browser's full width (lynx's -width=1024 draws them 1,000 long; 29 of boilerplate-dev's pages whose wording
     * did not read as a saved page's kept one), which no writer types as a section break.
     */
    static void drawnRules(char[] t, Line[] lines, int least) {
        for (Line l : lines) {
            if (l.blank() || Line.hardDropped(l) || l.words != 0 || l.length() < least) {
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

    /**
     * lynx writes a page's LINK elements above its text, the first paragraph of its dump: "#" and their titles run
     * together ("#Rust Blog", "#Home Assistant Community Search next", "#Feed alternate alternate …" wrapped at its
     * width). The markup family reads "#alternate" and "#oEmbed" anywhere; on a saved web page, a first paragraph
     * that opens with "#" and a letter or a digit (no space: a Markdown heading has one) goes whole, under this rule
     * even where the statistics dropped it first. Asked after the line model: dropped before it, the line moved the
     * model's reading of the page (it weighs lines against the kept text's head), and other pages lost article lines.
     * Whether it dropped a line.
     */
    static boolean linkElements(char[] t, Line[] lines) {
        int i = 0;
        while (i < lines.length && lines[i].blank()) {
            i++;
        }
        if (i == lines.length || lines[i].ce - lines[i].cs < 2 || t[lines[i].cs] != '#'
                || !Character.isLetterOrDigit(t[lines[i].cs + 1])) {
            return false;
        }
        boolean dropped = false;
        for (; i < lines.length && !lines[i].blank(); i++) {
            if (lines[i].cls != BAD) {
                dropped = true;
            }
            if (!Line.hardDropped(lines[i])) {
                bad(lines[i], "markup",
                        "a text browser's list of the page's link elements (lynx's first lines, each \"#\" and a title), not its text");
            }
        }
        return dropped;
    }

    /** Underscores of a drawn rule that goes from any text, not only a saved web page ({@link #drawnRules}). */
    static final int WIDE_RULE = 200;

    /** Words of a stray line, at most ... */
    static final int STRAY_WORDS = 3;
    /** ... and non-blank lines on each side of it that must all be dropped. */
    static final int STRAY_DISTANCE = 2;

    /**
     * A short line (three words at most, no sentence) left alone among dropped lines, with nothing
     * kept within two lines on either side, is a leftover of the furniture around it ("Blog",
     * "Resources" between dropped menu items), not text; looked for last, once everything else is decided.
     */
    static void strays(Line[] lines) {
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
    static void forumLines(String t, Line[] lines) {
        java.util.regex.Matcher m = Furniture.FORUM_LINE.matcher(t);
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
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
                authorFields(t, lines, i);
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

    /** Words of a field's label, at most, for {@link #authorFields}. */
    static final int FIELD_LABEL_WORDS = 4;
    /** Words of a field's value, at most. */
    static final int FIELD_VALUE_WORDS = 6;
    /** Characters of a field's value, at most. */
    static final int FIELD_VALUE_CHARS = 60;

    /**
     * A forum's line about a post's author that is a field's label ("Joined") stands in a block of such fields, as a text
     * browser sets a definition list: each label over its value, indented deeper on the next line ("Joined" / "Aug 16,
     * 2018", "Messages" / "4,256", "Location" / "Kent"), the fields one blank line apart at most. The whole block goes, its
     * values and its other labels with the one the wording knew: left, the values stood under the post above as a name
     * over a date, and a second cleaning read them as a comment thread's headers and dropped the posts below
     * (wcxb_dev_0519). Line {@code i} is the label just dropped.
     */
    private static void authorFields(String t, Line[] lines, int i) {
        if (!field(lines, i)) {
            return;
        }
        int first = i;
        for (int k = fieldAbove(lines, first); k >= 0; k = fieldAbove(lines, first)) {
            first = k;
        }
        int last = i;
        for (int k = fieldBelow(lines, last); k >= 0; k = fieldBelow(lines, last)) {
            last = k;
        }
        for (int k = first; k <= last + 1; k++) {
            if (!lines[k].blank() && lines[k].cls != BAD) {
                bad(lines[k], "comment-call", "a field about a post's author (a label over its value, as a text browser sets"
                        + " them), in a block of fields with \"" + t.substring(lines[i].ts, lines[i].ce) + "\"");
            }
        }
    }

    /** Whether line i is a field's label: short, no list item, over its value (the next line, short, indented deeper). */
    private static boolean field(Line[] lines, int i) {
        if (i + 1 >= lines.length) {
            return false;
        }
        Line label = lines[i];
        Line value = lines[i + 1];
        return !label.blank() && !label.bullet && label.words <= FIELD_LABEL_WORDS && !value.blank() && !value.bullet
                && value.words <= FIELD_VALUE_WORDS && value.length() <= FIELD_VALUE_CHARS && !value.terminal
                && value.cs - value.start > label.cs - label.start + 1;
    }

    /** The label of the field just above the field whose label is line i (one blank line between them at most), or -1. */
    private static int fieldAbove(Line[] lines, int i) {
        for (int k = i - 2; k >= Math.max(0, i - 3); k--) {
            if (field(lines, k) && (k == i - 2 || lines[i - 1].blank())) {
                return k;
            }
        }
        return -1;
    }

    /** The label of the field just below the field whose label is line i, or -1. */
    private static int fieldBelow(Line[] lines, int i) {
        for (int k = i + 2; k <= Math.min(lines.length - 1, i + 3); k++) {
            if (field(lines, k) && (k == i + 2 || lines[i + 2].blank())) {
                return k;
            }
        }
        return -1;
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
    /** Characters a web form's consent line holds, at most (a text message programme's terms run to 600 and more). */
    static final int CONSENT_LENGTH = 1500;

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
    static void controlLines(String t, Line[] lines) {
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
            // (a short one too: a sign-up form's "You can unsubscribe at any time." under its field)
            if (l.ce - l.ts <= CONSENT_LENGTH && mayBeConsent(t, l) && consent.region(l.ts, l.ce).matches()) {
                bad(l, "form", "a web form's consent line, not the page's text");
                continue;
            }
            if (l.words > 8 || l.ce - l.ts > 80) {
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
    static void widgets(String t, Line[] lines, boolean webPage) {
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
    static boolean button(String t, Line l) {
        return BUTTON_MARK.inLine(t, l.pairs, l.ts, l.ce);
    }

    /**
     * News-headline conventions that subheadings rarely use: a quoted phrase ('…', ‘…’, "…"),
     * or a trailing source tag ("… - Report", "… | Reuters").
     */
    static boolean headlineMarks(String t, Line l) {
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

    /** Words of a site-furniture line that may head the article's questions ("FAQ", "Help"), at most. */
    static final int QUESTION_HEADING_WORDS = 2;
    /** Words of the paragraph above such a line, at least. */
    static final int QUESTION_HEADING_PROSE_WORDS = 12;

    /**
     * A site-furniture word alone on a line between a paragraph and a question ("FAQ" over "How much is a book of the
     * month?") heads the article's questions, not a menu: where both are kept, once the article is found, so is it. (Read
     * before, it took its place among the page's recognised furniture away, and a page of ten such lines read as clean text.)
     */
    static void questionHeadings(String t, Line[] lines) {
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
    static void specRows(String t, Line[] lines) {
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
}
