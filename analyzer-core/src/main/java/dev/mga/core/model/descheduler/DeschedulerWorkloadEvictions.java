package dev.mga.core.model.descheduler;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * The evictions of one workload over a whole log: how often, in how many cycles, by which strategies.
 *
 * @param workload   {@code namespace/owner} (a Deployment's pods count under their ReplicaSet)
 * @param evictions  evictions, real and dry-run
 * @param dryRun     of which dry-run
 * @param cycles     distinct cycles that evicted it
 * @param pods       distinct pods evicted (up to 20 kept in {@code samplePods})
 * @param samplePods some of the pods
 * @param strategies strategies that evicted it
 * @param location   its first eviction
 * @param excerpt    that line
 * @param last       its last eviction
 * @param lastExcerpt that line
 */
public record DeschedulerWorkloadEvictions(String workload, long evictions, long dryRun, long cycles, long pods,
                                           List<String> samplePods, List<String> strategies, Location location,
                                           String excerpt, Location last, String lastExcerpt) implements Located {

    public DeschedulerWorkloadEvictions {
        samplePods = List.copyOf(samplePods);
        strategies = List.copyOf(strategies);
    }
}
