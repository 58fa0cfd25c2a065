package dev.mga.core.model.metrics;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.Quantity;

/**
 * A {@code NodeMetrics} object of {@code metrics.k8s.io/v1beta1}, alone or from a NodeMetricsList.
 *
 * @param node      metadata.name
 * @param timestamp when sampled
 * @param window    the sampling window
 * @param cpu       usage.cpu
 * @param memory    usage.memory (the node's working set)
 * @param location  the object's first line
 * @param excerpt   a one-line summary of the object
 */
public record NodeMetrics(String node, String timestamp, String window, Quantity cpu, Quantity memory,
                          Location location, String excerpt) implements Located {
}
