package dev.mga.core.metrics;

import dev.mga.core.model.metrics.PodMetrics;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
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

    @Override
    public String id() {
        return "pod.top-memory";
    }

    @Override
    public void evaluate(RuleContext ctx) {
        long topPods = ctx.longParam("topPods");
        long topNamespaces = ctx.longParam("topNamespaces");
        List<PodMemory> pods = PodMemory.collect(ctx.model());
        BigDecimal total = pods.stream().map(p -> p.memory().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (pods.isEmpty() || total.signum() == 0) {
            return;
        }
        List<PodMemory> top = pods.subList(0, (int) Math.min(topPods, pods.size()));
        List<String> podText = new ArrayList<>();
        for (PodMemory p : top) {
            podText.add(String.format(Locale.ROOT, "%s/%s %s (%s)", p.namespace().isEmpty() ? "?" : p.namespace(), p.pod(),
                    Quantities.mebibytes(p.memory()), share(p.memory().value(), total)));
        }
        Map<String, BigDecimal> byNamespace = new LinkedHashMap<>();
        pods.forEach(p -> byNamespace.merge(p.namespace().isEmpty() ? "?" : p.namespace(), p.memory().value(), BigDecimal::add));
        List<String> nsText = byNamespace.entrySet().stream()
                .sorted((a, b) -> b.getValue().compareTo(a.getValue())).limit(topNamespaces)
                .map(e -> String.format(Locale.ROOT, "%s %dMi (%s)", e.getKey(),
                        e.getValue().divideToIntegralValue(BigDecimal.valueOf(1L << 20)).longValue(), share(e.getValue(), total)))
                .toList();
        String summary = String.format(Locale.ROOT, "%d pods use %dMi of memory. Largest: %s. By namespace: %s.",
                pods.size(), total.divideToIntegralValue(BigDecimal.valueOf(1L << 20)).longValue(),
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
