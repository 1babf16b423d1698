package io.github.unmangle.cli;

import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassRegistry;
import io.github.unmangle.core.PassRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code unmangle passes}: every pass on the class path, its description and options (and with --rules, its rules). */
@Command(name = "passes", mixinStandardHelpOptions = true,
        description = "Lists every pass found (also those of third-party jars on the class path), "
                + "in default order, with its options; with --rules, also the rules its edits are named by.")
final class PassesCommand implements Callable<Integer> {
    PassRegistry registry;

    @Option(names = "--rules", description = "Also list each pass's rules (PASS/RULE, as --explain prints them and "
            + "--skip-rule takes them), with what each does; [flag] marks a rule that only reports.")
    boolean rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (PassFactory f : registry.all()) {
            out.printf("%-12s %s%s%n", f.name(), f.description(), f.enabledByDefault() ? "" : " [off by default]");
            for (PassOption o : f.options()) {
                out.printf("    --%s.%s=%s%n        %s%n", f.name(), o.name(), o.defaultValue(), o.description());
            }
            if (rules) {
                List<PassRule> list = f.rules();
                if (list.isEmpty()) {
                    out.printf("    (the pass does not list its rules)%n");
                }
                for (PassRule r : list) {
                    out.printf("    %s/%s%s%n        %s%n", f.name(), r.name(), r.flagOnly() ? " [flag]" : "", r.description());
                }
            }
        }
        out.flush();
        return 0;
    }
}
