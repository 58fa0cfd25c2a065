package dev.mga.core.rules;

/** A rule file that cannot be used, with the file and what is wrong in it. */
public final class RulePackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RulePackException(String message) {
        super(message);
    }
}
