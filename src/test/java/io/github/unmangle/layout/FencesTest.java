package io.github.unmangle.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class FencesTest {
    /** The blocks of {@code t} as a {@link Fences.Reader} reads its lines: start and end offsets (end: the closing fence's line's end), flattened. */
    private static int[] blocks(String t) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        Fences.Reader r = new Fences.Reader();
        int n = t.length();
        int blockStart = -1;
        for (int s = 0, e; s < n; s = e + 1) {
            e = t.indexOf('\n', s);
            e = e < 0 ? n : e;
            if (r.inBlock(t, s, e)) {
                blockStart = blockStart < 0 ? s : blockStart;
                if (!r.open()) { // closed on this line
                    out.add(blockStart);
                    out.add(e);
                    blockStart = -1;
                }
            }
        }
        if (blockStart >= 0) {
            out.add(blockStart);
            out.add(n);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A block runs from its opening fence's line to the closing one's (as many of the same mark, or more, and nothing after). */
    @Test
    void blocksRunFromFenceToFence() {
        String t = "text\n```sh\na ``` b\n~~~\n```\nafter\n";
        int open = t.indexOf("```sh");
        int close = t.indexOf("```\nafter") + 3;
        assertArrayEquals(new int[] {open, close}, blocks(t));
        // a tilde fence is closed by tildes only, a longer fence by as many; indented four spaces, a line is no fence
        String u = "~~~~\ncode\n~~~\nstill code\n~~~~~\nprose\n    ```\nprose\n";
        assertArrayEquals(new int[] {0, u.indexOf("~~~~~") + 5}, blocks(u));
    }

    /**
     * After a fence, an info string names the code's language ("```c++", "~~~ {r}"); marks there open no block: html2text
     * writes a struck-out empty link as "~~~~__", and a page's text after it was read as code to its end.
     */
    @Test
    void aFenceIsFollowedByNothingOrAnInfoString() {
        String t = "~~~~__\nprose\n~~~~__\nmore\n```c++\nint x;\n```\n~~~ {r}\nx <- 1\n~~~\n";
        int cpp = t.indexOf("```c++");
        int r = t.indexOf("~~~ {r}");
        assertArrayEquals(new int[] {cpp, t.indexOf("```\n~~~") + 3, r, t.length() - 1}, blocks(t));
    }

    /** A fence never closed runs to the end of the text; a text without fences has no blocks. */
    @Test
    void anOpenFenceRunsToTheEnd() {
        String t = "intro\n   ```\ncode ( x )\n";
        assertArrayEquals(new int[] {6, t.length()}, blocks(t));
        assertArrayEquals(new int[0], blocks("no ``fences'' here, and ``` inside a line opens none\n"));
    }

    /**
     * reStructuredText's literal block: after a paragraph that ends with "::" and a blank line, the lines indented deeper
     * than that paragraph, blank lines among them, up to the first line that is not; without the blank line the
     * paragraph goes on, and a line indented no deeper ends the block.
     */
    @Test
    void aLiteralBlockFollowsADoubleColon() {
        String t = "  Copy them::\n\n    aws s3 cp s3://b . \\\n\n      --recursive\n  Then read::\n    not a block\n\n  Done::\n\n  no deeper\n";
        Fences.Reader r = new Fences.Reader();
        java.util.List<Boolean> in = new java.util.ArrayList<>();
        for (String line : t.split("\n", -1)) {
            in.add(r.inBlock(line, 0, line.length()));
        }
        assertArrayEquals(new Boolean[] {false, false, true, true, true, false, false, false, false, false, false, false},
                in.subList(0, 12).toArray(new Boolean[0]));
    }
}
