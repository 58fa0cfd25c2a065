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
}
