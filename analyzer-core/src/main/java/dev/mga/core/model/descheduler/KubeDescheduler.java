package dev.mga.core.model.descheduler;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * The Kube Descheduler Operator's {@code KubeDescheduler} resource ({@code operator.openshift.io/v1},
 * usually {@code openshift-kube-descheduler-operator/cluster}), as the operator's API types define it
 * (openshift/cluster-kube-descheduler-operator {@code pkg/apis/descheduler/v1/types_descheduler.go}).
 *
 * @param name                        metadata.name
 * @param namespace                   metadata.namespace
 * @param mode                        spec.mode as written, "" when absent
 * @param effectiveMode               the mode in force: {@code Predictive} when absent (the CRD default)
 * @param deschedulingIntervalSeconds spec.deschedulingIntervalSeconds, 0 when absent
 * @param profiles                    spec.profiles, in order, duplicates kept
 * @param profileEntries              the same with their lines
 * @param podLifetime                 profileCustomizations.podLifetime, ""
 * @param thresholdPriority           profileCustomizations.thresholdPriority, "" when absent
 * @param thresholdPriorityClassName  profileCustomizations.thresholdPriorityClassName, ""
 * @param includedNamespaces          profileCustomizations.namespaces.included
 * @param excludedNamespaces          profileCustomizations.namespaces.excluded
 * @param lowNodeUtilizationThresholds profileCustomizations.devLowNodeUtilizationThresholds, ""
 * @param evictionLimitTotal          spec.evictionLimits.total, "" when absent
 * @param managementState             spec.managementState, ""
 * @param logLevel                    spec.logLevel, ""
 * @param location                    the resource's {@code kind:} line
 * @param excerpt                     the mode line, or the kind line when the mode is absent
 * @param modeLocation                the mode line, or the kind line
 */
public record KubeDescheduler(String name, String namespace, String mode, String effectiveMode,
                              long deschedulingIntervalSeconds, List<String> profiles,
                              List<KubeDeschedulerProfile> profileEntries, String podLifetime, String thresholdPriority,
                              String thresholdPriorityClassName, List<String> includedNamespaces,
                              List<String> excludedNamespaces, String lowNodeUtilizationThresholds,
                              String evictionLimitTotal, String managementState, String logLevel, Location location,
                              String excerpt, Location modeLocation) implements Located {

    public KubeDescheduler {
        profiles = List.copyOf(profiles);
        profileEntries = List.copyOf(profileEntries);
        includedNamespaces = List.copyOf(includedNamespaces);
        excludedNamespaces = List.copyOf(excludedNamespaces);
    }

    /** True when the mode in force is Predictive (evictions only logged). */
    public boolean isPredictive() {
        return "Predictive".equals(effectiveMode);
    }
}
