package dev.mga.core.model.klog;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.YearlessTimes;
import dev.mga.core.model.Years;

/**
 * How often one error-level message occurred in one log: the structured message as written, or a
 * printf message with its numbers replaced by {@code #} so that repeats group together.
 *
 * @param severity  the highest severity seen for it (ERROR or FATAL)
 * @param message   the message (normalised for printf messages)
 * @param source    {@code file.go:line} of its first occurrence
 * @param count     occurrences
 * @param firstTime time of the first occurrence (see {@link KlogEntry#time()})
 * @param lastTime  time of the last occurrence
 * @param location  the first occurrence
 * @param excerpt   the first occurrence's line
 * @param lastLocation the last occurrence
 */
public record KlogMessageCount(KlogSeverity severity, String message, String source, long count, String firstTime,
                               String lastTime, Location location, String excerpt, Location lastLocation)
        implements Located, YearlessTimes {

    @Override
    public KlogMessageCount withYears(Years years) {
        return new KlogMessageCount(severity, message, source, count, years.complete(firstTime), years.complete(lastTime),
                location, excerpt, lastLocation);
    }
}
