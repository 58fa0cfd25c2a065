package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * One endpoint's answer to {@code etcdctl endpoint health}.
 *
 * @param endpoint the client URL
 * @param memberId the member id in hex when the output names it (etcdctl v2's {@code cluster-health}), else ""
 * @param healthy  the endpoint committed the health proposal
 * @param took     how long the check took, as printed ({@code 4.39ms}), or ""
 * @param tookMillis the same in milliseconds, or -1
 * @param error    the error etcdctl gave, or ""
 * @param format   {@code table}, {@code simple}, {@code fields} or {@code json}
 * @param location where it was read
 * @param excerpt  the line, row or element as captured
 */
public record EtcdEndpointHealth(String endpoint, String memberId, boolean healthy, String took, double tookMillis, String error,
                                 EtcdctlFormat format, Location location, String excerpt) implements Located {
}
