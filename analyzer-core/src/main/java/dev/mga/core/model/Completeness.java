package dev.mga.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * How much of one input was read: all of it, part of it (an archive cut or corrupt, a limit hit,
 * entries that could not be read), or nothing mga recognises (empty, unknown content, not what its
 * name says, unreadable). Only a complete input backs an all-clear.
 *
 * @param status  complete, partial or nothing recognised
 * @param reasons why it is not complete, one short sentence each; empty when complete
 */
public record Completeness(Status status, List<String> reasons) {

    /** How much of an input was read. */
    public enum Status {
        COMPLETE, PARTIAL, NOTHING_RECOGNISED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** As the report prints it: {@code nothing recognised}. */
        public String label() {
            return id().replace('-', ' ');
        }
    }

    public Completeness {
        reasons = List.copyOf(reasons);
    }

    public static Completeness complete() {
        return new Completeness(Status.COMPLETE, List.of());
    }

    public boolean isComplete() {
        return status == Status.COMPLETE;
    }
}
