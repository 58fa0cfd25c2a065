package dev.mga.core.model.kube;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes Pod: from {@code namespaces/<ns>/core/pods.yaml} (a PodList) or {@code oc get pod -o yaml|json}.
 *
 * @param namespace         metadata.namespace
 * @param name              metadata.name
 * @param labels            metadata.labels
 * @param owner             the controller's {@code Kind/name} ({@code DaemonSet/ovs-dpdk}), or ""
 * @param nodeName          spec.nodeName: the node it is bound to, or ""
 * @param nominatedNodeName status.nominatedNodeName, or ""
 * @param requiredNodeName  the one node a required node affinity ({@code metadata.name} field or
 *                          {@code kubernetes.io/hostname} label, as DaemonSets set) or the
 *                          {@code kubernetes.io/hostname} nodeSelector pins it to, or ""
 * @param requiredNodeLabels the node labels the pod cannot run without: {@code spec.nodeSelector}, and the keys of the
 *                          required node affinity's match expressions (an {@code In} with one value gives that value,
 *                          {@code Exists} gives "", other operators their name in brackets, {@code [NotIn]})
 * @param phase             status.phase ({@code Pending}, {@code Running}, …)
 * @param reason            status.reason ({@code OutOfhugepages-1Gi}, {@code Evicted}), or ""
 * @param message           status.message, or ""
 * @param unschedulable     the PodScheduled condition's message when it is False/Unschedulable, or ""
 * @param containers        containers then init containers, with their resources
 * @param location          the name's line
 * @param excerpt           that line
 */
public record KubePod(String namespace, String name, Map<String, String> labels, String owner, String nodeName,
                      String nominatedNodeName, String requiredNodeName, Map<String, String> requiredNodeLabels, String phase, String reason, String message,
                      String unschedulable, List<KubeContainer> containers, Location location, String excerpt)
        implements Located {

    public KubePod {
        labels = Ordered.copy(labels);
        requiredNodeLabels = Ordered.copy(requiredNodeLabels);
        containers = List.copyOf(containers);
    }

    /** {@code namespace/name}. */
    public String key() {
        return namespace + "/" + name;
    }

    /** Not finished: its resources still count on a node ({@code Succeeded} and {@code Failed} pods do not). */
    public boolean active() {
        return !phase.equals("Succeeded") && !phase.equals("Failed");
    }

    /** The node it runs on or is meant for: bound, nominated, or pinned by affinity; "" when none. */
    public String targetNode() {
        return !nodeName.isEmpty() ? nodeName : !nominatedNodeName.isEmpty() ? nominatedNodeName : requiredNodeName;
    }
}
