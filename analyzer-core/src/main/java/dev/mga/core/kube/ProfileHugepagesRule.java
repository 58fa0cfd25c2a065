package dev.mga.core.kube;

import dev.mga.core.model.Quantity;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.model.kube.PerformanceProfile;
import dev.mga.core.model.kube.ResourceLine;
import dev.mga.core.parse.Units;
import dev.mga.core.rules.Figures;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code hugepages.profile-short}: a node a PerformanceProfile selects offers fewer huge pages of a size than the
 * profile's {@code spec.hugepages.pages} ask for. Code because it joins profiles to the nodes their selector matches.
 */
public final class ProfileHugepagesRule implements Rule {

    @Override
    public void evaluate(RuleContext ctx) {
        for (PerformanceProfile p : ctx.model().all(PerformanceProfile.class)) {
            Map<Long, Long> asked = new LinkedHashMap<>();
            for (PerformanceProfile.Pages pages : p.pages()) {
                if (pages.sizeBytes() > 0) {
                    asked.merge(pages.sizeBytes(), pages.count(), Long::sum);
                }
            }
            if (asked.isEmpty() || p.nodeSelector().isEmpty()) {
                continue;
            }
            for (KubeNode n : ctx.model().all(KubeNode.class)) {
                if (n.labels().entrySet().containsAll(p.nodeSelector().entrySet())) {
                    asked.forEach((size, count) -> check(ctx, p, n, size, count));
                }
            }
        }
    }

    private static void check(RuleContext ctx, PerformanceProfile p, KubeNode n, long size, long count) {
        String resource = "hugepages-" + Units.binaryQuantity(size);
        Quantity capacity = n.capacity().getOrDefault(resource, n.allocatable().get(resource));
        long has = KubeletNodes.bytes(capacity);
        long wants = count * size;
        if (has >= wants) {
            return;
        }
        RuleContext.FindingBuilder f = ctx.finding().subject("node", n.name()).subject("resource", "PerformanceProfile " + p.name())
                .figure("requestedBytes", wants).figure("capacityBytes", has);
        f.evidence(p, p.excerpt());
        for (PerformanceProfile.Pages pages : p.pages()) {
            if (pages.sizeBytes() == size) {
                f.evidence(pages.line(), pages.line().excerpt());
            }
        }
        f.evidence(n, n.excerpt());
        ResourceLine line = n.allocatableLines().get(resource);
        if (line != null) {
            f.evidence(line, line.excerpt());
        }
        f.summary(String.format("%s: PerformanceProfile %s asks for %s page%s of %s (%s), the node offers %s %s%s.",
                n.name(), p.name(), Figures.grouped(count), count == 1 ? "" : "s", Units.binaryQuantity(size),
                Units.readable(wants),
                capacity == null ? "no" : Units.readable(has) + " of", resource,
                has == 0 ? ": pods requesting it stay Pending" : "")).report();
    }
}
