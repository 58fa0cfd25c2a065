package dev.mga.core.model.metrics;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.Quantity;
import java.util.List;

/**
 * A {@code PodMetrics} object of {@code metrics.k8s.io/v1beta1} ({@code kubectl get --raw
 * /apis/metrics.k8s.io/v1beta1/namespaces/<ns>/pods/<pod>}), alone or from a PodMetricsList.
 *
 * @param namespace  metadata.namespace
 * @param pod        metadata.name
 * @param timestamp  when metrics-server sampled it
 * @param window     the sampling window ({@code 5m0s})
 * @param containers per container
 * @param cpu        the containers' CPU summed
 * @param memory     the containers' memory summed
 * @param location   the object's first line
 * @param excerpt    a one-line summary of the object (JSON spans many lines)
 */
public record PodMetrics(String namespace, String pod, String timestamp, String window, List<ContainerUsage> containers,
                         Quantity cpu, Quantity memory, Location location, String excerpt) implements Located {

    public PodMetrics {
        containers = List.copyOf(containers);
    }
}
