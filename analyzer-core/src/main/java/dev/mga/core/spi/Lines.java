package dev.mga.core.spi;

import java.io.IOException;

/**
 * The lines of an entry, read with a bounded buffer: {@code \n} or {@code \r\n} ends a line, a line
 * longer than the limit is cut ({@link #lastWasCut()}) and the rest of it skipped, bytes are UTF-8
 * with invalid ones replaced. Parsers of large inputs can look at a line's bytes before deciding to
 * decode it: {@link #advance()}, then {@link #bytes()}/{@link #start()}/{@link #length()}, and
 * {@link #string()} only for the lines they keep. Not thread-safe; one per entry.
 */
public interface Lines {

    /** The next line without its terminator, or null at the end of the entry. */
    String next() throws IOException;

    /** Moves to the next line; false at the end. The line's bytes stay valid until the next call. */
    boolean advance() throws IOException;

    /** The current line decoded. */
    String string();

    /** The array holding the current line's bytes (shared: read only, valid until the next line). */
    byte[] bytes();

    /** Where the current line starts in {@link #bytes()}. */
    int start();

    /** The current line's length in bytes, without its terminator. */
    int length();

    /** 1-based number of the current line in the entry. */
    long lineNumber();

    /** True when the current line was longer than the limit and was cut. */
    boolean lastWasCut();
}
