package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * One etcd server log line that matters to a support engineer.
 *
 * @param kind           what happened: {@code slow-fdatasync}, {@code slow-apply}, {@code slow-read-index},
 *                       {@code heartbeat-late}, {@code leader-elected}, {@code leader-lost},
 *                       {@code leader-stepped-down}, {@code no-space}, {@code connection-rejected}, {@code panic},
 *                       {@code db-corrupt}, {@code compaction}, {@code defragmentation}
 * @param time           the line's timestamp as printed, or ""
 * @param epochMillis    the timestamp in milliseconds since the epoch (UTC), or -1
 * @param durationMillis the duration the line reports (took …), or -1
 * @param detail         the term of an election, the request of a slow apply, …
 * @param location       where the line is
 * @param excerpt        the line as captured
 */
public record EtcdLogEvent(String kind, String time, long epochMillis, double durationMillis, String detail,
                           Location location, String excerpt) implements Located {
}
