package dev.mga.core.model.klog;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.YearlessTimes;
import dev.mga.core.model.Years;
import java.util.List;

/**
 * What the kubelet's eviction manager (k8s.io/kubernetes pkg/kubelet/eviction/eviction_manager.go)
 * logged in one log: the resources it had to reclaim because an eviction threshold was met, and
 * the pods it evicted for them. Only logs holding eviction-manager reclaim or eviction lines give one.
 *
 * @param host             the node, from the path or the journal
 * @param component        the log, as {@link KlogLogSummary#component()} names it
 * @param reclaims         reclaim attempts ({@code "Eviction manager: attempting to reclaim" resourceName=…})
 * @param resources        the resources reclaimed, in the order first seen
 * @param mustEvict        times the kubelet found it had to evict pods (node-level reclaim was not enough)
 * @param evictions        pods evicted
 * @param failures         evictions that failed or were refused (critical pods)
 * @param pods             the evictions and failures, the first 50
 * @param firstTime        the first eviction-manager reclaim or eviction line's time
 * @param lastTime         the last one's time
 * @param location         the first reclaim or eviction line
 * @param excerpt          that line
 */
public record KubeletEvictions(String host, String component, long reclaims, List<String> resources, long mustEvict,
                               long evictions, long failures, List<KubeletEviction> pods, String firstTime,
                               String lastTime, Location location, String excerpt) implements Located, YearlessTimes {

    public KubeletEvictions {
        resources = List.copyOf(resources);
        pods = List.copyOf(pods);
    }

    @Override
    public KubeletEvictions withYears(Years years) {
        return new KubeletEvictions(host, component, reclaims, resources, mustEvict, evictions, failures,
                pods.stream().map(p -> p.withYears(years)).toList(), years.complete(firstTime), years.complete(lastTime),
                location, excerpt);
    }
}
