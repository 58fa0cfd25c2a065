package dev.mga.core.model.kube;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Map;

/**
 * A Node Tuning Operator {@code PerformanceProfile} ({@code performance.openshift.io}): the huge pages it gives the
 * nodes it selects.
 *
 * @param nodeSelector         {@code spec.nodeSelector}
 * @param defaultHugepagesSize {@code spec.hugepages.defaultHugepagesSize} ({@code 1G}), or ""
 * @param pages                {@code spec.hugepages.pages}
 */
public record PerformanceProfile(String name, Map<String, String> nodeSelector, String defaultHugepagesSize,
                                 List<Pages> pages, Location location, String excerpt) implements Located {

    public PerformanceProfile {
        nodeSelector = Ordered.copy(nodeSelector);
        pages = List.copyOf(pages);
    }

    /**
     * One {@code pages} entry: {@code {size: "1G", count: 1, node: 0}}.
     *
     * @param size      as written ({@code 1G}, {@code 2M})
     * @param sizeBytes the page size in bytes, 0 when the size is not one the profile accepts
     * @param count     pages
     * @param numaNode  {@code node}, or -1 for "spread over the nodes"
     */
    public record Pages(String size, long sizeBytes, long count, int numaNode, ResourceLine line) {
    }
}
