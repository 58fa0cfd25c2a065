package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * One key of a listing, with its write history as etcd keeps it.
 *
 * @param key            the key
 * @param resource       Kubernetes resource ({@code group/resource} for custom ones), or "" when not Kubernetes-shaped
 * @param namespace      namespace, "" when cluster-scoped
 * @param name           object name
 * @param createRevision store revision of its creation, or -1 when not listed
 * @param modRevision    store revision of its last write, or -1
 * @param version        writes since its creation (etcd's {@code Version}), or -1
 * @param writeShare     version / (modRevision - createRevision + 1): the share of all the store's writes
 *                       between its creation and its last write that went to this key, or -1
 * @param location       where the key is listed
 * @param excerpt        the key's lines as captured
 */
public record EtcdKeyStats(String key, String resource, String namespace, String name, long createRevision,
                           long modRevision, long version, double writeShare, Location location, String excerpt)
        implements Located {

    public static EtcdKeyStats of(String key, long create, long mod, long version, Location location, String excerpt) {
        KubernetesKey k = KubernetesKey.parse(key);
        double share = create > 0 && mod >= create && version > 0 ? Math.min(1.0, (double) version / (mod - create + 1)) : -1;
        return new EtcdKeyStats(key, k.groupResource(), k.namespace(), k.name(), create, mod, version, share, location, excerpt);
    }
}
