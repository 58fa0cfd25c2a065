package dev.mga.core.model.descheduler;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.YearlessTimes;
import dev.mga.core.model.Years;

/**
 * One descheduling cycle, closed by its total line ({@code "Number of evicted pods" totalEvicted=N},
 * {@code "Number of evictions/requests" totalEvicted=N evictionRequests=M} since v0.31).
 *
 * @param number           1-based
 * @param time             when the cycle ended
 * @param reportedEvicted  the total the descheduler printed, -1 for a cycle the log ends inside
 * @param evictions        eviction lines seen in the cycle (real ones)
 * @param dryRunEvictions  dry-run eviction lines seen in the cycle
 * @param failures         "Error evicting pod" lines in the cycle
 * @param location         the total line (or the cycle's last line when the log ends inside it)
 * @param excerpt          that line
 */
public record DeschedulerCycle(long number, String time, long reportedEvicted, long evictions, long dryRunEvictions,
                               long failures, Location location, String excerpt) implements Located, YearlessTimes {

    @Override
    public DeschedulerCycle withYears(Years years) {
        return new DeschedulerCycle(number, years.complete(time), reportedEvicted, evictions, dryRunEvictions, failures,
                location, excerpt);
    }

    /** Evictions the cycle did or simulated: the printed total when there is one. */
    public long total() {
        return reportedEvicted >= 0 ? reportedEvicted : evictions + dryRunEvictions;
    }
}
