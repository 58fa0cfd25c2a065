package dev.mga.core.model.descheduler;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.YearlessTimes;
import dev.mga.core.model.Years;

/**
 * One eviction the descheduler logged, done or (dry run) simulated.
 *
 * @param namespace pod namespace
 * @param pod       pod name
 * @param workload  {@code namespace/owner} derived from the pod name (see the descheduler family's workload rules)
 * @param node      node the pod ran on, "" when the line does not say (descheduler before v0.25)
 * @param strategy  strategy/plugin ({@code PodLifeTime}, {@code RemoveDuplicates}…), "" when not said
 * @param reason    the reason field, "" when empty
 * @param profile   descheduler profile (v0.27+), ""
 * @param dryRun    true when nothing was really evicted ({@code "Evicted pod in dry run mode"}, or a
 *                  strategy line in a cycle that evicted in dry-run mode)
 * @param cycle     1-based descheduling cycle, counted by the cycle's closing total line
 * @param time      when (see {@code KlogEntry.time})
 * @param location  the line
 * @param excerpt   the line as captured
 */
public record DeschedulerEviction(String namespace, String pod, String workload, String node, String strategy,
                                  String reason, String profile, boolean dryRun, long cycle, String time,
                                  Location location, String excerpt) implements Located, YearlessTimes {

    @Override
    public DeschedulerEviction withYears(Years years) {
        return new DeschedulerEviction(namespace, pod, workload, node, strategy, reason, profile, dryRun, cycle,
                years.complete(time), location, excerpt);
    }
}
