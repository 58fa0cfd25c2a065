package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * Keys of one resource type (and namespace, when counted per namespace) in a listing.
 *
 * @param resource  resource ({@code group/resource} for custom ones; for {@code etcd_object_count} the third key segment)
 * @param namespace namespace, or "" for a count over all namespaces
 * @param keys      keys listed
 * @param updates   sum of their versions (writes since creation), or -1 when the listing has no versions
 * @param bytes     size of their values (gather_etcd's object_size since 4.16, numfmt --to=iec), or -1
 * @param location  the line it comes from (an {@code etcd_object_count} line), or the listing
 * @param excerpt   the line as captured, or a description of the count
 */
public record EtcdResourceCount(String resource, String namespace, long keys, long updates, long bytes, Location location,
                                String excerpt) implements Located {
}
