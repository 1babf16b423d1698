package io.github.unmangle.bench;

import java.util.HashMap;
import java.util.Map;

/** Arguments the harnesses share. */
final class BenchArgs {
    private BenchArgs() {
    }

    /** Adds {@code --opt PASS.KEY=VALUE}'s value (a pass's option other than its default, as the CLI's --PASS.KEY=VALUE) to {@code into}. */
    static void passOption(Map<String, Map<String, String>> into, String kv) {
        int dot = kv.indexOf('.');
        int eq = kv.indexOf('=');
        if (dot < 1 || eq < dot) {
            throw new IllegalArgumentException("--opt PASS.KEY=VALUE, not " + kv);
        }
        into.computeIfAbsent(kv.substring(0, dot), k -> new HashMap<>()).put(kv.substring(dot + 1, eq), kv.substring(eq + 1));
    }
}
