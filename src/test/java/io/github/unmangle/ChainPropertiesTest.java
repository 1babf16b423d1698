package io.github.unmangle;

import io.github.unmangle.cli.Main;
import io.github.unmangle.core.Cleaned;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the whole default chain, over the seeds and every text input under testdata/:
 * cleaning twice equals cleaning once, and a run leaves every original byte-identical.
 */
class ChainPropertiesTest {
    private static Pipeline chain;

    @BeforeAll
    static void build() {
        PassRegistry reg = PassRegistry.load();
        chain = Pipeline.build(reg, reg.defaultChain());
    }

    static Stream<Path> inputs() throws IOException {
        Stream<Path> seeds = Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".txt") && !earlierOutput(p)).sorted();
        Stream<Path> testdata = Files.walk(Path.of("testdata"))
                .filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt") && Files.isReadable(p))
                .filter(p -> !p.getFileName().toString().startsWith("README") && !earlierOutput(p))
                .sorted();
        return Stream.concat(seeds, testdata);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void cleaningTwiceEqualsCleaningOnce(Path input) throws IOException {
        String text = Files.readString(input);
        Cleaned once = chain.clean(input.toString(), text);
        Cleaned twice = chain.clean(input.toString(), once.text());
        assertEquals(once.text(), twice.text(), () -> "second run still edits: " + twice.passes().stream()
                .flatMap(r -> r.edits().stream()).limit(5).toList());
    }

    @Test
    void aRunLeavesEveryOriginalByteIdentical(@TempDir Path dir) throws Exception {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        Map<Path, String> before = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.filter(x -> !earlierOutput(x)).toList()) {
                Path copy = seeds.resolve(p.getFileName());
                Files.copy(p, copy);
                before.put(copy, sha256(copy));
            }
        }
        var oldIn = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0]));
        try {
            assertEquals(0, Main.execute("clean", "-q", seeds.toString()));
        } finally {
            System.setIn(oldIn);
        }
        for (Map.Entry<Path, String> e : before.entrySet()) {
            assertEquals(e.getValue(), sha256(e.getKey()), e.getKey() + " was modified");
            String name = e.getKey().getFileName().toString().replace(".txt", ".clean.txt");
            assertTrue(Files.exists(seeds.resolve(name)), name + " missing");
        }
        List<Path> leftovers;
        try (Stream<Path> s = Files.list(seeds)) {
            leftovers = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
        assertEquals(List.of(), leftovers);
    }

    /** Outputs of an earlier run in the working tree (README's first command writes seeds/*.clean.txt) are not inputs. */
    /** An output of an earlier run, or the stamp it left beside its outputs. */
    private static boolean earlierOutput(Path p) {
        return io.github.unmangle.io.InputFile.isOutputName(p.getFileName().toString(), "clean") || p.getFileName().toString().equals(".unmangle-state");
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
