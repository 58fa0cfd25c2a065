package dev.mga.core.model.metrics;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.Quantity;

/**
 * A node's memory capacity as the seed's one-liner prints it:
 * {@code oc get nodes -o json | jq -r '.items[] | "\(.metadata.name) - \(.status.capacity.memory)"'}
 * → {@code master-0.ocp-power.xyz - 16652928Ki}.
 */
public record NodeMemoryCapacity(String node, Quantity memory, Location location, String excerpt) implements Located {
}
