package io.github.unmangle.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class FencesTest {
    /** A block runs from its opening fence's line to the closing one's (as many of the same mark, or more, and nothing after). */
    @Test
    void blocksRunFromFenceToFence() {
        String t = "text\n```sh\na ``` b\n~~~\n```\nafter\n";
        int open = t.indexOf("```sh");
        int close = t.indexOf("```\nafter") + 3;
        assertArrayEquals(new int[] {open, close}, Fences.blocks(t));
        // a tilde fence is closed by tildes only, a longer fence by as many; indented four spaces, a line is no fence
        String u = "~~~~\ncode\n~~~\nstill code\n~~~~~\nprose\n    ```\nprose\n";
        assertArrayEquals(new int[] {0, u.indexOf("~~~~~") + 5}, Fences.blocks(u));
    }

    /** A fence never closed runs to the end of the text; a text without fences has no blocks. */
    @Test
    void anOpenFenceRunsToTheEnd() {
        String t = "intro\n   ```\ncode ( x )\n";
        assertArrayEquals(new int[] {6, t.length()}, Fences.blocks(t));
        assertArrayEquals(new int[0], Fences.blocks("no ``fences'' here, and ``` inside a line opens none\n"));
    }
}
