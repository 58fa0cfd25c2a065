package dev.mga.core.model.klog;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.YearlessTimes;
import dev.mga.core.model.Years;

/**
 * One pod the kubelet's eviction manager evicted ({@code "Eviction manager: pod is evicted
 * successfully" pod="ns/name"}), or failed to evict.
 *
 * @param pod      {@code namespace/name} as the line names it
 * @param resource the resource being reclaimed when it was evicted ({@code memory}, {@code ephemeral-storage},
 *                 {@code pids}), from the eviction manager's reclaim line before it; "" when the log does not say
 * @param evicted  true when the kubelet says the pod was evicted; false for a failure or a refusal
 *                 ({@code pod failed to evict}, {@code cannot evict a critical pod})
 * @param time     when (see {@link KlogEntry#time()})
 * @param location the line
 * @param excerpt  the line as captured
 */
public record KubeletEviction(String pod, String resource, boolean evicted, String time, Location location, String excerpt)
        implements Located, YearlessTimes {

    @Override
    public KubeletEviction withYears(Years years) {
        return new KubeletEviction(pod, resource, evicted, years.complete(time), location, excerpt);
    }
}
