package dev.mga.core.kube;

import dev.mga.core.detect.ArtifactType;
import dev.mga.core.detect.ContentSample;
import dev.mga.core.parse.ArtifactParser;
import java.util.List;

/** Kubernetes Node objects, single or listed, YAML or JSON: must-gather {@code cluster-scoped-resources/core/nodes/<node>.yaml}, {@code oc get nodes -o yaml|json}. */
public final class KubeNodeType implements ArtifactType {

    private final KubeResourceParser parser = new KubeResourceParser("Node");

    @Override
    public String id() {
        return "kube.node";
    }

    @Override
    public String family() {
        return "kube";
    }

    @Override
    public String description() {
        return "Kubernetes Node objects (YAML or JSON, single or list): must-gather cluster-scoped-resources/core/nodes/*.yaml, oc get nodes -o yaml/json";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/cluster-scoped-resources/core/nodes/*.yaml", "**/cluster-scoped-resources/core/nodes.yaml", "**/nodes.yaml", "**/nodes.json");
    }

    @Override
    public boolean sniff(ContentSample sample) {
        return KubeTypes.holds(sample, "Node", "allocatable", "involvedObject", "containers:");
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
