package dev.mga.core.kube;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one node a pod's spec pins it to before it is bound: a required node affinity term on the
 * {@code metadata.name} field (what the DaemonSet controller writes) or on the
 * {@code kubernetes.io/hostname} label with a single value, or a {@code kubernetes.io/hostname}
 * nodeSelector. A pending DaemonSet pod that cannot start is thereby the problem of that node.
 */
final class PodPlacement {

    private static final String HOSTNAME = "kubernetes.io/hostname";

    private PodPlacement() {
    }

    static String requiredNode(Map<String, Object> pod) {
        for (Object term : KubeObjects.list(KubeObjects.at(pod, "spec", "affinity", "nodeAffinity",
                "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms"))) {
            String n = single(KubeObjects.at(term, "matchFields"), "metadata.name");
            if (n.isEmpty()) {
                n = single(KubeObjects.at(term, "matchExpressions"), HOSTNAME);
            }
            if (!n.isEmpty()) {
                return n;
            }
        }
        return KubeObjects.strings(KubeObjects.at(pod, "spec", "nodeSelector")).getOrDefault(HOSTNAME, "");
    }

    /**
     * The node labels a pod requires: its nodeSelector, then the keys of its required node affinity's match
     * expressions (of every term: a term that names a label shows the pod looks for it).
     */
    static Map<String, String> requiredLabels(Map<String, Object> pod) {
        Map<String, String> out = new LinkedHashMap<>(KubeObjects.strings(KubeObjects.at(pod, "spec", "nodeSelector")));
        for (Object term : KubeObjects.list(KubeObjects.at(pod, "spec", "affinity", "nodeAffinity",
                "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms"))) {
            for (Object r : KubeObjects.list(KubeObjects.at(term, "matchExpressions"))) {
                String key = KubeObjects.text(KubeObjects.at(r, "key"));
                String op = KubeObjects.text(KubeObjects.at(r, "operator"));
                List<?> values = KubeObjects.list(KubeObjects.at(r, "values"));
                if (!key.isEmpty() && out.size() < 100) {
                    out.putIfAbsent(key, op.equals("In") && values.size() == 1 ? KubeObjects.text(values.get(0))
                            : op.equals("Exists") ? "" : "[" + op + "]");
                }
            }
        }
        return out;
    }

    /** The value of an {@code In} requirement on {@code key} with exactly one value, else "". */
    private static String single(Object requirements, String key) {
        for (Object r : KubeObjects.list(requirements)) {
            List<?> values = KubeObjects.list(KubeObjects.at(r, "values"));
            if (KubeObjects.text(KubeObjects.at(r, "key")).equals(key)
                    && KubeObjects.text(KubeObjects.at(r, "operator")).equals("In") && values.size() == 1) {
                return KubeObjects.text(values.get(0));
            }
        }
        return "";
    }
}
