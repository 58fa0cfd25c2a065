package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * What etcdctl said on stderr, kept because gather scripts redirect it into the same file:
 * {@code Failed to get the status of endpoint … (context deadline exceeded)}, {@code Error: unhealthy
 * cluster}, a client log line ({@code "msg":"retrying of unary invoker failed"}), a crash.
 *
 * @param endpoint the endpoint it names, or ""
 * @param message  what went wrong
 * @param command  the command the file holds as far as its path tells ({@code endpoint status}…), or ""
 * @param location where it was read
 * @param excerpt  the line as captured
 */
public record EtcdClientError(String endpoint, String message, String command, Location location, String excerpt)
        implements Located {
}
