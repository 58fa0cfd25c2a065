package dev.mga.core.slab;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.slab.SlabCacheStats;
import dev.mga.core.model.slab.SlabCacheTable;
import dev.mga.core.model.slab.SlabCallSiteListing;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/**
 * CEL subject {@code slab.listing}: every call-site listing of the input, one item each, with the
 * cache's object size from a slabinfo or slabtop capture of the same host when there is one (so a
 * rule can state objects in bytes).
 */
public final class SlabSubjects implements FactSubject {

    @Override
    public String name() {
        return "slab.listing";
    }

    @Override
    public String description() {
        return "one alloc_calls/free_calls/alloc_traces/free_traces listing of one cache (SlabCallSiteListing)";
    }

    @Override
    public Class<?> type() {
        return SlabCallSiteListing.class;
    }

    @Override
    public List<?> items(CaptureModel model) {
        List<SlabCacheTable> tables = model.all(SlabCacheTable.class);
        return model.all(SlabCallSiteListing.class).stream().map(l -> l.withObjectSize(objectSize(tables, l))).toList();
    }

    /** The cache's object size on the listing's host, 0 when no table of that host lists the cache. */
    static long objectSize(List<SlabCacheTable> tables, SlabCallSiteListing listing) {
        return tables.stream().filter(t -> t.host().equals(listing.host()))
                .flatMap(t -> t.cache(listing.cache()).stream()).mapToLong(SlabCacheStats::objectSize)
                .filter(n -> n > 0).findFirst().orElse(0);
    }
}
