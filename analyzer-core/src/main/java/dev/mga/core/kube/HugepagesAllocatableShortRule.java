package dev.mga.core.kube;

import dev.mga.core.model.kube.HugepageRequest;
import dev.mga.core.model.kube.KubeCluster;
import dev.mga.core.model.kube.KubeEvent;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.model.kube.KubePod;
import dev.mga.core.model.kube.ResourceLine;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code hugepages.allocatable-short}: the pods bound, nominated or pinned to a node ask for more
 * of a huge page size than the node's allocatable (or the node offers none); and pending pods that
 * no node has enough of that size left for. Sizes no node offers at all are left to
 * {@code hugepages.pagesize-mismatch}.
 */
public final class HugepagesAllocatableShortRule implements Rule {


    @Override
    public void evaluate(RuleContext ctx) {
        KubeCluster cluster = KubeCluster.of(ctx.model());
        if (cluster.nodes().isEmpty()) {
            ctx.nothingToJudge("no Node objects in this input (the rule weighs pods' huge page requests against nodes)");
            return;
        }
        Set<String> offered = cluster.offeredHugepageSizes();
        // requested per node and size, by the pods meant for that node
        Map<String, Map<String, List<HugepageRequest>>> placed = new LinkedHashMap<>();
        Map<String, List<HugepageRequest>> unplaced = new LinkedHashMap<>();
        for (HugepageRequest r : cluster.activeHugepageRequests()) {
            KubePod pod = r.pod();
            if (!offered.contains(r.resource())) {
                continue;
            }
            if (!pod.targetNode().isEmpty()) {
                placed.computeIfAbsent(pod.targetNode(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.resource(), k -> new ArrayList<>()).add(r);
            } else if (pod.phase().equals("Pending")) {
                unplaced.computeIfAbsent(r.resource(), k -> new ArrayList<>()).add(r);
            }
        }
        for (KubeNode node : cluster.nodes()) {
            placed.getOrDefault(node.name(), Map.of()).forEach((resource, requests) -> {
                BigDecimal asked = sum(requests);
                BigDecimal alloc = node.allocatable(resource).value();
                if (asked.compareTo(alloc) > 0) {
                    reportNode(ctx, cluster, node, resource, alloc, asked, requests);
                }
            });
        }
        unplaced.forEach((resource, requests) -> reportUnplaced(ctx, cluster, placed, resource, requests));
    }

    private static void reportNode(RuleContext ctx, KubeCluster cluster, KubeNode node, String resource, BigDecimal alloc,
                                   BigDecimal asked, List<HugepageRequest> requests) {
        String summary = String.format("%s offers %s %s (allocatable), but %d pod%s meant for it request%s %s: %s.%s",
                node.name(), Units.binaryQuantity(alloc), resource, requests.size(), requests.size() == 1 ? "" : "s",
                requests.size() == 1 ? "s" : "", Units.binaryQuantity(asked), pods(requests), scheduler(cluster, requests));
        RuleContext.FindingBuilder f = ctx.finding().summary(summary).subject("node", node.name()).subject("resource", resource)
                .figure("allocatableBytes", alloc.longValue()).figure("requestedBytes", asked.longValue())
                .figure("pods", requests.size());
        ResourceLine line = node.allocatableLines().get(resource);
        if (line != null) {
            f.evidence(line, line.excerpt());
        } else {
            f.evidence(node, node.excerpt());
        }
        cite(f, cluster, requests);
        f.report();
    }

    private static void reportUnplaced(RuleContext ctx, KubeCluster cluster,
                                       Map<String, Map<String, List<HugepageRequest>>> placed, String resource,
                                       List<HugepageRequest> requests) {
        BigDecimal best = BigDecimal.ZERO;
        List<String> nodes = new ArrayList<>();
        for (KubeNode n : cluster.nodes()) {
            BigDecimal alloc = n.allocatable(resource).value();
            BigDecimal used = sum(placed.getOrDefault(n.name(), Map.of()).getOrDefault(resource, List.of()));
            BigDecimal left = alloc.subtract(used).max(BigDecimal.ZERO);
            best = best.max(left);
            nodes.add(n.name() + " " + Units.binaryQuantity(left) + " left of " + Units.binaryQuantity(alloc));
        }
        List<HugepageRequest> stuck = new ArrayList<>();
        for (HugepageRequest r : requests) {
            if (r.amount().compareTo(best) > 0) {
                stuck.add(r);
            }
        }
        if (stuck.isEmpty()) {
            return;
        }
        String summary = String.format("%d pending pod%s request%s more %s than any node has left: %s; nodes: %s.%s",
                stuck.size(), stuck.size() == 1 ? "" : "s", stuck.size() == 1 ? "s" : "", resource, pods(stuck),
                String.join(", ", nodes), scheduler(cluster, stuck));
        RuleContext.FindingBuilder f = ctx.finding().summary(summary).subject("resource", resource)
                .figure("pendingPods", stuck.size()).figure("mostLeftBytes", best.longValue());
        for (KubeNode n : cluster.nodes()) {
            ResourceLine line = n.allocatableLines().get(resource);
            if (line != null) {
                f.evidence(line, line.excerpt());
            }
        }
        cite(f, cluster, stuck);
        f.report();
    }

    static BigDecimal sum(List<HugepageRequest> requests) {
        return requests.stream().map(HugepageRequest::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@code cnf/vrouter-agent-m4q9z 2Gi (Pending, DaemonSet/vrouter-agent)}. */
    static String pods(List<HugepageRequest> requests) {
        List<String> parts = new ArrayList<>();
        for (HugepageRequest r : requests) {
            KubePod p = r.pod();
            parts.add(p.key() + " " + r.amountText() + " (" + p.phase() + (p.owner().isEmpty() ? "" : ", " + p.owner()) + ")");
        }
        return String.join(", ", parts);
    }

    /** The scheduler's last word on the first of these pods that has one. */
    static String scheduler(KubeCluster cluster, List<HugepageRequest> requests) {
        for (HugepageRequest r : requests) {
            String message = r.pod().unschedulable();
            for (KubeEvent e : cluster.failedScheduling(r.pod())) {
                message = e.message();
            }
            if (!message.isEmpty()) {
                return " Scheduler: " + message;
            }
        }
        return "";
    }

    static void cite(RuleContext.FindingBuilder f, KubeCluster cluster, List<HugepageRequest> requests) {
        for (HugepageRequest r : requests) {
            r.lines().forEach(l -> f.evidence(l, l.excerpt()));
            cluster.failedScheduling(r.pod()).forEach(e -> f.evidence(e, e.excerpt()));
        }
    }
}
