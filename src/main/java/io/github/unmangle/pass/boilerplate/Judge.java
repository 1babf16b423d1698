package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.lang.English;

import static io.github.unmangle.pass.boilerplate.ArticleTail.TAIL_HEADING_WORDS;
import static io.github.unmangle.pass.boilerplate.BoilerplatePass.LENGTH_HIGH;
import static io.github.unmangle.pass.boilerplate.BoilerplatePass.LENGTH_LOW;
import static io.github.unmangle.pass.boilerplate.BoilerplatePass.SENTENCE_LINE_WORDS;
import static io.github.unmangle.pass.boilerplate.BoilerplatePass.SENTENCE_STOP_LOW;
import static io.github.unmangle.pass.boilerplate.BoilerplatePass.STOP_HIGH;
import static io.github.unmangle.pass.boilerplate.BoilerplatePass.STOP_LOW;
import static io.github.unmangle.pass.boilerplate.Line.BAD;
import static io.github.unmangle.pass.boilerplate.Line.GOOD;
import static io.github.unmangle.pass.boilerplate.Line.NEAR_GOOD;
import static io.github.unmangle.pass.boilerplate.Line.SHORT;
import static io.github.unmangle.pass.boilerplate.Line.bad;
import static io.github.unmangle.pass.boilerplate.LineText.METADATA_FOOT;
import static io.github.unmangle.pass.boilerplate.LineText.METADATA_HEAD;
import static io.github.unmangle.pass.boilerplate.LineText.bulletAt;
import static io.github.unmangle.pass.boilerplate.LineText.continues;
import static io.github.unmangle.pass.boilerplate.LineText.countWords;
import static io.github.unmangle.pass.boilerplate.LineText.endsSentenceAbove;
import static io.github.unmangle.pass.boilerplate.LineText.sentence;
import static io.github.unmangle.pass.boilerplate.LineText.wholeParagraphTemplate;
import static io.github.unmangle.pass.boilerplate.Metadata.STAMP_WORDS;
import static io.github.unmangle.pass.boilerplate.Metadata.metadata;
import static io.github.unmangle.pass.boilerplate.Metadata.metadataLine;
import static io.github.unmangle.pass.boilerplate.Metadata.stamp;
import static io.github.unmangle.pass.boilerplate.Region.FURNISHED_PAGE;
import static io.github.unmangle.pass.boilerplate.Region.recognised;
import static io.github.unmangle.pass.boilerplate.Repeats.bracketedName;
import static io.github.unmangle.pass.boilerplate.Repeats.codeBeside;

/**
 * Each line judged on its own (recognised furniture, a batch's template, jusText's length and function-word
 * classes, another language's lines by length), then by its neighbours (short lines and headings take the class of
 * the text around them).
 */
final class Judge {
    private Judge() {
    }

    /** The rule of a line a batch learned as its site's template. */
    static final String SITE_TEMPLATE = "site-template";

    /**
     * Every line judged on its own ({@link #judge}, {@code learned} the batch's template, or null to judge without it), each
     * line's {@link Line#continues} first; whether the text has a run of short sentences ({@link #sentenceRuns}).
     */
    static boolean judgeAll(String t, char[] chars, Line[] lines, int nonBlank, Furniture.Matchers matchers, boolean masked,
            TemplateLearner.Knowledge learned, boolean keepBylines) {
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
                judge(t, chars, lines, k, edge, matchers, masked, learned, keepBylines);
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
    /** ... and their share of the words of the document's lines of text, ... */
    static final double COPIED_SHARE = 0.4;
    /**
     * ... or their words, at least, whatever their share: more prose than any site's template repeats around its pages (a
     * disclaimer, a cookie notice, an "about us" runs to a few hundred words), shared by versions of one text (a changelog's
     * entries in each later version, a story updated and run again) that each add their own.
     */
    static final int COPIED_ALONE = 1000;

    /**
     * The words of text the batch's template took, where they make a copied document (0 where not). Lines of text are
     * lines of {@value #TEXT_LINE_WORDS} words or more, a fifth of them function words; the template must hold stretches of
     * them, {@value #COPIED_RUN} lines or more in a row (short template lines between them, a copied article's headings,
     * go on with a stretch; a line of the document's own ends it), of {@value #COPIED_WORDS} words or more in all and
     * {@link #COPIED_SHARE} of the words of all its lines of text, or {@value #COPIED_ALONE} words whatever their share (a
     * later version of a text, whose own entries are more than its copied ones). A site's template is menus, footers, captions and
     * notices around each page's own text, and a product page's template lines of text (a rating's words under each
     * product) stand between the page's own short lines. A batch that holds one article several times (a news agency's
     * story on several sites, a page saved at two addresses, one README in several packages) repeats the article's own
     * paragraphs, and learned as template they would empty every copy of it.
     */
    static int copiedWords(Line[] lines) {
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
        return taken >= COPIED_WORDS && (taken >= COPIED_SHARE * text || taken >= COPIED_ALONE) ? taken : 0;
    }

    /** The first line {@code rule} dropped. */
    static Line firstOf(Line[] lines, String rule) {
        for (Line l : lines) {
            if (rule.equals(l.rule)) {
                return l;
            }
        }
        throw new IllegalStateException("no line of rule " + rule);
    }

    /** Lines of a list that {@link #listAfterColon} reads upwards, at most. */
    private static final int LIST_ITEMS_READ = 30;

    /**
     * Whether line k is an item of a list that a line ending in a colon introduces: the lines above it, back to a blank line
     * (one blank line allowed right under the colon), are short items of four words or fewer, and the line above them ends
     * in ":"; and it has a neighbour in the list (one line alone under "Credit:" is the credit it names).
     */
    private static boolean listAfterColon(char[] chars, Line[] lines, int k) {
        boolean below = k + 1 < lines.length && !lines[k + 1].blank();
        boolean above = k > 0 && !lines[k - 1].blank();
        if (!below && !above) {
            return false;
        }
        int i = k - 1;
        for (int read = 0; i >= 0 && !lines[i].blank() && read < LIST_ITEMS_READ; i--, read++) {
            if (lines[i].words > 4) {
                break;
            }
        }
        if (i >= 0 && lines[i].blank()) {
            i--;
        }
        if (i < 0 || lines[i].blank()) {
            return false;
        }
        int e = lines[i].ce;
        while (e > lines[i].cs && Character.isWhitespace(chars[e - 1])) {
            e--;
        }
        return e > lines[i].cs && chars[e - 1] == ':';
    }

    /** The line on its own: furniture wording, the batch's site template ({@code learned}, or null), then length and stop-word density. */
    private static void judge(String t, char[] chars, Line[] lines, int k, boolean edge, Furniture.Matchers matchers, boolean masked,
            TemplateLearner.Knowledge learned, boolean keepBylines) {
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
            if (fam != null && fam.rule().equals("credit") && Furniture.wireAgency(t.substring(cs, ce)) && listAfterColon(chars, lines, k)) {
                fam = null; // an agency's name as an item of a list a sentence introduces ("… sent reporters:" / "Reuters" / "AFP")
            }
            if (fam != null) {
                l.tailHeading = l.words <= TAIL_HEADING_WORDS && Furniture.tailHeading(fam);
                if (!Furniture.tailOnly(fam)) {
                    bad(l, fam.rule(), fam.reason());
                    return;
                }
            }
            if (!keepBylines && ((edge && metadata(l, t.substring(cs, ce)))
                    || (l.words <= STAMP_WORDS && Furniture.mayBeStamp(chars, cs, ce) && stamp(l, t.substring(cs, ce))))) {
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
     * words (at least {@value BoilerplatePass#LENGTH_LOW} characters), or NaN when they have fewer than {@value English#MIN_WORDS} words.
     */
    static double englishShare(Line[] lines) {
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
    static double unknownShare(char[] t, Line[] lines) {
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
    static void withoutStopWords(Line[] lines) {
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
    static boolean hasSentenceRun(String t, Line[] lines) {
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

    static Line firstNonBlank(Line[] lines) {
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
    static int doubled(char[] t, int from, int to) {
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
    static String reason(Line l) {
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
    static void sentenceRuns(String t, Line[] lines) {
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
    static Line neighbour(Line[] lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.length; k += step) {
            if (!lines[k].blank()) {
                return lines[k];
            }
        }
        return null;
    }

    static void context(Line[] lines) {
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
}
