package dev.mga.core.model.vm;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /proc/vmstat}: the kernel's memory event counters since boot (compaction, huge page allocations and
 * fallbacks, reclaim), each with its line.
 */
public record VmStat(String host, Map<String, VmCounter> counters, Location location) implements Located {

    public VmStat {
        counters = Collections.unmodifiableMap(new LinkedHashMap<>(counters));
    }

    /** A counter's value, -1 when this kernel does not print it. */
    public long value(String name) {
        VmCounter c = counters.get(name);
        return c == null ? -1 : c.value();
    }
}
