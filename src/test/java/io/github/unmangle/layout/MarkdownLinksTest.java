package io.github.unmangle.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MarkdownLinksTest {
    private static String words(String t) {
        return t.trim().replaceAll("\\s+", " ");
    }

    /** A link keeps its text, an image and an address in angle brackets go; every offset stays. */
    @Test
    void linksKeepTheirTextImagesGo() {
        String t = "See [the report](https://x.org/r \"The report\") and ![logo](/img/logo.png) at <https://x.org>.\n"
                + "* [Home](/) [Log in](javascript:login\\(1\\);)\n[ ![CNN](/cnn.gif) ](/POLITICS/)\n";
        String m = MarkdownLinks.masked(t);
        assertEquals(t.length(), m.length());
        assertEquals("See the report and at . * Home Log in", words(m));
    }

    /** Brackets that are no Markdown link (lynx's "[12](BUTTON)", a footnote, a citation) are left; a text without links has no mask. */
    @Test
    void otherBracketsStay() {
        assertNull(MarkdownLinks.masked("A footnote [1] and a citation (Smith, 2019)."));
        String lynx = "   [12](BUTTON) Search [3]Home\n";
        assertEquals(lynx, MarkdownLinks.masked(lynx) == null ? lynx : MarkdownLinks.masked(lynx));
    }
}
