package dev.mga.core.source;

import java.io.IOException;

/** Thrown by the guarded streams when a configured limit is reached. */
public final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    public LimitExceededException(String message) {
        super(message);
    }
}
