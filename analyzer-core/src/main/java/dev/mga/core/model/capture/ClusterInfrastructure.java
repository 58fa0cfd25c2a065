package dev.mga.core.model.capture;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * Where the cluster runs, from its Infrastructure object
 * ({@code cluster-scoped-resources/config.openshift.io/infrastructures/cluster.yaml}).
 *
 * @param platform             {@code status.platform} ({@code AWS}, {@code GCP}, {@code BareMetal}, {@code None}), or ""
 * @param infrastructureName   {@code status.infrastructureName}, or ""
 * @param controlPlaneTopology {@code status.controlPlaneTopology} ({@code HighlyAvailable}, {@code SingleReplica}), or ""
 * @param apiServerUrl         {@code status.apiServerURL}, or "" (its host names the cluster's base domain)
 * @param location             the file
 */
public record ClusterInfrastructure(String platform, String infrastructureName, String controlPlaneTopology,
                                    String apiServerUrl, Location location) implements Located {
}
