package dev.mga.core.kube;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Quantity;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.model.kube.KubeletConfig;
import dev.mga.core.model.kube.MachineConfigPool;
import dev.mga.core.parse.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which nodes a KubeletConfig configures, and what it keeps back. A KubeletConfig selects MachineConfigPools by their
 * labels ({@code machineConfigPoolSelector.matchLabels}); a pool selects nodes ({@code spec.nodeSelector}). When no
 * pool is captured, the OpenShift convention stands in: a pool named by {@code machineconfiguration.openshift.io/role: X}
 * or {@code pools.operator.machineconfiguration.openshift.io/X} configures the nodes labelled
 * {@code node-role.kubernetes.io/X}.
 */
final class KubeletNodes {

    /** The kubelet's default hard eviction threshold for memory.available (used when evictionHard is not set at all). */
    static final long DEFAULT_EVICTION_HARD = 100L << 20;
    private static final String ROLE = "machineconfiguration.openshift.io/role";
    private static final String POOL_LABEL = "pools.operator.machineconfiguration.openshift.io/";

    private KubeletNodes() {
    }

    /** The pools the config selects (empty when none is captured). */
    static List<MachineConfigPool> pools(CaptureModel model, KubeletConfig c) {
        List<MachineConfigPool> out = new ArrayList<>();
        if (c.poolSelector().isEmpty()) {
            return out;
        }
        for (MachineConfigPool p : model.all(MachineConfigPool.class)) {
            if (p.labels().entrySet().containsAll(c.poolSelector().entrySet())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The nodes the config applies to; empty for a kubelet file or when nothing selects a node. */
    static List<KubeNode> nodes(CaptureModel model, KubeletConfig c) {
        List<Map<String, String>> selectors = new ArrayList<>();
        List<MachineConfigPool> pools = pools(model, c);
        pools.forEach(p -> selectors.add(p.nodeSelector()));
        if (pools.isEmpty()) {
            c.poolSelector().forEach((k, v) -> {
                if (k.equals(ROLE)) {
                    selectors.add(Map.of("node-role.kubernetes.io/" + v, ""));
                } else if (k.startsWith(POOL_LABEL)) {
                    selectors.add(Map.of("node-role.kubernetes.io/" + k.substring(POOL_LABEL.length()), ""));
                }
            });
        }
        List<KubeNode> out = new ArrayList<>();
        for (KubeNode n : model.all(KubeNode.class)) {
            if (selectors.stream().anyMatch(s -> !s.isEmpty() && n.labels().entrySet().containsAll(s.entrySet()))) {
                out.add(n);
            }
        }
        return out;
    }

    /** systemReserved + kubeReserved memory, bytes. */
    static long reserved(KubeletConfig c) {
        return bytes(c.reservations().systemReserved().get("memory")) + bytes(c.reservations().kubeReserved().get("memory"));
    }

    /**
     * The hard eviction threshold for memory.available in bytes: an absolute quantity, or a percentage of
     * {@code capacityBytes}; the default 100Mi when evictionHard is not set at all; 0 when evictionHard is set
     * without memory.available (the kubelet then does not default it); -1 when a percentage has no capacity to apply to.
     */
    static long evictionHard(KubeletConfig c, long capacityBytes) {
        Map<String, String> hard = c.reservations().evictionHard();
        if (hard.isEmpty()) {
            return DEFAULT_EVICTION_HARD;
        }
        return threshold(hard.get("memory.available"), capacityBytes);
    }

    /**
     * A threshold as written: {@code 100Mi}, or {@code 10%} of capacity; 0 when absent or disabled ({@code 0%} and
     * {@code 100%} are the KubeletConfiguration way to disable a threshold, the kubelet ignores them), -1 when not readable.
     */
    static long threshold(String text, long capacityBytes) {
        if (text == null) {
            return 0;
        }
        if (disabled(text)) {
            return 0;
        }
        String t = text.strip();
        if (t.endsWith("%")) {
            try {
                BigDecimal pct = new BigDecimal(t.substring(0, t.length() - 1));
                return capacityBytes <= 0 ? -1 : pct.multiply(BigDecimal.valueOf(capacityBytes)).movePointLeft(2).longValue();
            } catch (NumberFormatException | ArithmeticException e) {
                return -1;
            }
        }
        return Units.tryQuantity(t).map(KubeletNodes::bytes).orElse(-1L);
    }

    /** The kubelet ignores a {@code 0%} or {@code 100%} threshold: the KubeletConfiguration way to disable one. */
    static boolean disabled(String threshold) {
        String t = threshold.strip();
        return t.equals("0%") || t.equals("100%");
    }

    /** The huge pages a node's capacity lists, bytes: the kubelet takes them out of allocatable memory too. */
    static long hugepages(KubeNode n) {
        long total = 0;
        for (Map.Entry<String, Quantity> e : n.capacity().entrySet()) {
            if (e.getKey().startsWith("hugepages-")) {
                total += bytes(e.getValue());
            }
        }
        return total;
    }

    static long bytes(Quantity q) {
        return q == null ? 0 : q.value().signum() < 0 || q.value().compareTo(BigDecimal.valueOf(Long.MAX_VALUE >> 2)) > 0
                ? 0 : q.longValue();
    }
}
