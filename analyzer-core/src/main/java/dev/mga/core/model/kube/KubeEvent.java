package dev.mga.core.model.kube;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * A Kubernetes Event (core/v1, or events.k8s.io/v1 mapped to the same fields): from
 * {@code namespaces/<ns>/core/events.yaml} or {@code oc get events -o yaml|json}.
 *
 * @param namespace      metadata.namespace
 * @param name           metadata.name
 * @param type           {@code Normal} or {@code Warning}
 * @param reason         e.g. {@code FailedScheduling}, {@code OutOfhugepages-1Gi}
 * @param message        e.g. {@code 0/3 nodes are available: 1 Insufficient hugepages-1Gi, …}
 * @param involvedObject what it is about
 * @param count          how many times it happened (1 when not given)
 * @param firstTimestamp as printed, or ""
 * @param lastTimestamp  as printed (eventTime when there is no lastTimestamp), or ""
 * @param source         the reporting component, and its host when given ({@code kubelet worker-1})
 * @param location       the message's line
 * @param excerpt        that line
 */
public record KubeEvent(String namespace, String name, String type, String reason, String message,
                        KubeObjectRef involvedObject, long count, String firstTimestamp, String lastTimestamp,
                        String source, Location location, String excerpt) implements Located {
}
