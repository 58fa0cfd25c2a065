package dev.mga.core.model.slab;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * One cache's row of {@code /proc/slabinfo} or {@code slabtop -o}.
 *
 * @param name           the cache
 * @param activeObjects  objects in use
 * @param totalObjects   objects allocated (in use or free in its slabs)
 * @param objectSize     bytes per object (slabtop prints KiB with two decimals: rounded)
 * @param objectsPerSlab objects per slab
 * @param pagesPerSlab   pages per slab (slabinfo only; 0 from slabtop)
 * @param activeSlabs    slabs with objects in use (slabinfo), or all slabs (slabtop)
 * @param totalSlabs     slabs of the cache
 * @param cacheBytes     memory held by the cache as slabtop prints it (CACHE SIZE); 0 from slabinfo,
 *                       whose page size is not stated in the file
 * @param location       where the row is
 * @param excerpt        the row as captured
 */
public record SlabCacheStats(String name, long activeObjects, long totalObjects, long objectSize, long objectsPerSlab,
                             long pagesPerSlab, long activeSlabs, long totalSlabs, long cacheBytes,
                             Location location, String excerpt) implements Located {

    /** Bytes the cache's objects take: objects × object size (a floor of the memory it holds). */
    public long objectBytes() {
        return totalObjects * objectSize;
    }
}
