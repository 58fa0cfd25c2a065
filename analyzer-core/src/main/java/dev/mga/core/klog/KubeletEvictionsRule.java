package dev.mga.core.klog;

import dev.mga.core.model.klog.KubeletEviction;
import dev.mga.core.model.klog.KubeletEvictions;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code kubelet.evictions}: the kubelet's eviction manager found a node resource below its eviction
 * threshold and reclaimed it, evicting pods when node-level reclaim (image and container garbage
 * collection) was not enough. One finding per node: which resource, which pods, when.
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
    }
}
