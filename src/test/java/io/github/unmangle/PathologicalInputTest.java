package io.github.unmangle;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Scraped text holds what no writer types: a link whose address runs 100,000 characters, a line of brackets, of quotes,
 * of escapes, of combining marks; a paragraph of two million characters on one line. Every pass (spin too) cleans each
 * such input in a thread with a small stack (256 KiB, a quarter of a worker's default), where a regular expression that
 * recurses once per character overflows; the text comes back, and cleaning it again changes nothing more. The timeout is
 * a hang guard, no speed figure: each input takes well under a second on a small machine, and work that grows with the
 * square of a line's length took minutes on the longest of these (a run of 100,000 combining marks cleaned again: 124 s;
 * a line of Cyrillic letters, each a possible start of mojibake, looked for its line's end from every one).
 */
class PathologicalInputTest {
    private static Pipeline chain;

    /** A small stack: recursion per character shows at this input size on any JIT. */
    static final long STACK = 256 * 1024;
    static final int N = 100_000;

    @BeforeAll
    static void build() {
        PassRegistry reg = PassRegistry.load();
        List<String> all = new ArrayList<>(reg.defaultChain());
        if (!all.contains("spin")) {
            all.add("spin");
        }
        chain = Pipeline.build(reg, all);
    }

    static Stream<String[]> inputs() {
        String prose = "The council met on Tuesday to discuss the new budget for the coming year.\n\n";
        return Stream.of(
                new String[] {"a Markdown link with a long address", prose + "[text](https://example.com/" + "y".repeat(N) + ")\n"},
                new String[] {"a Markdown image with a long address", prose + "![img](/images/" + "y".repeat(N) + ".png)\n"},
                new String[] {"a link address of escapes", prose + "[text](/a" + "\\(".repeat(N / 2) + ")\n"},
                new String[] {"a line of brackets", prose + "[".repeat(N) + "\n"},
                new String[] {"a line of link openings", prose + "](".repeat(N / 2) + "\n"},
                new String[] {"nested parentheses", prose + "(".repeat(N / 2) + ")".repeat(N / 2) + "\n"},
                new String[] {"LaTeX quotes", prose + "``".repeat(N / 2) + "''".repeat(N / 2) + "\n"},
                new String[] {"spaced full stops", prose + ". ".repeat(N / 2) + "\n"},
                new String[] {"one long line of words", prose + "word ".repeat(N / 5) + "\n"},
                new String[] {"entities", prose + "&amp;".repeat(N / 5) + "&#8217".repeat(N / 10) + "\n"},
                new String[] {"mojibake", prose + "Ã©".repeat(N / 2) + "\n"},
                new String[] {"combining marks", prose + "a" + "\u0301".repeat(N) + "\n"},
                // (a text's HTML tags and its code points are read with patterns over the whole text: a word boundary there
                // walked back over the marks from each of them, minutes)
                new String[] {"combining marks after an HTML tag", prose + "It was <b>late</b>.\n\na" + "\u0301".repeat(N) + "\n"},
                new String[] {"combining marks after a code point", prose + "The mark U+0301 follows.\n\na" + "\u0301".repeat(N) + "\n"},
                // (a brace on a text browser's list of link elements is no markup talk: each one read back to the line's start)
                new String[] {"a link-element line of braces before a tag", "#alternate " + "{ ".repeat(N / 2) + "\n\n" + prose
                        + "It was <em>late</em>.\n"},
                new String[] {"zero-width characters", prose + "a\u200B".repeat(N / 2) + "\n"},
                new String[] {"a hyphen chain", prose + "a-".repeat(N / 2) + "\n"},
                new String[] {"a long address", prose + "http://example.com/" + "a/".repeat(N / 2) + "\n"},
                new String[] {"spaces between two words", prose + "a" + " ".repeat(N) + "b\n"},
                new String[] {"many short lines", prose + "Home\n".repeat(N / 5)},
                new String[] {"backspaces", prose + "_\b".repeat(N / 2) + "\n"},
                new String[] {"spintax", prose + "{a|".repeat(N / 3) + "}\n"},
                new String[] {"a long line of Cyrillic", prose + numbered("Привет всем, в этой статье вы видите всё, %d. ", 2_000_000) + "\n"},
                new String[] {"a long line of LaTeX quotes", prose + numbered("``Hello'' he said , `` yes '' , %d . ", 2_000_000) + "\n"});
    }

    /** A sentence with a number that counts up, repeated to {@code chars} characters (no line repeats another). */
    private static String numbered(String format, int chars) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; sb.length() < chars; k++) {
            sb.append(String.format(format, k));
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyPassCleansItOnASmallStack(String name, String text) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> out = new AtomicReference<>();
        AtomicReference<String> again = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                Cleaned once = chain.clean(name, text);
                out.set(once.text());
                again.set(chain.clean(name, once.text()).text());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "pathological", STACK);
        worker.setDaemon(true); // (a hang stops the test, not the run)
        worker.start();
        worker.join();
        assertNull(failure.get(), () -> name + ": " + failure.get());
        assertNotNull(out.get());
        assertEquals(out.get(), again.get(), name + ": a second cleaning still edits");
    }
}
