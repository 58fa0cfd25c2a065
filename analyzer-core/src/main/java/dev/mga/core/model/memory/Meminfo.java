package dev.mga.core.model.memory;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

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
        fields = fields instanceof Fields ? fields : new Fields(fields);
    }

    /** The line with this key (the first, should a paste repeat it), if captured. */
    public Optional<MeminfoField> field(String key) {
        return Optional.ofNullable(((Fields) fields).byKey.get(key));
    }

    /**
     * The lines, unmodifiable, with an index by key: the rules ask a host's meminfo for a dozen keys
     * each, and a fleet of 2,500 hosts' meminfo spent 15% of its rule time looking them up one line
     * after another (issue 13).
     */
    private static final class Fields extends AbstractList<MeminfoField> implements RandomAccess {
        private final List<MeminfoField> lines;
        private final Map<String, MeminfoField> byKey;

        Fields(List<MeminfoField> lines) {
            this.lines = List.copyOf(lines);
            this.byKey = new HashMap<>(this.lines.size() * 2);
            for (MeminfoField f : this.lines) {
                byKey.putIfAbsent(f.key(), f);
            }
        }

        @Override
        public MeminfoField get(int index) {
            return lines.get(index);
        }

        @Override
        public int size() {
            return lines.size();
        }
    }

    /** The value of a {@code kB} line in bytes, or of a count line as is; -1 when absent. */
    public long value(String key) {
        return field(key).map(f -> f.bytes() >= 0 ? f.bytes() : f.value()).orElse(-1L);
    }
}
