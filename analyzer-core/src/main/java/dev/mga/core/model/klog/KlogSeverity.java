package dev.mga.core.model.klog;

/** The severity letter that opens a klog header line ({@code I W E F}). */
public enum KlogSeverity {
    INFO, WARNING, ERROR, FATAL,
    /** A line pasted without its header's first part ({@code file.go:N] …}): the severity letter is not there. */
    UNKNOWN;

    /** The severity of a header letter, or null when the letter is not one klog writes. */
    public static KlogSeverity ofLetter(char c) {
        return switch (c) {
            case 'I' -> INFO;
            case 'W' -> WARNING;
            case 'E' -> ERROR;
            case 'F' -> FATAL;
            default -> null;
        };
    }

    /** True for ERROR and FATAL: the lines a support engineer counts as errors. */
    public boolean isError() {
        return this == ERROR || this == FATAL;
    }
}
