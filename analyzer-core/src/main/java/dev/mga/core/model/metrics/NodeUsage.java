package dev.mga.core.model.metrics;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.Quantity;

/**
 * One row of {@code oc adm top node} / {@code kubectl top node}.
 *
 * @param node             node name
 * @param cpu              CPU in use ({@code 1894m}), null when not printed or {@code <unknown>}
 * @param cpuPercent       CPU% as printed, -1 when absent
 * @param memory           memory in use ({@code 15272Mi}), null when not printed or {@code <unknown>}
 * @param memoryPercent    MEMORY% as printed, -1 when absent
 * @param metricsAvailable false for the {@code <unknown>} rows kubectl prints for nodes metrics-server has no metrics for
 * @param location         the row
 * @param excerpt          the row as captured
 */
public record NodeUsage(String node, Quantity cpu, int cpuPercent, Quantity memory, int memoryPercent,
                        boolean metricsAvailable, Location location, String excerpt) implements Located {
}
