package dev.mga.core.model.etcd;

import java.util.List;
import java.util.Set;

/**
 * An etcd key read the way the Kubernetes API server lays them out:
 * {@code <prefix>/[<group>/]<resource>/[<namespace>/]<name>}, the prefix being {@code /registry}
 * (upstream default), {@code /kubernetes.io} (OpenShift's kube-apiserver) or {@code /openshift.io}
 * (openshift-apiserver). A first segment with a dot is an API group (custom resources and
 * aggregated APIs: {@code /kubernetes.io/operator.openshift.io/etcds/cluster}). A key with one name
 * segment after the resource is cluster-scoped, with two it is namespaced.
 *
 * @param key       the key as stored
 * @param prefix    {@code /kubernetes.io}, {@code /registry}, {@code /openshift.io}, another first segment, or ""
 * @param group     the API group segment, or "" for core and built-in groups
 * @param resource  the resource ({@code configmaps}, {@code services/specs}, {@code oauth/accesstokens}), or "" when the key is not Kubernetes-shaped
 * @param namespace the namespace, or "" for cluster-scoped objects
 * @param name      the object name
 */
public record KubernetesKey(String key, String prefix, String group, String resource, String namespace, String name) {

    private static final Set<String> PREFIXES = Set.of("kubernetes.io", "registry", "openshift.io");
    /** Resources the API server stores under two segments (services/specs, oauth/…, ranges/…). */
    private static final Set<String> TWO_SEGMENT = Set.of("services", "oauth");
    /** What follows {@code services/} in a two-segment key; anything else is a namespace. */
    private static final Set<String> SERVICE_KINDS = Set.of("specs", "endpoints");

    /** Parses a key; never fails: keys outside the Kubernetes layout get an empty resource. */
    public static KubernetesKey parse(String key) {
        if (key.length() < 2 || key.charAt(0) != '/') {
            return new KubernetesKey(key, "", "", "", "", key);
        }
        List<String> s = List.of(key.substring(1).split("/", -1));
        String prefix = "/" + s.get(0);
        if (s.size() < 3 || !PREFIXES.contains(s.get(0))) {
            // unknown prefix or a bare /prefix/name: keep what is there without guessing a resource
            return new KubernetesKey(key, s.size() > 1 ? prefix : "", "", "", "", s.get(s.size() - 1));
        }
        int i = 1;
        String group = "";
        if (s.get(i).contains(".") && s.size() > i + 2) {
            group = s.get(i++);
        }
        String resource = s.get(i++);
        if (TWO_SEGMENT.contains(resource) && group.isEmpty() && s.size() > i + 1
                && (!resource.equals("services") || SERVICE_KINDS.contains(s.get(i)))) {
            resource = resource + "/" + s.get(i++);
        }
        List<String> rest = s.subList(i, s.size());
        if (rest.size() == 1) {
            return new KubernetesKey(key, prefix, group, resource, "", rest.get(0));
        }
        return new KubernetesKey(key, prefix, group, resource, rest.get(0), String.join("/", rest.subList(1, rest.size())));
    }

    /** {@code group/resource} for custom and aggregated resources, else the resource. */
    public String groupResource() {
        return group.isEmpty() ? resource : group + "/" + resource;
    }
}
