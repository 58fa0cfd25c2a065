package dev.mga.core.model.etcd;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Locale;

/**
 * What etcdctl (or another etcd client) said on stderr, kept because gather scripts redirect it into
 * the same file and people paste it with the output: {@code Failed to get the status of endpoint …
 * (context deadline exceeded)}, {@code Error: unhealthy cluster}, a client log line
 * ({@code "msg":"retrying of unary invoker failed"}), etcdctl v2's {@code error #0: client: endpoint …
 * exceeded header timeout}, a crash.
 *
 * @param endpoint the one endpoint it names, or "" (none, or the client's whole endpoint list)
 * @param targets  the endpoints the client was talking to when it names several (a retry log
 *                 line's {@code #initially=[a;b]}), else empty
 * @param cause    what the message says went wrong
 * @param retry    true for the client library's own retry log line: the request was retried, and the
 *                 outcome is what follows it
 * @param message  what went wrong, as printed
 * @param command  the command the file holds as far as its path tells ({@code endpoint status}…), or ""
 * @param location where it was read
 * @param excerpt  the line as captured
 */
public record EtcdClientError(String endpoint, List<String> targets, Cause cause, boolean retry, String message,
                              String command, Location location, String excerpt) implements Located {

    public EtcdClientError {
        targets = List.copyOf(targets);
    }

    /** What a client error says went wrong, from its words (etcd's and gRPC's error texts). */
    public enum Cause {
        /** {@code etcdserver: no leader}: the member answered but has no leader (no quorum, or an election) */
        NO_LEADER,
        /** {@code database space exceeded}, {@code etcdserver: no space}: the NOSPACE alarm is in effect */
        NO_SPACE,
        /** the client's TLS set-up failed (no or wrong certificates): says nothing about the member */
        CLIENT_TLS,
        /** the member could not be reached or did not answer in time */
        UNREACHABLE,
        /** {@code leader changed}, {@code request timed out}: the client retries these during an election */
        TRANSIENT,
        /** etcdctl itself crashed */
        CLIENT_CRASH,
        /** anything else */
        OTHER;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The cause a client error's text names; TLS first (a handshake closed by the server also times out). */
        public static Cause of(String message) {
            String m = message.toLowerCase(Locale.ROOT);
            if (m.contains("etcdserver: no leader")) {
                return NO_LEADER;
            }
            if (m.contains("database space exceeded") || m.contains("etcdserver: no space")) {
                return NO_SPACE;
            }
            if (m.contains("x509:") || m.contains("tls:") || m.contains("authentication handshake failed")
                    || m.contains("does not look like a tls handshake") || m.contains("last connection error: connection closed")
                    || m.contains("latest connection error: connection closed") // etcd 3.4's clientv3 wording
                    || m.contains("connection closed before server preface received")) {
                return CLIENT_TLS;
            }
            if (m.contains("leader changed") || m.contains("request timed out")) {
                return TRANSIENT;
            }
            if (m.startsWith("etcdctl crashed")) {
                return CLIENT_CRASH;
            }
            if (m.contains("connection refused") || m.contains("no route to host") || m.contains("i/o timeout")
                    || m.contains("deadline exceeded") || m.contains("deadlineexceeded") || m.contains("timed out")
                    || m.contains("header timeout") || m.contains("unreachable") || m.contains("unavailable")
                    || m.contains("no such host") || m.contains("failed to connect") || m.contains("transientfailure")) {
                return UNREACHABLE;
            }
            return OTHER;
        }
    }
}
