package dev.mga.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What became of one entry of an input. */
public enum ArtifactStatus {
    /** recognised and parsed (possibly with diagnostics for some lines) */
    PARSED,
    /** recognised, but the parser could not make anything of it */
    FAILED,
    /** not read on purpose: a link, a limit reached, a device */
    SKIPPED,
    /**
     * recognised, and 0 bytes long: nothing to read and nothing wrong (must-gather writes an empty
     * {@code previous.log} when a container has not restarted, and many pods log nothing)
     */
    EMPTY,
    /** not recognised as any known artifact: counted, not parsed */
    UNKNOWN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
