package dev.mga.core.slab;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.slab.SlabCallSiteListing;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/** CEL subject {@code slab.listing}: every call-site listing of the input, one item each. */
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
        return model.all(SlabCallSiteListing.class);
    }
}
