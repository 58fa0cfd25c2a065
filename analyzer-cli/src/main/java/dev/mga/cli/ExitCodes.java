package dev.mga.cli;

/** The exit codes of {@code mga}; part of the product, scripts depend on them. */
final class ExitCodes {
    /** Analysis done; no finding reached the --fail-on level. */
    static final int OK = 0;
    /** A finding at or above the --fail-on level exists. */
    static final int FINDINGS = 1;
    /** The command line is wrong (unknown option, missing argument, bad value). */
    static final int USAGE = 2;
    /** None of the inputs could be read at all. */
    static final int NO_INPUT = 3;
    /** An unexpected internal error; the message says what, never a stack trace unless MGA_DEBUG is set. */
    static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
