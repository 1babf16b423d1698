package io.github.unmangle.bench;

import io.github.unmangle.core.Edit;
import io.github.unmangle.core.Pass;
import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassInput;
import io.github.unmangle.core.PassOptions;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.PassResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One page of a boilerplate-dev-like folder line by line, for looking at the pass's decisions:
 * each non-blank input line with the rule that dropped it (blank: kept) and whether its text is
 * in the gold ("G").
 *
 * <p>Usage: {@code bench/java.sh io.github.unmangle.bench.BoilerplateLines DIR NAME|--all}
 * (--all: every page of the manifest as tab-separated name, rule, line; for analysis scripts).
 */
public final class BoilerplateLines {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PassFactory f = PassRegistry.load().get("boilerplate");
        Pass pass = f.create(PassOptions.defaults(f), null);
        if (args[1].equals("--all")) {
            for (String row : Files.readAllLines(dir.resolve("manifest.tsv"))) {
                String name = row.split("\t")[0];
                if (!name.equals("name")) {
                    show(pass, dir, name, true);
                }
            }
        } else {
            show(pass, dir, args[1], false);
        }
    }

    private static void show(Pass pass, Path dir, String name, boolean tsv) throws Exception {
        String in = Files.readString(dir.resolve("input").resolve(name + ".txt"), StandardCharsets.UTF_8);
        Path goldPath = dir.resolve("gold").resolve(name + ".txt");
        String gold = Files.exists(goldPath) ? Files.readString(goldPath, StandardCharsets.UTF_8).replaceAll("\\s+", " ") : "";
        PassResult r = pass.apply(PassInput.of(name, in));
        String[] rule = new String[in.length() + 1];
        for (Edit e : r.edits()) {
            for (int i = e.start(); i < e.end(); i++) {
                rule[i] = e.rule();
            }
        }
        int s = 0;
        while (s <= in.length()) {
            int e = in.indexOf('\n', s);
            if (e < 0) {
                e = in.length();
            }
            String line = in.substring(s, e);
            String core = line.strip().replaceAll("^[*+o•·-] ", "").replaceAll("\\s+", " ");
            if (!core.isEmpty()) {
                int at = s + line.indexOf(line.strip());
                String why = rule[at] == null ? "" : rule[at];
                if (tsv) {
                    System.out.println(name + "\t" + why + "\t" + line.replace('\t', ' '));
                } else {
                    System.out.printf("%-16s %s %s%n", why, gold.contains(core) ? "G" : " ",
                            line.length() > 170 ? line.substring(0, 170) : line);
                }
            }
            s = e + 1;
        }
    }
}
