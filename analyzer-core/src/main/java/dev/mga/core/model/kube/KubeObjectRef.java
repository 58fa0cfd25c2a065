package dev.mga.core.model.kube;

/**
 * The object an event is about ({@code involvedObject}, or {@code regarding} in events.k8s.io/v1).
 *
 * @param kind      e.g. {@code Pod}
 * @param namespace "" for cluster-scoped objects
 * @param name      the object's name
 * @param fieldPath e.g. {@code spec.containers{etcd}}, or ""
 */
public record KubeObjectRef(String kind, String namespace, String name, String fieldPath) {
}
