package dev.mga.core.kube;

import dev.mga.core.detect.ArtifactType;
import dev.mga.core.detect.ContentSample;
import dev.mga.core.parse.ArtifactParser;
import java.util.List;

/** Kubernetes Pod objects, single or listed, YAML or JSON: must-gather {@code namespaces/<ns>/core/pods.yaml}, {@code oc get pods -o yaml|json}. */
public final class KubePodType implements ArtifactType {

    private final KubeResourceParser parser = new KubeResourceParser("Pod");

    @Override
    public String id() {
        return "kube.pod";
    }

    @Override
    public String family() {
        return "kube";
    }

    @Override
    public String description() {
        return "Kubernetes Pod objects (YAML or JSON, single or list): must-gather namespaces/*/core/pods.yaml, oc get pods -o yaml/json";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/namespaces/*/core/pods.yaml", "**/namespaces/*/pods/*/*.yaml", "**/pods.yaml", "**/pods.json");
    }

    @Override
    public boolean sniff(ContentSample sample) {
        return KubeTypes.holds(sample, "Pod", "containers", "involvedObject");
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
