package dev.mga.core.spi;

/** Where a parser puts what it read. */
public interface ParseContext {

    /** Adds a record to the model of the input. */
    void emit(Object record);

    /**
     * Reports a problem at a line of the entry (0 for the whole entry); say what was expected.
     * A flood of them from one entry is capped by the caller.
     */
    void diagnostic(long line, String message);

    /**
     * Says the entry was read and holds nothing to record, which is no failure: a Kubernetes list
     * with {@code items: []} (must-gather writes one for every namespace without pods or events).
     * The entry then counts as parsed with 0 records; without records or this call it counts as
     * failed. Parsers call it only when what they read is a complete, well-formed capture.
     */
    default void nothingToRecord() {
    }
}
