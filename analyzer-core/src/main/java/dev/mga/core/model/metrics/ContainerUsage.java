package dev.mga.core.model.metrics;

import dev.mga.core.model.Quantity;

/** One container's usage in a PodMetrics object. */
public record ContainerUsage(String name, Quantity cpu, Quantity memory) {
}
