package dev.mga.core.kube;

import dev.mga.core.model.Severity;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.model.kube.KubeletConfig;
import dev.mga.core.model.kube.ResourceLine;
import dev.mga.core.parse.Units;
import dev.mga.core.rules.Figures;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code kubelet.eviction-threshold-high}: an evictionHard or evictionSoft {@code memory.available} threshold that a
 * node the configuration applies to cannot hold. Critical when the threshold reaches the memory left for pods
 * (capacity − huge pages − systemReserved − kubeReserved: for evictionHard, Node Allocatable is then 0) or is a
 * percentage above 100% (the kubelet refuses it and does not start); a warning when it keeps free a large share of
 * the memory the node holds besides huge pages. One finding per configuration and threshold, judged at its smallest
 * node. Code because it joins the configuration to the nodes of its pools.
 */
public final class KubeletEvictionThresholdRule implements Rule {

    private static final RuleParameter<Double> WARNING_SHARE = RuleParameter.percent("warningShare");
    private static final String SIGNAL = "memory.available";

    @Override
    public void evaluate(RuleContext ctx) {
        double warningShare = ctx.param(WARNING_SHARE);
        boolean unweighed = false;
        boolean weighed = false;
        for (KubeletConfig c : ctx.model().all(KubeletConfig.class)) {
            List<KubeNode> nodes = KubeletNodes.nodes(ctx.model(), c);
            for (String field : List.of("evictionHard", "evictionSoft")) {
                String threshold = (field.equals("evictionHard") ? c.reservations().evictionHard()
                        : c.reservations().evictionSoft()).get(SIGNAL);
                if (threshold == null || KubeletNodes.disabled(threshold)) {
                    continue;
                }
                boolean judgeable = !nodes.isEmpty() || percentage(threshold) >= 0;
                weighed |= judgeable;
                unweighed |= !judgeable;
                judge(ctx, c, field, threshold, nodes, warningShare);
            }
        }
        if (unweighed && !weighed) {
            ctx.nothingToJudge("no Node object the kubelet configuration applies to (an absolute memory.available"
                    + " threshold is weighed against a node's memory capacity)");
        }
    }

    /** What one node makes of one threshold. */
    record Verdict(Severity severity, long thresholdBytes, long holdsBytes, long forPodsBytes) {
    }

    /**
     * The verdict on {@code threshold} (as written) for a node of {@code capacity} bytes with {@code hugepages} bytes
     * of huge pages and {@code reserved} bytes of systemReserved + kubeReserved; null when the threshold is fine,
     * disabled ({@code 0%}, {@code 100%}) or not readable.
     */
    static Verdict verdict(String threshold, long capacity, long hugepages, long reserved, double warningShare) {
        long holds = capacity - hugepages;
        long forPods = holds - reserved;
        if (capacity <= 0 || holds <= 0 || KubeletNodes.disabled(threshold)) {
            return null;
        }
        long t = KubeletNodes.threshold(threshold, capacity);
        if (t <= 0) {
            return null;
        }
        if (t >= forPods) {
            return new Verdict(Severity.CRITICAL, t, holds, forPods);
        }
        return t >= warningShare * holds ? new Verdict(Severity.WARNING, t, holds, forPods) : null;
    }

    /** A percentage threshold as a share ({@code 90%} → 0.9); -1 when it is not a percentage. */
    static double percentage(String threshold) {
        String t = threshold.strip();
        if (!t.endsWith("%")) {
            return -1;
        }
        try {
            return new BigDecimal(t.substring(0, t.length() - 1)).movePointLeft(2).doubleValue();
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void judge(RuleContext ctx, KubeletConfig c, String field, String threshold, List<KubeNode> nodes,
                              double warningShare) {
        double pct = percentage(threshold);
        if (pct > 1) {
            refused(ctx, c, field, threshold);
            return;
        }
        long reserved = KubeletNodes.reserved(c);
        KubeNode worst = null;
        Verdict worstVerdict = null;
        List<KubeNode> hit = new ArrayList<>();
        for (KubeNode n : nodes) {
            Verdict v = verdict(threshold, KubeletNodes.bytes(n.capacity().get("memory")), KubeletNodes.hugepages(n), reserved,
                    warningShare);
            if (v == null) {
                continue;
            }
            hit.add(n);
            if (worstVerdict == null || v.forPodsBytes() < worstVerdict.forPodsBytes()) {
                worst = n;
                worstVerdict = v;
            }
        }
        if (worst != null) {
            onNode(ctx, c, field, threshold, worst, worstVerdict, hit.size(), nodes.size());
        } else if (nodes.isEmpty() && pct >= warningShare) {
            // no node to weigh it against: a percentage is a share of any node's capacity
            RuleContext.FindingBuilder f = ctx.finding().severity(Severity.WARNING).subject("resource", name(c))
                    .figure("thresholdShare", pct);
            f.evidence(c, c.excerpt());
            cite(f, c, field + "." + SIGNAL);
            f.summary(String.format(Locale.ROOT, "%s sets %s memory.available %s: the kubelet keeps %s of every node's"
                    + " memory free and lets pods use at most the rest%s.", name(c), field, threshold.strip(),
                    Figures.percent(pct), soft(field))).report();
        }
    }

    private static void onNode(RuleContext ctx, KubeletConfig c, String field, String threshold, KubeNode n, Verdict v,
                               int hit, int of) {
        RuleContext.FindingBuilder f = ctx.finding().severity(v.severity()).subject("node", n.name())
                .subject("resource", name(c)).figure("thresholdBytes", v.thresholdBytes())
                .figure("nodeHoldsBytes", v.holdsBytes()).figure("leftForPodsBytes", Math.max(0, v.forPodsBytes()));
        f.evidence(c, c.excerpt());
        cite(f, c, field + "." + SIGNAL);
        cite(f, c, "systemReserved.memory");
        cite(f, c, "kubeReserved.memory");
        f.evidence(n, n.excerpt());
        ResourceLine alloc = n.allocatableLines().get("memory");
        if (alloc != null) {
            f.evidence(alloc, alloc.excerpt());
        }
        long capacity = KubeletNodes.bytes(n.capacity().get("memory"));
        long hugepages = capacity - v.holdsBytes();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s sets %s memory.available %s%s; %s has"
                        + " capacity %s%s, and after systemReserved + kubeReserved %s leaves %s for pods", name(c), field,
                threshold.strip(), percentage(threshold) > 0 ? " (" + Units.readable(v.thresholdBytes()) + ")" : "", n.name(),
                q(capacity), hugepages > 0 ? " − huge pages " + q(hugepages) : "", q(KubeletNodes.reserved(c)),
                q(Math.max(0, v.forPodsBytes()))));
        if (v.severity() == Severity.CRITICAL) {
            s.append(field.equals("evictionHard")
                    ? ": the threshold takes all of it, Node Allocatable memory is 0 and no pod that requests memory is"
                    + " admitted"
                    : ": the threshold is at or above all of it, so the pods' first memory puts the node under"
                    + " MemoryPressure and the kubelet evicts them after evictionSoftGracePeriod");
            if (v.thresholdBytes() >= capacity) {
                s.append("; memory.available can never reach the threshold, the node reports MemoryPressure from the start");
            }
        } else {
            s.append(String.format(Locale.ROOT, ": the threshold keeps %s of the node's memory free%s",
                    Figures.percent((double) v.thresholdBytes() / v.holdsBytes()), soft(field)));
        }
        s.append(of > 1 ? String.format(Locale.ROOT, " (%d of the %d nodes it configures).", hit, of) : ".");
        f.summary(s.toString()).report();
    }

    /** Above 100% the kubelet rejects the threshold ("must be <= 100%") and exits at start. */
    private static void refused(RuleContext ctx, KubeletConfig c, String field, String threshold) {
        RuleContext.FindingBuilder f = ctx.finding().severity(Severity.CRITICAL).subject("resource", name(c));
        f.evidence(c, c.excerpt());
        cite(f, c, field + "." + SIGNAL);
        f.summary(String.format(Locale.ROOT, "%s sets %s memory.available %s: a percentage above 100%% is refused by the"
                + " kubelet, which does not start, and the nodes it configures go NotReady.", name(c), field,
                threshold.strip())).report();
    }

    private static String soft(String field) {
        return field.equals("evictionSoft") ? " (evicting pods once memory.available stays below it for"
                + " evictionSoftGracePeriod)" : " (Node Allocatable leaves it out)";
    }

    /** Bytes as Kubernetes writes them ({@code 1124Mi}): the units of the configuration being judged. */
    private static String q(long bytes) {
        return Units.binaryQuantity(BigDecimal.valueOf(bytes));
    }

    private static String name(KubeletConfig c) {
        return c.name().isEmpty() ? "the kubelet configuration file" : "KubeletConfig " + c.name();
    }

    private static void cite(RuleContext.FindingBuilder f, KubeletConfig c, String key) {
        for (Map.Entry<String, ResourceLine> e : c.lines().entrySet()) {
            if (e.getKey().equals(key)) {
                f.evidence(e.getValue(), e.getValue().excerpt());
            }
        }
    }
}
