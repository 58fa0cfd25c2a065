package dev.mga.core.spi;

/**
 * A rule file that cannot be used: the message names the file and what is wrong in it (an
 * unknown field or parameter, a value of the wrong type, a Java rule class that cannot be
 * created). Thrown when an analyzer is built with that file.
 */
public final class RulePackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the file and what is wrong in it
     */
    public RulePackException(String message) {
        super(message);
    }
}
