package dev.mga.core.model.capture;

/**
 * One entry of a ClusterVersion's {@code status.history}, newest first: an installation or an update.
 *
 * @param version        the release it went to
 * @param state          {@code Completed} or {@code Partial}
 * @param startedTime    when it started, as the API server wrote it, or ""
 * @param completionTime when it completed, or "" ({@code null} while it runs or when it was abandoned)
 * @param verified       whether the release image's signature was verified
 */
public record ClusterUpdate(String version, String state, String startedTime, String completionTime, boolean verified) {
}
