package dev.mga.core.kube;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/** {@code oc get node <node> -o jsonpath="{.status.allocatable}"} output (with or without {@code | jq}). */
public final class KubeAllocatableType implements ArtifactType {

    private static final Pattern RESOURCE =
            Pattern.compile("\"(?:cpu|memory|pods|ephemeral-storage|hugepages-\\w+)\"\\s*:\\s*\"");

    private final KubeAllocatableParser parser = new KubeAllocatableParser();

    @Override
    public String id() {
        return "kube.allocatable";
    }

    @Override
    public String family() {
        return "kube";
    }

    @Override
    public String description() {
        return "a node's allocatable map (oc get node X -o jsonpath={.status.allocatable} | jq)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of();
    }

    /** A JSON map naming cpu, memory and pods (after an optional prompt), and no Kubernetes object around it. */
    @Override
    public boolean sniff(ContentSample sample) {
        String text = sample.text();
        int brace = text.indexOf('{');
        if (brace < 0 || text.contains("apiVersion") || text.substring(0, brace).contains("\n{")) {
            return false;
        }
        String before = text.substring(0, brace);
        if (!before.isBlank() && !before.strip().startsWith("$") && !before.contains("get no")) {
            return false;
        }
        String json = text.substring(brace);
        return json.contains("\"cpu\"") && json.contains("\"memory\"") && json.contains("\"pods\"")
                && RESOURCE.matcher(json).find();
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
