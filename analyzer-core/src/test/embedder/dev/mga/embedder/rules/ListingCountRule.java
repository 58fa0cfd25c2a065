package dev.mga.embedder.rules;

import dev.mga.core.model.slab.SlabCallSiteListing;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.List;

/** An embedder's own Java rule: reports how many call-site listings an input has, from {@code min} on. */
public final class ListingCountRule implements Rule {

    private static final RuleParameter<Long> MIN = RuleParameter.integer("min");

    @Override
    public void evaluate(RuleContext ctx) {
        List<SlabCallSiteListing> listings = ctx.model().all(SlabCallSiteListing.class);
        if (listings.size() >= ctx.param(MIN)) {
            ctx.finding().summary(listings.size() + " call-site listings").figure("listings", listings.size()).report();
        }
    }
}
