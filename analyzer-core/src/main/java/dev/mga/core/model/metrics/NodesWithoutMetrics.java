package dev.mga.core.model.metrics;

import dev.mga.core.model.CaptureModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nodes printed as {@code <unknown>} in any top node table of an input, each once (the same
 * cluster is often captured with several top node variants).
 *
 * @param nodes    the nodes without metrics, in first-seen order
 * @param allNodes distinct nodes in all the tables
 * @param rows     the first {@code <unknown>} row of each node, for evidence
 */
public record NodesWithoutMetrics(List<String> nodes, long allNodes, List<NodeUsage> rows) {

    public NodesWithoutMetrics {
        nodes = List.copyOf(nodes);
        rows = List.copyOf(rows);
    }

    /** One item for the input, or none when it has no top node table. */
    public static List<NodesWithoutMetrics> of(CaptureModel model) {
        List<NodeTopTable> tables = model.all(NodeTopTable.class);
        if (tables.isEmpty()) {
            return List.of();
        }
        Set<String> all = new LinkedHashSet<>();
        Map<String, NodeUsage> missing = new LinkedHashMap<>();
        for (NodeTopTable t : tables) {
            for (NodeUsage r : t.rows()) {
                all.add(r.node());
                if (!r.metricsAvailable()) {
                    missing.putIfAbsent(r.node(), r);
                }
            }
        }
        return List.of(new NodesWithoutMetrics(new ArrayList<>(missing.keySet()), all.size(),
                new ArrayList<>(missing.values())));
    }
}
