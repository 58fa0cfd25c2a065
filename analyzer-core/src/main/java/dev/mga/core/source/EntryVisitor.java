package dev.mga.core.source;

import dev.mga.core.model.Diagnostic;
import dev.mga.core.spi.CaptureEntry;
import java.io.IOException;
import java.io.InputStream;

/** Receives the entries of an input as the reader streams through it. */
public interface EntryVisitor {

    /**
     * A regular file. {@code content} is positioned at its first byte; the visitor may read all,
     * part or none of it, and must not close it. An {@link IOException} thrown here means the
     * container itself broke (truncated, corrupt) and ends the reading of that container.
     */
    void file(CaptureEntry entry, InputStream content) throws IOException;

    /** An entry that is recorded but never read nor followed: a link, a device, a limit reached. */
    void skipped(CaptureEntry entry, String reason);

    /** A problem with the input or a container, not tied to one parsed file. */
    void diagnostic(Diagnostic diagnostic);

    /**
     * A regular file as {@link #file}, whose size is known and small enough that reading all of it
     * can reach neither the entry nor the total byte limit: the visitor may read it whole and parse
     * it later, on another thread (issue 13), as long as what it reports keeps the order of the
     * entries. An {@link IOException} thrown here means the same as from {@link #file}.
     */
    default void smallFile(CaptureEntry entry, InputStream content) throws IOException {
        file(entry, content);
    }
}
