package io.github.unmangle.cli;

import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code unmangle passes}: every pass on the class path, its description and options. */
@Command(name = "passes", mixinStandardHelpOptions = true,
        description = "Lists every pass found (also those of third-party jars on the class path), "
                + "in default order, with its options.")
final class PassesCommand implements Callable<Integer> {
    PassRegistry registry;

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
        }
        out.flush();
        return 0;
    }
}
