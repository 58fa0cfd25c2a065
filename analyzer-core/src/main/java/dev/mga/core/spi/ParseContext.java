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
}
