package dev.mga.core.model;

import java.time.OffsetDateTime;

/**
 * When a capture was taken, as its own metadata says: a must-gather's {@code timestamp} file has
 * one line when the gathering started and one when it ended. It completes the times of the same
 * input that were printed without a year (see {@link YearlessTimes}).
 *
 * @param time     the time as ISO 8601 with the offset the capture printed, e.g. {@code 2026-11-25T21:20:03.5+00:00}
 * @param source   what said so, e.g. {@code must-gather timestamp}
 * @param location the line
 * @param excerpt  the line as captured
 */
public record CaptureTime(String time, String source, Location location, String excerpt) implements Located {

    /** The time itself. */
    public OffsetDateTime at() {
        return OffsetDateTime.parse(time);
    }
}
