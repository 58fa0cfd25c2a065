package dev.mga.core.model.kube;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.Quantity;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes Node: from {@code cluster-scoped-resources/core/nodes/<node>.yaml},
 * {@code oc get node -o yaml|json}, or a bare {@code jsonpath={.status.allocatable}} output (then
 * with only allocatable).
 *
 * @param name            metadata.name
 * @param labels          metadata.labels
 * @param architecture    status.nodeInfo.architecture, else the {@code kubernetes.io/arch} label, else ""
 * @param kernelVersion   status.nodeInfo.kernelVersion, or ""
 * @param kubeletVersion  status.nodeInfo.kubeletVersion, or ""
 * @param unschedulable   spec.unschedulable (cordoned)
 * @param taints          spec.taints as {@code key=value:Effect}
 * @param conditions      status.conditions: type → status ({@code Ready → True})
 * @param capacity        status.capacity: resource → quantity, {@code hugepages-<size>} included
 * @param allocatable     status.allocatable
 * @param allocatableLines the line of each allocatable resource, for citing
 * @param location        the name's line (or the first line of a bare allocatable)
 * @param excerpt         that line
 */
public record KubeNode(String name, Map<String, String> labels, String architecture, String kernelVersion,
                       String kubeletVersion, boolean unschedulable, List<String> taints, Map<String, String> conditions,
                       Map<String, Quantity> capacity, Map<String, Quantity> allocatable,
                       Map<String, ResourceLine> allocatableLines, Location location, String excerpt) implements Located {

    public KubeNode {
        labels = Ordered.copy(labels);
        taints = List.copyOf(taints);
        conditions = Ordered.copy(conditions);
        capacity = Ordered.copy(capacity);
        allocatable = Ordered.copy(allocatable);
        allocatableLines = Ordered.copy(allocatableLines);
    }

    /** True when the node lists the resource in its capacity or allocatable (even as 0). */
    public boolean offers(String resource) {
        return capacity.containsKey(resource) || allocatable.containsKey(resource);
    }

    /** Allocatable of a resource, 0 when not listed. */
    public Quantity allocatable(String resource) {
        return allocatable.getOrDefault(resource, Quantity.ZERO);
    }
}
