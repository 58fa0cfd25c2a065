package dev.mga.core.model.slab;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * One captured call-site listing of one slab cache: the sysfs {@code alloc_calls} /
 * {@code free_calls} file or the debugfs {@code alloc_traces} / {@code free_traces} file, whole or
 * cut down by {@code sort -n | tail}.
 *
 * @param cache        the cache, from the path ({@code kmalloc-32}), an option, or {@code unknown}
 * @param direction    {@code alloc} (where live objects were allocated) or {@code free} (where they were last freed)
 * @param format       {@code calls} (sysfs, one line a site) or {@code traces} (debugfs, with stack frames)
 * @param host         node or host named by the path, or ""
 * @param sites        the call sites, in the order captured
 * @param totalObjects sum of the sites' counts
 * @param noData       the kernel said {@code No data}: no tracked objects
 * @param tailOnly     the sites are in ascending count order, as {@code sort -n | tail} leaves
 *                     them: the listing is probably only the largest sites
 * @param cutAtOnePage a sysfs listing as long as the one page the kernel prints at most (kernels
 *                     before 5.16 stop there without a marker): the listing is probably incomplete
 * @param callers      objects per caller, largest first (at most {@value #MAX_CALLERS})
 * @param objectSize   bytes per object of the cache, from a slabinfo or slabtop capture of the same
 *                     host (the rules' view joins them, see {@link #withObjectSize}); 0 when none gives it
 * @param location     the file
 */
public record SlabCallSiteListing(String cache, String direction, String format, String host,
                                  List<SlabCallSite> sites, long totalObjects, boolean noData, boolean tailOnly,
                                  boolean cutAtOnePage, List<CallerTotal> callers, long objectSize, Location location) implements Located {

    /** Callers kept per listing: enough for any report, bounded for huge listings. */
    public static final int MAX_CALLERS = 20;

    public SlabCallSiteListing {
        sites = List.copyOf(sites);
        callers = List.copyOf(callers);
    }

    /** The same listing with the cache's object size, as a slabinfo or slabtop row of the same host states it. */
    public SlabCallSiteListing withObjectSize(long size) {
        return new SlabCallSiteListing(cache, direction, format, host, sites, totalObjects, noData, tailOnly, cutAtOnePage,
                callers, size, location);
    }

    /** The caller with the most objects, or null for an empty listing. */
    @JsonProperty("topCaller")
    public CallerTotal topCaller() {
        return callers.isEmpty() ? null : callers.get(0);
    }

    /** The site with the most objects, or null for an empty listing. */
    @JsonProperty("topSite")
    public SlabCallSite topSite() {
        SlabCallSite top = null;
        for (SlabCallSite s : sites) {
            if (top == null || s.count() > top.count()) {
                top = s;
            }
        }
        return top;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isAlloc() {
        return direction.equals("alloc");
    }
}
