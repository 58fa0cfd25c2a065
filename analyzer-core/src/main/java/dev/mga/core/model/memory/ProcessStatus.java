package dev.mga.core.model.memory;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.Map;

/**
 * {@code /proc/PID/status}: the process's name and memory counters.
 *
 * @param host     node or host named by the path, or ""
 * @param pid      the {@code Pid:} line, else the path's pid, else -1
 * @param name     the {@code Name:} line
 * @param values   every line's value as printed ({@code State → S (sleeping)})
 * @param bytes    every {@code kB} line in bytes ({@code VmRSS}, {@code HugetlbPages}, {@code VmSwap}…)
 * @param location the file
 */
public record ProcessStatus(String host, long pid, String name, Map<String, String> values, Map<String, Long> bytes,
                            Location location) implements Located {

    public ProcessStatus {
        values = Map.copyOf(values);
        bytes = Map.copyOf(bytes);
    }

    /** Resident memory ({@code VmRSS}) in bytes, or -1 (kernel threads have none). */
    public long residentBytes() {
        return bytes.getOrDefault("VmRSS", -1L);
    }

    /** Huge-page memory ({@code HugetlbPages}, Linux 4.4 and later) in bytes, or -1. */
    public long hugetlbBytes() {
        return bytes.getOrDefault("HugetlbPages", -1L);
    }
}
