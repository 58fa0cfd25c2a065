package dev.mga.core.klog;

import dev.mga.core.model.klog.KubeletEviction;
import dev.mga.core.model.klog.KubeletEvictions;
import dev.mga.core.model.Severity;
import dev.mga.core.model.kube.KubePod;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code kubelet.evictions}: the kubelet's eviction manager found a node resource below its eviction
 * threshold and reclaimed it, evicting pods when node-level reclaim (image and container garbage
 * collection) was not enough. One finding per node: which resource, which pods, when. Pods the
 * kubelet failed with {@code status.reason: Evicted} ({@link KubePod#evicted()}) tell the same where
 * no kubelet log does (a must-gather's pods.yaml, a pasted Pod status): one finding per node they
 * ran on, unless that node's kubelet log already gave its evictions.
 */
public final class KubeletEvictionsRule implements Rule {

    private static final RuleParameter<Long> PODS_LISTED = RuleParameter.integer("podsListed");

    @Override
    public void evaluate(RuleContext ctx) {
        long listed = ctx.param(PODS_LISTED);
        for (KubeletEvictions k : ctx.model().all(KubeletEvictions.class)) {
            String node = k.host().isEmpty() ? "the node" : "node " + k.host();
            String what = k.resources().isEmpty() ? "a resource" : String.join(", ", k.resources());
            List<String> parts = new ArrayList<>();
            if (k.evictions() > 0) {
                List<String> evicted = k.pods().stream().filter(KubeletEviction::evicted).limit(listed)
                        .map(p -> p.pod() + " (" + (p.resource().isEmpty() ? "" : p.resource() + ", ") + p.time() + ")").toList();
                parts.add(String.format(Locale.ROOT, "the kubelet evicted %d pod%s to reclaim %s: %s%s", k.evictions(),
                        k.evictions() == 1 ? "" : "s", what, String.join(", ", evicted),
                        k.evictions() > evicted.size() ? " and " + (k.evictions() - evicted.size()) + " more" : ""));
            } else {
                parts.add(String.format(Locale.ROOT, "an eviction threshold was met: the kubelet reclaimed %s (%d attempt%s, "
                        + "%s to %s)%s", what, k.reclaims() + k.mustEvict(), k.reclaims() + k.mustEvict() == 1 ? "" : "s",
                        k.firstTime(), k.lastTime(), k.mustEvict() > 0 ? " and found it must evict pods" : "; no eviction is logged"));
            }
            if (k.failures() > 0) {
                parts.add(k.failures() + " eviction" + (k.failures() == 1 ? "" : "s") + " failed or refused (critical pods)");
            }
            RuleContext.FindingBuilder f = ctx.finding()
                    .summary(String.format(Locale.ROOT, "On %s %s.", node, String.join("; ", parts)))
                    .subject("node", k.host()).subject("component", k.component())
                    .figure("evictions", k.evictions()).figure("reclaims", k.reclaims())
                    .figure("mustEvict", k.mustEvict()).figure("failures", k.failures());
            f.evidence(k, k.excerpt());
            k.pods().stream().limit(listed).forEach(p -> f.evidence(p, p.excerpt()));
            f.report();
        }
        evictedPods(ctx, listed);
    }

    /**
     * Pods the kubelet failed with reason Evicted, by node, on nodes whose kubelet log did not show them. Info, not
     * warning: a Pod object keeps no time of its eviction, and Failed pods stay until the pod garbage collector's
     * threshold is reached (kube-controller-manager {@code --terminated-pod-gc-threshold}, 12,500 by default:
     * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-garbage-collection), so a healthy
     * cluster's must-gather often holds evictions of weeks ago. The kubelet's own log dates them.
     */
    private static void evictedPods(RuleContext ctx, long listed) {
        Set<String> logged = new LinkedHashSet<>();
        ctx.model().all(KubeletEvictions.class).stream().filter(k -> k.evictions() > 0 && !k.host().isEmpty())
                .forEach(k -> logged.add(k.host()));
        Map<String, List<KubePod>> byNode = new LinkedHashMap<>();
        for (KubePod p : ctx.model().all(KubePod.class)) {
            if (p.evicted() && (p.nodeName().isEmpty() || !logged.contains(p.nodeName()))) {
                byNode.computeIfAbsent(p.nodeName(), n -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<String, List<KubePod>> e : byNode.entrySet()) {
            List<KubePod> pods = e.getValue();
            Set<String> resources = new LinkedHashSet<>();
            pods.forEach(p -> resources.add(p.evictionResource().isEmpty() ? "a resource" : p.evictionResource()));
            List<String> named = pods.stream().limit(listed).map(p -> podName(p)
                    + (p.evictionResource().isEmpty() ? "" : " (" + p.evictionResource() + ")")).toList();
            String node = e.getKey().isEmpty() ? "its node" : "node " + e.getKey();
            RuleContext.FindingBuilder f = ctx.finding().severity(Severity.INFO)
                    .summary(String.format(Locale.ROOT, "The kubelet evicted %d pod%s on %s to reclaim %s (status reason"
                            + " Evicted): %s%s. The Pod objects do not say when; the node's kubelet log does.", pods.size(), pods.size() == 1 ? "" : "s", node, String.join(", ", resources),
                            String.join(", ", named), pods.size() > named.size() ? " and " + (pods.size() - named.size()) + " more" : ""))
                    .subject("node", e.getKey()).figure("evictions", pods.size());
            pods.stream().limit(listed).forEach(p -> f.evidence(p, p.excerpt()));
            f.report();
        }
    }

    private static String podName(KubePod p) {
        return p.name().isEmpty() ? "a pod" : p.namespace().isEmpty() ? p.name() : p.key();
    }
}
