package io.github.unmangle.pass.unicode;

import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Shared helpers: the pass through the real registry, the golden cases, the seeds. */
final class Golden {
    static final Path DIR = Path.of("testdata/unicode");

    private Golden() {
    }

    static Cleaned clean(String text) {
        return clean(text, Map.of());
    }

    static Cleaned clean(String text, Map<String, String> options) {
        Pipeline p = Pipeline.build(PassRegistry.load(), List.of("unicode"), Map.of("unicode", options), Map.of());
        return p.clean("test", text);
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".in.txt"))
                    .map(n -> n.substring(0, n.length() - ".in.txt".length())).sorted().toList();
        }
    }

    /** The seeds: the project's seeds/ if present, else ../shared/seeds (or ../../shared/seeds from a worktree). */
    static List<Path> seeds() throws IOException {
        for (String d : new String[] {"seeds", "../shared/seeds", "../../shared/seeds"}) {
            Path dir = Path.of(d);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    List<Path> out = new ArrayList<>(s.filter(p -> p.toString().endsWith(".txt") && !io.github.unmangle.io.InputFile.isOutputName(p.getFileName().toString(), "clean")).sorted().toList());
                    if (!out.isEmpty()) {
                        return out;
                    }
                }
            }
        }
        return List.of();
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '\\' -> sb.append('\\');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("bad escape \\" + n + " in " + s);
            }
        }
        return sb.toString();
    }
}
