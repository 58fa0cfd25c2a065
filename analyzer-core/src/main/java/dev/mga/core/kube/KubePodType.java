package dev.mga.core.kube;

import java.util.List;

/**
 * Pod objects: must-gather {@code namespaces/<ns>/core/pods.yaml} and {@code pods/<pod>/<pod>.yaml},
 * {@code oc get pods -o yaml|json}.
 */
public final class KubePodType extends KubeResourceType {

    public KubePodType() {
        super("Pod", List.of("**/namespaces/*/core/pods.yaml", "**/namespaces/*/pods/*/*.yaml", "**/pods.yaml",
                "**/pods.json"), "containers", List.of("involvedObject"));
    }

    @Override
    public String id() {
        return "kube.pod";
    }

    @Override
    public String description() {
        return "Kubernetes Pod objects (YAML or JSON, single or list): must-gather core/pods.yaml, oc get pods -o yaml|json";
    }
}
