package dev.mga.core.model.descheduler;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.YearlessTimes;
import dev.mga.core.model.Years;
import java.util.List;
import java.util.Map;

/**
 * What one descheduler log says happened: its cycles, evictions (real and dry-run) per workload,
 * failed evictions per cause, and the nodes it processed. Large logs keep aggregates and samples.
 *
 * @param namespace        pod namespace from the path, or ""
 * @param pod              descheduler pod from the path, or ""
 * @param previous         the previous container's log
 * @param dryRunFlag       {@code --dry-run} as the log's {@code FLAG:} lines print it, "" when not printed
 * @param cycles           the cycles (the first 2,000)
 * @param cycleCount       all cycles, including an unfinished last one that evicted something
 * @param evictions        real evictions
 * @param dryRunEvictions  simulated evictions
 * @param failures         failed evictions
 * @param samples          the first evictions, with their lines
 * @param workloads        per workload, most evicted first (at most 20)
 * @param failureGroups    failed evictions by cause, most frequent first
 * @param strategies       evictions per strategy
 * @param nodesProcessed   distinct nodes named by {@code "Processing node"} lines
 * @param firstTime        first entry's time
 * @param lastTime         last entry's time
 * @param location         the file
 */
public record DeschedulerLog(String namespace, String pod, boolean previous, String dryRunFlag,
                             List<DeschedulerCycle> cycles, long cycleCount, long evictions, long dryRunEvictions,
                             long failures, List<DeschedulerEviction> samples,
                             List<DeschedulerWorkloadEvictions> workloads, List<DeschedulerFailureGroup> failureGroups,
                             Map<String, Long> strategies, long nodesProcessed, String firstTime, String lastTime,
                             Location location) implements Located, YearlessTimes {

    @Override
    public DeschedulerLog withYears(Years years) {
        return new DeschedulerLog(namespace, pod, previous, dryRunFlag, cycles.stream().map(c -> c.withYears(years)).toList(),
                cycleCount, evictions, dryRunEvictions, failures, samples.stream().map(e -> e.withYears(years)).toList(),
                workloads, failureGroups, strategies, nodesProcessed, years.complete(firstTime), years.complete(lastTime),
                location);
    }

    public DeschedulerLog {
        cycles = List.copyOf(cycles);
        samples = List.copyOf(samples);
        workloads = List.copyOf(workloads);
        failureGroups = List.copyOf(failureGroups);
        strategies = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(strategies));
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
