package dev.mga.core.kube;

import java.util.List;

/** Event objects: must-gather {@code namespaces/<ns>/core/events.yaml}, {@code oc get events -o yaml|json}. */
public final class KubeEventType extends KubeResourceType {

    public KubeEventType() {
        super("Event", List.of("**/namespaces/*/core/events.yaml", "**/events.yaml", "**/events.json"), "involvedObject",
                List.of());
    }

    @Override
    public String id() {
        return "kube.event";
    }

    @Override
    public String description() {
        return "Kubernetes Event objects (YAML or JSON, single or list): must-gather core/events.yaml,"
                + " oc get events -o yaml|json";
    }
}
