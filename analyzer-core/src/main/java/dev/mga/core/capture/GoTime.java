package dev.mga.core.capture;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time as Go prints a {@code time.Time} with {@code %v} ({@code Time.String}):
 * {@code 2006-01-02 15:04:05.999999999 -0700 MST}, the fraction without trailing zeros (none at
 * all on a whole second), the zone's abbreviation or, when it has none, its offset again
 * ({@code +03}), and {@code m=±seconds} when the value carries a monotonic clock reading.
 */
final class GoTime {

    private static final Pattern FORMAT = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2})(\\.\\d{1,9})? ([+-])(\\d{2})(\\d{2}) ([A-Za-z]{1,6}|[+-]\\d{2,4})"
                    + "(?: m=[+-]\\d+\\.\\d{9})?");

    private GoTime() {
    }

    /** The time, or null when the text is not in that form (or names no real date). */
    static OffsetDateTime parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2) + (m.group(3) == null ? "" : m.group(3)));
            int sign = m.group(4).equals("-") ? -1 : 1;
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(5)), sign * Integer.parseInt(m.group(6)));
            return OffsetDateTime.of(local, offset);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
