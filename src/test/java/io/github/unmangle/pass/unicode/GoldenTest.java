package io.github.unmangle.pass.unicode;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Runs every golden case of testdata/unicode: expected output and expected edits. */
class GoldenTest {

    static List<String> cases() throws IOException {
        return Golden.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goldenCase(String name) {
        String in = Golden.read(Golden.DIR.resolve(name + ".in.txt"));
        String out = Golden.read(Golden.DIR.resolve(name + ".out.txt"));
        List<String> expected = new ArrayList<>();
        for (String line : Golden.read(Golden.DIR.resolve(name + ".edits.txt")).split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                String[] f = line.split("\t", -1);
                expected.add(f[0] + " [" + Golden.unescape(f[1]) + "] -> [" + Golden.unescape(f[2]) + "]");
            }
        }
        Cleaned c = Golden.clean(in);
        List<String> actual = new ArrayList<>();
        for (Edit e : c.passes().get(0).edits()) {
            assertEquals("unicode", e.pass());
            assertFalse(e.reason().isBlank(), "every edit has a reason");
            actual.add(e.rule() + " [" + e.before() + "] -> [" + e.after() + "]");
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), name + ": edits");
        assertEquals(out, c.text(), name + ": output");
    }
}
