package dev.mga.core.metrics;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Located;
import dev.mga.core.model.Severity;
import dev.mga.core.model.metrics.NodeMemoryCapacity;
import dev.mga.core.model.metrics.NodeMetrics;
import dev.mga.core.model.metrics.NodeTopTable;
import dev.mga.core.model.metrics.NodeUsage;
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
 * {@code node.memory-pressure}: nodes whose memory use reaches the warning or critical share, from
 * {@code top node} tables (the printed MEMORY%) or from NodeMetrics with the node's capacity line.
 * Names the node's own pods by memory when pod data is there: top output does not say where a pod
 * runs, so only the node's static pods, named {@code <pod>-<node>} by the kubelet, can be placed.
 */
public final class NodeMemoryPressureRule implements Rule {

    private static final RuleParameter<Double> WARNING_PERCENT = RuleParameter.percent("warningPercent");
    private static final RuleParameter<Double> CRITICAL_PERCENT = RuleParameter.percent("criticalPercent");
    private static final RuleParameter<Long> TOP_PODS = RuleParameter.integer("topPods");

    /** One way of seeing a node's memory use. */
    private record Reading(String node, double percent, String how, Located evidence, String excerpt) {
    }


    @Override
    public void evaluate(RuleContext ctx) {
        // the readings are percentages (0 to 100); the parameters are shares (85% is 0.85)
        double warning = ctx.param(WARNING_PERCENT) * 100;
        double critical = ctx.param(CRITICAL_PERCENT) * 100;
        long topPods = ctx.param(TOP_PODS);
        CaptureModel model = ctx.model();
        Map<String, List<Reading>> byNode = new LinkedHashMap<>();
        for (Reading r : readings(model)) {
            List<Reading> seen = byNode.computeIfAbsent(r.node(), k -> new ArrayList<>());
            // the same figure from two captures of the same kind (a list and a single object) is said once
            if (seen.stream().noneMatch(s -> s.percent() == r.percent() && s.how().equals(r.how()))) {
                seen.add(r);
            }
        }
        List<PodMemory> pods = PodMemory.collect(model);
        for (Map.Entry<String, List<Reading>> e : byNode.entrySet()) {
            Reading worst = e.getValue().stream().max((a, b) -> Double.compare(a.percent(), b.percent())).orElseThrow();
            if (worst.percent() < warning) {
                continue;
            }
            StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "%s: memory %.0f%% used (%s)",
                    e.getKey(), worst.percent(), worst.how()));
            for (Reading other : e.getValue()) {
                if (other != worst && !other.how().equals(worst.how())) {
                    summary.append(String.format(Locale.ROOT, "; %.0f%% (%s)", other.percent(), other.how()));
                }
            }
            List<PodMemory> own = pods.stream().filter(p -> p.pod().endsWith("-" + e.getKey())).limit(topPods).toList();
            if (!own.isEmpty()) {
                summary.append(". Its static pods by memory: ");
                summary.append(String.join(", ", own.stream().map(p -> p.namespace() + "/" + p.pod() + " "
                        + Units.wholeMebibytes(p.memory().value())).toList()));
            } else if (!pods.isEmpty()) {
                summary.append(". The pod data does not say which pods run on it (only static pods are named after their node)");
            }
            summary.append('.');
            RuleContext.FindingBuilder f = ctx.finding().summary(summary.toString())
                    .severity(worst.percent() >= critical ? Severity.CRITICAL : Severity.WARNING)
                    .subject("node", e.getKey()).figure("memoryUsedShare", worst.percent() / 100);
            e.getValue().forEach(r -> f.evidence(r.evidence(), r.excerpt()));
            own.forEach(p -> f.evidence(p.evidence(), p.excerpt()));
            f.report();
        }
    }

    private static List<Reading> readings(CaptureModel model) {
        List<Reading> out = new ArrayList<>();
        for (NodeTopTable t : model.all(NodeTopTable.class)) {
            String how = switch (t.percentOf()) {
                case "capacity" -> "of capacity, top node --show-capacity";
                case "allocatable" -> "of allocatable, top node";
                default -> "top node";
            };
            for (NodeUsage r : t.rows()) {
                if (r.metricsAvailable() && r.memoryPercent() >= 0) {
                    out.add(new Reading(r.node(), r.memoryPercent(), (r.memory() == null ? "" : r.memory().text() + " ") + how,
                            r, r.excerpt()));
                }
            }
        }
        Map<String, NodeMemoryCapacity> capacity = new LinkedHashMap<>();
        model.all(NodeMemoryCapacity.class).forEach(c -> capacity.putIfAbsent(c.node(), c));
        for (NodeMetrics m : model.all(NodeMetrics.class)) {
            NodeMemoryCapacity c = capacity.get(m.node());
            if (c == null || c.memory().isZero()) {
                continue;
            }
            double pct = m.memory().value().divide(c.memory().value(), MathContext.DECIMAL64)
                    .multiply(BigDecimal.valueOf(100)).doubleValue();
            out.add(new Reading(m.node(), Math.floor(pct), Units.wholeMebibytes(m.memory().value()) + " of capacity "
                    + c.memory().text() + ", NodeMetrics", m, m.excerpt()));
        }
        return out;
    }
}
