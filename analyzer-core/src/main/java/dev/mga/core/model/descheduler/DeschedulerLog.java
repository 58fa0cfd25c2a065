package dev.mga.core.model.descheduler;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.YearlessTimes;
import dev.mga.core.model.Years;
import java.util.List;
import java.util.Map;

/**
 * What one descheduler log says happened: its cycles, evictions (real and dry-run) per workload,
 * failed evictions per cause, pods passed over per failed check, and the nodes it processed. Large
 * logs keep aggregates and samples.
 *
 * @param namespace          pod namespace from the path, or ""
 * @param pod                descheduler pod from the path, or ""
 * @param previous           the previous container's log
 * @param dryRunFlag         {@code --dry-run} as the log's {@code FLAG:} lines print it, "" when not printed
 * @param totals             what the log adds up to
 * @param cycles             the cycles (the first 2,000)
 * @param samples            the first evictions, with their lines
 * @param workloads          per workload, most evicted first (at most 20)
 * @param failureGroups      failed evictions by cause, most frequent first
 * @param notEvictableGroups pods passed over, by the checks they fail, most frequent first
 * @param strategies         evictions per strategy
 * @param firstTime          first entry's time
 * @param lastTime           last entry's time
 * @param location           the file
 */
public record DeschedulerLog(String namespace, String pod, boolean previous, String dryRunFlag, DeschedulerTotals totals,
                             List<DeschedulerCycle> cycles, List<DeschedulerEviction> samples,
                             List<DeschedulerWorkloadEvictions> workloads, List<DeschedulerFailureGroup> failureGroups,
                             List<DeschedulerFailureGroup> notEvictableGroups, Map<String, Long> strategies,
                             String firstTime, String lastTime, Location location) implements Located, YearlessTimes {

    @Override
    public DeschedulerLog withYears(Years years) {
        return new DeschedulerLog(namespace, pod, previous, dryRunFlag, totals, cycles.stream().map(c -> c.withYears(years)).toList(),
                samples.stream().map(e -> e.withYears(years)).toList(), workloads, failureGroups, notEvictableGroups,
                strategies, years.complete(firstTime), years.complete(lastTime), location);
    }

    public DeschedulerLog {
        cycles = List.copyOf(cycles);
        samples = List.copyOf(samples);
        workloads = List.copyOf(workloads);
        failureGroups = List.copyOf(failureGroups);
        notEvictableGroups = List.copyOf(notEvictableGroups);
        strategies = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(strategies));
    }

    /** {@link DeschedulerTotals#cycles()}. */
    public long cycleCount() {
        return totals.cycles();
    }

    /** {@link DeschedulerTotals#evictions()}. */
    public long evictions() {
        return totals.evictions();
    }

    /** {@link DeschedulerTotals#dryRunEvictions()}. */
    public long dryRunEvictions() {
        return totals.dryRunEvictions();
    }

    /** {@link DeschedulerTotals#failures()}. */
    public long failures() {
        return totals.failures();
    }

    /** {@link DeschedulerTotals#nodesProcessed()}. */
    public long nodesProcessed() {
        return totals.nodesProcessed();
    }

    /** The cycle that evicted (or simulated) the most, or null when there is none. */
    public DeschedulerCycle busiestCycle() {
        DeschedulerCycle top = null;
        for (DeschedulerCycle c : cycles) {
            if (top == null || c.total() > top.total()) {
                top = c;
            }
        }
        return top;
    }
}
