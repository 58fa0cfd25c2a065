package dev.mga.core.model.memory;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Map;

/**
 * The memory map of one process: a whole {@code /proc/PID/smaps}, its {@code smaps_rollup}, or
 * {@code grep -A3 … smaps} fragments. Every hugetlb mapping is kept (up to 256);
 * of the others, the 32 most
 * resident, and all of them in the totals.
 *
 * @param host             node or host named by the path, or ""
 * @param pid              from the path ({@code /proc/27693/smaps}) or the pasted command, or -1
 * @param source           {@code smaps}, {@code smaps_rollup} or {@code fragment} (grep output)
 * @param mappingCount     mappings read
 * @param totals           every {@code kB} field summed over all mappings, in bytes
 * @param hugetlbBytes     huge-page memory of the process (sum over its hugetlb mappings)
 * @param hugetlbMappings  the hugetlb mappings
 * @param largestMappings  the other mappings with the most resident memory, largest first
 * @param location         the first line of the map
 */
public record ProcessMemoryMap(String host, long pid, String source, int mappingCount, Map<String, Long> totals,
                               long hugetlbBytes, List<MemoryMapping> hugetlbMappings,
                               List<MemoryMapping> largestMappings, Location location) implements Located {

    public ProcessMemoryMap {
        totals = Map.copyOf(totals);
        hugetlbMappings = List.copyOf(hugetlbMappings);
        largestMappings = List.copyOf(largestMappings);
    }
}
