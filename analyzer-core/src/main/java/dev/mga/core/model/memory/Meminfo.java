package dev.mga.core.model.memory;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * One {@code /proc/meminfo} (or a part of it shown by {@code grep}) of one host, or the meminfo of
 * one NUMA node ({@code /sys/devices/system/node/nodeN/meminfo}, lines {@code Node 0 MemTotal: …}).
 *
 * @param host     node or host named by the path or a {@code HOSTNAME:} line, or ""
 * @param numaNode the NUMA node, or -1 for the whole host
 * @param fields   every line, in order
 * @param location the first line
 */
public record Meminfo(String host, int numaNode, List<MeminfoField> fields, Location location) implements Located {

    public Meminfo {
        fields = List.copyOf(fields);
    }

    /** The line with this key, if captured. */
    public Optional<MeminfoField> field(String key) {
        for (MeminfoField f : fields) {
            if (f.key().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The value of a {@code kB} line in bytes, or of a count line as is; -1 when absent. */
    public long value(String key) {
        return field(key).map(f -> f.bytes() >= 0 ? f.bytes() : f.value()).orElse(-1L);
    }
}
