package dev.mga.core.model.kube;

import dev.mga.core.model.CaptureModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cluster a capture shows, each object once: a must-gather holds a pod in its namespace's
 * {@code pods.yaml} and again in {@code pods/<pod>/<pod>.yaml}, and a node may come from its own
 * file and from a pasted allocatable map. The fuller record of a node wins; pods and events are
 * kept the first time they are seen.
 */
public record KubeCluster(List<KubeNode> nodes, List<KubePod> pods, List<KubeEvent> events) {

    public KubeCluster {
        nodes = List.copyOf(nodes);
        pods = List.copyOf(pods);
        events = List.copyOf(events);
    }

    public static KubeCluster of(CaptureModel model) {
        Map<String, KubeNode> nodes = new LinkedHashMap<>();
        for (KubeNode n : model.all(KubeNode.class)) {
            nodes.merge(n.name(), n, (a, b) -> b.capacity().size() + b.allocatable().size()
                    > a.capacity().size() + a.allocatable().size() ? b : a);
        }
        Map<String, KubePod> pods = new LinkedHashMap<>();
        for (KubePod p : model.all(KubePod.class)) {
            pods.putIfAbsent(p.key(), p);
        }
        Map<String, KubeEvent> events = new LinkedHashMap<>();
        for (KubeEvent e : model.all(KubeEvent.class)) {
            events.putIfAbsent(e.namespace() + "/" + e.name() + "/" + e.message(), e);
        }
        return new KubeCluster(new ArrayList<>(nodes.values()), new ArrayList<>(pods.values()),
                new ArrayList<>(events.values()));
    }

    /** Every {@code hugepages-<size>} resource some node lists in its capacity or allocatable (even as 0). */
    public Set<String> offeredHugepageSizes() {
        Set<String> offered = new TreeSet<>();
        for (KubeNode n : nodes) {
            n.capacity().keySet().stream().filter(r -> r.startsWith("hugepages-")).forEach(offered::add);
            n.allocatable().keySet().stream().filter(r -> r.startsWith("hugepages-")).forEach(offered::add);
        }
        return offered;
    }

    /** What the pods still running or waiting (not Succeeded, not Failed) ask of each hugepage size. */
    public List<HugepageRequest> activeHugepageRequests() {
        List<HugepageRequest> out = new ArrayList<>();
        for (KubePod p : pods) {
            if (p.active()) {
                out.addAll(HugepageRequest.of(p));
            }
        }
        return out;
    }

    /** The scheduler's FailedScheduling events about a pod. */
    public List<KubeEvent> failedScheduling(KubePod pod) {
        return events.stream().filter(e -> e.reason().equals("FailedScheduling")
                && e.involvedObject().name().equals(pod.name())
                && (e.involvedObject().namespace().isEmpty() || e.involvedObject().namespace().equals(pod.namespace())))
                .toList();
    }
}
