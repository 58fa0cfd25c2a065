package dev.mga.core.model.slab;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * A whole {@code /proc/slabinfo} or {@code slabtop -o} capture.
 *
 * @param source   {@code slabinfo} or {@code slabtop}
 * @param version  the slabinfo format version ({@code 2.1}), or "" for slabtop
 * @param host     node or host named by the path, or ""
 * @param caches   the rows
 * @param location the file
 */
public record SlabCacheTable(String source, String version, String host, List<SlabCacheStats> caches,
                             Location location) implements Located {

    /** Rows kept: a kernel has a few hundred caches. */
    public static final int MAX_CACHES = 10_000;

    public SlabCacheTable {
        caches = List.copyOf(caches);
    }

    public Optional<SlabCacheStats> cache(String name) {
        return caches.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
