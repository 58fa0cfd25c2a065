package dev.mga.core.model.etcd;

import com.fasterxml.jackson.annotation.JsonValue;
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
public record EtcdAlarm(String memberId, String type, Source source, Location location, String excerpt) implements Located {

    /** Which etcdctl command showed the alarm. */
    public enum Source {
        /** {@code etcdctl alarm list} */
        ALARM_LIST("alarm list"),
        /** an error of {@code etcdctl endpoint status} ({@code memberID:… alarm:NOSPACE}) */
        ENDPOINT_STATUS("endpoint status");

        private final String id;

        Source(String id) {
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
    }
}
