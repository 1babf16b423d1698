package io.github.unmangle.pass.spin;

import java.util.Locale;

import static io.github.unmangle.pass.spin.SpinPass.FORM_CERTAIN;

/**
 * Odds and numbers as the pass's reasons write them ("context 147× more likely", "e^3.5").
 */
final class Odds {
    private Odds() {
    }

    /** x to one decimal: "3.5". */
    static String oneDecimal(double x) {
        return Double.toString(Math.round(x * 10) / 10.0);
    }

    /** The place's own odds, e^delta, in words: "context 3200× more likely", "context alone 5× less likely". */
    static String odds(double delta) {
        if (delta == FORM_CERTAIN) {
            return "its form says so: a piece of a split word or of a contraction";
        }
        double x = Math.exp(Math.min(50, Math.abs(delta)));
        String figure = x < 1e6 ? Long.toString(Math.round(x)) : scientific(x);
        return delta >= 0 ? "context " + figure + "× more likely" : "context alone " + figure + "× less likely";
    }

    /**
     * {@code x} (1 or more) as {@code String.format(Locale.ROOT, "%.1e", x)} writes it ("8.7e+06"), made without a
     * Formatter: two significant digits of the shortest decimal that is {@code x} (as Formatter rounds), half up. (The
     * reasons' odds took 1.9% of the pass's time on spun text with String.format, 0.8% so: async-profiler.)
     */
    static String scientific(double x) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(x).round(new java.math.MathContext(2, java.math.RoundingMode.HALF_UP));
        int exponent = d.precision() - d.scale() - 1;
        long digits = d.unscaledValue().longValue();
        while (digits >= 100) {
            digits /= 10;
        }
        if (digits < 10) {
            digits *= 10;
        }
        return (digits / 10) + "." + (digits % 10) + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }
}
