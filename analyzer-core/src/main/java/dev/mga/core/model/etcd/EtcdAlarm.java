package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * A raised alarm: from {@code etcdctl alarm list}, or from the errors of an endpoint status.
 *
 * @param memberId the member that raised it, hex
 * @param type     {@code NOSPACE}, {@code CORRUPT}, …
 * @param source   {@code alarm list} or {@code endpoint status}
 * @param location where it was read
 * @param excerpt  the line as captured
 */
public record EtcdAlarm(String memberId, String type, String source, Location location, String excerpt) implements Located {
}
