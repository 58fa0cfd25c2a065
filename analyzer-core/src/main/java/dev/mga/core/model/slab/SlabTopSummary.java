package dev.mga.core.model.slab;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;

/**
 * The summary lines above slabtop's cache table ({@code Active / Total Objects (% used) : a / b (p%)}
 * …), kept also when the table was not captured. A figure the capture does not show is -1.
 *
 * @param host          node or host named by the path, or ""
 * @param activeObjects objects in use
 * @param totalObjects  objects allocated
 * @param activeSlabs   slabs with objects in use
 * @param totalSlabs    slabs
 * @param activeCaches  caches with objects in use
 * @param totalCaches   caches
 * @param activeBytes   bytes of the objects in use (slabtop prints KiB with two decimals: rounded)
 * @param totalBytes    bytes of all slabs' objects
 * @param location      the first summary line
 * @param excerpt       that line
 */
public record SlabTopSummary(String host, long activeObjects, long totalObjects, long activeSlabs, long totalSlabs,
                             long activeCaches, long totalCaches, long activeBytes, long totalBytes, Location location,
                             String excerpt) implements Located {
}
