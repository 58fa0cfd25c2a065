package dev.mga.core.model.cgroup;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;
import java.util.List;

/**
 * One cgroup's memory, joined from its captured files. Bytes and counts; -1 is "not captured".
 *
 * @param host       node or host, or ""
 * @param cgroup     the cgroup's path from the hierarchy's root
 * @param version    1 or 2
 * @param limitBytes the hard limit ({@code memory.limit_in_bytes}, {@code memory.max}); -1 when unlimited or not captured
 * @param usageBytes current usage ({@code memory.usage_in_bytes}, {@code memory.current})
 * @param peakBytes  the highest usage seen ({@code memory.max_usage_in_bytes}, {@code memory.peak})
 * @param failcnt    v1: charges refused at the limit ({@code memory.failcnt})
 * @param limitHits  v2: times usage reached the limit ({@code max} of {@code memory.events.local}, else {@code memory.events})
 * @param oomKills   processes the OOM killer killed for this cgroup's own limit (v1 {@code oom_control} {@code oom_kill},
 *                   v2 {@code oom_kill} of {@code memory.events.local}, else {@code memory.events})
 * @param ooms       v2: times the cgroup was out of memory ({@code oom})
 * @param anonBytes  anonymous memory ({@code memory.stat} {@code anon} v2, {@code rss} v1)
 * @param pod        the pod and container the path names, or null
 * @param evidence   the captured lines behind these figures
 * @param location   the first of them
 */
public record CgroupMemory(String host, String cgroup, int version, long limitBytes, long usageBytes, long peakBytes,
                           long failcnt, long limitHits, long oomKills, long ooms, long anonBytes, PodCgroup pod,
                           List<CapturedLine> evidence, Location location) implements Located {

    public CgroupMemory {
        evidence = List.copyOf(evidence);
    }

    /** Usage (or peak, when higher) as a share of the limit; -1 without a limit. */
    public double peakShare() {
        long top = Math.max(usageBytes, peakBytes);
        return limitBytes <= 0 || top < 0 ? -1 : (double) top / limitBytes;
    }

    /** True when the cgroup's own limit was hit: refused charges, limit events or OOM kills. */
    public boolean limitHit() {
        return failcnt > 0 || limitHits > 0 || oomKills > 0;
    }
}
