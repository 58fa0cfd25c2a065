package dev.mga.core.source;

import java.io.IOException;

/**
 * Thrown by the guarded streams when a configured limit is reached. Its scope says how much
 * reading it ends: one entry, one archive layer, or the whole input. Whoever records it first as
 * a diagnostic marks it reported, so it is listed once.
 */
public final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    /** How much of the input a limit stops. */
    public enum Scope { ENTRY, LAYER, INPUT }

    private final Scope scope;
    private boolean reported;

    public LimitExceededException(Scope scope, String message) {
        super(message);
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    public boolean reported() {
        return reported;
    }

    public void markReported() {
        reported = true;
    }
}
