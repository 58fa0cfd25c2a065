package dev.mga.core.spi;

import java.io.IOException;

/**
 * The lines of an entry, read with a bounded buffer: {@code \n} or {@code \r\n} ends a line, a line
 * longer than the limit is cut ({@link #lastWasCut()}) and the rest of it skipped, bytes are UTF-8
 * with invalid ones replaced. Parsers of large inputs can look at a line's bytes before deciding to
 * decode it: {@link #advance()}, then {@link #bytes()}/{@link #start()}/{@link #length()}, and
 * {@link #string()} only for the lines they keep. Not thread-safe; one per entry.
 *
 * <p><b>Envelopes.</b> The analyzer's lines have the wrappers of {@link Envelope} removed: a journald
 * prefix, an RFC 3339 or CRI prefix, a docker json-file line, a {@code kubectl logs --prefix}, mail
 * quoting. {@link #string()} and the bytes are the inner text, what the tool printed; CRI partial
 * ({@code P}) lines and docker lines without their {@code \n} are joined with the lines that end them
 * (then {@link #lineNumber()} is the first of them). {@link #envelope()} says what was removed and
 * what it carried; {@link #isContent()} is false for a shell prompt ({@link #command()} is what was
 * typed) and for the journal's own notes, which parsers skip. Evidence cites {@link #excerpt()}.
 */
public interface Lines {

    /** The next line without its terminator, or null at the end of the entry. */
    String next() throws IOException;

    /**
     * The next line that is content, or null at the end: prompt lines and journal notes are skipped
     * ({@link #isContent()}). Parsers that use the prompts' commands read {@link #next()} instead.
     */
    default String nextContent() throws IOException {
        while (advance()) {
            if (isContent()) {
                return string();
            }
        }
        return null;
    }

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

    /** The envelopes removed from the current line and what they carried; {@link LineEnvelope#NONE} when none. */
    default LineEnvelope envelope() {
        return LineEnvelope.NONE;
    }

    /** False for a shell prompt line and for a journal note: lines that are not what a tool printed. */
    default boolean isContent() {
        return true;
    }

    /** True when the current line is a shell prompt ({@code $ free -h}, {@code [root@master-0 /]# etcdctl …}). */
    default boolean isPrompt() {
        return false;
    }

    /** The command typed after a prompt ({@code free -h}), "" for a bare prompt or a line that is not one. */
    default String command() {
        return "";
    }

    /** The current line as captured, envelopes included (for a joined line: its first line). */
    default String raw() {
        return string();
    }

    /**
     * True when the inner text is a verbatim part of the captured line; false when it was decoded
     * (docker's JSON string) or joined from several lines, so that citing it would not quote the capture.
     */
    default boolean isVerbatim() {
        return true;
    }

    /** The text to cite as evidence: the inner text when it is verbatim, else the line as captured. */
    default String excerpt() {
        return isVerbatim() ? string() : raw();
    }

    /** How many captured lines the current line spans (more than 1 for joined partial lines). */
    default int physicalLines() {
        return 1;
    }
}
