package dev.mga.fleet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much of one input was read: the first thing a fleet view must say before "no finding". */
public enum InputStatus {
    /** every entry mga recognised was read and parsed */
    COMPLETE,
    /** read in part: truncated or corrupt, a limit hit, recognised entries that could not be parsed */
    PARTIAL,
    /** nothing mga recognises: empty, unknown content, not what its name says, or unreadable */
    NOTHING_RECOGNISED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static InputStatus parse(String id) {
        for (InputStatus s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("input status must be complete, partial or nothing-recognised; got '" + id + "'");
    }
}
