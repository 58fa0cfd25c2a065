package dev.mga.core.kube;

import dev.mga.core.model.Quantity;
import dev.mga.core.model.Severity;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.model.kube.KubeletConfig;
import dev.mga.core.model.kube.MachineConfigPool;
import dev.mga.core.model.kube.ResourceLine;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code kubelet.reservation-mismatch}: a kubelet configuration whose memory reservations do not add up. With the
 * Static memory manager, {@code reservedMemory} must equal systemReserved + kubeReserved + the hard eviction
 * threshold, or the kubelet does not start; and a node the config applies to must show capacity − allocatable −
 * huge pages equal to the same sum, or it does not run that config. Code because it joins the config, its pools and
 * their nodes.
 */
public final class KubeletReservationRule implements Rule {

    private static final RuleParameter<Long> TOLERANCE = RuleParameter.bytes("toleranceBytes");

    @Override
    public void evaluate(RuleContext ctx) {
        long tolerance = ctx.param(TOLERANCE);
        for (KubeletConfig c : ctx.model().all(KubeletConfig.class)) {
            staticManager(ctx, c, tolerance);
            for (KubeNode n : KubeletNodes.nodes(ctx.model(), c)) {
                node(ctx, c, n, tolerance);
            }
        }
    }

    /** reservedMemory against the Node Allocatable reservation (memory manager documentation, "Reserved memory flag"). */
    private static void staticManager(RuleContext ctx, KubeletConfig c, long tolerance) {
        if (!c.policies().memoryManager().equalsIgnoreCase("Static")) {
            return;
        }
        long eviction = KubeletNodes.evictionHard(c, -1);
        if (eviction < 0) {
            return; // a percentage: the node's capacity decides, the node check below covers it
        }
        long expected = KubeletNodes.reserved(c) + eviction;
        long reserved = 0;
        for (KubeletConfig.ReservedMemory r : c.reservedMemory()) {
            reserved += KubeletNodes.bytes(r.limits().get("memory"));
        }
        if (Math.abs(reserved - expected) <= tolerance) {
            return;
        }
        RuleContext.FindingBuilder f = ctx.finding().subject("resource", name(c)).figure("reservedMemoryBytes", reserved)
                .figure("nodeAllocatableReservationBytes", expected);
        f.evidence(c, c.excerpt());
        cite(f, c, "memoryManagerPolicy");
        cite(f, c, "reservedMemory.");
        cite(f, c, "systemReserved.memory");
        cite(f, c, "kubeReserved.memory");
        cite(f, c, "evictionHard.memory.available");
        f.summary(String.format("%s uses the Static memory manager with reservedMemory %s (%d NUMA node%s), but"
                        + " systemReserved %s + kubeReserved %s + evictionHard memory.available %s = %s: the kubelet refuses"
                        + " to start when they differ, and the nodes of its pool go NotReady.", name(c), q(reserved),
                c.reservedMemory().size(), c.reservedMemory().size() == 1 ? "" : "s",
                q(KubeletNodes.bytes(c.reservations().systemReserved().get("memory"))),
                q(KubeletNodes.bytes(c.reservations().kubeReserved().get("memory"))), q(eviction),
                q(expected))).report();
    }

    /** What the node's allocatable says was kept back, against what the config keeps back. */
    private static void node(RuleContext ctx, KubeletConfig c, KubeNode n, long tolerance) {
        long capacity = KubeletNodes.bytes(n.capacity().get("memory"));
        long allocatable = KubeletNodes.bytes(n.allocatable().get("memory"));
        long eviction = KubeletNodes.evictionHard(c, capacity);
        if (capacity <= 0 || allocatable <= 0 || eviction < 0) {
            return;
        }
        long hugepages = KubeletNodes.hugepages(n);
        long keptBack = capacity - allocatable - hugepages;
        long expected = KubeletNodes.reserved(c) + eviction;
        if (Math.abs(keptBack - expected) <= tolerance) {
            return;
        }
        // the node runs, with another reservation: a warning, where a refused reservedMemory stops the kubelet
        RuleContext.FindingBuilder f = ctx.finding().severity(Severity.WARNING).subject("node", n.name()).subject("resource", name(c))
                .figure("keptBackBytes", keptBack).figure("configuredBytes", expected);
        f.evidence(n, n.excerpt());
        ResourceLine alloc = n.allocatableLines().get("memory");
        if (alloc != null) {
            f.evidence(alloc, alloc.excerpt());
        }
        f.evidence(c, c.excerpt());
        cite(f, c, "systemReserved.memory");
        cite(f, c, "kubeReserved.memory");
        cite(f, c, "evictionHard.memory.available");
        StringBuilder s = new StringBuilder(String.format("%s: capacity %s − allocatable %s%s keeps back %s, but %s"
                        + " reserves %s (systemReserved + kubeReserved + evictionHard memory.available): the node does not run"
                        + " this configuration.", n.name(), q(capacity), q(allocatable),
                hugepages > 0 ? " − huge pages " + q(hugepages) : "", q(keptBack), name(c),
                q(expected)));
        List<MachineConfigPool> pools = KubeletNodes.pools(ctx.model(), c);
        for (MachineConfigPool p : pools) {
            if (p.updated().equals("False")) {
                s.append(" MachineConfigPool ").append(p.name()).append(" is still updating.");
                f.evidence(p, p.excerpt());
            }
        }
        if (pools.stream().noneMatch(p -> p.updated().equals("False"))) {
            s.append(" Another KubeletConfig may select its pool, or the node was not rebooted into the rendered config.");
        }
        f.summary(s.toString()).report();
    }

    /** Bytes as Kubernetes writes them ({@code 1124Mi}): the units of the configuration being judged. */
    private static String q(long bytes) {
        return Units.binaryQuantity(BigDecimal.valueOf(bytes));
    }

    private static String name(KubeletConfig c) {
        return c.name().isEmpty() ? "the kubelet configuration file" : "KubeletConfig " + c.name();
    }

    /** Cites the config's lines whose key starts with {@code prefix}. */
    private static void cite(RuleContext.FindingBuilder f, KubeletConfig c, String prefix) {
        c.lines().forEach((k, l) -> {
            if (k.startsWith(prefix)) {
                f.evidence(l, l.excerpt());
            }
        });
    }
}
