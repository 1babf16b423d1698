package io.github.unmangle.cli;

import io.github.unmangle.core.PassFactory;
import io.github.unmangle.core.PassOption;
import io.github.unmangle.core.PassRegistry;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** {@code unmangle}: the command line. Exit codes: 0 all done, 1 some inputs failed, 2 usage. */
@Command(name = "unmangle", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Repairs mangled scraped text: encoding and layout damage (PDF page furniture too), boilerplate, machine-translation "
                + "artifacts and spun words.",
        subcommands = {CleanCommand.class, CheckCommand.class, PassesCommand.class, AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs done", "1:some inputs failed (unreadable, binary, bad encoding, "
                + "unwritable output) or, for check, some document failed a threshold", "2:usage error"},
        footer = {"", "Options may also come from a properties file: --config FILE, or .unmangle.properties "
                + "in the working directory (keys are long option names without dashes, e.g. jobs=2, "
                + "unicode.keep-crlf=true)."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: clean, check, passes");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int execute(String... args) {
        CommandLine cl;
        try {
            cl = commandLine(PassRegistry.load());
        } catch (IllegalStateException | java.util.ServiceConfigurationError e) {
            // (a third-party jar on the class path: two passes of one name, or a factory that cannot be made)
            System.err.println("unmangle: " + e.getMessage());
            return 2;
        }
        try {
            Properties config = loadConfig(args);
            if (config != null) {
                cl.setDefaultValueProvider(new ConfigDefaults(config));
                unknownKeys(cl, config).forEach(k -> System.err.println("unmangle: config file: no option '--" + k + "' (misspelt?); ignored"));
            }
        } catch (IOException e) {
            System.err.println("unmangle: cannot read config file: " + e.getMessage());
            return 2;
        }
        return cl.execute(args);
    }

    /** Keys of a config file that name no option of any command (a shared file holds clean's and check's options). */
    static java.util.List<String> unknownKeys(CommandLine cl, Properties config) {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (CommandLine sub : cl.getSubcommands().values()) {
            for (OptionSpec o : sub.getCommandSpec().options()) {
                for (String n : o.names()) {
                    known.add(n.replaceFirst("^-+", ""));
                }
            }
        }
        return config.stringPropertyNames().stream().filter(k -> !known.contains(k)).sorted().toList();
    }

    /** The command tree, with every option of every pass found added to the commands that run passes. */
    public static CommandLine commandLine(PassRegistry registry) {
        CommandLine cl = new CommandLine(new Main());
        // a usage error is one line and a pointer to --help, not a page of options (ripgrep, git)
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            java.io.PrintWriter err = c.getErr();
            err.println("unmangle: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof IllegalArgumentException) {
                line.getErr().println("unmangle: " + ex.getMessage());
                return 2;
            }
            line.getErr().println("unmangle: " + ex);
            return 1;
        });
        CommandLine clean = cl.getSubcommands().get("clean");
        ((CleanCommand) clean.getCommand()).registry = registry;
        ((PassesCommand) cl.getSubcommands().get("passes").getCommand()).registry = registry;
        addPassOptions(clean.getCommandSpec(), registry);
        CommandLine check = cl.getSubcommands().get("check");
        ((CheckCommand) check.getCommand()).registry = registry;
        addPassOptions(check.getCommandSpec(), registry);
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return cl;
    }

    static void addPassOptions(CommandSpec spec, PassRegistry registry) {
        for (PassFactory f : registry.all()) {
            for (PassOption o : f.options()) {
                boolean bool = o.defaultValue().equals("true") || o.defaultValue().equals("false");
                OptionSpec.Builder b = OptionSpec.builder("--" + f.name() + "." + o.name())
                        // (a boolean takes a value only when it is "true" or "false": "--unicode.keep-crlf a.txt" leaves the path a path)
                        .type(bool ? Boolean.class : String.class)
                        .paramLabel(bool ? "BOOL" : "VALUE")
                        // (picocli reads a description as a format string: a pass's "12 %" printed a warning, not the text)
                        .description((o.description() + " (default: " + o.defaultValue() + ")").replace("%", "%%"))
                        .arity(bool ? "0..1" : "1")
                        .hidden(false);
                if (bool) {
                    b.fallbackValue("true");
                    // (as PassOptions reads them, "--x.flag=yes" and a config file's "x.flag=on" too)
                    b.converters(v -> switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
                        case "true", "yes", "on", "1", "" -> Boolean.TRUE;
                        case "false", "no", "off", "0" -> Boolean.FALSE;
                        default -> throw new picocli.CommandLine.TypeConversionException("'" + v + "' is not true or false");
                    });
                }
                spec.addOption(b.build());
            }
        }
    }

    /** {@code --config FILE}, else {@code .unmangle.properties} in the working directory, else none. */
    static Properties loadConfig(String[] args) throws IOException {
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                file = Path.of(args[i + 1]);
            } else if (args[i].startsWith("--config=")) {
                file = Path.of(args[i].substring("--config=".length()));
            }
        }
        if (file == null) {
            Path local = Path.of(".unmangle.properties");
            if (!Files.isRegularFile(local)) {
                return null;
            }
            file = local;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new IOException(file + ": " + io.github.unmangle.io.Inputs.describe(e), e);
        }
        return p;
    }

    /** Reads the version from the jar manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"unmangle " + version()};
        }
    }

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
