package dev.mga.core.model.descheduler;

import java.util.List;

/**
 * {@code spec.profileCustomizations} of a KubeDescheduler ("" or empty when absent).
 *
 * @param podLifetime                  podLifetime
 * @param thresholdPriority            thresholdPriority
 * @param thresholdPriorityClassName   thresholdPriorityClassName
 * @param includedNamespaces           namespaces.included
 * @param excludedNamespaces           namespaces.excluded
 * @param lowNodeUtilizationThresholds devLowNodeUtilizationThresholds
 */
public record KubeDeschedulerCustomizations(String podLifetime, String thresholdPriority, String thresholdPriorityClassName,
                                            List<String> includedNamespaces, List<String> excludedNamespaces,
                                            String lowNodeUtilizationThresholds) {

    public KubeDeschedulerCustomizations {
        includedNamespaces = List.copyOf(includedNamespaces);
        excludedNamespaces = List.copyOf(excludedNamespaces);
    }
}
