package io.github.unmangle.core;

/**
 * A pass's option, declared by its factory. On the command line it is
 * {@code --PASS.NAME=VALUE}; in a config file {@code PASS.NAME=VALUE}.
 */
public record PassOption(String name, String defaultValue, String description) {

    public static PassOption flag(String name, boolean defaultValue, String description) {
        return new PassOption(name, Boolean.toString(defaultValue), description);
    }

    public static PassOption value(String name, Object defaultValue, String description) {
        return new PassOption(name, String.valueOf(defaultValue), description);
    }
}
