package io.github.unmangle.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The option values one pass is created with; unset options take the declared default. */
public final class PassOptions {
    private final String pass;
    private final Map<String, PassOption> declared = new HashMap<>();
    private final Map<String, String> values;

    public PassOptions(String pass, List<PassOption> declared, Map<String, String> values) {
        this.pass = pass;
        for (PassOption o : declared) {
            this.declared.put(o.name(), o);
        }
        for (String key : values.keySet()) {
            if (!this.declared.containsKey(key)) {
                throw new IllegalArgumentException("pass '" + pass + "' has no option '" + key
                        + "' (see 'unmangle passes')");
            }
        }
        this.values = Map.copyOf(values);
    }

    public static PassOptions defaults(PassFactory factory) {
        return new PassOptions(factory.name(), factory.options(), Map.of());
    }

    public String getString(String name) {
        PassOption o = declared.get(name);
        if (o == null) {
            throw new IllegalArgumentException("pass '" + pass + "' declares no option '" + name + "'");
        }
        return values.getOrDefault(name, o.defaultValue());
    }

    public boolean getBoolean(String name) {
        String v = getString(name).trim().toLowerCase();
        return switch (v) {
            case "true", "yes", "on", "1", "" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException(
                    "--" + pass + "." + name + " wants true or false, not '" + v + "'");
        };
    }

    public int getInt(String name) {
        String v = getString(name).trim();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + pass + "." + name + " wants a whole number, not '" + v + "'");
        }
    }

    public double getDouble(String name) {
        String v = getString(name).trim();
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + pass + "." + name + " wants a number, not '" + v + "'");
        }
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("--" + pass + "." + name + " wants a finite number, not '" + v + "'");
        }
        return d;
    }

    /** {@link #getDouble}, which must lie in [min, max]. */
    public double getDouble(String name, double min, double max) {
        double d = getDouble(name);
        if (d < min || d > max) {
            throw new IllegalArgumentException("--" + pass + "." + name + " wants a number from " + min + " to " + max + ", not " + getString(name).trim());
        }
        return d;
    }

    /** {@link #getDouble}, which must be at least {@code min} (a margin or a threshold of odds: a negative one means nothing). */
    public double getDouble(String name, double min) {
        double d = getDouble(name);
        if (d < min) {
            throw new IllegalArgumentException("--" + pass + "." + name + " wants a number of at least " + min + ", not " + getString(name).trim());
        }
        return d;
    }

    /** {@link #getInt}, which must be at least {@code min}. */
    public int getInt(String name, int min) {
        int i = getInt(name);
        if (i < min) {
            throw new IllegalArgumentException("--" + pass + "." + name + " wants a whole number of at least " + min + ", not " + i);
        }
        return i;
    }
}
