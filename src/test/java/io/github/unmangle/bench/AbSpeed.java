package io.github.unmangle.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds of one pass, timed side by side in one JVM: each build's classes (a {@code target/classes} folder) in a
 * class loader of its own, every text given to one build and then to the other (the order swapped each round), each
 * call's thread CPU time added to its build's total. This machine's speed swings by half within seconds (other
 * tenants), so builds timed one after the other, even alternating runs, could not tell 10% apart; timed text by text
 * they meet the same swings. Prints each build's MB/s, the ratio of the two, and the ratio per round (its spread says
 * how far to trust it). Before timing, each text's edits are compared between the builds (a note says on how many they
 * differ: a speed change should change none; flags and metrics are not compared, the pass's own harness does that).
 * One JVM's ratio is no measure on its own: a build's copy of the classes can keep worse compiled code for the whole run
 * (two copies of one build read 0.663 in one JVM and 1.006 in the next), so {@code bench/ab.sh} runs this in several
 * JVMs, the builds loaded in the other order in every second one, and gives the median of their ratios.
 *
 * <p>Usage: {@code bench/ab.sh OLD_CLASSES NEW_CLASSES PASS TEXT_DIR [--mb MB] [--rounds N]} (the texts: the .txt files
 * of TEXT_DIR; {@code bench/ab.sh} builds this project's classes and gives them as NEW_CLASSES when it is "-").
 */
public final class AbSpeed {
    /** One build's pass, called through its own class loader. */
    private static final class Build {
        final String name;
        final Object pass;
        final Method apply;
        final Method inputOf;
        long nanos;

        Build(String name, Path classes, List<URL> deps, String passName) throws Exception {
            this.name = name;
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            urls.addAll(deps);
            // (the platform loader as parent: the application's own copy of the classes is never seen)
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> registry = loader.loadClass("io.github.unmangle.core.PassRegistry");
            Object reg = registry.getMethod("load", ClassLoader.class).invoke(null, loader); // (its own passes, not the context loader's)
            Object factory = registry.getMethod("get", String.class).invoke(reg, passName);
            Class<?> factoryType = loader.loadClass("io.github.unmangle.core.PassFactory");
            Class<?> optionsType = loader.loadClass("io.github.unmangle.core.PassOptions");
            Object options = optionsType.getMethod("defaults", factoryType).invoke(null, factory);
            this.pass = factoryType.getMethod("create", optionsType).invoke(factory, options);
            Class<?> inputType = loader.loadClass("io.github.unmangle.core.PassInput");
            this.inputOf = inputType.getMethod("of", String.class, String.class);
            this.apply = loader.loadClass("io.github.unmangle.core.Pass").getMethod("apply", inputType);
        }

        /** Runs the pass on the text, its thread CPU time added; the result (a PassResult of this build's classes). */
        Object run(String text, ThreadMXBean mx) throws Exception {
            Object input = inputOf.invoke(null, "ab", text);
            long t0 = mx.getCurrentThreadCpuTime();
            Object result = apply.invoke(pass, input);
            nanos += mx.getCurrentThreadCpuTime() - t0;
            return result;
        }

        /** The result's edits as text (records print their fields): comparable across the two builds' classes. */
        static String edits(Object result) throws Exception {
            return String.valueOf(result.getClass().getMethod("edits").invoke(result));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: AbSpeed OLD_CLASSES NEW_CLASSES PASS TEXT_DIR [--mb MB] [--rounds N]");
            System.exit(2);
        }
        int mb = 20;
        int rounds = 10;
        for (int i = 4; i < args.length; i++) {
            switch (args[i]) {
                case "--mb" -> mb = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<URL> deps = new ArrayList<>();
        String cp = System.getProperty("ab.deps", "");
        for (String jar : cp.split(java.io.File.pathSeparator)) {
            if (!jar.isBlank()) {
                deps.add(Path.of(jar).toUri().toURL());
            }
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[3]))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            System.err.println("no .txt files in " + args[3]);
            System.exit(2);
        }
        long[] size = texts.stream().mapToLong(x -> x.getBytes(StandardCharsets.UTF_8).length).toArray();
        long all = Arrays.stream(size).sum();
        Build a = new Build("old", Path.of(args[0]), deps, args[2]);
        Build b = new Build("new", Path.of(args[1]), deps, args[2]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int differ = 0;
        for (String t : texts) { // warm-up: every text once through each (resources loaded, code compiled) ...
            // ... and the two builds' edits compared: a speed change should change no output (flags and metrics aside)
            differ += Build.edits(a.run(t, mx)).equals(Build.edits(b.run(t, mx))) ? 0 : 1;
        }
        if (differ > 0) {
            System.out.printf(Locale.ROOT, "note: the builds' edits differ on %d of %d texts%n", differ, texts.size());
        }
        double[] ratios = new double[rounds];
        long bytes = 0;
        long perRound = mb * 1_000_000L / rounds;
        int k = 0;
        long aTotal = 0;
        long bTotal = 0;
        for (int r = 0; r < rounds; r++) {
            a.nanos = 0;
            b.nanos = 0;
            for (long done = 0; done < perRound; k++) {
                int at = k % texts.size();
                // (the order swapped text by text: neither build always runs second, with the other's data in the caches)
                if ((k & 1) == 0) {
                    a.run(texts.get(at), mx);
                    b.run(texts.get(at), mx);
                } else {
                    b.run(texts.get(at), mx);
                    a.run(texts.get(at), mx);
                }
                done += size[at];
            }
            bytes += perRound;
            ratios[r] = (double) a.nanos / b.nanos;
            aTotal += a.nanos;
            bTotal += b.nanos;
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        StringBuilder per = new StringBuilder();
        for (double x : ratios) {
            per.append(String.format(Locale.ROOT, " %.3f", x));
        }
        System.out.printf(Locale.ROOT, "%s pass, %d texts (%.1f MB), %.0f MB through each build in %d rounds, thread CPU time%n",
                args[2], texts.size(), all / 1e6, bytes / 1e6, rounds);
        System.out.printf(Locale.ROOT, "old %s: %.2f MB/s%nnew %s: %.2f MB/s%n", args[0], bytes / 1e6 / (aTotal / 1e9), args[1], bytes / 1e6 / (bTotal / 1e9));
        System.out.printf(Locale.ROOT, "new/old speed: %.3f overall, median of rounds %.3f (min %.3f, max %.3f); per round:%s%n",
                (double) aTotal / bTotal, sorted[rounds / 2], sorted[0], sorted[rounds - 1], per);
    }
}
