package io.github.unmangle.pass.mt;

/** A proposed edit before overlaps between rules are resolved; {@code after == null} is a flag. */
record Candidate(int start, int end, String after, String rule, String reason) {
    boolean isFlag() {
        return after == null;
    }
}
