package dev.mga.core.model.etcd;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * What one key listing says about the keyspace, in bounded size whatever the number of keys:
 * counts per resource and per namespace, the keys written most often and the keys written last.
 * From {@code etcdctl get --prefix} in fields, JSON or keys-only form, the seed's {@code COUNT KEY}
 * lines, {@code --count-only}, or the must-gather's {@code etcd_object_count}.
 *
 * @param format           {@code fields}, {@code json}, {@code keys}, {@code number-key}, {@code object-count} (uniq -c),
 *                         {@code object-count-json} (4.14 object_count.json) or {@code object-count-resources} (4.16+)
 * @param keysListed       keys read from the listing
 * @param reportedCount    the {@code Count} etcd reported (all keys in range, also with {@code --count-only}), or -1
 * @param revision         the store revision of the response header, or -1
 * @param hasVersions      the listing carries Version/CreateRevision (fields or JSON), so updates can be ranked
 * @param topByUpdates     keys with the most writes since creation, most first
 * @param mostRecentlyWritten keys with the highest ModRevision: written last, which says nothing of how often
 * @param resources        keys per resource type, most first
 * @param namespaces       keys per resource type and namespace, the largest groups first
 * @param location         the listing
 */
public record EtcdKeyspace(String format, long keysListed, long reportedCount, long revision, boolean hasVersions,
                           List<EtcdKeyStats> topByUpdates, List<EtcdKeyStats> mostRecentlyWritten,
                           List<EtcdResourceCount> resources, List<EtcdResourceCount> namespaces, Location location)
        implements Located {

    public EtcdKeyspace {
        topByUpdates = List.copyOf(topByUpdates);
        mostRecentlyWritten = List.copyOf(mostRecentlyWritten);
        resources = List.copyOf(resources);
        namespaces = List.copyOf(namespaces);
    }

    /** Keys in the keyspace: the reported count when there is one, else the keys listed. */
    @JsonProperty
    public long totalKeys() {
        return reportedCount >= 0 ? Math.max(reportedCount, keysListed) : keysListed;
    }
}
