package dev.mga.core.model.etcd;

import com.fasterxml.jackson.annotation.JsonValue;
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
public record EtcdLogEvent(Kind kind, String time, long epochMillis, double durationMillis, String detail,
                           Location location, String excerpt) implements Located {

    /** What happened, in etcd's own words; {@link #id()} is the name JSON and rule summaries use. */
    public enum Kind {
        /** a WAL fdatasync over one second ({@code slow fdatasync}, {@code sync duration of …}) */
        SLOW_FDATASYNC("slow-fdatasync"),
        /** a request over etcd's 100 ms ({@code apply request took too long}, {@code took too long (…) to execute}) */
        SLOW_APPLY("slow-apply"),
        /** {@code waiting for ReadIndex response took too long} */
        SLOW_READ_INDEX("slow-read-index"),
        /** {@code failed to send out heartbeat on time} */
        HEARTBEAT_LATE("heartbeat-late"),
        /** {@code elected leader <id> at term <n>} */
        LEADER_ELECTED("leader-elected"),
        /** {@code lost leader <id> at term <n>} */
        LEADER_LOST("leader-lost"),
        /** {@code stepped down to follower since quorum is not active} */
        LEADER_STEPPED_DOWN("leader-stepped-down"),
        /** the NOSPACE alarm raised, or a write refused for it */
        NO_SPACE("no-space"),
        /** a TLS handshake that failed for another reason than a certificate (EOF of a probe, a reset) */
        CONNECTION_REJECTED("connection-rejected"),
        /** a TLS handshake that failed over a certificate */
        CERTIFICATE_REJECTED("certificate-rejected"),
        /** a Go panic or fatal line */
        PANIC("panic"),
        /** a panic on bbolt's own words for a damaged file */
        DB_CORRUPT("db-corrupt"),
        /** a scheduled compaction finished */
        COMPACTION("compaction"),
        /** a defragmentation finished */
        DEFRAGMENTATION("defragmentation");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        @Override
        public String toString() {
            return id;
        }

        /** The kind with this id. */
        public static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no etcd log event kind " + id);
        }
    }
}
