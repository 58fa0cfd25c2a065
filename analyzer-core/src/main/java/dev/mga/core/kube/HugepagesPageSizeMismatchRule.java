package dev.mga.core.kube;

import dev.mga.core.model.kube.HugepageRequest;
import dev.mga.core.model.kube.KubeCluster;
import dev.mga.core.model.kube.KubeEvent;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code hugepages.pagesize-mismatch}: pods ask for a huge page size that no node of the capture
 * offers at all ({@code hugepages-1Gi} on nodes whose CPUs have only 2Mi pages; {@code hugepages-2Mi}
 * on ppc64le nodes with 16Mi and 16Gi pages). Backed by the FailedScheduling events naming the size.
 */
public final class HugepagesPageSizeMismatchRule implements Rule {

    private static final Pattern INSUFFICIENT = Pattern.compile("Insufficient (hugepages-[0-9A-Za-z]+)");


    @Override
    public void evaluate(RuleContext ctx) {
        KubeCluster cluster = KubeCluster.of(ctx.model());
        if (cluster.nodes().isEmpty()) {
            ctx.nothingToJudge("no Node objects in this input (the rule weighs pods' huge page requests against nodes)");
            return;
        }
        Set<String> offered = cluster.offeredHugepageSizes();
        Map<String, List<HugepageRequest>> asked = new LinkedHashMap<>();
        for (HugepageRequest r : cluster.activeHugepageRequests()) {
            if (!offered.contains(r.resource())) {
                asked.computeIfAbsent(r.resource(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<KubeEvent>> events = new LinkedHashMap<>();
        for (KubeEvent e : cluster.events()) {
            Matcher m = INSUFFICIENT.matcher(e.message());
            while (e.reason().equals("FailedScheduling") && m.find()) {
                if (!offered.contains(m.group(1))) {
                    events.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(e);
                }
            }
        }
        Set<String> sizes = new LinkedHashSet<>(asked.keySet());
        sizes.addAll(events.keySet());
        for (String size : sizes) {
            report(ctx, cluster, offered, size, asked.getOrDefault(size, List.of()), events.getOrDefault(size, List.of()));
        }
    }

    private static void report(RuleContext ctx, KubeCluster cluster, Set<String> offered, String size,
                               List<HugepageRequest> requests, List<KubeEvent> events) {
        Set<String> arches = new TreeSet<>();
        cluster.nodes().forEach(n -> arches.add(n.architecture().isEmpty() ? "architecture not captured" : n.architecture()));
        String who = requests.isEmpty() ? "the scheduler reports pods asking for it"
                : requests.size() + " pod" + (requests.size() == 1 ? "" : "s") + " request" + (requests.size() == 1 ? "s" : "")
                + " it (" + HugepagesAllocatableShortRule.pods(requests) + ")";
        String summary = String.format("%s: %s, but none of the %d node%s (%s) offers that page size; they offer %s.%s",
                size, who, cluster.nodes().size(), cluster.nodes().size() == 1 ? "" : "s", String.join(", ", arches),
                offered.isEmpty() ? "no huge pages at all" : String.join(", ", offered),
                requests.isEmpty() ? " Scheduler: " + events.get(0).message()
                        : HugepagesAllocatableShortRule.scheduler(cluster, requests));
        RuleContext.FindingBuilder f = ctx.finding().summary(summary).subject("resource", size)
                .figure("pods", requests.size()).figure("nodes", cluster.nodes().size()).figure("events", events.size());
        HugepagesAllocatableShortRule.cite(f, cluster, requests);
        for (KubeEvent e : events) {
            if (requests.stream().noneMatch(r -> r.pod().name().equals(e.involvedObject().name()))) {
                f.evidence(e, e.excerpt());
            }
        }
        offeringNode(cluster).ifPresent(n -> n.allocatableLines().forEach((r, l) -> {
            if (r.startsWith("hugepages-")) {
                f.evidence(l, l.excerpt());
            }
        }));
        f.report();
    }

    /** The first node that lists any hugepage size, to show what the nodes offer. */
    private static java.util.Optional<KubeNode> offeringNode(KubeCluster cluster) {
        return cluster.nodes().stream()
                .filter(n -> n.allocatable().entrySet().stream().anyMatch(e -> e.getKey().startsWith("hugepages-")
                        && !e.getValue().isZero()))
                .findFirst()
                .or(() -> cluster.nodes().stream().filter(n -> n.allocatableLines().keySet().stream()
                        .anyMatch(r -> r.startsWith("hugepages-"))).findFirst());
    }
}
