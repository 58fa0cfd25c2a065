package dev.mga.core.model.capture;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * The cluster's identity and version, from its ClusterVersion object
 * ({@code cluster-scoped-resources/config.openshift.io/clusterversions/version.yaml}).
 *
 * @param clusterId        {@code spec.clusterID}, or ""
 * @param channel          {@code spec.channel}, or ""
 * @param desiredVersion   {@code status.desired.version}: the version the cluster runs or is moving to, or ""
 * @param completedVersion the newest {@code status.history} entry with {@code state: Completed}, or ""
 *                         (none while the first installation is still going on)
 * @param history          {@code status.history}, newest first (the first {@value #MAX_HISTORY} entries)
 * @param location         the file
 */
public record ClusterVersionInfo(String clusterId, String channel, String desiredVersion, String completedVersion,
                                 List<ClusterUpdate> history, Location location) implements Located {

    /** History entries kept: a cluster updated monthly for years has dozens; the recent ones tell the story. */
    public static final int MAX_HISTORY = 20;

    public ClusterVersionInfo {
        history = List.copyOf(history.size() > MAX_HISTORY ? history.subList(0, MAX_HISTORY) : history);
    }

    /** True while an installation or an update to {@link #desiredVersion} has not completed. */
    public boolean updating() {
        return !desiredVersion.isEmpty() && !desiredVersion.equals(completedVersion);
    }
}
