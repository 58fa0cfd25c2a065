package dev.mga.core.model.cgroup;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One memory controller file of one cgroup, as a capture copied it ({@code sys/fs/cgroup/memory/<path>/memory.failcnt}
 * on cgroup v1, {@code sys/fs/cgroup/<path>/memory.events} on v2) or as {@code grep -H} printed it.
 *
 * @param host        node or host, or ""
 * @param cgroup      the cgroup's path from the hierarchy's root ({@code /kubepods.slice/…/crio-<id>.scope}), "/" for the
 *                    root, "" when the capture does not say
 * @param version     1 or 2, from the file's name ({@code limit_in_bytes} is v1, {@code max} v2), 0 when either
 * @param file        the file name ({@code memory.max})
 * @param value       a one-number file's value (bytes or a count); -1 for {@code max} or a key-value file
 * @param unlimited   true for {@code max} (v2) or the v1 "no limit" value (PAGE_COUNTER_MAX pages)
 * @param counters    a key-value file's entries ({@code memory.events}, {@code memory.stat}, {@code memory.oom_control})
 * @param location    the file (its first line)
 * @param excerpt     the first line
 */
public record CgroupMemoryFile(String host, String cgroup, int version, String file, long value, boolean unlimited,
                               Map<String, CgroupCounter> counters, Location location, String excerpt)
        implements CapturedLine {

    public CgroupMemoryFile {
        counters = Collections.unmodifiableMap(new LinkedHashMap<>(counters));
    }

    /** A counter of a key-value file, -1 when absent. */
    public long counter(String key) {
        CgroupCounter c = counters.get(key);
        return c == null ? -1 : c.value();
    }
}
