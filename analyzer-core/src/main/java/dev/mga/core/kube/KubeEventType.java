package dev.mga.core.kube;

import dev.mga.core.detect.ArtifactType;
import dev.mga.core.detect.ContentSample;
import dev.mga.core.parse.ArtifactParser;
import java.util.List;

/** Kubernetes Event objects, single or listed, YAML or JSON: must-gather {@code namespaces/<ns>/core/events.yaml}, {@code oc get events -o yaml|json}. */
public final class KubeEventType implements ArtifactType {

    private final KubeResourceParser parser = new KubeResourceParser("Event");

    @Override
    public String id() {
        return "kube.event";
    }

    @Override
    public String family() {
        return "kube";
    }

    @Override
    public String description() {
        return "Kubernetes Event objects (YAML or JSON, single or list): must-gather namespaces/*/core/events.yaml, oc get events -o yaml/json";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/namespaces/*/core/events.yaml", "**/events.yaml", "**/events.json");
    }

    @Override
    public boolean sniff(ContentSample sample) {
        return KubeTypes.holds(sample, "Event", "involvedObject");
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
