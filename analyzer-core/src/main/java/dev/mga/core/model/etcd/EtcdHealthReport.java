package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/** One captured {@code etcdctl endpoint health}: every endpoint checked. */
public record EtcdHealthReport(EtcdctlFormat format, List<EtcdEndpointHealth> endpoints, Location location) implements Located {

    public EtcdHealthReport {
        endpoints = List.copyOf(endpoints);
    }
}
