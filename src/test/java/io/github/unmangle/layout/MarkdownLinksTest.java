package io.github.unmangle.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MarkdownLinksTest {
    private static String words(String t) {
        return t.trim().replaceAll("\\s+", " ");
    }

    /** {@code t} masked keeps every offset and reads as {@code words}. */
    private static void assertMasked(String t, String words) {
        String m = MarkdownLinks.masked(t);
        assertEquals(t.length(), m.length());
        assertEquals(words, words(m));
    }

    /** A link keeps its text, an image and an address in angle brackets go; every offset stays. */
    @Test
    void linksKeepTheirTextImagesGo() {
        String t = "See [the report](https://x.org/r \"The report\") and ![logo](/img/logo.png) at <https://x.org>.\n"
                + "* [Home](/) [Log in](javascript:login\\(1\\);)\n[ ![CNN](/cnn.gif) ](/POLITICS/)\n";
        assertMasked(t, "See the report and at . * Home Log in");
    }

    /**
     * On a page with links, a heading's marks and strong emphasis's go too ("#### Recent Posts", "**Related**"); "C#", a
     * hashtag, a bullet's star, a product of two numbers and marks on a page without links stay.
     */
    @Test
    void headingAndStrongMarksGoOnAPageWithLinks() {
        String t = "[Home](/)\n#### Recent Posts\n## Share this ##\n  ### See **Related** and **jdoe** on Sep 21 said:\n"
                + "Learn C# today #SOTD\n* item 2 ** 3 = 8\n####### seven\n";
        assertMasked(t, "Home Recent Posts Share this See Related and jdoe on Sep 21 said: Learn C# today #SOTD * item 2 ** 3 = 8 ####### seven");
        assertNull(MarkdownLinks.masked("#### Recent Posts\n**Related**\n"));
    }

    /** Brackets that are no Markdown link (lynx's "[12](BUTTON)", a footnote, a citation) are left; a text without links has no mask. */
    @Test
    void otherBracketsStay() {
        assertNull(MarkdownLinks.masked("A footnote [1] and a citation (Smith, 2019)."));
        String lynx = "   [12](BUTTON) Search [3]Home\n";
        assertEquals(lynx, MarkdownLinks.masked(lynx) == null ? lynx : MarkdownLinks.masked(lynx));
    }
}
