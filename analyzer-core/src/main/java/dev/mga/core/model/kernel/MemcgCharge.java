package dev.mga.core.model.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a memcg OOM report says of the cgroup whose limit was hit: {@code memory: usage 65536kB, limit 65536kB,
 * failcnt 76}, the {@code swap:} (v2) or {@code memory+swap:} (v1) line, and the {@code Memory cgroup stats for
 * <path>:} block. Sizes in KiB, -1 when not printed.
 *
 * @param statsCgroup the cgroup the stats block names, or ""
 * @param stats       the block's {@code key value} lines (bytes or pages as memory.stat prints them), first ones kept
 */
public record MemcgCharge(long usageKb, long limitKb, long failcnt, long swapUsageKb, long swapLimitKb,
                          String statsCgroup, Map<String, Long> stats) {

    public MemcgCharge {
        stats = Collections.unmodifiableMap(new LinkedHashMap<>(stats));
    }

    /** True when usage had reached the limit when the report was printed. */
    public boolean atLimit() {
        return limitKb > 0 && usageKb >= limitKb;
    }
}
