package io.github.unmangle.core;

/**
 * One of a pass's rules, declared by its factory ({@link PassFactory#rules()}): the name its edits and flags carry (as
 * {@code --explain} prints it, {@code pass/name}, and as {@code --skip-rule} takes it) and what it does, in one line
 * for {@code unmangle passes --rules}. {@code flagOnly}: the rule never changes the text, it only reports.
 */
public record PassRule(String name, String description, boolean flagOnly) {

    public PassRule {
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a rule's name is lowercase words joined by '-': '" + name + "'");
        }
    }

    /** A rule whose edits change the text. */
    public static PassRule edit(String name, String description) {
        return new PassRule(name, description, false);
    }

    /** A rule that only reports (its flags say what it saw and why it left the text alone). */
    public static PassRule flag(String name, String description) {
        return new PassRule(name, description, true);
    }
}
