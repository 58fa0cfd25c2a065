package dev.mga.core.model.descheduler;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * The Kube Descheduler Operator's {@code KubeDescheduler} resource (usually
 * {@code openshift-kube-descheduler-operator/cluster}), as the operator's API types define it
 * (openshift/cluster-kube-descheduler-operator {@code pkg/apis/descheduler/v1/types_descheduler.go},
 * and the {@code v1beta1} of OpenShift 4.4–4.7 with its {@code strategies} and cron {@code schedule}).
 *
 * @param name                        metadata.name
 * @param namespace                   metadata.namespace
 * @param apiVersion                  apiVersion as written
 * @param mode                        spec.mode as written, "" when absent
 * @param effectiveMode               the mode in force: {@code Predictive} when a v1 resource has none (the
 *                                    CRD default); {@code Automatic} for v1beta1, which had no mode and evicted
 *                                    for real unless its deprecated {@code flags} asked for {@code --dry-run}
 * @param deschedulingIntervalSeconds spec.deschedulingIntervalSeconds, 0 when absent
 * @param schedule                    spec.schedule, the cron schedule of the 2020 v1beta1 operator, ""
 * @param profiles                    spec.profiles, in order, duplicates kept
 * @param profileEntries              the same with their lines
 * @param strategies                  spec.strategies of v1beta1, in order
 * @param customizations              spec.profileCustomizations
 * @param evictionLimitTotal          spec.evictionLimits.total, "" when absent
 * @param managementState             spec.managementState, ""
 * @param logLevel                    spec.logLevel, ""
 * @param location                    the resource's {@code kind:} line
 * @param excerpt                     the mode line, or the kind line when the mode is absent
 * @param modeLocation                the mode line, or the kind line
 */
public record KubeDescheduler(String name, String namespace, String apiVersion, String mode, DeschedulerMode effectiveMode,
                              long deschedulingIntervalSeconds, String schedule, List<String> profiles,
                              List<KubeDeschedulerProfile> profileEntries, List<KubeDeschedulerStrategy> strategies,
                              KubeDeschedulerCustomizations customizations, String evictionLimitTotal,
                              String managementState, String logLevel, Location location, String excerpt,
                              Location modeLocation) implements Located {

    public KubeDescheduler {
        profiles = List.copyOf(profiles);
        profileEntries = List.copyOf(profileEntries);
        strategies = List.copyOf(strategies);
    }

    /** True when the mode in force is Predictive (evictions only logged). */
    public boolean isPredictive() {
        return effectiveMode == DeschedulerMode.PREDICTIVE;
    }

    /** True for the legacy v1beta1 API, which configured strategies rather than profiles. */
    public boolean isLegacy() {
        return apiVersion.endsWith("/v1beta1");
    }
}
