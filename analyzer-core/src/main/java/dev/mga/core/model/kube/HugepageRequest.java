package dev.mga.core.model.kube;

import dev.mga.core.model.Quantity;
import dev.mga.core.parse.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one pod asks of one huge page size ({@code hugepages-1Gi}), computed as the scheduler does:
 * the sum over its containers, or the largest init container when that is more; a container's
 * request defaults to its limit.
 *
 * @param pod      the pod
 * @param resource {@code hugepages-<size>}
 * @param amount   bytes requested
 * @param lines    the request (or limit) lines that make it up
 */
public record HugepageRequest(KubePod pod, String resource, BigDecimal amount, List<ResourceLine> lines) {

    public HugepageRequest {
        lines = List.copyOf(lines);
    }

    /** Every hugepage size the pod asks for. */
    public static List<HugepageRequest> of(KubePod pod) {
        Map<String, BigDecimal> sum = new TreeMap<>();
        Map<String, BigDecimal> initMax = new TreeMap<>();
        Map<String, List<ResourceLine>> lines = new TreeMap<>();
        for (KubeContainer c : pod.containers()) {
            for (String r : names(c)) {
                Quantity q = c.effectiveRequest(r);
                if (q == null || q.isZero()) {
                    continue;
                }
                if (c.init()) {
                    initMax.merge(r, q.value(), BigDecimal::max);
                } else {
                    sum.merge(r, q.value(), BigDecimal::add);
                }
                ResourceLine l = c.effectiveRequestLine(r);
                if (l != null) {
                    lines.computeIfAbsent(r, k -> new ArrayList<>()).add(l);
                }
            }
        }
        initMax.forEach((r, v) -> sum.merge(r, v, BigDecimal::max));
        List<HugepageRequest> out = new ArrayList<>();
        sum.forEach((r, v) -> out.add(new HugepageRequest(pod, r, v, lines.getOrDefault(r, List.of()))));
        return out;
    }

    private static List<String> names(KubeContainer c) {
        List<String> out = new ArrayList<>();
        for (String r : c.requests().keySet()) {
            if (r.startsWith("hugepages-")) {
                out.add(r);
            }
        }
        for (String r : c.limits().keySet()) {
            if (r.startsWith("hugepages-") && !out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The amount as Kubernetes would print it ({@code 2Gi}, {@code 40Mi}, {@code 128Mi}). */
    public String amountText() {
        return Units.binaryQuantity(amount);
    }
}
