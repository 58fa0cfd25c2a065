package dev.mga.core.model.kube;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.Map;

/**
 * An OpenShift {@code MachineConfigPool}: the labels a KubeletConfig selects it by, and the node selector that says
 * which nodes it configures.
 *
 * @param labels       metadata.labels
 * @param nodeSelector {@code spec.nodeSelector.matchLabels}
 * @param updated      the {@code Updated} condition's status ({@code True}, {@code False}), or ""
 */
public record MachineConfigPool(String name, Map<String, String> labels, Map<String, String> nodeSelector, String updated,
                                Location location, String excerpt) implements Located {

    public MachineConfigPool {
        labels = Ordered.copy(labels);
        nodeSelector = Ordered.copy(nodeSelector);
    }
}
