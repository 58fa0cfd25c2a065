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
 *
 * <p>{@code top node} divides the working set by allocatable (capacity minus system-reserved,
 * kube-reserved and the hard eviction threshold) unless run with {@code --show-capacity}. The working
 * set cannot exceed capacity, so a reading of p% of allocatable proves that at least
 * {@code 1 - 100/p} of the node's memory is reserved; past {@code mostlyReservedShare} (200% for
 * 50%) the reading measures the reservation more than the use and is reported as what it shows
 * (info), not as a full node (the metrics-server FAQ written for metrics-server#1060).
 */
public final class NodeMemoryPressureRule implements Rule {

    private static final RuleParameter<Double> WARNING_PERCENT = RuleParameter.percent("warningPercent");
    private static final RuleParameter<Double> CRITICAL_PERCENT = RuleParameter.percent("criticalPercent");
    private static final RuleParameter<Long> TOP_PODS = RuleParameter.integer("topPods");
    private static final RuleParameter<Double> MOSTLY_RESERVED = RuleParameter.percent("mostlyReservedShare");

    /**
     * One way of seeing a node's memory use.
     *
     * @param ofAllocatable the percentage may be of allocatable (top node without --show-capacity)
     */
    private record Reading(String node, double percent, String how, boolean ofAllocatable, Located evidence,
                           String excerpt) {

        /** The least share of the node's memory that must be reserved for this reading to be possible. */
        double reservedAtLeast() {
            return ofAllocatable && percent > 100 ? 1 - 100 / percent : 0;
        }
    }


    @Override
    public void evaluate(RuleContext ctx) {
        // the readings are percentages (0 to 100); the parameters are shares (85% is 0.85)
        double warning = ctx.param(WARNING_PERCENT) * 100;
        double critical = ctx.param(CRITICAL_PERCENT) * 100;
        long topPods = ctx.param(TOP_PODS);
        double mostlyReserved = ctx.param(MOSTLY_RESERVED);
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
            List<Reading> judged = e.getValue().stream().filter(r -> r.reservedAtLeast() <= mostlyReserved).toList();
            if (judged.isEmpty()) {
                reportReserved(ctx, e.getKey(), e.getValue());
                continue;
            }
            Reading worst = judged.stream().max((a, b) -> Double.compare(a.percent(), b.percent())).orElseThrow();
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
            if (worst.reservedAtLeast() > 0) {
                summary.append(String.format(Locale.ROOT, ". Above 100%% of allocatable the node is using memory it reserves"
                        + " for the system and the eviction threshold (at least %.0f%% of its memory is reserved);"
                        + " top node --show-capacity gives its share of capacity", worst.reservedAtLeast() * 100));
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

    /**
     * A node seen only through readings that prove most of its memory reserved: what they show is the
     * reservation; how full the node is stays unknown.
     */
    private static void reportReserved(RuleContext ctx, String node, List<Reading> readings) {
        Reading r = readings.stream().max((a, b) -> Double.compare(a.percent(), b.percent())).orElseThrow();
        RuleContext.FindingBuilder f = ctx.finding().severity(Severity.INFO).summary(String.format(Locale.ROOT,
                "%s: memory %.0f%% (%s) is not how full the node is: a working set above allocatable means at least"
                        + " %.0f%% of its memory is reserved (system-reserved, kube-reserved, eviction threshold), so"
                        + " allocatable is small and this share measures the reservation. top node --show-capacity gives"
                        + " the share of capacity; check the kubelet's reservations if they are not meant to be this large.",
                node, r.percent(), r.how(), r.reservedAtLeast() * 100))
                .subject("node", node).figure("memoryUsedShareOfAllocatable", r.percent() / 100)
                .figure("reservedShareAtLeast", r.reservedAtLeast());
        readings.forEach(x -> f.evidence(x.evidence(), x.excerpt()));
        f.report();
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
                    // a share of capacity never passes 100%: a larger one is of allocatable whatever the command line
                    String base = t.percentOf().equals("unknown") && r.memoryPercent() > 100 ? "of allocatable, top node" : how;
                    out.add(new Reading(r.node(), r.memoryPercent(), (r.memory() == null ? "" : r.memory().text() + " ") + base,
                            !t.percentOf().equals("capacity"), r, r.excerpt()));
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
                    + c.memory().text() + ", NodeMetrics", false, m, m.excerpt()));
        }
        return out;
    }
}
