package dev.mga.core.slab;

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
 * @param location     the file
 */
public record SlabCallSiteListing(String cache, String direction, String format, String host,
                                  List<SlabCallSite> sites, long totalObjects, boolean noData, boolean tailOnly,
                                  Location location) implements Located {

    public SlabCallSiteListing {
        sites = List.copyOf(sites);
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
