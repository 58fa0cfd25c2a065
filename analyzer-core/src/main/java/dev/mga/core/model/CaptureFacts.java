package dev.mga.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the capture says about itself, for the head of its report section. Every field is empty
 * (or 0) when the capture does not say.
 *
 * @param root           the folder inside the input that holds the capture (a must-gather's image
 *                       folder, a sosreport's top folder); evidence paths are shown relative to it.
 *                       Empty when the entries sit at the top of the input
 * @param capturedAt     when the capture was taken, ISO 8601 with the offset it printed
 * @param capturedAtFrom what said so: {@code must-gather timestamp}, {@code sosreport date}
 * @param clusterVersion the version the cluster last completed (its ClusterVersion history),
 *                       e.g. {@code 4.12.0-0.okd-2023-03-04-063026}; empty while the first installation runs
 * @param updatingTo     the version an installation or update in progress is moving to, or empty
 * @param clusterId      the ClusterVersion's {@code spec.clusterID}
 * @param platform       the Infrastructure's {@code status.platform} ({@code AWS}, {@code None})
 * @param nodes          Node objects in the capture
 * @param nodeRoles      nodes per role ({@code node-role.kubernetes.io/<role>} labels; a node may have several), in
 *                       the order first seen
 * @param architectures  nodes per architecture ({@code amd64}, {@code ppc64le})
 * @param history        the ClusterVersion's history, newest first, one line each:
 *                       {@code 4.12.0 Completed 2023-03-08T12:07:04Z} ({@code Partial} and no time while it runs)
 */
public record CaptureFacts(String root, String capturedAt, String capturedAtFrom, String clusterVersion,
                           String updatingTo, String clusterId, String platform, long nodes, Map<String, Long> nodeRoles,
                           Map<String, Long> architectures, List<String> history) {

    public CaptureFacts {
        root = root == null ? "" : root;
        capturedAt = capturedAt == null ? "" : capturedAt;
        capturedAtFrom = capturedAtFrom == null ? "" : capturedAtFrom;
        clusterVersion = clusterVersion == null ? "" : clusterVersion;
        updatingTo = updatingTo == null ? "" : updatingTo;
        clusterId = clusterId == null ? "" : clusterId;
        platform = platform == null ? "" : platform;
        nodeRoles = nodeRoles == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(nodeRoles));
        architectures = architectures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(architectures));
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static CaptureFacts none() {
        return new CaptureFacts("", "", "", "", "", "", "", 0, Map.of(), Map.of(), List.of());
    }

    /** The path of an entry relative to the capture root; entries outside it keep their full path. */
    public String relative(String path) {
        return !root.isEmpty() && path.startsWith(root) && path.length() > root.length() ? path.substring(root.length()) : path;
    }
}
