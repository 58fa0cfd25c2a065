package dev.mga.core.model.memory;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * A hugetlbfs mount, from {@code hugeadm --list-all-mounts} or {@code mount | grep pagesize}.
 *
 * @param host          node or host named by the path, or ""
 * @param mountPoint    e.g. {@code /dev/hugepages}
 * @param options       mount options as printed
 * @param pageSizeBytes from {@code pagesize=16M}, {@code pagesize=16384M}; -1 when not given
 * @param location      where the line is
 * @param excerpt       the line as captured
 */
public record HugetlbfsMount(String host, String mountPoint, String options, long pageSizeBytes, Location location,
                             String excerpt) implements Located {
}
