package dev.mga.core.metrics;

import dev.mga.core.model.metrics.PodMetrics;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code pod.top-memory}: the pods and namespaces that use the most memory, with their share of
 * all the memory the pod data shows, from top pod tables and PodMetrics.
 */
public final class PodTopMemoryRule implements Rule {

    private static final RuleParameter<Long> TOP_PODS = RuleParameter.integer("topPods");
    private static final RuleParameter<Long> TOP_NAMESPACES = RuleParameter.integer("topNamespaces");


    @Override
    public void evaluate(RuleContext ctx) {
        long topPods = ctx.param(TOP_PODS);
        long topNamespaces = ctx.param(TOP_NAMESPACES);
        List<PodMemory> pods = PodMemory.collect(ctx.model());
        BigDecimal total = pods.stream().map(p -> p.memory().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (pods.isEmpty() || total.signum() == 0) {
            return;
        }
        List<PodMemory> top = pods.subList(0, (int) Math.min(topPods, pods.size()));
        List<String> podText = new ArrayList<>();
        for (PodMemory p : top) {
            podText.add(String.format(Locale.ROOT, "%s/%s %s (%s)", p.namespace().isEmpty() ? "?" : p.namespace(), p.pod(),
                    Units.wholeMebibytes(p.memory().value()), share(p.memory().value(), total)));
        }
        Map<String, BigDecimal> byNamespace = new LinkedHashMap<>();
        pods.forEach(p -> byNamespace.merge(p.namespace().isEmpty() ? "?" : p.namespace(), p.memory().value(), BigDecimal::add));
        List<String> nsText = byNamespace.entrySet().stream()
                .sorted((a, b) -> b.getValue().compareTo(a.getValue())).limit(topNamespaces)
                .map(e -> String.format(Locale.ROOT, "%s %s (%s)", e.getKey(), Units.wholeMebibytes(e.getValue()),
                        share(e.getValue(), total)))
                .toList();
        String summary = String.format(Locale.ROOT, "%d pods use %s of memory. Largest: %s. By namespace: %s.",
                pods.size(), Units.wholeMebibytes(total),
                String.join(", ", podText), String.join(", ", nsText));
        RuleContext.FindingBuilder f = ctx.finding().summary(summary).figure("pods", pods.size())
                .figure("memoryBytes", total.longValue());
        if (!top.isEmpty()) {
            f.figure("largestPodBytes", top.get(0).memory().value().longValue());
        }
        top.forEach(p -> f.evidence(p.evidence(), p.excerpt()));
        f.report();
    }

    private static String share(BigDecimal part, BigDecimal total) {
        return String.format(Locale.ROOT, "%.1f%%", part.divide(total, MathContext.DECIMAL64).doubleValue() * 100);
    }
}
