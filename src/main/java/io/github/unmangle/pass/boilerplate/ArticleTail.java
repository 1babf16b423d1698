package io.github.unmangle.pass.boilerplate;

import java.util.Locale;

import static io.github.unmangle.pass.boilerplate.Line.BAD;
import static io.github.unmangle.pass.boilerplate.Line.GOOD;
import static io.github.unmangle.pass.boilerplate.Line.bad;
import static io.github.unmangle.pass.boilerplate.Line.isProse;
import static io.github.unmangle.pass.boilerplate.Line.soft;
import static io.github.unmangle.pass.boilerplate.Line.stripBullet;
import static io.github.unmangle.pass.boilerplate.LineText.runsOn;

/**
 * What follows the article: everything after an end-of-article anchor ("Post a Comment", a reply form), a comment
 * thread from its first header on, as boilerpipe observed.
 */
final class ArticleTail {
    private ArticleTail() {
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
     * On a web page ({@code webPage}: {@value Region#FURNISHED_PAGE} or more recognised furniture lines,
     * whether its prose makes it read as an article or not: a long menu or list of names may hold
     * most of its characters) the article also ends at a tail heading or tail furniture once most of
     * the page's prose is above it.
     */
    static void afterArticle(String t, char[] chars, Line[] lines, boolean webPage) {
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
            boolean release = false; // (a press release's end: the line goes too)
            boolean anchor = seen >= 300 && seen >= goodChars / 2 && l.start >= t.length() / 2
                        && (endAnchor(t, l) || (release = Furniture.releaseEnd(t, l.ts, l.ce)))
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
                String reason = release ? "the end of a press release (\"" + (l.ce - l.cs <= 60 ? t.substring(l.cs, l.ce) : t.substring(l.cs, l.cs + 60) + "…")
                            + "\") and what follows it: contacts and the wire's lines"
                        : "after the end of the article (\"" + t.substring(l.cs, l.ce) + "\"): comments and links"; // one string for all
                for (int k = header || release || l.tailHeading || spamTrap(t, l) ? i : i + 1; k < lines.length; k++) {
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
    static void commentThread(String t, Line[] lines) {
        if (forumPosts(t, lines)) {
            return;
        }
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

    /** A forum's post dates, list items of a date alone ("* Dec 30, 2023"), a page holds at least to be a thread of posts. */
    static final int FORUM_POST_DATES = 3;

    /**
     * Whether the page is a forum's thread: {@value #FORUM_POST_DATES} or more list items that are a date alone, as a text
     * browser sets a post's details ("* Dec 30, 2023"). Its posts are its text, and no name over a date in it heads a
     * comment thread: a member's rank over the date they joined ("Distinguished Member" / "Aug 16, 2018"), once the
     * label between them was dropped, read as one, and a second cleaning dropped the thread's posts (wcxb_dev_0519, 0521).
     */
    private static boolean forumPosts(String t, Line[] lines) {
        int dates = 0;
        for (Line l : lines) {
            if (l.bullet && !l.blank() && l.words <= 4 && l.length() <= 30 && endsLikeStamp(t, l) && dateLike(t, l)
                    && Furniture.timeStamp(stripBullet(t, l)) && ++dates >= FORUM_POST_DATES) {
                return true;
            }
        }
        return false;
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

    /** Whether the line, without its bullet, is an end anchor ({@link Furniture#endAnchor}). */
    private static boolean endAnchor(String t, Line l) {
        return Furniture.endAnchor(t, l.ts, l.ce);
    }
}
