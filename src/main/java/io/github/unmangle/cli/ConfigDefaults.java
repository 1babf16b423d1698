package io.github.unmangle.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Properties;

/**
 * Default option values from a properties file: the key is the option's long name without its
 * dashes ({@code jobs=2}, {@code passes=unicode,boilerplate}, {@code unicode.keep-crlf=true}).
 * Command-line values win.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
    private final Properties props;

    ConfigDefaults(Properties props) {
        this.props = props;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            String key = o.longestName().replaceFirst("^-+", "");
            return props.getProperty(key);
        }
        return null;
    }
}
