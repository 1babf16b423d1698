package io.github.unmangle.pass.boilerplate;

import io.github.unmangle.lang.Chars;
import io.github.unmangle.lang.Stopwords;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Families of page furniture recognised by their wording: each family is a rule id, a reason a
 * user can read, and one pattern matched against a whole (trimmed) short line. These are the
 * stock phrases of blog templates, news sites and saved pages, not sentences of any one article.
 */
final class Furniture {
    /** What a family's line says of the end of an article on a saved page ({@link ArticleTail#afterArticle}). */
    enum Tail {
        /** Nothing. */
        NONE,
        /** Furniture that may also head what follows an article (a list of other articles). */
        HEADING,
        /** Only a heading of what follows an article (the author's box, a disclaimer, the sources): no furniture by itself. */
        ONLY
    }

    /**
     * A family; {@code contains}: the pattern may match anywhere in the line (else the whole line);
     * {@code tail}: whether its lines head what follows an article.
     */
    record Family(String rule, String reason, Pattern pattern, boolean contains, String[] triggers, Tail tail) {
        boolean test(String line, int words) {
            if (!contains) {
                return words <= MAX_WORDS && pattern.matcher(line).matches();
            }
            for (String t : triggers) {
                if (line.contains(t)) {
                    return pattern.matcher(line).find();
                }
            }
            return false;
        }
    }

    /** Whole-line families are all short: a line of more words is prose to them. */
    static final int MAX_WORDS = 25;

    /** Lines longer than this are prose, whatever words they contain. */
    static final int MAX_LENGTH = 260;

    private static Family f(String rule, String reason, String regex) {
        return f(rule, reason, regex, Tail.NONE);
    }

    private static Family f(String rule, String reason, String regex, Tail tail) {
        return new Family(rule, reason, Pattern.compile(regex), false, null, tail);
    }

    /** A family matched anywhere in the line, tried only when the line holds one of the trigger words. */
    private static Family contains(String rule, String reason, String triggers, String regex) {
        return new Family(rule, reason, Pattern.compile(regex), true, triggers.split("\\|"), Tail.NONE);
    }

    /**
     * News agencies and picture libraries beside the ones the first credit family names (lowercase, as a regex): a line of
     * such a name alone between two paragraphs is a picture's credit ("Sputnik", "Xinhua"), and so is one with a
     * photographer's name ("Sputnik / Alexei Druzhinin"). Written from general knowledge of the wire services and picture
     * libraries that news pages credit.
     */
    /** The picture agencies whose name, alone or with a photographer's, is a credit wherever it stands (the first credit family). */
    private static final String PICTURE_AGENCIES = "getty images|shutterstock|istock(photo)?|ap photo|afp( via getty images)?|reuters|epa|associated press";
    /** The other wire agencies and picture libraries: alone, a credit only between paragraphs; with a photographer's name, anywhere. */
    private static final String OTHER_AGENCIES = "ap|xinhua|tass|itar-tass|ria novosti|sputnik|epa-efe|efe|dpa|ansa|kyodo( news)?|yonhap"
            + "|anadolu( agency)?|aap|upi|pa( wire| media)?|nurphoto|sopa images|zuma( press| wire)?|alamy|unsplash|pexels|pixabay"
            + "|wikimedia commons|bloomberg";
    static final String WIRE_AGENCIES = OTHER_AGENCIES + "|" + PICTURE_AGENCIES;
    /** What a line must hold for the credit family with {@link #OTHER_AGENCIES} to be tried (three characters or more each). */
    private static final String WIRE_AGENCY_TRIGGERS = "/ap|ap/|ap /|/pa|pa/|pa /|xinhua|tass|novosti|sputnik|efe|dpa|ansa|kyodo|yonhap|anadolu"
            + "|aap|upi|nurphoto|sopa|zuma|alamy|unsplash|pexels|pixabay|wikimedia|bloomberg";
    /** A photographer's name after an agency's: one to four words of letters, no figure or sentence ("Reuters/Ipsos poll found …" is none). */
    private static final String NAME_WORDS = "\\p{L}[\\p{L}.'’-]*( \\p{L}[\\p{L}.'’-]*){0,3}";
    private static final Pattern WIRE_AGENCY = Pattern.compile("(?i)\\(?(©\\s*)?(" + WIRE_AGENCIES + ")\\)?");

    /** Whether {@code line} is a news agency's or a picture library's name alone ({@link #WIRE_AGENCIES}). */
    static boolean wireAgency(String line) {
        return WIRE_AGENCY.matcher(line.strip()).matches();
    }

    /** Blogger's "Post a Comment" in its Indonesian, Spanish, Portuguese, French, German, Italian and Dutch interfaces. */
    private static final String POST_A_COMMENT_ELSEWHERE = "(posting komentar|publicar un comentario|postar um comentário|enregistrer un commentaire"
            + "|kommentar veröffentlichen|posta un commento|een reactie posten)";
    /** WordPress's "Leave a Reply" in the same languages. */
    private static final String LEAVE_A_REPLY_ELSEWHERE = "(tinggalkan balasan|deja una respuesta|deixe uma resposta|deixe um comentário"
            + "|laisser un commentaire|schreibe einen kommentar|lascia un commento|geef een reactie)";
    /** Blogger's pager's "Older Post" and "Home" in the same languages. */
    private static final String OLDER_POST_ELSEWHERE = "(posting lama|entrada antigua|postagem mais antiga|article plus ancien|älterer post"
            + "|post più vecchio|oudere post)";
    private static final String HOME_ELSEWHERE = "(beranda|página principal|página inicial|accueil|startseite|home ?page)";

    /** A newsroom's call for stories, at a line's head (lowercase): "Do you have a story we should know about?", "Tips? …". */
    private static final String NEWSROOM_CALL = "(do you )?(have|got) (a|any) (news |confidential )?(story|stories|tips?)( (we|that we) should know about| for us)?\\?"
            + "|(do you )?know (more|something)( about this( story| article)?)?\\?|is there more to this story\\?|want to get in touch\\?"
            + "|tips\\?|send us your (story ideas|stories|news tips|tips)\\b";
    private static final Pattern NEWSROOM_CALL_AT_HEAD = Pattern.compile(NEWSROOM_CALL);

    /**
     * A reporter's tip box ("Got a tip? Contact this reporter via email at …", "Have a news tip? Send us your tips.", "If you have
     * a tip, …") or contact blurb, or a call to write about the story ("Have thoughts on this story? Write to us at …"). A tip got or had in a story ("Police got a tip from a neighbour") is no call: the call asks ("Got a tip?");
     * and "Tip us" calls only alone, or with "off", an address or a mark after it (a sailor's "tip us up an oar there" is no call).
     * Long boxes are looked for too ({@link #longTipBox}).
     */
    private static final Family TIP_BOX = contains("tip-box", "reporter tip box or contact blurb",
            "tip|reporter|writer|newsroom|contact the|contact this|contact our|reach the|reach this|reach our|email the|email this|email our"
            + "|thoughts on this|questions about this|feedback on this|comments on this|story we|more to this|get in touch|know more"
            + "|send us your|reach|tips?",
            "\\b((got|have|has|had) an?( news| story| confidential| secure)? tips?( for us)?[?:]|if you have an?( news| story)? tips?\\b|(send|submit) (us )?(an? |your )?(news |story )?tips?\\b|news tips?([?:]|$)|tip us( off\\b| (at|via) |\\s*([?:!.]|$))"
            + "|contact (the |this |our )?(reporter|author|writer|newsroom|editor)s?\\b|reach (the |this |our )?(reporter|author|writer)s?\\b"
            + "|email (the |this |our )?(reporter|author|writer)s?\\b|story tips?([?:]|$)"
            // a call to write to the editors about the story: "Have thoughts on this story? Write to us at …"
            + "|^(do you )?(have|got) (any )?(thoughts|questions|feedback|comments) (on|about) this (story|article|report|piece)\\?"
            // the newsroom's other calls: "Do you have a story we should know about?", "Know more about this story?", "Is there
            // more to this story?", "Want to get in touch?", "Tips? Send them to …", "Send us your story ideas at …", and a
            // reporter's address, "Reach Jane Doe at jdoe@example.com"
            + "|^(" + NEWSROOM_CALL + ")"
            + "|^reach \\p{L}[\\p{L}.'’-]*( \\p{L}[\\p{L}.'’-]*){0,2} (at|via|by email at) \\S+@\\S+)");

    /** A forum's line about a post or its author ({@code LoneLines.forumLines}; not lowercased: case-insensitive). */
    static final Pattern FORUM_LINE = Pattern.compile("(?i)(?:"
            + "(\\d[\\d,.]*k? )?posts?:? ?\\d[\\d,.]*k?( · joined .{1,30})?|\\d[\\d,.]*k? posts( · joined .{1,30})?"
            + "|joined:?( (\\w{3,9}\\.? \\d{1,2},? \\d{4}|\\d{4}(-\\d\\d-\\d\\d)?|\\w{3,9}\\.? \\d{4}|\\d+ (days?|weeks?|months?|years?) ago))?"
            + "|messages:? ?\\d[\\d,.]*k?|reaction score:?( ?\\d[\\d,.]*k?)?|registered:? ?(\\d{4}-\\d\\d-\\d\\d|\\w{3,9}\\.? \\d{1,2},? \\d{4}|\\w{3,9}\\.? \\d{4})"
            + "|((senior|junior|new|active|well-known|registered|established|valued|premium|super|verified|full) )?member"
            + "|view (public )?profile|view forum (posts|threads)|find (all|more) posts by .{1,40}|visit .{1,40}'s homepage!?"
            + "|report (this )?post( to (a )?moderator)?|mark (this )?post as helpful"
            + "|improve this (answer|question)|add a comment\\s*\\|?|asked \\d+ (years?|months?|days?|hours?)(, \\d+ (months?|days?|hours?))? ago"
            + "|viewed [\\d,]+ times|enter image description here|[\\d,.]+k? reputation"
            + "|[\\d,.]*k?\\s*(\\d+ ?gold badges?)?\\s*(\\d+ ?silver badges?)?\\s*\\d+ ?bronze badges?|[\\d,.]*k?\\s*\\d+ ?gold badges?\\s*\\d+ ?silver badges?"
            + "|(reply|quote|like|multi-?quote)( (reply|quote|like|multi-?quote))+|add to (multi-?)?quote|save \\(button\\) share"
            // a Q&A site's stamps and controls (Stack Exchange's: "asked Jun 29, 2012 at 10:51", a comment's "2016-03-17 13:23:29 +00:00",
            // "11 Answers 11", its sort box and network menu; not "answered …", which some of its pages' gold keeps)
            + "|(modified|active) \\d+ (years?|months?|days?|hours?|minutes?)(,? \\d+ (years?|months?|days?|hours?|minutes?))? ago"
            + "|(asked|edited|commented) ((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}(, \\d{4})?|\\d+ (years?|months?|days?|hours?) ago)"
            + "( at \\d{1,2}:\\d\\d)?|\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d|(?<answers>\\d+) answers? \\k<answers>"
            + "|\\[(highest score|trending|date modified|date created)[^\\]]{0,40}\\]|ask question|stack internal|explore stack internal"
            + "|current community|your communities|more stack exchange communities|stack exchange network|visit stack exchange( \\(button\\))?"
            + "|sign up or log in to customize your list|(tour|help center|meta|about us) (start here|detailed answers|discuss the workings|learn more about).{0,90}"
            + "|stack exchange network consists of \\d+ q&a communities.{0,200}"
            // a board member's state and the post's buttons ("GeoffreyA is offline Reply With Quote"), a member's counts ("Trophy
            // Points: 1,234", "Likes Received:"; not a listing's "#1", which ranks its items)
            + "|\\S{1,40}( \\S{1,40})? is (offline|online)( reply with quote)?|reply with quote"
            + "|(trophy points|likes received):? ?[\\d,.]*k?|(points|solutions):? ?\\d[\\d,.]*k?"
            + ")[.!]?");

    /** A shop's, an ad's or a form's control ({@code LoneLines.controlLines}; case-insensitive). */
    static final Pattern CONTROL_LINE = Pattern.compile("(?i)(?:"
            + "add(ed)? to (cart|bag|basket|wish ?list|favou?rites)|quick (view|shop|add)|(choose|select) options|apply now"
            + "|unit price\\s*/\\s*per|(regular|sale|list|original) price: ?[$€£]?\\s?[\\d.,]+\\s?[$€£]?|seller [\\d.]+% positive"
            + "|why you're seeing this ad|help & report|(previous|next) page of related sponsored products|error:? ?is your email address correct\\?|checkmark"
            // a review site's shop links and badges ("Check Price at Amazon $400 List", "Editors' Choice Award"; not "Buy on Amazon",
            // "View at REI", "Best Overall" or "Top Pick", which some reviews' gold keeps)
            + "|(check|see|compare) (the )?(latest |current |lowest )?prices? (at|on) [\\w.&' -]{2,30}( [$€£][\\d,.]+( list)?)?( \\(on sale!?\\))?"
            + "|check prices?|download now|request information|add to list|report this (product|item|listing|review|post|comment)( to [\\w.&' -]{2,30})?"
            + "|oldest first newest first.{0,40}"
            + "|buy (it )?now|read (the |full )?review|compare:? \\[ ?\\]"
            + "|(editors'? choice|best buy|top pick|best value|budget pick) award"
            // a page's calls to try it and its way back ("Start free trial", "Back to blog"), a table of contents' heading, a text browser's insertion marks
            + "|start (your |a )?free trial|get started for free|back to (the )?(blog|top|all posts|articles|news)|in this article:?|\\[ins: :ins\\]"
            + ")[.!]?");

    /**
     * A web form's consent line ("By clicking Sign Me Up, you agree to our Terms of Use and Privacy Policy.", "[ ] I agree to
     * have Acme contact me via email.", "… You may unsubscribe at any time."; case-insensitive), however long the fine print
     * after its opening runs (a text message programme's terms). Any "By …ing …, you agree" opens one where what is agreed
     * to is receiving messages, terms, a policy, marketing or contact ("By creating an account, you agree to our Terms of
     * Use …", "By proceeding, I agree to Bankrate's Privacy Policy."); not "By enrolling, you consent to the reoccurring
     * charge for your subscription.", a shop's term of sale that its page's gold keeps.
     */
    static final Pattern CONSENT_LINE = Pattern.compile("(?i)(?:\\[ ?x?\\] )?(?:"
            + "by (checking|ticking|clicking|submitting|subscribing|signing up|continuing|registering"
            + "|(entering|providing|sharing) your (e-?mail|phone|contact|details|information)).{0,120}(agree|consent|accept|confirm).*"
            + "|by [a-z]+ing\\b[^.!?]{0,100}, (you|i)( also| hereby| expressly)? (agree|consent|acknowledge|authori[sz]e|accept|confirm)\\b"
            + "[^.!?]{0,80}(receiv|terms|privacy|policy|marketing|messag|texts?\\b|e-?mails?\\b|contact|cookie|calls\\b).*"
            + "|(yes, )?i (consent|agree|would like) to .{0,150}(e-?mails?|newsletters?|marketing|privacy (policy|notice)|terms|contact me).{0,200}"
            + "|.{0,150}(you|subscribers) (can|may) (unsubscribe|opt[- ]out) (at )?any ?time.{0,120})");

    /**
     * The text of a consent dialog that names the purposes and partners of the IAB's consent framework, which many
     * sites' dialogs share word for word ("Store and/or access information on a device 301 partners can use this
     * purpose", "Your device might be distinguished from other devices …", "… in the form of digital signals called a TC
     * string"); searched in lines that say "partner", "device", "advertis" or "legitimate" (case-insensitive).
     */
    static final Pattern CONSENT_DIALOG = Pattern.compile("(?i)partners can use this (purpose|feature)"
            + "|personalised (advertising|ads) and content, (advertising|ad) and content measurement|(might|may) be considered as likely linked to other devices"
            + "|your device might be distinguished from other devices|\\btc string\\b|store and/or access information on a device"
            // the framework's purposes as its version 2.2 words them, and a dialog's summary of them
            + "|information about your activity on this service|(content|advertising) presented to you on this service can be based on"
            + "|information regarding which (content|advertising) is presented to you|reports can be generated based on the combination of data sets"
            + "|we process your data to deliver content or advertisements"
            // OneTrust's first layer over the framework: "We and our 977 partners store and access personal data, like browsing
            // data or unique identifiers, on your device. … You can resurface this menu to change your choices …"
            + "|partners store and access personal data|like browsing data or unique identifiers|resurface this menu to change your choices");
    /** A line that is one of the framework's purposes alone ("Measure advertising performance"): in a sentence, such words are an article's. */
    static final Pattern CONSENT_PURPOSE = Pattern.compile("(?i)(\\[ ?x?\\] |[*+o-] )?(use limited data to select (advertising|content)"
            + "|create profiles (for|to) personalised (advertising|content)|use profiles to select personalised (advertising|content)"
            + "|measure (advertising|content) performance|understand audiences through statistics or combinations of data from different sources"
            + "|develop and improve services|use precise geolocation data|actively scan device characteristics for identification)\\.?");

    /** Escaped quotation marks (\\") on a long line, at least, that make it a script's string or a page's data, not its words. */
    static final int SOURCE_ESCAPED_QUOTES = 4;

    /** Characters of a token with no space in it, at least, that no word of a language and no address of a page is as long as ... */
    static final int SOURCE_TOKEN = 50;

    /**
     * Whether a long line (beyond {@link #MAX_LENGTH}) is a page's source saved with its text: a script's string or a
     * framework's data ({@value #SOURCE_ESCAPED_QUOTES} or more escaped quotation marks, {@code \\"}), or mostly tokens of
     * {@value #SOURCE_TOKEN} characters or more without a space (JSON, base64, minified code) that are no web address and
     * no run of one or two characters (a drawn rule). Prose and its citations have words and addresses; a text browser's
     * dump of a shop page had 170 such lines of 1,000 characters between its menu and its product text, and kept them all.
     */
    static boolean sourceText(char[] c, int from, int to) {
        int quotes = 0;
        int longTokens = 0;
        for (int i = from; i < to; ) {
            if (c[i] == ' ') {
                i++;
                continue;
            }
            int s = i;
            while (i < to && c[i] != ' ') {
                if (c[i] == '"' && i > s && c[i - 1] == '\\') {
                    quotes++;
                }
                i++;
            }
            if (i - s >= SOURCE_TOKEN && !address(c, s, i) && !runOfFew(c, s, i)) {
                longTokens += i - s;
            }
        }
        return quotes >= SOURCE_ESCAPED_QUOTES || 2 * longTokens >= to - from;
    }

    /** Whether the token {@code c[s, e)} is a web address, in brackets or quotation marks as it may be: "(https://…)". */
    private static boolean address(char[] c, int s, int e) {
        int a = s;
        while (a < e && a - s < 2 && "([<\"'“‘".indexOf(c[a]) >= 0) {
            a++;
        }
        return startsWith(c, a, e, "http:") || startsWith(c, a, e, "https:") || startsWith(c, a, e, "www.") || startsWith(c, a, e, "//");
    }

    private static boolean startsWith(char[] c, int s, int e, String prefix) {
        if (s + prefix.length() > e) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (c[s + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c[s, e)} is made of at most three different characters ("_____", "=-=-=-"). */
    private static boolean runOfFew(char[] c, int s, int e) {
        char a = c[s];
        char b = a;
        char d = a;
        for (int i = s; i < e; i++) {
            char x = c[i];
            if (x != a && x != b && x != d) {
                if (b == a) {
                    b = x;
                } else if (d == a) {
                    d = x;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** Characters of a tip box looked for beyond {@link #MAX_LENGTH}, at most (a box with the reporter's addresses on several apps). */
    static final int TIP_BOX_LENGTH = 600;

    /** {@link #TIP_BOX} on a line too long for the other families (at most {@value #TIP_BOX_LENGTH} characters) that gives an address to write to, else null. */
    static Family longTipBox(String text, int from, int to) {
        if (to - from > TIP_BOX_LENGTH) {
            return null;
        }
        int at = from;
        while (at < to && text.charAt(at) != '@') {
            at++; // (String.indexOf would read on to the text's end when the line holds none)
        }
        if (at == to) {
            return null;
        }
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        return lower.contains("tip") && TIP_BOX.pattern().matcher(lower).find() ? TIP_BOX : null;
    }

    /** The reason given for a template's placeholder text, "Lorem ipsum dolor …", short line or paragraph (BoilerplatePass's placeholders). */
    static final String PLACEHOLDER_TEXT = "placeholder text of a page template";

    /** No placeholder for a year next: "&lt;year&gt;", "[yyyy]", "YEAR", "19yy", "20xx", "____". */
    private static final String NO_PLACEHOLDER = "(?!\\s*([<\\[_]|year\\b|yyyy\\b|\\d\\d(yy|xx)\\b))";

    /**
     * A copyright footer ("Copyright 2026 Chewy", "© 2025 Example Media"): see {@link #sentenceOpener}. Not a template's line,
     * with a placeholder for its year ("Copyright (C) &lt;year&gt; &lt;name of author&gt;", "Copyright (c) YEAR YOUR NAME.":
     * a licence's how-to).
     */
    private static final Family COPYRIGHT = f("copyright", "copyright footer", "(copyright\\b\\s*:?\\s*(©|\\(c\\)|@)" + NO_PLACEHOLDER + ".{0,150}|copyright\\b.{0,100}?\\b\\d{4}\\b.{0,150}"
            + "|copyrights?( (notice|polic(y|ies)|guidelines|information|info|statement|agent|menu|infringement|complaints?|and trademarks?.{0,60})|\\s*(&|,) .{0,60})?"
            + "|\\(c\\)\\s*(copyright\\b|\\d{4}\\b).{0,150}|©" + NO_PLACEHOLDER + ".{0,150})");

    /** A breadcrumb ("Home > News > Technology", "You are here: Home / Blog"): see {@link #sentenceOpener}. */
    private static final Family BREADCRUMB = f("navigation", "navigation, account or site furniture",
            "(you are here:?\\s*)?home\\s*(>|/|»|›|→|\\||::)\\s*\\S.{0,150}");

    /** A link that takes the reader elsewhere ("Go to page", "Jump to Review", "Go to topic listing"): see {@link #sentenceOpener}. */
    private static final Family GO_TO = f("navigation", "navigation, account or site furniture", "(go to|jump to)[^,;]{0,40}");

    /** A story's credit line ("Designed by Kerkar Media", "Produced by …"): see {@link #sentenceOpener}. */
    private static final Family STORY_CREDIT = f("credit", "credit line of a story (its producers, editors, designers)",
            "((produced|photography|photographs|design|designed|development|art direction|additional design) by \\p{L}.{0,80}"
            + "|contributing:\\s*\\p{L}.{0,80})");

    /**
     * Whether the family is a label that a sentence may open as it does, a story's credit line, a link elsewhere, a
     * breadcrumb, or a copyright footer whose first word a lowercase one follows: "Designed by the architect …", "Go to your
     * bin folder where you installed Git.", a changelog's "- Home / Control-A toggles between left margin and end of
     * leading white space.", "Copyright law was last rewritten in 1976, …", or a tip box's wording without a tip or an
     * address ("… that you contact the authors of the Document well before redistributing …") ({@code t[from, to)}: the
     * line; such a line is the text's where it reads as a sentence: LineText.sentence).
     */
    static boolean sentenceOpener(Family f, char[] t, int from, int to) {
        if (f == COPYRIGHT) {
            // a sentence about copyright goes on in lowercase ("Copyright infringement cases rose …", "Copyright law was …");
            // a footer names its holder or year ("Copyright 2026 Chewy", "Copyright Adorama Camera, Inc.", "Copyright © …")
            int w = from;
            while (w < to && Character.isLetter(t[w])) {
                w++;
            }
            return w < to - 1 && t[w] == ' ' && Character.isLowerCase(t[w + 1]);
        }
        if (f == TIP_BOX) {
            // a sentence that asks a reader to contact the authors ("… that you contact the authors of the Document well
            // before redistributing …", a licence's) is text; a tip box names a tip or an address to write to, or opens with
            // the newsroom's call ("Is there more to this story? We'd like to hear from you.")
            String line = new String(t, from, to - from).toLowerCase(Locale.ROOT);
            return !line.contains("tip") && !line.contains("@") && !line.contains("mail") && !NEWSROOM_CALL_AT_HEAD.matcher(line).lookingAt();
        }
        return f == STORY_CREDIT || f == GO_TO || f == BREADCRUMB;
    }

    /** Cookie and consent notices (a contains-family; long notices are looked for too: {@link #longCookieNotice}). */
    private static final Family COOKIE_NOTICE = contains("cookie", "cookie or consent notice",
            "cookie|consent|preferences|privacy|by continuing|by using|do not sell",
            "\\b((we|this (site|website)|our (site|website)|site|website) (uses?|may use) cookies|cookie (policy|settings|preferences|notice)"
            + "|accept (all )?cookies|(manage|update) (consent|(cookie |privacy )?preferences)|(read|see|view|accept|agree to) (our|the) privacy (policy|notice)"
            + "|by (continuing|using) (to (use|browse) )?(this|our) (site|website)|do not sell my( personal)? info(rmation)?"
            // a site that names itself ("Etsy uses cookies and similar technologies to give you a better experience", Google's
            // "… uses cookies from Google to deliver and enhance the quality of its services"). (Not a shop's "With our cookies we
            // would like to offer you …": on wcxb_dev_2947 it was the only line that read as prose, and without it the page's
            // product text went too.)
            + "|uses cookies( and similar technologies| from google)? to (give you|offer you|provide you|improve your|enhance your|personali[sz]e your|deliver and enhance the quality)"
            + ")\\b");

    static final List<Family> FAMILIES = List.of(
            // Blogger's footer in its other interface languages (a blog's interface language is its owner's, not its posts':
            // an English post, spun or copied, under an Indonesian, Spanish, Portuguese, French, German, Italian or Dutch
            // template), written from Blogger's templates as they render: "Diposting oleh …", "Posting Komentar", …
            f("blog-footer", "blog-template footer line (Blogger, in another interface language)",
                    "((diposting oleh|publicado por|postado por|publié par|eingestellt von|pubblicato da|geplaatst door) .{1,80}"
                    + "|(tidak ada komentar|no hay comentarios|nenhum comentário|aucun commentaire|keine kommentare|nessun commento|geen opmerkingen) ?:?"
                    + "|" + POST_A_COMMENT_ELSEWHERE
                    + "|(label|etiquetas|marcadores|libellés|etichette) ?:.{0,150}"
                    // the pager: "Newer Post Older Post Home", either link alone, with the home link or without
                    + "|(posting lebih baru|entrada más reciente|postagem mais recente|article plus récent|neuerer post|post più recente|nieuwere post)"
                    + "( " + OLDER_POST_ELSEWHERE + ")?( " + HOME_ELSEWHERE + ")?"
                    + "|" + OLDER_POST_ELSEWHERE + "( " + HOME_ELSEWHERE + ")?"
                    + "|(langganan|suscribirse a|assinar|abonnement|abonnieren|iscriviti a|abonneren op) ?: ?(posting komentar|enviar comentarios"
                    + "|postar comentários|publier les commentaires|kommentare zum post|commenti sul post|reacties posten|entradas|postagens|articles"
                    + "|posts|post|posting)( \\(atom\\))?"
                    + "|kirimkan ini lewat email|(berbagi|bagikan) ke (twitter|facebook|pinterest)|enviar por correo electrónico|compartir con (twitter|facebook|pinterest)"
                    + "|enviar por e-mail|compartilhar (no|com o) (twitter|facebook|pinterest)|envoyer par e-mail|partager sur (twitter|facebook|pinterest)"
                    + "|per e-mail versenden|auf (twitter|facebook|pinterest) teilen|in x teilen"
                    // its sidebar's gadgets and footer: the archive, the profile, popular posts, the abuse link, the theme's credit
                    + "|arsip blog|archivo del blog|arquivo do blog|archives du blog|blog-archiv|archivio blog|blogarchief"
                    + "|mengenai saya|datos personales|quem sou eu|qui êtes-vous ?\\?|über mich|informazioni personali|over mij"
                    + "|entri populer|entradas populares|postagens populares|articles les plus consultés|beliebte posts|post più popolari|populaire posts"
                    + "|laporkan penyalahgunaan|denunciar abuso|signaler un abus|missbrauch melden|segnala una violazione|misbruik melden"
                    + "|lihat profil lengkapku|ver todo mi perfil|visualizar meu perfil completo|afficher mon profil complet"
                    + "|mein vollständiges profil anzeigen|visualizza il mio profilo completo|mijn volledige profiel tonen"
                    + "|(diberdayakan oleh|con la tecnología de|tecnologia do|fourni par|bereitgestellt von|mogelijk gemaakt door) blogger\\.?"
                    // WordPress's sidebar widgets' headings in the same languages ("Recent Posts", "Recent Comments", "Categories",
                    // "Archives", which the English families read)
                    + "|artikel terbaru|tulisan terbaru|pos-pos terbaru|komentar terbaru|kategori|arsip|entradas recientes|comentarios recientes"
                    + "|categorías|archivos|posts recentes|comentários|categorias|arquivos|articles récents|commentaires récents|catégories"
                    + "|neueste beiträge|neueste kommentare|kategorien|articoli recenti|commenti recenti|recente berichten|recente reacties)"),
            // ... and its theme's credit, after the theme's name: "Simple theme. Theme images by luoman. Powered by Blogger."
            contains("blog-footer", "blog-template footer line (Blogger's theme credit)",
                    "theme images by|gambar tema oleh|del tema|imagens de tema|images de th|designbilder von|immagini dei temi|thema-afbeeldingen",
                    "^([^.]{1,40}\\. )?(theme images by|gambar tema oleh|imágenes del tema:?|imagens de tema por|images de thèmes de|designbilder von"
                    + "|immagini dei temi di|thema-afbeeldingen van) .{1,80}$"),
            f("blog-footer", "blog-template footer line",
                    "(posted by:?\\s.*|posted (on|at|in)\\s.{0,60}|\\d+\\s+(responses?|comments?|replies)\\s+(to|on)\\b.*"
                    // a comment section's heading with the post's title in quotation marks ("12 thoughts on “…”", "One
                    // response to “…”"; not a listicle's "3 Thoughts on the Fed's Decision")
                    + "|(\\d+|one|no) (thoughts?|responses?|comments?|replies) (on|to) [“\"«].{1,200}"
                    + "|post a comment|newer posts?|older posts?|newer post\\s*older post.*|labels?:.*|tags?:.{0,150}"
                    + "|subscribe to:?\\s*post comments.*|post comments \\(atom\\)|share this post|filed under:?.*"
                    + "|categories:.{0,150}|topics:.{0,150}|permalink|email this|blogthis!?|share to (twitter|facebook|pinterest).*)"),
            // (families of their own, as the second navigation family, so that the trie of openings rules them out of most lines)
            f("blog-footer", "blog-template footer line",
                    // a blog theme's own lines: WordPress's "Tagged …", "Bookmark the permalink.", "« Previous post", "Like Loading…", feeds
                    "(tagged .{1,150}|bookmark the permalink\\.?|(«|‹|←)\\s*(previous|older) (post|article|entry)|(next|newer) (post|article|entry)\\s*(»|›|→)"
                    + "|recent comments|(entries|comments) (feed|rss)|wordpress\\.org|(like this:?\\s*)?like loading(\\.{3}|…)?"
                    + "|(proudly )?powered by (wordpress|blogger|ghost|squarespace|wix|shopify|jekyll|hugo|drupal).{0,40})"),
            // a blog's comment form and sidebar widgets (WordPress's, Blogger's); not "Meta", also a company's name
            f("blog-footer", "blog-template comment form or sidebar widget",
                    "(name\\s*\\*|e-?mail( address)?\\s*\\*|website|save my name, email,? and website in this browser.{0,60}|post comment"
                    + "|notify me of (follow-up comments|new posts|new comments) (by|via) e-?mail|this site uses akismet to reduce spam.{0,80}"
                    + "|archives|categories|blog archive|about me|view my complete profile|subscribe to|posts|atom|(►|▼)\\s*(\\d{4}|[a-z]+( \\d{4})?)\\s*\\(\\d+\\)"
                    + "|subscribe to (this )?blog via e-?mail|enter your e-?mail address to (subscribe|follow).{0,120}|join [\\d,]+ other (subscribers|followers)"
                    + "|blog at wordpress\\.com|create a free website or blog at wordpress\\.com|older entries|newer entries|theme images by .{1,60}"
                    + "|share to (x|twitter|facebook|pinterest)|email thisblogthis!.{0,80}|no comments:?)[.!:]?"),
            f("comment-call", "a forum's line around a post, not its text",
                    "(reply with quote|report (post|this post)|joined: .{1,30}|last edited by .{1,80}|log in or register to post comments\\.?"
                    + "|(quote:?\\s*)?originally posted by .{1,60}"
                    // a forum platform's notices about the thread (XenForo, Discourse, Stack Exchange, NodeBB, Lemmy, Invision)
                    + "|javascript is disabled\\. for a better experience.{0,100}|you are using an out of date browser\\..{0,100}|you should upgrade or use an alternative browser\\.?"
                    + "|this topic has been deleted\\b.{0,100}"
                    + "|create an account or sign in to comment|you must (log|sign) in to (answer|reply to|comment on) this (question|topic|thread|post)\\.?"
                    + "|sign up to request clarification.{0,80}|see similar questions with these tags\\.?|community locked:.{0,100}"
                    + "|\\d+ repl(y|ies) last reply.{0,60}|post reply"
                    // NodeBB's and XenForo's lines around a thread
                    + "|scheduled pinned locked moved.{0,80}|reply as topic|original poster|you must log in or register to (reply|post).{0,40}"
                    + "|please download a browser that supports javascript.{0,80}|note:? this feature may not be available in some browsers\\.?)"),
            // (a family of its own: a pattern that may begin with a number is tried on every line that does)
            f("comment-call", "a forum's line around a post, not its text", "[\\d.,]+k? views [\\d.,]+k? repl(y|ies) [\\d.,]+ participants?.{0,80}"),
            f("comment-call", "call to comment, not article text",
                    "(discuss|comments?|\\d+ comments?|comments? \\(\\d+\\)|have your say|add (a )?comment|leave a (reply|comment)|join the (discussion|conversation)"
                    // (WordPress's "Leave a Reply" in its other interface languages, under an English post; END_ANCHOR holds them too)
                    + "|" + LEAVE_A_REPLY_ELSEWHERE
                    + "|comments are closed\\.?|(view|show|load)( all)?( \\d+)? comments|discussion about this (post|article|story)|be the first to comment.*"
                    + "|you must be logged in to post a comment\\.?|cancel reply|reply|report( abuse)?|like\\s*reply.*"
                    + "|leave a (reply|comment)\\s*cancel reply|your email address will not be published\\.?.{0,80}"
                    // a call to the comments below ("What do you think? Let us know in the comments below.")
                    + "|((what do you think|what are your thoughts|thoughts)\\? )?(let us know|tell us|share your thoughts)( what you think)? in the comments( section)?( below)?"
                    + ")[.!:]?"),
            contains("comment-call", "comment header, not article text", "says|said|wrote|replied|commented",
                    "^(?!.*\\b(he|she|they|we|you|it|i|who|which|that|then|to|and|also|simply|as|when|one|someone|everyone|nobody|this|there|his|her|their)\\b)"
                    + "[\\p{L}][\\p{L} .'-]{0,40} (says|said|replied|wrote|commented)( on .{0,40})?:$"),
            f("markup", "template placeholder or image name left in the text",
                    "(hide |show |open |close |view |zoom )?\\[[\\w .-]{1,60}\\.(gif|png|jpe?g|svg|webp)(\\?[^\\]]{0,80})?\\]|\\[ *[a-z][\\w-]{1,30} *\\]|\\{\\{?[\\w.]{1,40}\\}?\\}"
                    + "|(text|bg|font|flex|grid|col|row|btn)-[a-z0-9-]{1,30}|iframe:\\s*\\S+|loading(\\.{3}|…)?"),
            contains("markup", PLACEHOLDER_TEXT, "lorem ipsum", "\\blorem ipsum dolor\\b"),
            // lynx lists a page's LINK elements above its text, each "#" and its title: "#alternate alternate", "#oEmbed (JSON)"
            f("markup", "a text browser's list of the page's link elements (#alternate, #oEmbed), not its text", "#(alternate|oembed)\\b.*"),
            f("form", "web-form furniture: field notes, not article text",
                    "(this field is for validation purposes and should be left unchanged|\\*?\\s*indicates (a )?required( field)?"
                    + "|required fields are marked\\s*\\*?|fields marked with an? \\* are required|\\(required\\)"
                    // what a form says once sent (site builders' stock messages)
                    + "|thank you!? your submission has been received!?|oops!? something went wrong while submitting the form"
                    + "|thanks? (you )?for (subscribing|signing up)[.!]?.{0,80}|please enter a valid e-?mail( address)?"
                    + "|there was an? (error|issue|problem)\\b.{0,80}\\bplease try again"
                    // a page's notices about the browser, the session and a failed action (GitHub's, Amazon's, any shop's), a form's
                    // field rules, and Google's reCAPTCHA notice under a form
                    + "|your browser does not (seem to )?support javascript.{0,120}|you signed in with another tab or window\\..{0,60}"
                    + "|we('|’)ll keep you signed in on this (device|browser).{0,80}|unable to add (the )?item to (your )?(list|cart|basket|wish ?list)\\b.{0,60}"
                    + "|oops!? looks like we('|’)re having trouble.{0,100}|sorry,? there was a problem.{0,100}|sign in with a different account"
                    + "|spaces are not allowed|(must contain )?upper ?(case)? and lower ?case letters"
                    + "|e-?mail (address )?required|this site is protected by recaptcha and the google privacy policy and (google )?terms of service apply)\\.?"),
            f("read-time", "reading time or view count",
                    "\\d+\\s*(min(ute)?s?|mins?)\\.?( read(ing time)?)?(\\s*[·•|]\\s*\\p{L}.{0,30})?|reading time:?.{0,20}|\\d[\\d,.]*k?\\s*(views|reads|shares|likes|comments)"),
            f("source-line", "source or origin link line",
                    "(source|via|original(ly)? (article|published|appeared)( at| on| in)?|read (the )?(full|original) (story|article)( at| on)?)\\s*:?\\s*"
                    + "(https?://\\S+|www\\.\\S+|[\\w.-]+\\.(com|org|net|co\\.uk|io|news)\\S*)(\\s+on\\s+[^.]{1,40}\\.?)?"),
            f("feedback", "page-feedback widget, not article text",
                    "(was this (page|article|post|answer|information|content|guide) (helpful|useful)\\??( yes no)?"
                    + "|did you find this (page|article|post|information) (helpful|useful)\\??|is this (page|article) (helpful|useful)\\??|how are we doing\\?)",
                    Tail.HEADING),
            f("read-more", "link to more text elsewhere",
                    "(read more( on reddit)?|continue reading( on medium)?|read the rest|read full (story|article)|(click|tap) here.{0,60}|more »|see more|show more"
                    + "|view (more|all)|learn more|load more|find out more|keep reading"
                    // the link to the rest elsewhere, or to the site's other news
                    + "|(click here to |you can )?read the (full|whole|entire|complete) (story|article|interview|piece|post)( here| on .{1,40}| at .{1,40})?"
                    + "|for more (news|stories|headlines)( like this)?,? (visit|go to|see|check out) .{1,60})\\W{0,4}"),
            f("credit", "photo or image credit",
                    "(\\(?\\s*(photo|image|picture|illustration|graphic|credit|photograph|file photo)s?( credits?)?\\s*[:|©]\\s*\\p{L}.{0,100}"
                    // a wire story's source alone ("Source: Reuters", "Sources: AFP, AP"): a name or two, no sentence
                    + "|sources?\\s*:\\s*\\p{L}[\\p{L}.&'’ -]{1,30}(, ?\\p{L}[\\p{L}.&'’ -]{1,30}){0,3}"
                    // a news site's caption and credit lines under a picture: "Image source, Getty Images", "Image caption, The minister …"
                    + "|(image|media) (source|caption)\\s*[,:]\\s*\\S.{0,150}"
                    + "|\\(?\\s*(photo|image|picture|video|illustration|graphic|artwork|animation)s? (courtesy|by|via) .{1,80}"
                    // a credit alone on its line: "Photo illustration by …", "Courtesy of Amazon", an Australian paper's "Supplied"
                    + "|photo illustration( by .{1,60})?|courtesy of .{1,60}|supplied|file photo"

                    + "|©.{0,80})"),
            contains("credit", "photo or agency credit", "getty|shutterstock|istock|ap photo|afp|reuters|epa|associated press",
                    "^\\(?(.{0,60}[/|]\\s*)?(" + PICTURE_AGENCIES + ")(\\s*/.{0,40})?\\)?$"),
            // the other wire agencies and picture libraries (OTHER_AGENCIES) with a photographer's name, "Sputnik / Alexei Druzhinin",
            // "Xinhua/Li Ming" (alone, such a name may be a heading: BoilerplatePass's interlopers read it between paragraphs)
            contains("credit", "photo or agency credit", WIRE_AGENCY_TRIGGERS,
                    "^\\(?(©\\s*)?(\\p{L}[\\p{L}.'’ :-]{0,59}\\s*[/|]\\s*(" + OTHER_AGENCIES + ")|(" + OTHER_AGENCIES + ")\\s*[/|]\\s*" + NAME_WORDS + ")"
                    + "(, file)?\\)?$"),
            // (not a sentence that starts with "share": "Share this timeline with vendors to ensure smooth coordination.")
            f("share", "share or follow buttons",
                    "((share|tweet|pin|email|print|like|follow|whatsapp|facebook|twitter|linkedin|reddit|telegram|copy link|flipboard)(\\s*[|/•·,:]?\\s*"
                    + "(share|tweet|pin|pinterest|e-?mail|print|like|follow|whatsapp|facebook|twitter|\\(twitter\\)|x|linkedin|reddit|telegram|copy link|share link|flipboard|bluesky|threads|tumblr|mastodon"
                    + "|on|this|it|us|article|story|page))*"
                    + "|share (this|on|via|the)(?!.{30,}[.!?]$).{0,60}|(for (more|the latest) .{1,40}, )?follow (us|me)( on)?.{0,60}|follow @[\\w.]{1,40}|(follow .{1,40}|find (us|me)) on (twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon|youtube|tiktok|pinterest|google news)( at)?( @[\\w.]{1,40})?|follow (the|this) (author|writer|reporter)|(enjoyed|liked|like) (this|the) (article|post|story)\\?.{0,100}|add .{1,40} as a (preferred|trusted) source on google|join our (whatsapp|telegram|discord|signal) (channel|group|community|server).{0,60}|spread the word|buy me a coffee|liked it\\? take a second to support .{1,60}|if you (enjoyed|liked) this (post|article|story), (please )?consider (subscribing|sharing|following).{0,80}|(click|tap) to (share|print|email|load|unmute).{0,60}|share\\s*\\d+)[.:!]?"),
            contains("newsletter", "newsletter or subscription pitch", "newsletter|inbox|mail",
                    "\\b(sign(ing)? up|subscribe|delivered|straight to your|join|register|receive|get (our|the)"
                    + "|enter your (e-?mail|address))\\b.{0,120}\\b((our|my|this|the|the [\\p{L}&.]+( [\\p{L}&.]+){0,3}['’]s) (free |weekly |daily |monthly )?newsletters?|(to )?your inbox|e-?mail (updates|alerts))\\b"
                    + "|\\b(our|this|my|free) newsletters?\\b.{0,120}\\b(sign up|subscribe|delivered|free|inbox)\\b"),
            f("newsletter", "newsletter or subscription pitch",
                    "(subscribe|sign up|register|join)( now| today| here| for free| free)?[.!:]?"
                    + "|(subscribe|sign up|register) (to|for) (our|the|my) .{0,80}"
                    + "|(already a subscriber|become a (member|subscriber)|subscribe now|unlock (this|full) (article|access)).{0,80}"
                    // a paywall's and a donation box's lines
                    + "|(subscribe|sign in|log in|register) to (continue|keep) reading.{0,40}|(sign in|log in|subscribe) to read (more|the full (article|story)).{0,20}"
                    + "|get our (free )?newsletters?|support (our|independent) journalism.{0,60}"
                    // a sign-up form's fine print
                    + "|we('ll| will) never share your e-?mail( address)?( with anyone)?\\.?"),
            // the IAB consent dialog's opening ("We and our 977 partners store and access personal data …", "We and our
            // partners process data to provide:") and a preference centre's first heading
            f("cookie", "cookie or consent notice", "we and our( \\d+)? partners (process|store|use) .{0,240}|(strictly necessary|functional|performance|targeting) cookies|we care about your privacy|your privacy( choices)?"),
            contains("cookie", "cookie-consent panel text", "technical storage|this cookie|cookielawinfo|consent plugin",
                    "\\b(the technical storage or access|this cookie is (set|used) by|cookielawinfo|cookie consent plugin)\\b"),
            // a notice about the reader's browser ("Your version of Internet Explorer is not longer supported. Please upgrade
            // your browser.", "We noticed that you are using Internet Explorer 11 or older …"), not an article about browsers
            contains("navigation", "a notice about the reader's browser, not the page's text", "browser|internet explorer",
                    "\\b(please (update|upgrade|switch)( to)? (your|a (newer|modern|different|supported)) browser"
                    + "|your (browser|version of internet explorer) (is|are) (not|no longer|out of date|outdated|unsupported)"
                    + "|(does not|doesn't|no longer) support (internet explorer|your browser)|you are using (an? )?(outdated|old|older|unsupported) "
                    + "(version of (your )?)?browser|(noticed that )?you are using internet explorer|we recommend using a (different|modern|newer) browser)\\b"),
            contains("form", "web-form consent or notice, not article text", "by submitting|i consent|comment form",
                    "\\b(by submitting (this form|my information|your information|my details|your details)"
                    + "|i consent to .{0,80}\\bcontact(ing)? me|the comment form collects)\\b"),
            COOKIE_NOTICE,
            GO_TO,
            BREADCRUMB,
            f("navigation", "navigation, account or site furniture",
                    "(skip to (main )?(content|navigation)|main menu|menu|search|search for:?|close|open menu|toggle navigation|navigation"
                    + "|log ?in|sign ?in|sign ?out|log ?out|my account|register|account|home|back to top|top|next|previous|prev"
                    + "|next (article|post|story)|previous (article|post|story)|advertisement|sponsored( content)?"
                    + "|ad|ads|advert|scroll to continue( with content| reading)?|(table of )?contents|page \\d+( of \\d+)?|privacy|terms( of (use|service))?"
                    + "|contact( us)?|about( us)?|faq|help|sitemap|careers|accessibility|all rights reserved\\.?|(\\(button\\)|\\[img\\]|\\[inline\\]).*"
                    + "|\\[?\\s*(x|×|✕)\\s*\\]?)[.:]?"),
            // more of the same, as a family of its own: the trie of openings rules it out of most lines at once, where a longer
            // navigation pattern would be tried in full on every line that may open like navigation
            f("navigation", "navigation, account or site furniture",
                    // an audio player's offer, an advertisement's mark in the text
                    "(listen to (this |the )?(article|story)( \\d+ min(ute)?s?)?|listen \\d+ min(ute)?s?"
                    // a video player's labels, a news site's own links and a market data box's note
                    + "|(play|watch) (video|now)|video duration \\d{1,2}:\\d\\d(:\\d\\d)?|now playing|up next|next up|advertise with us|learn more about our advertising"
                    + "|report an (error|issue with this (article|story))|our editorial standards|newsletter sign ?-?up|add topic|originally published:?"
                    + "|data is a real-time snapshot.{0,80}|data is delayed at least \\d+ minutes\\.?"
                    // a paper's notes on sharing its articles (the Financial Times's, under each), a paywall's line, a terminal's pitch
                    + "|use our sharing tools found via the share button.{0,80}|copying articles to share with others is a breach of .{1,80}"
                    + "|e-?mail [\\w.+-]+@[\\w.-]+ to buy additional rights\\.?|subscribers may share up to .{1,40} articles per month.{0,80}"
                    + "|continue reading your article with an? .{1,30} subscription|before it'?s here, it'?s on the bloomberg terminal\\.?"
                    // a partner widget's heading, a donation box's lines, a newsletter form's and a browser notice's messages
                    + "|from our partners|paid (partner )?content|support our (work|journalism|mission)|will you support .{1,40} today\\??"
                    + "|yes,? i'?ll give .{1,30}|you'?ve successfully subscribed( to .{1,60})?!?|tap here to turn on (desktop )?notifications.{0,80}"
                    // WordPress.com's bar at a blog's foot, a recommendation widget's heading (Taboola's, Outbrain's), a comment
                    // form's fields
                    + "|reblog|subscribe subscribed|sign me up|log in now\\.?|report this content|view site|manage subscriptions|collapse this bar"
                    + "|(sponsored|promoted) (links|stories|content) by (taboola|outbrain|revcontent)|around the web|from the web"
                    + "|(name|e-?mail|website) \\(required\\)|write a comment(\\.{3}|…)?|breaking news (e-?mails|alerts)"
                    + "|(story|article) continues( below( (this |the )?(advertisement|ad))?)?|continue reading the main story|advertisement\\s*[-–—:|.]?\\s*(scroll|continue).{0,30}"
                    + "|continue reading below|skip (ad|advertisement)|(<|\\^|↑|⬆)\\s*back to top|back to top\\s*(\\^|↑|⬆|>)"
                    // a public radio page's picture and audio controls (NPR's)
                    + "|enlarge this image|toggle caption|hide caption|sponsor message|listen\\s*[·•|-]\\s*\\d{1,2}:\\d\\d"
                    + "|already (have an account|a member|registered)\\??\\s*((sign|log) ?in)?"
                    // a pager's line ("You are currently on page 1 Go to page 2Go to page 3 …") and an account's offer
                    + "|you are currently on page \\d+.{0,200}|(sign|log) ?in or (register|sign ?up|join|create (an |your )?account)"
                    // a menu's single words and a byline's label alone on its line (no gold text of the dev set has one so)
                    + "|written by|author|back|see all|shop|need help\\??|get a (free )?quote|top rated|newsroom|podcast|company blog|help chat|newsletter|toggle|quick links"
                    + "|return policy|next last|call us|all (products|categories)|affiliate program|per page|footer|support cent(er|re)"
                    + "|skip to (product list|results)|skip listing|results list|(picture|image|photo|slide) \\d+ of \\d+"
                    // a byline's labels alone on a line (the names stand on the next), a contents box's misspelt heading
                    + "|(medically )?reviewed by|fact[- ]checked by|edited by|editor[- ]in[- ]chief|published|posted by|table of content"
                    + "|contact us today|see it|(oldest|newest) to (newest|oldest)|most votes|no results found\\.?"
                    // legal links, a breadcrumb's first item ("1. Home"), a carousel's counter, sort controls, review counts
                    + "|privacy policy|cookie policy|terms (and|&) conditions|help cent(er|re)|forums|\\d\\. home|\\d+ of \\d+|sort(ed)? by\\b.{0,40}"
                    + "|click to (expand|shrink)\\W*|\\d[\\d,]* reviews?"
                    // a news site's lines around its story: topic links, reprint and gift offers, the app, an advertisement's feedback link
                    + "|explore more on (these|this) topics?|see more on:.{0,150}|more about:.{0,150}|suggested topics:?.{0,150}|reuse this content|order reprints.{0,80}"
                    + "|send any friend a story|gift (this )?article|read in app|comment on this story|supported by|(video )?ad feedback"
                    + "|sponsored links?|paid (content|post)|promoted (stories|content)|advertiser content"
                    + "|(after|skip past) newsletter promotion"
                    // a saved page's account, cart, language and consent controls
                    + "|close menu|search (query|this site|the site)|(shopping )?(bag|basket)( \\(\\d+\\))?|(shopping )?cart \\(\\d+\\)|wish ?list( \\(\\d+\\))?"
                    + "|(sign in|log ?in) ?/ ?(register|join|sign up)|(en|fr|de|es|it|nl|pt)( ?\\| ?(en|fr|de|es|it|nl|pt)){1,8}|select (your )?language"
                    + "|menu ☰|☰|scroll to top|accept|decline|(accept|reject|allow) all( cookies)?|got it!?|we value your privacy"
                    + "|(log in|sign in|sign up|continue) with (facebook|google|apple|email|twitter|linkedin|github|microsoft)|forgot (your )?password\\??"
                    + "|create (an |your |a free )?account|remember me|do not sell or share my personal information|your privacy choices)[.:]?"),
            // a news site's and a blogging platform's own lines (Substack's, Medium's): save, listen and text-size controls,
            // live labels, the app, the comment section's controls, the platform's pitch, a wire story's credits and standards
            f("navigation", "news or blogging platform's controls, not article text",
                    "(link copied!?|copy link|save (this )?(article|story)|add to (your )?saved (stories|articles)|listen( now)?|text size|font size|a a a"
                    + "|sections|watch live|breaking( news)?|member-only story|open in app|get it on google play"
                    + "|download on the app store|(download|get|install) (our|the [\\p{L}&' ]{1,30}) (free )?app( (now|today|for free|here))?"
                    + "|(log ?in|sign ?in) to (comment|reply)|(top|all|newest|oldest|best) comments|(newest|oldest) first"
                    + "|load more (comments|replies)|show \\d+ more repl(y|ies)|like\\s*comment\\s*(restack|share)"
                    + "|our standards:.{0,80}|purchase licensing rights.{0,30}|start writing\\s*get the app"
                    + "|share full (article|story)|save for later|see all from .{1,60})[.:!]?"),
            f("newsletter", "newsletter or subscription pitch",
                    "(thanks for reading .{1,60}[!.]\\s*(subscribe|share).{0,120}|type your e-?mail( address)?(…|\\.{3})?(\\s*subscribe)?|discover more from .{1,60}"
                    + "|give a gift subscription"
                    + "|continue reading this post for free.{0,80}|already a paid subscriber\\??\\s*((sign|log) ?in)?|ready for more\\?)"),
            // a WordPress theme's line under a post ("This entry was posted in News and tagged amazon on June 10, 2020 by admin.
            // Bookmark the permalink."; the default theme's "This entry was posted on Wednesday, June 10th, 2020 at 10:30 am and
            // is filed under News. You can follow any responses to this entry through the RSS 2.0 feed. …"), longer than
            // the lines the whole-line families are tried on
            contains("blog-footer", "blog-template footer line", "this entry was posted",
                    "^this entry was posted (in|on) .{1,250}$"),
            // a feed's footer under each post's text, as WordPress writes it into RSS ("The post Amazon pauses police use of
            // Rekognition appeared first on Tech Daily.")
            contains("source-line", "syndication line of a partner story", "appeared first on",
                    "^the post .{1,250} appeared first on .{1,120}$"),
            // a partner's story ("This article was originally published on The Conversation. Read the original article."); a
            // date after it is a note of the article's own history ("… originally published in April 2020 and updated …")
            f("source-line", "syndication line of a partner story",
                    "(read the original (article|story|post)( (at|on) [\\p{L}\\d.&'’ -]{2,60})?\\.?|this (article|story|post|piece) (was |is )?(first |originally )?(published|posted|appeared) (on|by|at) "
                    + "(?!(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d)[\\p{L}\\d.&'’ -]{2,60}\\.?)"),
            f("tip-box", "reporter tip box or contact blurb",
                    // a news story's sign-off: "Write to Jane Doe at jane.doe@example.com." (an FAQ's "Email us at …" is its text)
                    "(write to .{1,60} at [\\w.+-]+@[\\w.-]+\\.\\w+\\.?)"),
            // a press release's end mark ("###", a wire's "- ends -"; a reporter's "-30-" ends it only as RELEASE_END: the
            // openings read digits alike)
            f("end-mark", "a press release's end mark", "(# ?# ?#|-\\s*ends\\s*-)"),
            // a forum's lines around its posts (XenForo's, vBulletin's, Reddit's)
            f("comment-call", "a forum's line around a post, not its text",
                    "(thread tools|display modes|similar threads|mark (all )?(as )?read|reactions(:.{0,150}|( received)?:?\\s*[\\d,.]+k?)?|reaction score:?\\s*[\\d,.]+k?|reply to (this )?thread"
                    + "|you must (log in|sign in|be logged in) or register to (reply|post).{0,20}|upvotes?|downvotes?|level \\d+|continue this thread\\W{0,4})[.!:]?"),
            // a documentation page's, a recipe blog's and a shop's controls (not a bare "Copy" or "Compare": API pages list
            // traits and methods of those names)
            f("navigation", "documentation, recipe or shop controls, not article text",
                    "(edit (this page|on github)|on this page|copy (to clipboard|code)|copied!|view source|report an issue"
                    + "|(print|pin|save|rate|share|email|review) (this )?recipe|(did you make this( recipe)?\\??\\s*)?tag @[\\w.]{1,40}( on .{1,80})?|did you make this( recipe)?\\??"
                    + "|select (a )?(size|colou?r|option)|size (guide|chart)|(write|leave) a review|be the first to review.{0,60}"
                    + "|customers (also|who bought this item also) (bought|viewed).{0,30}|frequently bought together|recently viewed( (items|products))?"
                    + "|add to wish ?list|notify me( when (available|back in stock))?|ask a question|toggle menu|(open|close) search"
                    + "|your (cart|bag|basket) is (currently )?empty|continue shopping|view (cart|bag|basket)|subtotal|shipping calculated at checkout"
                    + "|tax(es)? included|back to all (posts|articles|products)|free shipping on (all )?orders (over|above) .{1,20}|unsubscribe at any time"
                    + "|enter your e-?mail( address)?)[.!:]?"),
            // a wiki's, a code host's, a Q&A site's, a journal's and a job board's page lines (not a Q&A answer's "answered May 2, …":
            // in the gold of some forums), a media player's and a dialog's controls (not its time, "0:00 / 2:34": a pattern that
            // begins with any number is tried on every numbered line)
            f("navigation", "wiki, code host, Q&A, journal or job-board page furniture",
                    "(from wikipedia, the free encyclopedia|retrieved from .{1,200}|this page was last edited on .{1,80}|hidden categories:?.{0,300}"
                    + "|star|fork|notifications|code issues pull requests.{0,80}|share improve this (answer|question)( follow)?|viewed [\\d.,]+k? times"
                    + "|your answer|post your answer|not the answer you.re looking for\\?.{0,200}|report this (article|post|comment)"
                    + "|sign in to view more content|show more\\s*show less|show (all|less)|translate this page|back to results|save to (favou?rites|list)"
                    + "|see all (jobs|results|products)|similar (jobs|products|items)|cite this (article|paper|page)|download pdf|open access|full text"
                    + "|check for updates|article metrics|accessibility statement)[.!:]?"),
            f("navigation", "media player or dialog controls, not article text",
                    "(listen on (apple podcasts|spotify|google podcasts|amazon music|youtube).{0,40}|subscribe on (youtube|apple podcasts|spotify)"
                    + "|pause|mute|unmute|full ?screen|add to (my )?calendar|get directions|close dialog|dismiss"
                    + "|expand( all)?|collapse( all)?|show all comments|hide (replies|comments)|loading comments(\\.{3}|…)?)[.!:]?"),
            // a newsletter pitch written as a sentence, without the word "newsletter" as often as with it: a call to sign up, join or
            // get, and what comes by mail ("Stay in the loop with our weekly digest.", "Get unlimited digital access for just $1 a week."); five
            // words or more (a short "Get updates" is a heading, and one more recognised line can move a saved page's article end)
            // (a whole-line family, not one that looks inside every line: its words, "every", "stories", "access", are in
            // most lines, and a line that holds a trigger is copied, lowercased and searched)
            f("newsletter", "newsletter or subscription pitch",
                    "(want more[^?]{0,60}\\?\\s*)?(sign up|subscribe|join|get|stay|never miss|be the first|don'?t miss)\\b(?=(\\s+\\S+){4}).{0,120}\\b(inbox|briefing|digest|roundup"
                    + "|round-up|newsletters?|headlines|updates|unlimited (digital )?access|exclusive offers|in the loop|our (best|top|latest) (stories|articles|posts)"
                    + "|every (morning|day|week|weekday|friday|monday|sunday|month))\\b.{0,80}"),
            // a story's credits ("Video by …", "Illustrations by …" are the picture-credit family's), sponsor, tip call and republication lines
            STORY_CREDIT,
            f("disclaimer", "sponsorship, republication or illustration note",
                    "(this (content|article|story|post|series) (is|was) (sponsored by|paid for by|produced in partnership with|brought to you by) .{1,80}"
                    + "|paid partnership( with .{1,60})?|(reprinted|republished) (here )?with (the )?permission( of| from)? .{1,80}|republish this (article|story)"
                    + "|read our republishing guidelines|this (article|story) is republished from .{1,60} under a creative commons licen[cs]e"
                    + "|(images?|photos?|pictures?) (are|is) for illustrat(ion|ive) purposes only"
                    // a sponsor's line alone: "Sponsored by Acme Corp." (a name of a few words, no sentence going on)
                    + "|sponsored by \\p{L}[\\p{L}\\d.&'’ -]{0,40})[.!]?"),
            f("tip-box", "reporter tip box or contact blurb",
                    "((do you have|have you got|got) (information|a tip|more information|something to share) (about|on) this (story|article).{0,150}"
                    + "|know more\\? (send|email|contact|tell).{0,100}|contact (our|the) reporters? (securely|confidentially|on signal).{0,100})"),
            // what an embedded post or player leaves in the text: Instagram's and X's frames, YouTube's player, Reddit's and
            // Disqus's widgets, a browser's "does not support" and "enable JavaScript" notes ("Tap to unmute" and "Click to load" are in the
            // share family, "Read more on Reddit" and "Continue reading on Medium" in the read-more family: lines that begin so are tried there anyway)
            f("embed", "text of an embedded post, player or widget, not the article's",
                    "(view this post on instagram|a post shared by .{1,80}|— .{1,60} \\(@\\w+\\) .{3,30}|pic\\.twitter\\.com/\\w+|watch on youtube"
                    + "|if playback doesn't begin shortly.{0,60}|you're signed out|videos you watch may be added to the tv's watch history.{0,80}"
                    + "|include playlist|an error occurred while retrieving sharing information.{0,60}|skip navigation|this video is unavailable|embed"
                    + "|vote|r/\\w+|reply share|open in substack|retweet|quote tweet|\\d+ retweets"
                    + "|replying to @\\w+|show this thread|your browser does not support (the )?(video|audio|iframes?)( tag| element)?"
                    + "|javascript is disabled|please enable javascript.{0,80}|comments powered by disqus|enable javascript"
                    + "|this content is not available in your region|content not available)[.!]?"),
            // a paywall's and a donation box's lines, beyond the newsletter family's ("You've read 3 of 5 free articles this month.")
            f("newsletter", "paywall or donation box, not article text",
                    "(you('ve| have) (reached|hit|used) (your|the) (limit|maximum) of (free )?(articles|stories).{0,60}|you('ve| have) read \\d+ of \\d+ free (articles|stories).{0,40}"
                    + "|create a free account to (continue|keep) reading.{0,40}|subscribe to unlock.{0,40}|(log|sign) ?in to continue"
                    + "|this (article|story|content) is (for|only available to|exclusive to) (subscribers|members)( only)?|exclusive to (subscribers|members)"
                    + "|become a (member|subscriber|patron)|support us|donate( now| today)?|make a donation|give now|your support helps .{1,100})[.!]?"),
            // a shop's list of products: its counter, sorting, filters and each tile's buttons (not a bare "12 products": a collection's gold
            // keeps it; nor a bare "Filter" or "Apply": an API page's names and headings)
            f("navigation", "a product list's controls, not its content",
                    "(showing (\\d+([–-]\\d+)? of [\\d,]+|all [\\d,]+) (results|products|items)|\\d+[–-]\\d+ of [\\d,]+ (results|products|items)"
                    + "|clear all|price: (low to high|high to low)"
                    + "|items per page|view as( grid| list)+|load more products|results per page|no products found|refine by|filter by .{1,30}"
                    + "|(reset|show|hide) filters|(grid|list) view|quick (view|shop)|(choose|select) options|added to cart)[.!]?"),
            // a newspaper's print note under the web copy: "A version of this article appears in print on …, Section A, Page 1 …"
            contains("source-line", "note of the article's print edition", "appears in print|appeared in print|print edition",
                    "^a version of this (article|story) appear(s|ed) in print\\b|^appeared in the .{1,40} print edition\\b"),
            // a copyright line names its holder with a sign or a year, or is a footer's link ("Copyright Policy"); not a sentence or a
            // heading that opens with the word ("Copyright Complexity in a Fragmented World"), a list's item ("Copyright license",
            // "(c) It is not obvious that any given pointer is valid.")
            COPYRIGHT,
            contains("copyright", "copyright footer", "rights reserved", "\\ball rights reserved\\b"),
            TIP_BOX,
            contains("disclaimer", "financial or advice disclaimer", "past performance|informational purposes|advice",
                    "\\b(past performance (is|does) not (a guarantee|guarantee|necessarily indicative|indicative)|for (general )?informational purposes only"
                    + "|(is )?not (intended (as|to be)|to be (construed|taken) as) (financial|investment|legal|medical|tax|professional) advice)\\b"),
            contains("disclaimer", "hosting or syndication disclaimer", "responsible|expressed|disclaimer|appeared|published|generated|syndicated|edited|hosted|provided|wire agency",
                    "\\b(this (content|article|story|post) (is|was) (hosted|provided|syndicated|published|produced|generated|created|auto-generated)"
                    + "|(is|are) not responsible for (the )?(content|accuracy)|views (and opinions )?expressed (here|in this|by)|disclaimer\\s*:"
                    + "|(this|the) (article|story|post) (first|originally) (appeared|published)|automatically generated from|syndicated (feed|from)"
                    + "|has not been edited by|without modifications? from a syndicated"
                    // an opinion page's note and a wire copy's ("The opinions expressed here are solely those of the author.",
                    // "This story has been published from a wire agency feed without modifications to the text.")
                    + "|opinions expressed (here|in this (article|post|piece|column)|by the (author|writer)s?) are|published from a wire agency feed)(?!\\w)"),
            // the next three families only head the tail of a saved page (ArticleTail#afterArticle): a line of theirs is no furniture by itself
            f("disclaimer-heading", "heading of a disclaimer or disclosure box",
                    "((affiliate |earnings |advertis(ing|er) |editorial )?(disclaimer|disclosure)s?|editorial (policy|standards|guidelines))[.:]?",
                    Tail.ONLY),
            f("sources-heading", "heading of the article's list of sources or references",
                    "((article |further )?(references|sources|citations|bibliography|footnotes|works cited)( and notes)?)[.:]?", Tail.ONLY),
            f("author-box", "heading or link of the author's box (bio and links), not article text",
                    "((about|meet) (the|our) (authors?|writers?|editors?|testers|reviewers?)|authors?( bio| profile)"
                    + "|(read|see|view) (more|all)( (posts|articles|stories|reviews|content))? (from|by|of) .{1,60}"
                    + "|more (posts|articles|stories) (from|by) .{1,40}|see all of .{1,60}|(view|see) (full )?(profile|bio))[.:]?", Tail.ONLY),
            f("related", "related-article heading",
                    "(related( (articles?|posts?|stories|news|content|coverage|reading|topics|tags))?|recommended( (for you|reading|stories|articles)| from .{1,40})?"
                    // (a heading's "More from Example News" ends with no period, a sentence's "More on that shortly." does)
                    + "|you (may|might) (also )?(like|enjoy|be interested in)( to read| reading)?|more (from|on|in) (?!.*\\.$).{0,40}|more stories|more news|trending( now)?"
                    + "|popular( (posts|stories|articles))?|most (read|popular|viewed|shared|commented)( (posts|stories|articles|news|content))?( on [\\p{L}\\d.&'’ -]{2,40})?"
                    + "( (this|of the) (week|month|year))?|latest (news|posts|stories|articles)|editor'?s picks?"
                    + "|also read|read also|must read|top stories|what to read next|(read|watch) (this )?next|don'?t miss"
                    + "|editor'?s choice|explore more|more about|elsewhere on (the )?\\S+( \\S+)?"
                    // the heading of a list of other pieces: "Recent Posts", "Featured articles from our blog"
                    + "|(related|recent|featured|latest|popular|similar|trending|recommended|more|other|our latest|most recent) "
                    + "(posts?|articles?|stories|news|reads|blogs?|blog posts|guides|insights|resources|content|videos|reviews)"
                    + "( (from|on|in|by|about|for) .{1,40}| ?& \\p{L}+)?)[.:]?", Tail.HEADING),
            // another story's headline set in the article after a label, as news sites inject their links: "Also read: Amazon
            // pauses police use of …", "RELATED: …", "Read more: …", "MUST READ: …" ("see also" is left: documentation's)
            f("related-headline", "another story's headline injected in the text after a label (\"Also read:\", \"RELATED:\")",
                    "\\[?(also read|read also|read more|related( (articles?|stor(y|ies)|posts?|coverage|news|reading|content|links?|videos?))?"
                    + "|recommended( (reading|stories|articles|videos?))?|suggested (reading|articles?|stories)|you (may|might) also (like|enjoy|read)"
                    + "|must (read|watch)|don'?t miss|editor'?s picks?|trending( now)?|more (from|on) [\\p{L}&'’ ]{1,30}|also on [\\p{L}.'’ ]{1,30}"
                    + "|(read|watch|listen)( this)?( next)?|in other news|further reading"
                    // the same labels of sites in other languages that carry English posts (an Indonesian blog's "Baca juga:")
                    + "|baca juga|artikel terkait|lee también|leer también|lea también|leia também|leia mais|lire aussi|à lire aussi|lesen sie auch"
                    + "|leggi anche|lees ook)"
                    + "(\\s*[:|»>]+|\\])\\s*[\\p{L}\\p{N}\"'‘“].{10,200}"));

    private Furniture() {
    }

    /** Times a long line names cookies, at least, for it to be read as a cookie notice. */
    static final int COOKIE_MENTIONS = 2;

    /**
     * A row of a site's cookie declaration (Cookiebot's and CookieYes's tables, saved as text): the
     * cookie's name, how long it is kept, and what it does, naming cookies ("_gcl_au 3 months Google
     * Tag Manager sets the cookie to …", "YSC session Youtube sets this cookie …").
     */
    private static final Family COOKIE_ROW = new Family("cookie", "a row of a cookie declaration (a cookie's name, how long it is kept, what it does)",
            Pattern.compile("^(?![A-Z][a-z]+\\s)(?!(the|this|a|an|our|your|their|its|each|every|one|per|for|in|at|on|by|of|to|and|or|but)\\s)[\\w.\\-]{2,60}\\s+(?i:\\d+ (years?|months?|weeks?|days?|hours?|minutes?|seconds?)(,? \\d+ (years?|months?|weeks?|days?|hours?|minutes?|seconds?))*"
                    + "|session|persistent|never|past)\\s+\\S", Pattern.UNICODE_CHARACTER_CLASS), false, new String[0], Tail.NONE);

    /** {@link #COOKIE_ROW} where the line names cookies ({@code mentions} times), else null. */
    static Family cookieRow(String text, int from, int to, int mentions) {
        return mentions > 0 && COOKIE_ROW.pattern().matcher(text).region(from, to).lookingAt() ? COOKIE_ROW : null;
    }

    /**
     * How a cookie preference centre describes each kind of cookie it sets ("These cookies are necessary for the website to
     * function and cannot be switched off in our systems.", "Cookies collect information about how you use a website, …",
     * "These technologies are strictly necessary …"): the line begins so. Article text about cookies may begin a
     * sentence so too; {@link BoilerplatePass} drops such lines only where a text holds {@value #COOKIE_CATEGORIES} or more.
     */
    static final Pattern COOKIE_CATEGORY = Pattern.compile("(?i)((these|this|such) (cookies?|technologies|trackers)|cookies)(,| \\(| (are|is|allow|enable|"
            + "help|may|track|collect|store|serve|record|remember|let|provide|do|will|can|include|includ|make|ensure|measure|set|used|also|"
            + "strictly|necessary|essential|required)\\b)");
    /** Lines of {@link #COOKIE_CATEGORY}'s form a text holds, at least, for them to be a preference centre's descriptions. */
    static final int COOKIE_CATEGORIES = 2;

    /**
     * A cookie notice longer than the lines furniture is looked for in (a consent panel's paragraph: "This website uses
     * cookies to improve your experience … Out of these cookies, …"): a line that names cookies {@value #COOKIE_MENTIONS}
     * times or more and says what such a notice says ({@link #COOKIE_NOTICE}'s pattern), or whose first sentence says it to
     * the reader ("We use cookies and pixel tracking to optimize your experience and evaluate our website's performance. Your
     * site usage is tracked …": a notice's, naming cookies once), or null. An article's or a manual's sentence about
     * cookies says neither ("To access cookies you can use the cookies attribute.").
     */
    static Family longCookieNotice(String text, int from, int to, int mentions) {
        if (mentions < 1) {
            return null;
        }
        String line = text.substring(from, to).toLowerCase(Locale.ROOT);
        if (mentions >= COOKIE_MENTIONS) {
            return COOKIE_NOTICE.pattern().matcher(line).find() ? COOKIE_NOTICE : null;
        }
        int end = firstSentenceEnd(line);
        java.util.regex.Matcher m = COOKIE_NOTICE.pattern().matcher(line).region(0, end);
        return m.find() && YOU.matcher(line).region(0, end).find() ? COOKIE_NOTICE : null;
    }

    private static final Pattern YOU = Pattern.compile("\\b(you|your)\\b");

    /** Where the first sentence of {@code line} ends (after its ". ", "! " or "? "), or its length. */
    private static int firstSentenceEnd(String line) {
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && line.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return line.length();
    }

    /** Whether the family only heads what follows an article (the author's box, a disclaimer, the sources), being no furniture by itself. */
    static boolean tailOnly(Family f) {
        return f.tail() == Tail.ONLY;
    }

    /** Whether a short line of the family heads what follows an article: those above, and lists of other articles. */
    static boolean tailHeading(Family f) {
        return f.tail() != Tail.NONE;
    }

    /** The whole-line families, in order (the first that matches a line names it). */
    private static final Family[] WHOLE_LINE = FAMILIES.stream().filter(f -> !f.contains()).toArray(Family[]::new);

    /** How the whole-line families can begin (see {@link Openings}). */
    private static final Openings OPENINGS = loadOpenings();

    /** The whole-line families' patterns, in order. */
    static Pattern[] wholeLinePatterns() {
        return java.util.Arrays.stream(WHOLE_LINE).map(Family::pattern).toArray(Pattern[]::new);
    }

    /** The stored trie of {@link Openings}, or the computed one if the resource is missing or stale (a test says so). */
    static Openings loadOpenings() {
        try (java.io.InputStream in = Furniture.class.getResourceAsStream(Openings.RESOURCE)) {
            Openings stored = in == null ? null : Openings.read(in.readAllBytes(), wholeLinePatterns());
            return stored != null ? stored : Openings.compute(wholeLinePatterns());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Rewrites the resource after a change to the patterns: {@code java ... Furniture src/main/resources/.../furniture-openings.bin}. */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Files.write(java.nio.file.Path.of(args[0]), Openings.compute(wholeLinePatterns()).bytes());
    }

    /** Words that open an image's description written as its alt text or caption: "Screenshot of …", "Photo of …". */
    private static final WordSet DESCRIBED_IMAGE_FIRST = new WordSet(List.of("screenshot", "photo", "image", "illustration", "diagram", "picture",
            "close-up", "closeup", "infographic", "headshot", "graphic", "rendering", "photograph"));
    /** ... and the word after it. */
    private static final Set<String> DESCRIBED_IMAGE_SECOND = Set.of("of", "on", "showing", "shows", "titled", "depicting");

    /**
     * Whether the trimmed line {@code text[from, to)} describes an image, as an alt text or a caption
     * does: it opens with "Screenshot of", "Photo of", "Image showing", "Illustration of", "Diagram
     * titled", "Close-up of", "Headshot of" … (capitalised; 127 such lines kept on the dev pages outside
     * their gold texts, none in them). Not "Map of", "Portrait of", "Chart of", "Video of": a heading or a
     * title says those ("Map of the campus"); nor "Photo of the day", a feature's name.
     */
    static boolean describedImage(String text, int from, int to) {
        int article = articleEnd(text, from, to);
        if (article > from) {
            // "A screenshot of …", "An image of …", "a close up of …": the kind of image after an article, in a description
            // with no verb of a sentence ("A photo of the suspect was released on Tuesday." is the article's), read last
            return describedFrom(text, article, to) && !SENTENCE_VERB.matcher(text).region(article, to).find();
        }
        return to - from >= 8 && Character.isUpperCase(text.charAt(from)) && describedFrom(text, from, to);
    }

    /** {@link #describedImage} from the word that names the kind of image ("Screenshot", "Photo", "Close up" …). */
    private static boolean describedFrom(String text, int from, int to) {
        int e = from;
        while (e < to && text.charAt(e) != ' ') {
            e++;
        }
        if (e < to && IMAGE_KINDS.find(text, from, e) != null) {
            // "Thumbnail photo of …", "Product image of …": the kind of image first
            from = e + 1;
            e = from;
            while (e < to && text.charAt(e) != ' ') {
                e++;
            }
        }
        if (e - from == 5 && text.regionMatches(true, from, "close up ", 0, 9)) {
            e = from + 8; // "Close up of …", written apart
        } else if (viewOf(text, from, to)) {
            return true;
        } else if (e < to && NAMED_IMAGE_FIRST.find(text, from, e) != null) {
            return namedImage(text, e + 1, to);
        } else if (DESCRIBED_IMAGE_FIRST.find(text, from, e) == null || e >= to) {
            return false;
        }
        int s2 = e + 1;
        int e2 = s2;
        while (e2 < to && Character.isLetter(text.charAt(e2))) {
            e2++;
        }
        return e2 < to && text.charAt(e2) == ' ' && DESCRIBED_IMAGE_SECOND.contains(text.substring(s2, e2))
                && !PERIODICAL.matcher(text).region(e2 + 1, to).lookingAt();
    }

    /** Whether {@code c[from, to)} is a text browser's note of an embedded frame and its address, "IFRAME: https://…", however long. */
    static boolean frameLine(char[] c, int from, int to) {
        String mark = "iframe:";
        if (to - from <= mark.length()) {
            return false;
        }
        for (int k = 0; k < mark.length(); k++) {
            if (Character.toLowerCase(c[from + k]) != mark.charAt(k)) {
                return false;
            }
        }
        int i = from + mark.length();
        while (i < to && c[i] == ' ') {
            i++;
        }
        for (int k = i; k < to; k++) {
            if (Character.isWhitespace(c[k])) {
                return false;
            }
        }
        return i < to;
    }

    /** Words of {@link #picturedPeople}'s line, at most. */
    static final int PICTURED_WORDS = 30;
    /**
     * "A person holding …", "Young woman using …", "hands holding up …", "A pair of hands holding …": who is pictured ("a"
     * or "an" before it or no article, the first word's case either; not "the": "The person reading this now hears …" is
     * a sentence), then what they are doing, in lowercase (a title's "Women Leading Change" is no description).
     */
    private static final Pattern PICTURED = Pattern.compile("(?:[Aa]n? )?(?:(?:[Yy]oung|[Ss]miling|[Hh]appy|[Ss]enior|[Oo]lder|[Ee]lderly|[Ll]ittle"
            + "|[Ss]mall|[Mm]iddle-aged) )?(?:[Pp]erson|[Pp]eople|[Ww]om[ae]n|[Mm][ae]n|[Cc]ouple|[Gg]roup of \\p{Ll}+|[Ff]amily|[Cc]hild(?:ren)?|[Kk]ids?"
            + "|[Bb]oys?|[Gg]irls?|[Pp]air of hands|[Hh]ands?|[Tt]eam|[Dd]octor|[Nn]urse|[Ss]tudents?|[Ww]orkers?|[Cc]ustomers?|[Ff]riends"
            + "|[Mm]other|[Ff]ather|[Bb]aby|[Dd]og|[Cc]at)(?:'s)? \\p{Ll}+ing\\b");

    /** The words a line {@link #PICTURED} reads may open with. */
    private static final WordSet PICTURED_FIRST = new WordSet(List.of("a", "an", "young", "smiling", "happy", "senior", "older", "elderly", "little",
            "small", "middle-aged", "person", "people", "woman", "women", "man", "men", "couple", "group", "family", "child", "children", "kid", "kids",
            "boy", "boys", "girl", "girls", "pair", "hand", "hands", "team", "doctor", "nurse", "student", "students", "worker", "workers", "customer",
            "customers", "friends", "mother", "father", "baby", "dog", "cat"));

    /**
     * Words of {@link #picturedPeople}'s line, at least, where no article opens it and no full stop ends it (a heading's:
     * "Customers growing with DigitalOcean"); with a full stop, {@value #PICTURED_BARE_SENTENCE_WORDS}.
     */
    static final int PICTURED_BARE_WORDS = 6;
    static final int PICTURED_BARE_SENTENCE_WORDS = 4;

    /**
     * Whether a line describes people or an animal in a picture as an alt text does: "A person pouring coffee from a French
     * press into a mug.", "A couple sitting on couch watching DIRECTV in living room" (70 lines on 24 dev pages kept
     * outside their gold texts; no gold line opens so), "Young woman using Mosalingua on her smartphone.", "person holding
     * camera in portrait orientation." (65 more kept outside their gold texts before the article was let go, 1 in them, a
     * sentence with a verb: "People looking to master a new exercise … will need …"), with no verb of a sentence
     * ({@link #SENTENCE_VERB}); with no article ({@code bare}), of {@value #PICTURED_BARE_WORDS} words or more, or
     * {@value #PICTURED_BARE_SENTENCE_WORDS} ending in a full stop. Asked on
     * saved web pages only, where images left their alt texts.
     */
    static boolean picturedPeople(String text, int from, int to, boolean bare) {
        // (the pattern is asked only of a line whose first word may open it: asked of every line, it cost 4% of the pass's time)
        boolean article = to - from > 8 && articleEnd(text, from, to) > from;
        if (to - from <= 8 || !bare && !article || PICTURED_FIRST.first(text, from, to) == null
                || !PICTURED.matcher(text).region(from, to).lookingAt() || SENTENCE_VERB.matcher(text).region(from, to).find()) {
            return false;
        }
        if (article) {
            return true;
        }
        int words = 1;
        for (int i = from; i < to && words < PICTURED_BARE_WORDS; i++) {
            words += text.charAt(i) == ' ' ? 1 : 0;
        }
        return words >= (text.charAt(to - 1) == '.' ? PICTURED_BARE_SENTENCE_WORDS : PICTURED_BARE_WORDS);
    }

    /** Characters of {@link #affiliateDisclosure}'s line, at most: a note of two or three sentences, no paragraph that names one. */
    static final int DISCLOSURE_LENGTH = 320;

    /**
     * A publisher's note that it earns from the links it prints: "We may earn commission from links on this page …", "This
     * post contains affiliate links.", "As an Amazon Associate I earn from qualifying purchases."; first person or "this
     * post": a line of an article about affiliate marketing ("… engage in brand sponsorship via affiliate links …") is
     * none.
     */
    private static final Pattern AFFILIATE = Pattern.compile("(?i)\\b((we|i|they)(['’]d)? (may |might |could |will |would |do |also |sometimes )*(earn|receive|get|make) (a |an )?"
            + "(small |tiny |little )?(affiliate )?(commissions?|compensation|share of (the )?(sales?|revenue)|kick ?backs?)"
            + "|(this|the|our|my|some|these|all) (posts?|articles?|pages?|site|website|blog|reviews?|guides?|content|stor(y|ies)|videos?|newsletter|links?)"
            + "( below| above| on this (page|site|blog))? (may |might |also |sometimes )*(contains?|includes?|uses?|features?|has|have) (some )?affiliate links?"
            + "|as an? amazon associate,? (i|we)\\b|(we|i) (also )?(may |might )?use (some )?affiliate links)");

    /**
     * Whether {@code text[from, to)}, whose {@link #nouns} are given, is an affiliate or sponsorship disclosure
     * ({@link #AFFILIATE}); asked of lines of at most {@value #DISCLOSURE_LENGTH} characters ({@link LoneLines#lastLines}).
     */
    static boolean affiliateDisclosure(String text, int from, int to, int nouns) {
        return (nouns & EARNING) != 0 && AFFILIATE.matcher(text).region(from, to).find();
    }

    /** {@link #nouns}: the line holds a word of {@link #AFFILIATE}'s earnings ("commission", "affiliate", "compensation", "associate", "kickback") ... */
    static final int EARNING = 1;
    /** ... or "background" or "backdrop" ({@link #PLAIN_BACKGROUND}). */
    static final int BACKGROUND = 2;

    /**
     * Which of the nouns that the last lines' patterns need {@code c[from, to)} holds ({@link #EARNING},
     * {@link #BACKGROUND}), read in one walk that stops only at the letter pairs they share ("mm", "ff", "mp", "ss", "ck").
     * (Each pattern asked of every line cost a fifth of the pass's time; each noun looked for apart, or in the whole text
     * with String.indexOf, 5-6%.)
     */
    static int nouns(char[] c, int from, int to) {
        int found = 0;
        for (int i = from + 1; i < to; i++) {
            char b = c[i];
            char a = c[i - 1];
            if (b == 'm' && a == 'm') {
                found |= at(c, i - 3, to, "commission") ? EARNING : 0;
            } else if (b == 'f' && a == 'f') {
                found |= at(c, i - 2, to, "affiliate") ? EARNING : 0;
            } else if (b == 'p' && a == 'm') {
                found |= at(c, i - 3, to, "compensation") ? EARNING : 0;
            } else if (b == 's' && a == 's') {
                found |= at(c, i - 2, to, "associate") ? EARNING : 0;
            } else if (b == 'k' && a == 'c') {
                found |= at(c, i - 2, to, "ackground") || at(c, i - 2, to, "ackdrop") ? BACKGROUND
                        : at(c, i - 2, to, "ickback") || at(c, i - 2, to, "ick back") ? EARNING : 0;
            }
        }
        return found;
    }

    /** Whether {@code part} stands at {@code i} of {@code c}, within {@code [0, to)} (its first letter in either case). */
    private static boolean at(char[] c, int i, int to, String part) {
        if (i < 0 || i + part.length() > to || Character.toLowerCase(c[i]) != part.charAt(0)) {
            return false;
        }
        for (int k = 1; k < part.length(); k++) {
            if (c[i + k] != part.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Words of {@link #onPlainBackground}'s line, at most (a product's alt text describes it at length). */
    static final int BACKGROUND_WORDS = 45;

    /** A colour or a tone of a picture's background ("plain", "light", "red-orange"). */
    private static final String TONE = "(?:white|black|grey|gray|blue|red|green|pink|beige|yellow|orange|purple|cream|brown|cyan|dark|light|plain|solid"
            + "|neutral|blurred|blurry|colou?red|textured|transparent|studio|wooden|marble|pastel|gradient|bright|simple|clean|minimal|soft"
            + "|\\p{L}+-(?:white|black|grey|gray|blue|red|green|pink|purple|orange|yellow))";

    /** "… against a plain white background", "… on a purple background and …", "… in front of a black background." */
    private static final Pattern PLAIN_BACKGROUND = Pattern.compile("(?i)\\b(?:against|on|in front of|over) an? (?:[\\p{L}-]+ ){0,3}?" + TONE
            + " (?:[\\p{L}-]+ )?(?:background|backdrop)(?=[.,;:)]|$| with| and| behind| in| at| as)");

    /** Words of a reader, a writer or advice: a line that holds one is the text's, not a picture's description. */
    private static final Pattern ADDRESSED = Pattern.compile("(?i)\\b(?:you|your|we|our|us|my|me|can|could|should|would|will|must|may|might)\\b|\\bI\\b");

    /**
     * Whether a line describes a picture by its background, as a product's or an illustration's alt text does: "Young man
     * wearing a black puffer jacket …, standing against a plain light background.", "Netflix and Warner Bros. logos on a
     * purple background and white speech bubble.", "Four gooseneck kettles displayed on an orange background" (47 lines on
     * 16 dev pages kept outside their gold texts before, none in them). A line that speaks to the reader or of the writer,
     * or gives advice ("you", "we", "should" …: "Photograph the glass against a white background so that you …"), is the
     * text's. Asked on saved web pages only, where images left their alt texts.
     */
    static boolean onPlainBackground(String text, int from, int to, int nouns) {
        return (nouns & BACKGROUND) != 0 && PLAIN_BACKGROUND.matcher(text).region(from, to).find() && !ADDRESSED.matcher(text).region(from, to).find();
    }

    /** A verb that makes a line a sentence, not an image's description. */
    private static final Pattern SENTENCE_VERB = Pattern.compile("(?i)\\b(is|are|was|were|has|have|had|will|would|could|can|should|may|might|must"
            + "|said|says|told|shared|posted|released|published|went|became|appeared|circulated|shows?|showed|depicts|reveals|taken|captured)\\b");

    /** Where the word after a line's opening article ("A ", "An ", any case) starts, or {@code from} if it opens with none. */
    private static int articleEnd(String text, int from, int to) {
        if (to - from > 3 && (text.charAt(from) | 0x20) == 'a') {
            if (text.charAt(from + 1) == ' ') {
                return from + 2;
            }
            if ((text.charAt(from + 1) | 0x20) == 'n' && text.charAt(from + 2) == ' ') {
                return from + 3;
            }
        }
        return from;
    }

    /** Images that stand for a name: "Logo for …", "Icon for …", "Avatar for …". */
    private static final WordSet NAMED_IMAGE_FIRST = new WordSet(List.of("logo", "icon", "avatar", "banner"));
    /** Words, at most, of what such an image stands for ("Product Logo for Private Internet Access"). */
    static final int NAMED_IMAGE_WORDS = 6;

    /**
     * Whether {@code text[s, to)}, after "Logo", "Icon", "Avatar" or "Banner" (and a kind: "Product Logo"), reads "for" or
     * "of" and a name of at most {@value #NAMED_IMAGE_WORDS} words: an image's alt text ("Product Logo for NordVPN", "Icon
     * for Remnant", "Logo of Celery"; 64 such lines dropped on the dev pages, none in their gold texts), not a sentence
     * ("Icon of the Seas left Miami on Saturday with 5,000 passengers on board.").
     */
    private static boolean namedImage(String text, int s, int to) {
        int name = text.regionMatches(true, s, "for ", 0, 4) ? s + 4 : text.regionMatches(true, s, "of ", 0, 3) ? s + 3 : -1;
        if (name < 0 || name >= to) {
            return false;
        }
        int words = 1; // the name's words: its spaces, and one
        for (int i = name + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' && i == to - 1 || c == '!' || c == '?') {
                return false; // a sentence's end
            }
            words += c == ' ' && text.charAt(i - 1) != ' ' ? 1 : 0;
        }
        return words <= NAMED_IMAGE_WORDS;
    }

    /** Kinds of image named before "photo of", "image of": "Thumbnail photo of …", "Product image of …". */
    private static final WordSet IMAGE_KINDS = new WordSet(List.of("thumbnail", "product"));
    /** Sides and angles a picture is taken from ("Front view of", "Right side view of", "Close-up, rear view of"). */
    private static final WordSet VIEW_SIDES = new WordSet(List.of("front", "side", "rear", "back", "top", "bottom", "left", "right", "overhead",
            "aerial", "close-up", "closeup", "angled", "three-quarter", "profile", "underside"));

    /**
     * Whether {@code text[from, to)} opens as a picture's alt text names its angle: one to three of {@link #VIEW_SIDES}, a
     * comma after any, then "view of" ("Right side view of Lenovo ThinkPad …", "Close-up, front view of …", "Overhead view
     * of beef stroganoff …"; 48 such lines kept on the dev pages outside their gold texts, none in them).
     */
    private static boolean viewOf(String text, int from, int to) {
        int s = from;
        for (int sides = 0; s < to; sides++) {
            int e = s;
            while (e < to && text.charAt(e) != ' ' && text.charAt(e) != ',') {
                e++;
            }
            if (sides > 0 && to - s > 8 && text.regionMatches(true, s, "view of ", 0, 8)) {
                return true;
            }
            if (sides == 3 || VIEW_SIDES.find(text, s, e) == null) {
                return false;
            }
            s = e < to && text.charAt(e) == ',' ? e + 1 : e;
            while (s < to && text.charAt(s) == ' ') {
                s++;
            }
        }
        return false;
    }

    /** "Photo of the day", "Image of the week": a feature's name, not an image's description. */
    private static final Pattern PERIODICAL = Pattern.compile("(?i)the (day|week|month|year)\\b");

    /** Labels of a picture's credit at a caption's end: "… Credit: Chris McNamara", "… Photo: Thomas Kuoh", "(Image credit: Wareable)". */
    private static final Set<String> CREDIT_LABELS = Set.of("credit", "credits", "photo", "photos", "image", "photograph", "illustration",
            "illustrations", "image credit", "photo credit", "image credits", "photo credits", "image source", "photo source", "picture credit",
            "image courtesy", "photo courtesy", "photographer");
    /** Agencies and picture libraries whose name ends a caption's credit: "… Sergey Mironov/Moment via Getty Images", "Matthew Daly/AP". */
    private static final List<String> CREDIT_AGENCIES = List.of("getty images", "/ap", "/reuters", "/afp", "/epa", "/shutterstock", "shutterstock",
            "/ap photo", "ap photo", "/istock", "istock", "/alamy", "alamy");
    /** The last letters of the agencies' names. */
    private static final String CREDIT_AGENCY_ENDS = CREDIT_AGENCIES.stream().map(a -> a.substring(a.length() - 1)).distinct()
            .collect(java.util.stream.Collectors.joining());
    /** Words of a credit after its label or before its agency, at most. */
    static final int CREDIT_WORDS = 6;

    /**
     * Whether the trimmed line {@code text[from, to)} ends with a picture's credit, as a caption does:
     * a capitalised label and a colon ("Credit:", "Photo:", "Image credit:") after the line's start, a
     * sentence's end, an opening bracket or two spaces, then a name of at most {@value #CREDIT_WORDS}
     * words and no sentence; or a picture agency's name ("… via Getty Images", "Name/AP", "Name/Reuters").
     * Article text never ends a paragraph so; the caption under a picture, saved as a line, does (212
     * such lines kept on the dev pages outside their gold texts; two in them, a listing's "Name/AP").
     */
    static boolean endsWithCredit(String text, int from, int to) {
        int e = to;
        if (e > from && text.charAt(e - 1) == ')') {
            e--;
        }
        if (e - from < 6) {
            return false;
        }
        int colon = -1;
        int words = 1;
        for (int i = e - 1; i > from && e - i <= 80; i--) {
            char c = text.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (c == '.' && i + 1 < e && text.charAt(i + 1) == ' ' || c == '!' || c == '?' || c == ';') {
                break; // a sentence, not a name
            }
            words += c == ' ' && text.charAt(i - 1) != ' ' ? 1 : 0;
            if (words > CREDIT_WORDS + 1) {
                break; // (a label further back labels too many words)
            }
        }
        if (colon > from && colon + 1 < e && words <= CREDIT_WORDS + 1) {
            int ls = colon;
            for (int w = 0; w < 2 && ls > from; w++) {
                int k = ls;
                while (k > from && text.charAt(k - 1) == ' ') {
                    k--;
                }
                int ws = k;
                while (ws > from && Character.isLetter(text.charAt(ws - 1))) {
                    ws--;
                }
                if (ws == k) {
                    break;
                }
                String label = SPACES.matcher(text.substring(ws, colon).trim()).replaceAll(" ");
                // (a label of two words, "Image credit:", says a credit wherever it stands: "… Mchose K7 Ultra on its stand Image credit: Eurogamer")
                if (CREDIT_LABELS.contains(label.toLowerCase(Locale.ROOT)) && Character.isUpperCase(text.charAt(ws))
                        && (creditStart(text, from, ws) || label.indexOf(' ') > 0)) {
                    return true;
                }
                ls = ws;
            }
        }
        if (e < to ? agencyInBrackets(text, from, e) : agencyAfterSentence(text, from, e)) {
            return true;
        }
        char last = (char) (text.charAt(e - 1) | 0x20);
        if (CREDIT_AGENCY_ENDS.indexOf(last) < 0) {
            return false; // (most kept lines end with a stop, which no agency's name does)
        }
        for (String agency : CREDIT_AGENCIES) {
            int a = e - agency.length();
            if (a > from && last == agency.charAt(agency.length() - 1) && text.regionMatches(true, a, agency, 0, agency.length())) {
                int n = 0;
                int i = a;
                // the name before it: capitalised words, at most CREDIT_WORDS, from a sentence's end, two spaces or the line's start
                while (i > from && n <= CREDIT_WORDS) {
                    char c = text.charAt(i - 1);
                    if (c == ' ' && i - 1 > from && (text.charAt(i - 2) == ' ' || ".!?(".indexOf(text.charAt(i - 2)) >= 0)) {
                        break;
                    }
                    if (c == ' ') {
                        n++;
                    }
                    i--;
                }
                return n <= CREDIT_WORDS && i < a && (i == from || creditStart(text, from, i)) && Character.isUpperCase(text.charAt(i == from ? from : skipSpaces(text, i, a)));
            }
        }
        return false;
    }

    /**
     * Whether {@code text[from, e)}, a line without its closing bracket, ends with an agency's credit in brackets, the
     * agency first: the Associated Press's "(AP Photo/Mark Lennihan, File)", "(AP Photo)", "(Reuters/Name)", "(AFP Photo/Name)".
     */
    private static boolean agencyInBrackets(String text, int from, int e) {
        int open = e - 1;
        while (open >= from && e - open <= 80 && text.charAt(open) != '(') {
            open--; // (within the line: a search back through the text cost the pass a fifth of its time on pages of short lines)
        }
        if (open < from || e - open > 80 || open > from && text.charAt(open - 1) != ' ') {
            return false; // (the bracket opens the line or follows a space: "… in New York. (AP Photo/…)", not "f(AP)")
        }
        return BRACKETED_AGENCY.matcher(text).region(open + 1, e).matches();
    }

    /**
     * Whether the line {@code text[from, e)} ends with an agency's credit in capitals after the caption's sentence, as
     * Reuters writes it: "A man walks past an Amazon sign. REUTERS/Brendan McDermid".
     */
    private static boolean agencyAfterSentence(String text, int from, int e) {
        for (int i = Math.max(from + 2, e - 80); i + 8 <= e; i++) {
            if (text.charAt(i) == 'R' && text.charAt(i - 1) == ' ' && text.charAt(i - 2) == '.' && text.startsWith("REUTERS/", i)) {
                return BRACKETED_AGENCY.matcher(text).region(i, e).matches();
            }
        }
        return false;
    }

    /** An agency's credit inside brackets, the agency first ({@link #agencyInBrackets}). */
    private static final Pattern BRACKETED_AGENCY = Pattern.compile(
            "(AP|AFP|EPA|Reuters|REUTERS|Xinhua|Getty Images)( Photo| photo)?(/[\\p{L}][\\p{L} .'’-]{0,60})?(, (File|Pool|file|pool))?");

    /** Whether a credit may start at {@code at}: the line's start, or after a sentence's end, an opening bracket, a bar or two spaces. */
    private static boolean creditStart(String text, int from, int at) {
        if (at == from) {
            return true;
        }
        char c = text.charAt(at - 1);
        if (c == '(' || c == '[') {
            return true;
        }
        if (c != ' ') {
            return false;
        }
        char d = at - 2 >= from ? text.charAt(at - 2) : ' ';
        return d == ' ' || d == '.' || d == '!' || d == '?' || d == '|' || d == '”' || d == '"' || d == '–' || d == '—';
    }

    private static int skipSpaces(String text, int i, int to) {
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Words of an image's alt text, at most. */
    static final int ALT_TEXT_WORDS = 12;
    /** ... and of one that names what the image shows by a name alone ("Mailjet logo"). */
    static final int NAMED_ALT_TEXT_WORDS = 8;
    /** Last words that only an image's alt text ends with, whatever stands before them ("Michael Natkin's user avatar"). */
    private static final Set<String> ALT_TEXT_ENDS = Set.of("avatar", "headshot", "thumbnail", "placeholder", "author-image");
    /** "… image", "… photo", "… picture" after one of these words: "hero image", "featured image", "profile photo". */
    private static final Set<String> ALT_TEXT_KINDS = Set.of("featured", "feature", "hero", "banner", "profile", "author");
    /** An image's alt text of one word: "Image", "logo" (376 such lines kept on the dev pages, none in the gold). */
    private static final Set<String> ONE_WORD_ALT_TEXTS = Set.of("image", "photo", "picture", "logo", "icon", "banner");
    /** Last words of the alt text of a logo, an icon or a screenshot, after a name alone: "Mailjet logo", "BigQuery icon", "Obsidian screenshot 2". */
    private static final Set<String> NAMED_ALT_TEXT_ENDS = Set.of("logo", "icon", "screenshot");

    /**
     * Whether the trimmed line {@code text[from, to)} is the alt text of an image that a text
     * browser wrote in the page's place: it ends with a word only alt texts end with ("… user
     * avatar", "… featured image", "Placeholder"), or it names a logo, an icon or a screenshot by
     * a name alone ("Pickflow logo", "Compute engine icon", "ClickUp screenshot 1": no function
     * word, no colon or sentence mark; "icon" in lowercase, as "Aquasonic Icon" is a product).
     * Headings about logos ("How to choose colors that work for your logo") hold function words.
     */
    static boolean altText(String text, int from, int to, int words) {
        if (to - from > 120 || to - from < 4) {
            return false;
        }
        int e = to;
        int d = e;
        while (d > from && text.charAt(d - 1) >= '0' && text.charAt(d - 1) <= '9') {
            d--;
        }
        boolean numbered = d < e && d - 1 > from && text.charAt(d - 1) == ' ';
        if (numbered) {
            e = d - 1;
        }
        int ws = e;
        while (ws > from && text.charAt(ws - 1) != ' ') {
            ws--;
        }
        int n = e - ws;
        if (n < 4 || n > 12) {
            return false;
        }
        String last = ALT_WORDS.find(text, ws, e); // (no copy of the word: most lines end with another)
        if (last == null) {
            return false;
        }
        if (ALT_TEXT_ENDS.contains(last)) {
            return true;
        }
        if (ws == from && !numbered && ONE_WORD_ALT_TEXTS.contains(last)) {
            return true;
        }
        if (last.equals("image") || last.equals("photo") || last.equals("picture")) {
            int pe = ws - 1;
            int ps = pe;
            while (ps > from && text.charAt(ps - 1) != ' ') {
                ps--;
            }
            return ps < pe && ALT_TEXT_KINDS.contains(text.substring(ps, pe).toLowerCase(Locale.ROOT));
        }
        if (!NAMED_ALT_TEXT_ENDS.contains(last) || words > NAMED_ALT_TEXT_WORDS || ws == from || last.equals("icon") && text.charAt(ws) == 'I') {
            return false;
        }
        if (last.equals("screenshot") && numbered) {
            return true;
        }
        for (int i = from; i < ws; i++) {
            char x = text.charAt(i);
            if (x == ':' || x == '?' || x == '!' || x == '"' || x == '“') {
                return false;
            }
        }
        // (the words as written, space to space: "the-verge customer logo" and "Next.js Logo" hold no function word,
        // though the line's word count reads "the" and "next" in them)
        for (String w : text.substring(from, ws).trim().split("\\s+")) {
            if (Stopwords.contains(w.toLowerCase(Locale.ROOT).replace('’', '\''))) {
                return false;
            }
        }
        return true;
    }

    /** Every last word {@link #altText} looks at. */
    private static final WordSet ALT_WORDS = new WordSet(java.util.stream.Stream.of(ALT_TEXT_ENDS, ONE_WORD_ALT_TEXTS, NAMED_ALT_TEXT_ENDS,
            Set.of("image", "photo", "picture")).flatMap(Set::stream).toList());

    /**
     * Lowercase words, found in a text by its characters ({@link #find}) without a copy: by length,
     * then case-insensitively, character by character.
     */
    static final class WordSet {
        private final String[][] byLength = new String[32][];

        WordSet(java.util.Collection<String> words) {
            for (String w : new java.util.TreeSet<>(words)) {
                String[] b = byLength[w.length()];
                b = b == null ? new String[1] : java.util.Arrays.copyOf(b, b.length + 1);
                b[b.length - 1] = w;
                byLength[w.length()] = b;
            }
        }

        /** The word that {@code t[from, to)} spells in any case, or null. */
        String find(String t, int from, int to) {
            int n = to - from;
            String[] b = n < byLength.length ? byLength[n] : null;
            if (b != null) {
                char c = Character.toLowerCase(t.charAt(from));
                for (String w : b) {
                    if (w.charAt(0) == c && t.regionMatches(true, from, w, 0, n)) {
                        return w;
                    }
                }
            }
            return null;
        }

        /** The word {@code t} begins with at {@code from} (up to the first character that is not a letter, hyphen or apostrophe), or null. */
        String first(String t, int from, int to) {
            int e = from;
            while (e < to && e - from < byLength.length) {
                char c = t.charAt(e);
                if (!Character.isLetter(c) && c != '-' && c != '\'') {
                    break;
                }
                e++;
            }
            return find(t, from, e);
        }
    }

    /**
     * A few phrases (ASCII, two characters or more), looked for in a stretch of text in place: in any case ({@link #in}):
     * a character that no phrase begins with costs one table read, and a phrase is compared only where its first two
     * characters stand; or, with the first letter in any case and the rest as written, on a line whose word starts were
     * read as {@link #pair} has them, and only where the line has a word that begins as one of the phrases' first words
     * begins ({@link #inLine}; once found by String.indexOf in the whole text, which cost a sixth of the boilerplate
     * pass's time).
     */
    static final class Mentions {
        private final String[] phrases;
        /** Per phrase, the {@link #pair} bits of the words it holds ({@link #wordPairs}): a line that lacks one lacks it. */
        private final long[] phrasePairs;

        /** Whether {@link #inLine} reads the phrases in any case (else the first letter in any case, the rest as written). */
        private final boolean anyCase;

        Mentions(String... phrases) {
            this(false, phrases);
        }

        /** Phrases that {@link #inLine} finds in any case with {@code anyCase} (a case-insensitive pattern's words). */
        Mentions(boolean anyCase, String... phrases) {
            this.anyCase = anyCase;
            this.phrases = phrases;
            this.phrasePairs = new long[phrases.length];
            for (int k = 0; k < phrases.length; k++) {
                String p = phrases[k];
                phrasePairs[k] = wordPairs(p);
                for (char c : new char[] {p.charAt(0), Character.toUpperCase(p.charAt(0))}) {
                    String[] here = byFirst[c] == null ? new String[0] : byFirst[c];
                    if (!java.util.Arrays.asList(here).contains(p)) {
                        here = java.util.Arrays.copyOf(here, here.length + 1);
                        here[here.length - 1] = p;
                        byFirst[c] = here;
                    }
                }
            }
        }

        /** The phrases by their first character, as written and in capitals (ASCII). */
        private final String[][] byFirst = new String[128][];

        /**
         * The {@link #pair} bits of a phrase's words: of each letter that begins it or follows a character that is no letter
         * or digit inside it, with the character after it ("other devices": "ot" and "de"; "(BUTTON)": "BU"). Where the
         * phrase stands, a word begins with each of them (it begins at a word's start, and the rest is as written).
         */
        static long wordPairs(String p) {
            long bits = 0;
            for (int w = 0; w + 1 < p.length(); w++) {
                boolean start = w == 0 || !Character.isLetterOrDigit(p.charAt(w - 1));
                boolean trailingSpace = w + 2 == p.length() && Character.isWhitespace(p.charAt(w + 1));
                if (start && Character.isLetter(p.charAt(w)) && !trailingSpace) {
                    bits |= pair(p.charAt(w), p.charAt(w + 1));
                }
            }
            return bits;
        }

        /**
         * The bit of a word that begins with the characters {@code c1 c2} (any case; ASCII letters are told apart, other
         * characters may share a bit): a line's bits ORed together say which of the phrases' first words it may hold.
         */
        static long pair(char c1, char c2) {
            return 1L << ((c1 | 0x20) * 31 + (c2 | 0x20));
        }

        /**
         * Whether a phrase begins in {@code t[from, to)}, at a word's start if it begins with a letter or digit, its first
         * character in any case and the rest as written ("Partners can", "partners can", not "PARTNERS CAN"; "(BUTTON)"
         * as lynx writes it, not "(Button)"; {@link #anyCase}: in any case), on a line whose words' starts give {@code linePairs}: for every word that
         * begins with a letter (after a character that is no letter or digit, an apostrophe inside a word included), its
         * {@link #pair} with the character after it. A line that lacks a pair of each phrase's words is not read.
         */
        boolean inLine(String t, long linePairs, int from, int to) {
            if (!mayHold(linePairs)) {
                return false;
            }
            // (whether the character before is a letter or digit: kept from one to the next, each character read once)
            boolean wordChar = from > 0 && Chars.isLetterOrDigit(t.charAt(from - 1));
            for (int i = from; i < to; i++) {
                char c = t.charAt(i);
                boolean afterWordChar = wordChar;
                wordChar = Chars.isLetterOrDigit(c);
                String[] here;
                if (wordChar && afterWordChar || c >= 128 || (here = byFirst[c]) == null) {
                    continue;
                }
                char c2 = i + 1 < t.length() ? t.charAt(i + 1) : 0;
                for (String p : here) {
                    char p2 = p.charAt(1);
                    if ((c2 == p2 || anyCase && (c2 | 0x20) == (p2 | 0x20)) && restAt(t, i, p)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether phrase {@code p} goes on at {@code t[i]} after its first character: as written, or with {@link #anyCase}
         * as {@code String.regionMatches} with ignoreCase compares (ASCII compared here, for a call per character met that
         * mostly fails at once: such a call per candidate was a twentieth of the pass's time).
         */
        private boolean restAt(String t, int i, String p) {
            if (i + p.length() > t.length()) {
                return false;
            }
            for (int k = 1; k < p.length(); k++) {
                char a = t.charAt(i + k);
                char b = p.charAt(k);
                if (a != b && !(anyCase && ((a | b) < 128 ? Chars.toLowerCase(a) == Chars.toLowerCase(b) : t.regionMatches(true, i + k, p, k, 1)))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether a line whose words' starts give {@code linePairs} has the pairs of all the words of one of the phrases. */
        private boolean mayHold(long linePairs) {
            for (long p : phrasePairs) {
                if ((linePairs & p) == p) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code t[from, to)} holds one of the phrases (one that begins with a letter, at a word's start). */
        boolean in(String t, int from, int to) {
            for (int i = from; i + 1 < to; i++) {
                char c = t.charAt(i);
                String[] here;
                if (c >= 128 || (here = byFirst[c]) == null || Chars.isLetter(c) && i > from && Chars.isLetterOrDigit(t.charAt(i - 1))) {
                    continue;
                }
                char c2 = (char) (t.charAt(i + 1) | 0x20);
                for (String p : here) {
                    if ((p.charAt(1) | 0x20) == c2 && i + p.length() <= to && t.regionMatches(true, i, p, 0, p.length())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    static final Family IMAGE_NAME = new Family("markup", "an image's file name left in the text", Pattern.compile(""), false, null, Tail.NONE);
    private static final String[] IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif"};

    /**
     * Whether the trimmed line {@code text[from, to)} is an image's address and nothing else
     * ("https://cdn.example.com/…/5001_STAPLE_TEE_CAMEL_THUMB.jpg", "//www.example.com/cdn/…/carousel-01_271x.png?v=1762200976"):
     * a shop's swatches and a gallery's sources, saved as text (105 such lines dropped on the dev pages, none in their gold texts).
     * An address in a sentence ("Example: http://…/main_image.jpg") is not the whole line.
     */
    static boolean imageAddress(String text, int from, int to) {
        if (to - from < 12 || !(text.startsWith("http://", from) || text.startsWith("https://", from) || text.startsWith("//", from))) {
            return false;
        }
        int end = to;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                return false;
            }
            if ((c == '?' || c == '#') && end == to) {
                end = i;
            }
        }
        return imageExtension(text, from, end) > 0;
    }

    /**
     * The length of the image extension ({@link #IMAGE_EXTENSIONS}, any case) that {@code text[from, end)} ends with after
     * at least one character, or 0.
     */
    private static int imageExtension(String text, int from, int end) {
        for (String ext : IMAGE_EXTENSIONS) {
            if (end - from > ext.length() && text.regionMatches(true, end - ext.length(), ext, 0, ext.length())) {
                return ext.length();
            }
        }
        return 0;
    }

    /**
     * The end of an image's file name in brackets that starts at {@code c[i]} ("[supplychain-new-icon.svg]",
     * "[grey-placeholder.png]", "[hero.jpg?v=3]": what a text browser writes for an image without alt text), or -1:
     * no space or bracket inside, at most {@value #IMAGE_MARK_CHARS} characters, ending with an image's extension
     * (before any query).
     */
    static int imageMarkEnd(char[] c, int i, int to) {
        if (c[i] != '[') {
            return -1;
        }
        int q = -1;
        for (int k = i + 1; k < to && k - i <= IMAGE_MARK_CHARS; k++) {
            char ch = c[k];
            if (ch == ']') {
                int end = q >= 0 ? q : k;
                for (String ext : IMAGE_EXTENSIONS) {
                    if (end - (i + 1) > ext.length() && endsWithLowered(c, end, ext)) {
                        return k + 1;
                    }
                }
                return -1;
            }
            if (ch == ' ' || ch == '[' || ch == '\t') {
                return -1;
            }
            if (ch == '?' && q < 0) {
                q = k;
            }
        }
        return -1;
    }

    /** Whether {@code c[.., end)} ends with lowercase {@code suffix}, its ASCII capitals read as lowercase. */
    private static boolean endsWithLowered(char[] c, int end, String suffix) {
        int at = end - suffix.length();
        for (int k = 0; k < suffix.length(); k++) {
            if (lower(c[at + k]) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Characters of an image's file name in brackets, at most ({@link #imageMarkEnd}). */
    static final int IMAGE_MARK_CHARS = 300;

    /**
     * Whether {@code c[from, to)} holds an image's file name in brackets ({@link #imageMarkEnd}) and at most one word
     * besides: an icon and its label ("[kw.9cbcc1f0.svg] Kuwait", "[share.svg] Socials", "print [icon-email.gif]", "Hide
     * [spin-contest.png]"), a menu's entry or a control (277 such lines dropped on the dev pages now; 2 words of them alone in the gold when the rule came).
     */
    static boolean iconLine(char[] c, int from, int to) {
        int words = wordsBesideImageMarks(c, from, to);
        return words >= 0 && words <= 1;
    }

    /** Words of {@code c[from, to)} outside images' file names in brackets ({@link #imageMarkEnd}); -1 when it holds none. */
    static int wordsBesideImageMarks(char[] c, int from, int to) {
        int b = from;
        while (b < to && c[b] != '[') {
            b++; // (most lines have no bracket: one comparison a character)
        }
        if (b == to) {
            return -1;
        }
        int marks = 0;
        int words = 0;
        for (int i = from; i < to; i++) {
            int e = c[i] == '[' ? imageMarkEnd(c, i, to) : -1;
            if (e > 0) {
                marks++;
                i = e - 1;
            } else if (Chars.isLetterOrDigit(c[i]) && (i == from || !Chars.isLetterOrDigit(c[i - 1]))) {
                words++;
            }
        }
        return marks > 0 ? words : -1;
    }

    /** A short line that ends with an image file name ("iceland photo tours08.jpg"), not with an address. */
    private static boolean imageName(String lowerTrimmed, int words) {
        if (words > 12 || lowerTrimmed.length() > 120) {
            return false;
        }
        char last = lowerTrimmed.isEmpty() ? ' ' : lowerTrimmed.charAt(lowerTrimmed.length() - 1);
        if (last != 'g' && last != 'f' && last != 'p') {
            return false; // every extension ends with one of these
        }
        if (lowerTrimmed.contains("://")) {
            return false; // an address that names an image ("Example: http://www.example.com/main_image.jpg") is text
        }
        int ext = imageExtension(lowerTrimmed, 0, lowerTrimmed.length());
        return ext > 0 && Character.isLetterOrDigit(lowerTrimmed.charAt(lowerTrimmed.length() - ext - 1));
    }

    /** The family the whole line belongs to, or null (patterns are lowercase: give the line lowercased). */
    static Family match(String lowerTrimmed, int words) {
        return match(lowerTrimmed, words, new Matchers());
    }

    /**
     * One matcher per family, made when first needed and reset for each line: for the lines of one
     * document, on one thread (a matcher is not thread-safe).
     */
    static final class Matchers {
        private final java.util.regex.Matcher[] whole = new java.util.regex.Matcher[WHOLE_LINE.length];
        private final java.util.regex.Matcher[] contains = new java.util.regex.Matcher[CONTAINS.length];

        java.util.regex.Matcher whole(int f, String line) {
            return whole[f] == null ? (whole[f] = WHOLE_LINE[f].pattern().matcher(line)) : whole[f].reset(line);
        }

        java.util.regex.Matcher contains(int f, String line) {
            return contains[f] == null ? (contains[f] = CONTAINS[f].pattern().matcher(line)) : contains[f].reset(line);
        }
    }

    /** {@link #match(String, int)} with the matchers of the document at hand. */
    static Family match(String lowerTrimmed, int words, Matchers matchers) {
        return match(lowerTrimmed, words, matchers, triggered(lowerTrimmed.toCharArray(), 0, lowerTrimmed.length()),
                words <= MAX_WORDS ? OPENINGS.possible(lowerTrimmed) : 0);
    }

    /**
     * The family of the trimmed line {@code text[from, to)} ({@code chars}: the text as an array),
     * or null. A line of ASCII characters (whose lowercase is one character for one) is first
     * looked at in place: unless it may end with an image's name, may open like a whole-line
     * family or holds a trigger, no family can match it and it is never made a string.
     */
    static Family match(String text, char[] chars, int from, int to, int words, Matchers matchers) {
        Family f = matchInPlace(text, chars, from, to, words, matchers);
        return f != null && f.rule().equals("markup") && labelInBrackets(chars, from, to) ? null : f;
    }

    /**
     * A capitalised word in brackets ("[Methods]", "[Fact]"): a label of the text (an abstract's
     * section, a code attribute), not a text browser's placeholder for an image ("[logo]", "[edit]").
     */
    private static boolean labelInBrackets(char[] c, int from, int to) {
        long inner = to - from < 4 ? -1 : insideBrackets(c, from, to);
        if (inner < 0) {
            return false;
        }
        int a = (int) (inner >>> 32);
        int z = (int) inner;
        if (z - a < 2 || !Character.isUpperCase(c[a])) {
            return false;
        }
        for (int i = a + 1; i < z; i++) {
            if (!Character.isLowerCase(c[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the text inside the brackets of {@code c[from, to)} starts and ends (start in the high 32 bits), spaces
     * inside them aside, as the mt pass takes them out ("[ Methods ]"); -1 when the line is not one bracketed stretch.
     */
    static long insideBrackets(char[] c, int from, int to) {
        if (to - from < 2 || c[from] != '[' || c[to - 1] != ']') {
            return -1;
        }
        int a = from + 1;
        int z = to - 1;
        while (a < z && c[a] == ' ') {
            a++;
        }
        while (z > a && c[z - 1] == ' ') {
            z--;
        }
        return (long) a << 32 | z;
    }

    private static Family matchInPlace(String text, char[] chars, int from, int to, int words, Matchers matchers) {
        for (int i = from; i < to; i++) {
            if (chars[i] >= 128) {
                return match(lowered(text, from, to), words, matchers);
            }
        }
        // (no length test here: the caller asks only lines of MAX_LENGTH or less, a masked page's marks aside, and match
        // tests the line as it reads them, its runs of spaces as one)
        long triggered = triggered(chars, from, to);
        long possible = words <= MAX_WORDS ? OPENINGS.possible(chars, from, to) : 0;
        if (triggered == 0 && possible == 0 && !mayEndWithImageName(chars, from, to, words)) {
            return null;
        }
        return match(lowered(chars, from, to), words, matchers, triggered, possible);
    }

    /** Spaces in {@code t[from, to)} after a space: what {@link #lowered} takes out (a masked page's link numbers). */
    static int extraSpaces(char[] t, int from, int to) {
        int n = 0;
        for (int i = from + 1; i < to; i++) {
            n += t[i] == ' ' && t[i - 1] == ' ' ? 1 : 0;
        }
        return n;
    }

    /**
     * The line {@code text[from, to)} in lowercase, each run of spaces in it as one: the families are
     * written for words one space apart, and a text browser's link numbers, masked by spaces
     * ("Follow Linette Lopez on [49]Twitter." as "on     Twitter"), or a page's own spacing, leave runs.
     */
    private static String lowered(String text, int from, int to) {
        String s = text.substring(from, to).toLowerCase(Locale.ROOT);
        return s.contains("  ") ? SPACES.matcher(s).replaceAll(" ") : s;
    }

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /** {@link #lowered(String, int, int)} of ASCII {@code t[from, to)}, made in one pass: one string, not three. */
    private static String lowered(char[] t, int from, int to) {
        char[] out = new char[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = lower(t[i]);
            if (c != ' ' || n == 0 || out[n - 1] != ' ') {
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    /**
     * {@link #match(String, int)} given the contains-families whose triggers the line holds and the
     * whole-line families it may belong to by its beginning ({@link Openings#possible}).
     */
    private static Family match(String lowerTrimmed, int words, Matchers matchers, long triggered, long possible) {
        if (lowerTrimmed.length() > MAX_LENGTH) {
            return null;
        }
        if (imageName(lowerTrimmed, words)) {
            return IMAGE_NAME;
        }
        for (long left = possible; left != 0; left &= left - 1) {
            int f = Long.numberOfTrailingZeros(left);
            if (matchers.whole(f, lowerTrimmed).matches()) {
                return WHOLE_LINE[f];
            }
        }
        for (int f = 0; triggered != 0 && f < CONTAINS.length; f++) {
            if ((triggered & (1L << f)) != 0 && matchers.contains(f, lowerTrimmed).find()) {
                return CONTAINS[f];
            }
        }
        return null;
    }

    /** The families matched anywhere in a line, in order, each tried only when the line holds one of its triggers. */
    private static final Family[] CONTAINS = FAMILIES.stream().filter(Family::contains).toArray(Family[]::new);

    /** Every trigger of the contains-families, and the bit of its family in {@link #CONTAINS}. */
    private static final String[] TRIGGERS;
    private static final long[] TRIGGER_FAMILY;

    /** Triggers by a hash of their first three characters (all ASCII): the indexes of those with that hash. */
    private static final int[][] TRIGGERS_BY_HASH = new int[4096][];
    /** The same hashes as a bit set (512 bytes, read at every character; the lists above only on a hit). */
    private static final long[] TRIGGER_HASHES = new long[4096 / 64];

    private static int trigramHash(char a, char b, char c) {
        return (a * 961 + b * 31 + c) & 4095;
    }

    static {
        if (CONTAINS.length > 64) {
            throw new IllegalStateException("at most 64 contains-families");
        }
        List<String> triggers = new java.util.ArrayList<>();
        List<Long> families = new java.util.ArrayList<>();
        for (int f = 0; f < CONTAINS.length; f++) {
            for (String t : CONTAINS[f].triggers()) {
                if (t.length() < 3 || t.charAt(0) >= 128 || t.charAt(1) >= 128 || t.charAt(2) >= 128) {
                    throw new IllegalStateException("a trigger is three or more characters, the first three ASCII: " + t);
                }
                int h = trigramHash(t.charAt(0), t.charAt(1), t.charAt(2));
                int[] bucket = TRIGGERS_BY_HASH[h];
                bucket = bucket == null ? new int[1] : java.util.Arrays.copyOf(bucket, bucket.length + 1);
                bucket[bucket.length - 1] = triggers.size();
                TRIGGERS_BY_HASH[h] = bucket;
                TRIGGER_HASHES[h >> 6] |= 1L << h;
                triggers.add(t);
                families.add(1L << f);
            }
        }
        TRIGGERS = triggers.toArray(new String[0]);
        TRIGGER_FAMILY = families.stream().mapToLong(Long::longValue).toArray();
    }

    /** ASCII lowercased by table; other characters as they are. */
    private static char lower(char c) {
        return c < 128 ? ASCII_LOWER[c] : c;
    }

    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
    }

    /**
     * Bit f set when {@code s[from, to)}, its ASCII letters lowercased, holds a trigger of
     * contains-family f: one scan of the line for every family's triggers at once (what
     * {@link Family#test} finds with one search per trigger).
     */
    private static long triggered(char[] s, int from, int to) {
        long found = 0;
        if (to - from < 3) {
            return 0;
        }
        char b = lower(s[from]);
        char c = lower(s[from + 1]);
        for (int i = from; i + 2 < to; i++) {
            char a = b;
            b = c;
            c = lower(s[i + 2]);
            if ((a | b | c) < 128) {
                int h = trigramHash(a, b, c);
                if ((TRIGGER_HASHES[h >> 6] & (1L << h)) != 0) {
                    for (int k : TRIGGERS_BY_HASH[h]) {
                        if (startsWithLowered(s, i, to, TRIGGERS[k])) {
                            found |= TRIGGER_FAMILY[k];
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean startsWithLowered(char[] s, int at, int to, String word) {
        if (to - at < word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (lower(s[at + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether ASCII {@code t[from, to)} passes {@link #imageName}'s first tests (its length and last letter). */
    private static boolean mayEndWithImageName(char[] t, int from, int to, int words) {
        if (to == from || words > 12 || to - from > 120) {
            return false;
        }
        char last = lower(t[to - 1]);
        return last == 'g' || last == 'f' || last == 'p';
    }


    /** Lines that end an article: what follows on a blog or news page is comments and links. */
    private static final Pattern END_ANCHOR = Pattern.compile(
            "(post a comment|leave a (reply|comment)(\\s*cancel reply)?|\\d+ (responses?|comments?|replies) to\\b.*|comments are closed\\.?"
            + "|related (posts|articles|stories)|you (may|might) (also )?like( to read| reading)?|more stories|recommended for you"
            + "|(\\d+ )?comments?( \\(\\d+\\))?|what (people|readers) are saying|your email address will not be published\\.?.{0,80}"
            + "|discussion about this (post|article|story)|(load|show|view)( all)?( \\d+)? comments"
            // Blogger's and WordPress's comment form in their other interface languages, under an English post
            + "|" + POST_A_COMMENT_ELSEWHERE + "|" + LEAVE_A_REPLY_ELSEWHERE + ")[.:!]?",
            0);

    /** How an end anchor can begin: most lines cannot, and are never lowercased. */
    private static final PairOpenings END_ANCHOR_OPENINGS = new PairOpenings(END_ANCHOR);

    /** Whether the trimmed line {@code text[from, to)} is an end anchor; made a string only if its length and first characters allow. */
    static boolean endAnchor(String text, int from, int to) {
        return to - from < 80 && END_ANCHOR_OPENINGS.mayBeginLowered(text, from, to)
                && END_ANCHOR.matcher(text.substring(from, to).toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * Lines that end a press release's text: its end mark ("###", "-30-", "- ends -"), its contacts' heading ("Media Contact:",
     * "Investor Inquiries"), the wire's link to the original ("View original content to download multimedia:https://…",
     * Business Wire's "View source version on businesswire.com: https://…"); and PR Newswire's "SOURCE Acme Corp."
     * ({@link #releaseEnd}). What follows them is contacts and the wire's lines, and they go with it.
     */
    private static final Pattern RELEASE_END = Pattern.compile(
            "(# ?# ?#|-30-|-\\s*ends\\s*-|(media|press|investor|news media|pr( and media)?) (contacts?|inquiries|enquiries)"
            + "|view original content( to download multimedia)?:?\\s*\\S*|view source version on \\S+?:?\\s*\\S*)[.:]?");
    private static final PairOpenings RELEASE_END_OPENINGS = new PairOpenings(RELEASE_END);

    /** Whether the trimmed line {@code text[from, to)} ends a press release's text ({@link #RELEASE_END}, or "SOURCE " and a name: capitals, no sentence). */
    static boolean releaseEnd(String text, int from, int to) {
        if (to - from > 200) {
            return false;
        }
        if (to - from > 7 && to - from <= 80 && text.startsWith("SOURCE ", from) && Character.isUpperCase(text.charAt(from + 7))) {
            for (int i = from + 7; i + 1 < to; i++) {
                if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
                    return false; // (a sentence, not a name: "Acme Corp." ends the line)
                }
            }
            return true;
        }
        return RELEASE_END_OPENINGS.mayBeginLowered(text, from, to)
                && RELEASE_END.matcher(text.substring(from, to).toLowerCase(Locale.ROOT)).matches();
    }

    /** A commenter's line in a comment thread: "Sharon says", "Jill Winger said:", "1. Amy wrote". */
    static final List<String> COMMENT_VERBS = List.of("says", "said", "wrote", "commented", "replied");
    private static final Pattern COMMENTER = Pattern.compile(
            "(\\d+\\.\\s*)?\\p{Lu}[\\p{L}\\p{N}.'’ -]{0,40}? (" + String.join("|", COMMENT_VERBS) + "):?");

    static boolean commenter(String trimmed) {
        return trimmed.length() <= 60 && COMMENTER.matcher(trimmed).matches();
    }

    /** A commenter's name or handle alone on a line: "Jess Jones", "Casey E.A.", "arbaz", "1. Chris S". */
    private static final String COMMENTER_NAME_RE =
            "(\\d+\\.\\s*)?(\\p{Lu}[\\p{L}.'’-]*( \\p{Lu}[\\p{L}.'’-]*){0,3}|[\\p{L}][\\p{L}\\p{N}_.-]{2,24})";
    private static final Pattern COMMENTER_NAME = Pattern.compile(COMMENTER_NAME_RE);

    static boolean commenterName(String trimmed) {
        return trimmed.length() <= 40 && COMMENTER_NAME.matcher(trimmed).matches() && nameNotWord(trimmed);
    }

    /** A single word is a name or handle only if it is no common word ("edited", "Updated", "asked"). */
    private static boolean nameNotWord(String name) {
        return name.indexOf(' ') > 0 || !io.github.unmangle.lang.Lexicon.english().isCommonWord(name.toLowerCase(Locale.ROOT));
    }

    /** The heading of a comment thread or a numbered entry's number: "244 thoughts on “…”", "Comments (3)", "Older Comments", "1.". */
    private static final Pattern COMMENT_HEADING = Pattern.compile(
            "(\\d+|no|one) (thoughts?|comments?|responses?|replies|reactions?)( (on|to) .{0,200})?|(reader |newer |older )?comments?( \\(\\d+\\))?"
            + "|join the (discussion|conversation)|leave a (comment|reply).{0,40}|discussion|\\d+\\.",
            Pattern.CASE_INSENSITIVE);

    static boolean commentHeading(String trimmed) {
        return trimmed.length() <= 260 && COMMENT_HEADING.matcher(trimmed).matches();
    }

    private static final String MONTH = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?"
            + "|nov(ember)?|dec(ember)?)\\.?";
    private static final String WEEKDAY = "(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?";
    /** A date with its month in words: "July 14th, 2015", "14 July 2015", "Sept. 3 2020". */
    private static final String WRITTEN_DATE = MONTH + "\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}";
    /** A date in words, ISO ("2015-07-14") or with slashes ("7/14/2015"). */
    private static final String DATE = WRITTEN_DATE + "|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4}";

    /** A time stamp line: "July 14, 2015 at 3:53 pm", "14 July 2015", "07/14/2015 8:28", "2 years ago". */
    private static final String TIME_STAMP_RE =
            "((on )?(" + WEEKDAY + ",? )?(" + WRITTEN_DATE + "|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4})"
            + "(,? (at )?\\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?)?|(about )?(an?|\\d+) (seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago)"
            + "( - edited)?( [|•·] (reply|permalink|link))?";
    private static final Pattern TIME_STAMP = Pattern.compile(TIME_STAMP_RE, Pattern.CASE_INSENSITIVE);

    static boolean timeStamp(String trimmed) {
        return trimmed.length() <= 60 && TIME_STAMP_OPENINGS.mayBegin(trimmed, 0, trimmed.length()) && TIME_STAMP.matcher(trimmed).matches();
    }

    private static final PairOpenings TIME_STAMP_OPENINGS = new PairOpenings(TIME_STAMP);

    /** A commenter's name and time stamp on one line: "Utsab 7/11/2021 at 12:36am", "Jess Jones 2 years ago". */
    private static final Pattern NAMED_STAMP = Pattern.compile("(" + COMMENTER_NAME_RE + ") (?i:" + TIME_STAMP_RE + ")");

    /** The name before a time stamp on a line that holds just the two ({@link #NAMED_STAMP}), or null (also when it is one common word). */
    static String stampedName(String trimmed) {
        if (trimmed.length() > 100) {
            return null;
        }
        Matcher m = NAMED_STAMP.matcher(trimmed);
        return m.matches() && m.end(1) <= 40 && nameNotWord(m.group(1)) ? m.group(1) : null;
    }

    /** Bylines ("By Ryan Racca", "Written by A and B", "By A | June 3, 2020", "Reporting by A in London; Editing by B"). */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i:by|written by|words by|(additional )?reporting by|posted by|author:?)\\s+\\p{Lu}[\\p{L}.'-]*(\\s+(\\p{Lu}[\\p{L}.'-]*|van|de|von|da|and|&|,))"
            + "{0,6}( in \\p{Lu}[\\p{L}.'-]*( \\p{Lu}[\\p{L}.'-]*){0,2})?\\s*([|,;•·–—-].{0,60})?");

    private static final Pattern WIRE_CREDIT = Pattern.compile("\\((?i:additional )?(?i:reporting by) ");

    /**
     * A story's credit to its other reporters, at its end: "Jane Doe contributed to this report.", "The Associated Press
     * contributed reporting from Washington.", "Staff writer John Roe contributed to this story." (names, in capitals, and
     * a reporter's title).
     */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(,?\\s+(\\p{Lu}[\\p{L}.'’-]*|of|the|and|&|staff|writers?|reporters?|correspondents?)){0,8}"
            + "\\s+contributed (additional )?(reporting|to this (report|story|article))( (from|in) \\p{Lu}[\\p{L}.'’-]*( \\p{Lu}[\\p{L}.'’-]*){0,2})?"
            + "( to this (report|story|article))?\\.?");

    /**
     * A name and the writer's title, as a byline under a headline: "Jane Doe | Senior Reporter", "Jane Doe, Staff Writer",
     * "John Roe — Political Correspondent at Example News".
     */
    private static final Pattern TITLED_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]+( \\p{Lu}[\\p{L}.'’-]+){1,2}\\s*[,|•·–—-]\\s*(?i:((senior|staff|chief|political|business|technology|tech|science"
            + "|health|sports|foreign|white house|contributing|deputy|managing|associate|assistant|national|investigative|news|special"
            + "|freelance|data|features|opinion|culture|breaking news|economics|legal|education|travel|food) )*(reporter|writer|correspondent"
            + "|editor|contributor|columnist|journalist|critic)( at .{1,40})?)");

    /** Whether {@code trimmed} is a name and a writer's title ({@link #TITLED_NAME}). */
    static boolean titledName(String trimmed) {
        return trimmed.length() < 100 && TITLED_NAME.matcher(trimmed).matches();
    }

    /**
     * Whether {@code trimmed} is a relative time alone, as a story's stamp under its headline: "2 hours ago" (a date line,
     * read where date lines are: among a text's first and last lines, read again on the text as kept, so that a second
     * cleaning finds none left; asked only at the edges, the window's next stamp was left to a second cleaning).
     */
    static boolean relativeTime(String trimmed) {
        return trimmed.length() < 24 && AGO.matcher(trimmed.toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether {@code trimmed} credits the story's other reporters, a sentence in form ({@link #CONTRIBUTED}). */
    static boolean contributed(String trimmed) {
        return trimmed.length() < 160 && trimmed.contains(" contributed ") && CONTRIBUTED.matcher(trimmed).matches();
    }

    static boolean byline(String trimmed) {
        if (trimmed.length() > 2 && trimmed.charAt(0) == '(' && trimmed.charAt(trimmed.length() - 1) == ')'
                && WIRE_CREDIT.matcher(trimmed).lookingAt()) {
            // a wire story's credit in brackets: "(Reporting by …; Editing by …)"; not a quotation's "(By Joe Sloan)", whose
            // file of quotations read as a page's furniture at its head once that went (bench/prose-probe.sh)
            trimmed = trimmed.substring(1, trimmed.length() - 1).strip();
        }
        if (trimmed.length() >= 120 || trimmed.length() < 5 || "bBwWrRpPaA".indexOf(trimmed.charAt(0)) < 0) {
            return false; // every byline form starts with by, written, words, reporting, posted or author
        }
        return BYLINE.matcher(trimmed).matches();
    }

    /** A line that is only a date or time stamp, maybe with "Published"/"Updated". */
    private static final Pattern DATELINE = Pattern.compile(
            // (the time first too, as CNN sets it: "Updated 6:12 PM ET, Wed June 10, 2020")
            "((published|updated|posted|last updated|modified)( on| at)?:?\\s*)?(\\d{1,2}[:.]\\d\\d\\s*([ap]\\.?m\\.?)?(\\s*[a-z]{2,4})?,?\\s*)?"
            + "(" + WEEKDAY + "\\.?,?\\s*)?(" + DATE + ")"
            + "([\\sT,|at]*\\d{1,2}[:.]\\d\\d(\\s*[ap]\\.?m\\.?)?(\\s*[A-Z]{2,4})?)?(\\s+(utc|gmt)\\.?)?\\s*([|•·–—-]\\s*\\p{L}.{0,40})?",
            Pattern.CASE_INSENSITIVE);

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A time-stamped update note ("11/8, 7:16 pm ET Updated: Added …", "Update: …"). */
    private static final Pattern UPDATE_NOTE = Pattern.compile(
            "(\\d{1,2}/\\d{1,2}(/\\d{2,4})?,?\\s*)?(\\d{1,2}[:.]\\d\\d\\s*([ap]\\.?m\\.?)?\\s*([a-z]{2,4}\\s*)?)?(last )?updated?\\s*:.{0,200}");

    /** An item that ends with a date ("… - 21 February 2023", "… (May 6, 2025)"): an entry of a list of articles. */
    private static final Pattern ENDS_WITH_DATE = Pattern.compile(
            "(?i:\\S[\\s(|,–—-]\\s*(" + DATE + ")\\)?$)");

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code text[from, to)} (a trimmed line) ends with a date; read in place. */
    static boolean endsWithDate(CharSequence text, int from, int to) {
        int n = to - from;
        if (n < 12 || n >= 200) {
            return false;
        }
        // every date form ends with two digits or more (a year, or ISO's day), then perhaps a closing bracket
        int end = text.charAt(to - 1) == ')' ? to - 1 : to;
        if (!digit(text.charAt(end - 1)) || !digit(text.charAt(end - 2))) {
            return false;
        }
        // look only at the tail: the date and its separator are at most ~30 characters
        java.util.regex.Matcher m = ENDS_WITH_DATE.matcher(text);
        m.region(Math.max(from, to - 32), to);
        return m.find();
    }

    /** What a stamp says before its date: "Published", "Last updated on", "Modified:" (not "Posted": a forum post's, in the gold of some forums). */
    private static final Pattern STAMP = Pattern.compile("(first |originally )?(published|updated|last updated|last modified|modified)( on| at)?:?\\s+");
    /** A relative time: "6 days ago", "an hour ago". */
    private static final Pattern AGO = Pattern.compile("(\\d+|an?|one) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago");

    /**
     * Whether {@code c[from, to)} may be a {@link #stamp}, read in place: it begins as one of the
     * stamps' words begins and holds a digit or ends with "ago". (Every line is asked; a copy, a
     * lowercase copy and a regular expression for each cost 8% of the pass's time.)
     */
    static boolean mayBeStamp(char[] c, int from, int to) {
        char f = (char) (c[from] | 0x20);
        if (f != 'p' && f != 'u' && f != 'l' && f != 'm' && f != 'f' && f != 'o') {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (c[i] >= '0' && c[i] <= '9') {
                return true;
            }
        }
        return to - from > 3 && (c[to - 3] | 0x20) == 'a' && (c[to - 2] | 0x20) == 'g' && (c[to - 1] | 0x20) == 'o';
    }

    /**
     * A line that says it is a stamp, with its date or time alone after it ("Published 6 days ago",
     * "Updated: January 2, 2025, 9:06am CST"): a date line wherever it stands.
     */
    static boolean stamp(String trimmed) {
        if (trimmed.length() >= 90) {
            return false;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = STAMP.matcher(lower);
        if (!m.lookingAt()) {
            return false;
        }
        String rest = lower.substring(m.end());
        return AGO.matcher(rest).matches() || (hasDigit(rest) && DATELINE.matcher(rest).matches());
    }

    /** A date, maybe with its weekday and time ("Tue, July 13, 2025 at 7:38 PM EST", "10/12/2023 7:38:01 PM", "20 January,2026"). */
    private static final String STAMPED_DATE = "(" + WEEKDAY + ",?\\s+)?(" + MONTH + "\\s+\\d{1,2}(st|nd|rd|th)?,?\\s*\\d{4}|\\d{1,2}(st|nd|rd|th)?\\s+" + MONTH
            + ",?\\s*\\d{4}|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4})(,?\\s*(at\\s+)?\\d{1,2}:\\d\\d(:\\d\\d)?(\\s*[ap]\\.?m\\.?)?(\\s*[A-Z]{2,4}\\b)?)?";
    /** A reading time: "7 min read", "3 minute read", "Reading time: 4 minutes". */
    private static final String READING_TIME = "\\d+\\s*(minutes?|mins?)\\b(\\s+read(ing)?)?|read(ing)?\\s+time:?\\s*\\d+\\s*(minutes?|mins?)\\b";
    /** What a byline's pieces must include: a date or a reading time. */
    private static final Pattern BYLINE_ANCHOR = Pattern.compile(STAMPED_DATE + "|" + READING_TIME, Pattern.CASE_INSENSITIVE);
    /** The pieces of a byline that are not names: dates, reading times, stamp words, "by", counts of comments. */
    private static final Pattern BYLINE_PIECE = Pattern.compile(STAMPED_DATE + "|" + READING_TIME
            + "|(first |originally )?(published|updated|last updated|posted|last modified|modified)(\\s+(on|at))?:?"
            + "|\\bby\\b|\\bon\\b|\\b\\d+\\s+(comments?|responses?|replies|views|shares)\\b|\\bno comments\\b|[|·•—–,/]|\\s-\\s|^\\s*-",
            Pattern.CASE_INSENSITIVE);
    /** Names' particles ("Jan van Eyck", "Ana de la Cruz") and the word between two names. */
    private static final Set<String> NAME_PARTICLES = Set.of("and", "&", "de", "van", "von", "da", "del", "la", "le", "di", "du", "der", "den");
    /** Words of names a compound byline leaves when its other pieces are taken out, at most. */
    static final int BYLINE_NAME_WORDS = 5;

    /** How months and weekdays begin (three letters), where {@link #BYLINE_ANCHOR} may match. */
    private static final Set<String> DATE_WORD_STARTS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "rea");

    /**
     * Whether {@link #BYLINE_ANCHOR} matches somewhere in {@code s}, tried only where it can begin:
     * at a number and at a word (or a capital glued to one) that begins as a month, a weekday or
     * "reading" does (a search at every character was a byline check's whole cost).
     */
    private static boolean hasBylineAnchor(String s) {
        Matcher m = BYLINE_ANCHOR.matcher(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // (a word's start, or a capital glued to a word: "Jeffrey ZeldmanNovember 20, 2007", "Updated onFebruary 16")
            boolean start = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) || Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
            if (!start) {
                continue;
            }
            boolean candidate = c >= '0' && c <= '9'
                    || Character.isLetter(c) && i + 3 <= s.length() && DATE_WORD_STARTS.contains(s.substring(i, i + 3).toLowerCase(Locale.ROOT));
            if (candidate && m.region(i, s.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What every date and reading time of a byline holds, read in one pass: four digits in a row (a
     * year), a digit between slashes ("10/12/23") or "min" after a digit.
     */
    private static boolean yearOrMinutes(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits == 4) {
                    return true;
                }
            } else {
                if (digits > 0 && (c == '/' || (c | 0x20) == 'm' && i + 2 < s.length() && (s.charAt(i + 1) | 0x20) == 'i' && (s.charAt(i + 2) | 0x20) == 'n')) {
                    return true;
                }
                if (digits > 0 && c == ' ' && i + 3 < s.length() && (s.charAt(i + 1) | 0x20) == 'm' && (s.charAt(i + 2) | 0x20) == 'i' && (s.charAt(i + 3) | 0x20) == 'n') {
                    return true;
                }
                digits = 0;
            }
        }
        return false;
    }

    /**
     * A byline of several pieces: a date or a reading time, with names, stamp words, "by" and
     * counts of comments, in any order and between any separators ("Kristian Larsen July 13, 2025 —
     * 7 minutes read", "109 Comments | Jill Winger | Last Updated: March 11, 2019", "0 · by Dennis
     * Moons · Updated on 8 January 2026"). What is left once the pieces are taken out must be at
     * most {@value #BYLINE_NAME_WORDS} capitalised words (names), two at least unless "by" or a stamp
     * word names them: a sentence with a date ("On March 3, 2021 the council voted") leaves its
     * lowercase words, a forum post's stamp its number ("January 28, 2024, 4:31pm 2"), a coupon its
     * "Expires".
     */
    static boolean compoundByline(String trimmed) {
        if (trimmed.length() >= 160 || trimmed.length() < 8 || !yearOrMinutes(trimmed) || trimmed.endsWith(":") || trimmed.regionMatches(true, trimmed.length() - 3, " by", 0, 3)
                || !hasBylineAnchor(trimmed)) {
            return false; // (a line that ends in ":" or "by" introduces the next: "2025-12-19:", "June 17, 2025 by")
        }
        Matcher m = BYLINE_PIECE.matcher(trimmed);
        StringBuilder rest = new StringBuilder();
        boolean by = false;
        while (m.find()) {
            String piece = m.group();
            by |= piece.length() > 1 && Character.isLetter(piece.charAt(0)) && !piece.equalsIgnoreCase("on") && !BYLINE_ANCHOR.matcher(piece).matches();
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        int words = 0;
        for (String w : rest.toString().split("\\s+")) {
            String core = w.replaceAll("^[(\\[]+|[)\\].:]+$", "");
            if (core.isEmpty()) {
                continue;
            }
            if (++words > BYLINE_NAME_WORDS) {
                return false;
            }
            if (!Character.isUpperCase(core.charAt(0)) && !NAME_PARTICLES.contains(core.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        // a name is two words or more, or follows "by" or a stamp word ("Expires 01/01/26" is none)
        return words == 0 || words >= 2 || by;
    }

    static boolean dateline(String trimmed) {
        if (trimmed.length() >= 240 || !hasDigit(trimmed) && !trimmed.regionMatches(true, 0, "update", 0, 6)
                && !trimmed.regionMatches(true, 0, "last update", 0, 11)) {
            return false; // dates have digits; undated notes start with "Update"
        }
        // (each pattern only where the line's first characters allow: a line that neither may begin is never lowercased)
        boolean mayBeDate = trimmed.length() < 90 && DATELINE_OPENINGS.mayBeginLowered(trimmed, 0, trimmed.length());
        boolean mayBeNote = UPDATE_NOTE_OPENINGS.mayBeginLowered(trimmed, 0, trimmed.length());
        if (!mayBeDate && !mayBeNote) {
            return false;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return (mayBeDate && DATELINE.matcher(lower).matches()) || (mayBeNote && UPDATE_NOTE.matcher(lower).matches());
    }

    private static final PairOpenings DATELINE_OPENINGS = new PairOpenings(DATELINE);
    private static final PairOpenings UPDATE_NOTE_OPENINGS = new PairOpenings(UPDATE_NOTE);
}
