package dev.mga.core.metrics;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Located;
import dev.mga.core.model.Quantity;
import dev.mga.core.model.metrics.PodMetrics;
import dev.mga.core.model.metrics.PodTopTable;
import dev.mga.core.model.metrics.PodUsage;
import dev.mga.core.parse.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pod's memory use from whatever the input has: top pod rows (container rows summed per pod) and
 * PodMetrics. When several sources name the same pod the largest reading is kept (they are taken
 * at different moments; the larger one is the one that matters for pressure).
 */
record PodMemory(String namespace, String pod, Quantity memory, Located evidence, String excerpt) {

    /** Every pod, largest memory first. */
    static List<PodMemory> collect(CaptureModel model) {
        Map<String, PodMemory> byPod = new LinkedHashMap<>();
        for (PodTopTable t : model.all(PodTopTable.class)) {
            Map<String, PodMemory> table = new LinkedHashMap<>();
            for (PodUsage r : t.rows()) {
                String key = r.namespace() + "/" + r.pod();
                PodMemory prev = table.get(key);
                BigDecimal sum = prev == null ? r.memory().value() : prev.memory().value().add(r.memory().value());
                Located ev = prev == null ? r : prev.evidence();
                String ex = prev == null ? r.excerpt() : prev.excerpt();
                table.put(key, new PodMemory(r.namespace(), r.pod(), Units.quantityLike(sum, "Ki"), ev, ex));
            }
            table.values().forEach(p -> keepLarger(byPod, p));
        }
        for (PodMetrics m : model.all(PodMetrics.class)) {
            keepLarger(byPod, new PodMemory(m.namespace(), m.pod(), m.memory(), m, m.excerpt()));
        }
        List<PodMemory> out = new ArrayList<>(byPod.values());
        out.sort(Comparator.comparing((PodMemory p) -> p.memory().value()).reversed());
        return out;
    }

    private static void keepLarger(Map<String, PodMemory> byPod, PodMemory p) {
        String key = p.namespace() + "/" + p.pod();
        PodMemory prev = byPod.get(key);
        if (prev == null || p.memory().compareTo(prev.memory()) > 0) {
            byPod.put(key, p);
        }
    }
}
