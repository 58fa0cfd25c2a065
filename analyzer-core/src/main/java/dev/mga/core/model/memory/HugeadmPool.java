package dev.mga.core.model.memory;

import dev.mga.core.model.Location;

/**
 * One row of {@code hugeadm --pool-list} (libhugetlbfs).
 *
 * @param host          node or host named by the path, or ""
 * @param pageSizeBytes the page size
 * @param minimum       pages always in the pool ({@code nr_hugepages} less surplus)
 * @param current       pages in the pool now, surplus included
 * @param maximum       minimum plus the overcommit allowance ({@code nr_overcommit_hugepages})
 * @param isDefault     the default page size ({@code *})
 * @param location      where the row is
 * @param excerpt       the row as captured
 */
public record HugeadmPool(String host, long pageSizeBytes, long minimum, long current, long maximum, boolean isDefault,
                          Location location, String excerpt) implements CapturedLine {
}
