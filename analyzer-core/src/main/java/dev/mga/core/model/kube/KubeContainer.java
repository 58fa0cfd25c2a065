package dev.mga.core.model.kube;

import dev.mga.core.model.Quantity;
import java.util.Map;

/**
 * One container of a pod (or init container) with its resources.
 *
 * @param name         container name
 * @param image        image reference
 * @param init         an init container
 * @param requests     {@code resources.requests}: resource name → quantity
 * @param limits       {@code resources.limits}
 * @param requestLines the line of each request, for citing
 * @param limitLines   the line of each limit
 */
public record KubeContainer(String name, String image, boolean init, Map<String, Quantity> requests,
                            Map<String, Quantity> limits, Map<String, ResourceLine> requestLines,
                            Map<String, ResourceLine> limitLines) {

    public KubeContainer {
        requests = Ordered.copy(requests);
        limits = Ordered.copy(limits);
        requestLines = Ordered.copy(requestLines);
        limitLines = Ordered.copy(limitLines);
    }

    /**
     * What the scheduler counts for a resource: the request, or the limit when only a limit is set
     * (Kubernetes defaults a missing request to the limit); null when neither is set.
     */
    public Quantity effectiveRequest(String resource) {
        return requests.getOrDefault(resource, limits.get(resource));
    }

    /** The line that sets {@link #effectiveRequest}, or null. */
    public ResourceLine effectiveRequestLine(String resource) {
        return requests.containsKey(resource) ? requestLines.get(resource) : limitLines.get(resource);
    }
}
