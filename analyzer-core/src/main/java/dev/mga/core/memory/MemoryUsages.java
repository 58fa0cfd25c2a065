package dev.mga.core.memory;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.memory.FreeOutput;
import dev.mga.core.model.memory.Meminfo;
import dev.mga.core.model.memory.MeminfoField;
import dev.mga.core.model.memory.MemoryUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@link MemoryUsage} per host: from the host's last whole-host meminfo with a MemTotal, or
 * for a host without one, from its last {@code free} output.
 */
public final class MemoryUsages {

    private MemoryUsages() {
    }

    public static List<MemoryUsage> of(CaptureModel model) {
        Map<String, MemoryUsage> byHost = new LinkedHashMap<>();
        for (FreeOutput f : model.all(FreeOutput.class)) {
            f.row("Mem").filter(r -> r.value("total") > 0).ifPresent(r -> byHost.put(f.host(),
                    new MemoryUsage(f.host(), "free", r.value("total"), r.value("available"), -1, -1, r,
                            r.value("available") >= 0 ? r : null, null, r.location())));
        }
        for (Meminfo m : model.all(Meminfo.class)) {
            if (m.numaNode() >= 0 || m.field("MemTotal").isEmpty()) {
                continue;
            }
            MeminfoField total = m.field("MemTotal").get();
            MeminfoField slab = m.field("SUnreclaim").or(() -> m.field("Slab")).orElse(null);
            byHost.put(m.host(), new MemoryUsage(m.host(), "meminfo", total.bytes(), m.value("MemAvailable"),
                    m.value("Slab"), m.value("SUnreclaim"), total, m.field("MemAvailable").orElse(null), slab,
                    m.location()));
        }
        return new ArrayList<>(byHost.values());
    }
}
