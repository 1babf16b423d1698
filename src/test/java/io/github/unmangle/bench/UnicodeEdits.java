package io.github.unmangle.bench;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.Edit;
import io.github.unmangle.core.Flag;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the unicode pass alone over files or directories and prints every edit (file, line:col,
 * rule, before → after), then counts per rule. With {@code --rule NAME} only that rule's edits
 * are printed (e.g. {@code --rule line-join} to audit joins on boilerplate-dev pages).
 * Usage: bench/java.sh io.github.unmangle.bench.UnicodeEdits [--rule R] [--quiet] PATH...
 */
public final class UnicodeEdits {
    public static void main(String[] args) throws Exception {
        String only = null;
        boolean quiet = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rule")) {
                only = args[++i];
            } else if (args[i].equals("--quiet")) {
                quiet = true;
            } else {
                Path p = Path.of(args[i]);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p)) {
                        s.filter(Files::isRegularFile).sorted().forEach(files::add);
                    }
                } else {
                    files.add(p);
                }
            }
        }
        Pipeline pipe = Pipeline.build(PassRegistry.load(), List.of("unicode"));
        Map<String, Integer> perRule = new TreeMap<>();
        Map<String, Integer> filesPerRule = new TreeMap<>();
        int flags = 0;
        int notIdempotent = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            Cleaned c = pipe.clean(f.toString(), text);
            Cleaned again = pipe.clean(f.toString(), c.text());
            if (!again.text().equals(c.text())) {
                notIdempotent++;
                System.out.println("NOT IDEMPOTENT " + f + ": second run " + again.passes().get(0).edits().stream()
                        .map(e -> e.rule() + " [" + esc(e.before()) + "]->[" + esc(e.after()) + "]").toList());
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Edit e : c.passes().get(0).edits()) {
                perRule.merge(e.rule(), 1, Integer::sum);
                if (seen.add(e.rule())) {
                    filesPerRule.merge(e.rule(), 1, Integer::sum);
                }
                if (!quiet && (only == null || only.equals(e.rule()))) {
                    String ctxBefore = text.substring(Math.max(0, e.start() - 40), e.start());
                    String ctxAfter = text.substring(e.end(), Math.min(text.length(), e.end() + 40));
                    System.out.printf("%s:%d:%d %s [%s] -> [%s]   ...%s|%s...%n", f.getFileName(), e.line(), e.column(),
                            e.rule(), esc(e.before()), esc(e.after()), esc(ctxBefore), esc(ctxAfter));
                }
            }
            for (Flag fl : c.passes().get(0).flags()) {
                flags++;
                if (!quiet && (only == null || only.equals(fl.rule()))) {
                    System.out.printf("%s:%d:%d FLAG %s [%s] %s%n", f.getFileName(), fl.line(), fl.column(), fl.rule(),
                            esc(fl.text()), fl.reason());
                }
            }
        }
        System.out.println("files: " + files.size() + ", flags: " + flags + ", changed again by a second run: "
                + notIdempotent);
        perRule.forEach((r, n) -> System.out.println("  " + r + ": " + n + " edits in " + filesPerRule.get(r) + " files"));
    }

    private static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || (c >= 0x2000 && c <= 0x200F) || c == 0xFEFF || c == 0xAD) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
