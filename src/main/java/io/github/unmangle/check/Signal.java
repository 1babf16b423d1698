package io.github.unmangle.check;

import java.util.Locale;

/**
 * One per-document quality signal and its threshold: a share in [0, 1] (or a count, or a
 * length), compared as "at most" or "at least".
 */
public enum Signal {
    ENCODING("encoding", "max-encoding", true, 0, "encoding repairs (mojibake, control and zero-width characters, guessed charset)"),
    BOILERPLATE("boilerplate", "max-boilerplate", true, 0.15, "share of the text the boilerplate pass would drop"),
    SPIN("spin", "max-spin", true, 0.03, "spin score: share of words judged replaced by an article spinner"),
    MT("mt", "max-mt", true, 0.2, "MT score: share of sentences with machine-translation artifacts"),
    CHANGED("changed", "max-changed", true, 0.02, "share of the text the other passes (not boilerplate) would change"),
    ENGLISH("english", "min-english", false, 0.6, "English sanity: share of words (two letters or more; web addresses aside) in the English word list"),
    DUPLICATES("duplicates", "max-duplicate-lines", true, 0.2, "share of the text's characters in lines repeating an earlier line"),
    LENGTH("length", "min-length", false, 0, "length in characters");

    private final String key;
    private final String option;
    private final boolean max;
    private final double defaultLimit;
    private final String description;

    Signal(String key, String option, boolean max, double defaultLimit, String description) {
        this.key = key;
        this.option = option;
        this.max = max;
        this.defaultLimit = defaultLimit;
        this.description = description;
    }

    public String key() {
        return key;
    }

    /** Command-line option and config key of the threshold ({@code max-spin}). */
    public String option() {
        return option;
    }

    public boolean isMax() {
        return max;
    }

    public double defaultLimit() {
        return defaultLimit;
    }

    public String description() {
        return description;
    }

    /** Whether {@code value} breaks {@code limit}. */
    public boolean fails(double value, double limit) {
        return max ? value > limit + 1e-12 : value < limit - 1e-12;
    }

    /** Whether {@code now} is worse than {@code before} for this signal. */
    public boolean worse(double now, double before) {
        return max ? now > before + 1e-9 : now < before - 1e-9;
    }

    public String format(double v) {
        return this == ENCODING || this == LENGTH ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
