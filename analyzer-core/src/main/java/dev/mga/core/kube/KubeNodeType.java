package dev.mga.core.kube;

import java.util.List;

/** Node objects: must-gather {@code cluster-scoped-resources/core/nodes/<node>.yaml}, {@code oc get nodes -o yaml|json}. */
public final class KubeNodeType extends KubeResourceType {

    public KubeNodeType() {
        super("Node", List.of("**/cluster-scoped-resources/core/nodes/*.yaml", "**/cluster-scoped-resources/core/nodes.yaml",
                "**/nodes.yaml", "**/nodes.json"), "allocatable", List.of("involvedObject", "containers:"));
    }

    @Override
    public String id() {
        return "kube.node";
    }

    @Override
    public String description() {
        return "Kubernetes Node objects (YAML or JSON, single or list): must-gather core/nodes, oc get nodes -o yaml|json";
    }
}
