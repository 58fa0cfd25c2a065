package dev.mga.core.model.memory;

import dev.mga.core.model.Location;
import java.util.Map;

/**
 * One row of {@code free}: {@code Mem:}, {@code Low:}, {@code High:}, {@code Swap:}, {@code Total:}
 * or procps 3.2's {@code -/+ buffers/cache:}.
 *
 * @param label    the row name without its colon, e.g. {@code Mem}
 * @param bytes    column ({@code total}, {@code used}, {@code free}, {@code shared}, {@code buff/cache},
 *                 {@code buffers}, {@code cache}, {@code cached}, {@code available}) → bytes, for the
 *                 columns the row has
 * @param location where the row is
 * @param excerpt  the row as captured
 */
public record FreeRow(String label, Map<String, Long> bytes, Location location, String excerpt) implements CapturedLine {

    public FreeRow {
        bytes = Map.copyOf(bytes);
    }

    /** The column's value in bytes, or -1 when the row does not have it. */
    public long value(String column) {
        return bytes.getOrDefault(column, -1L);
    }
}
