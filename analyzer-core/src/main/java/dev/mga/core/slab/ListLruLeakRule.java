package dev.mga.core.slab;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.slab.SlabCacheStats;
import dev.mga.core.model.slab.SlabCacheTable;
import dev.mga.core.model.slab.SlabCallSite;
import dev.mga.core.model.slab.SlabCallSiteListing;
import dev.mga.core.parse.Units;
import dev.mga.core.rules.Figures;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kernel.slab.list-lru-leak}: the per-memcg list_lru arrays ({@code memcg_update_all_list_lrus},
 * {@code __list_lru_init}) holding a large share of a cache. Needs code because it sums several
 * call sites (caller or any stack frame) and joins the listing with the same host's slabinfo or
 * slabtop for the cache's real total.
 */
public final class ListLruLeakRule implements Rule {

    private static final RuleParameter<List<String>> SYMBOLS = RuleParameter.strings("symbols");
    private static final RuleParameter<Long> MIN_OBJECTS = RuleParameter.integer("minObjects");
    private static final RuleParameter<Double> MIN_SHARE = RuleParameter.percent("minShare");
    private static final RuleParameter<Long> HZ = RuleParameter.integer("hz");


    @Override
    public void evaluate(RuleContext ctx) {
        List<String> symbols = ctx.param(SYMBOLS);
        long minObjects = ctx.param(MIN_OBJECTS);
        double minShare = ctx.param(MIN_SHARE);
        long hz = ctx.param(HZ);
        CaptureModel model = ctx.model();
        for (SlabCallSiteListing listing : model.all(SlabCallSiteListing.class)) {
            if (!listing.isAlloc()) {
                continue;
            }
            List<SlabCallSite> culprits = new ArrayList<>();
            Set<String> named = new LinkedHashSet<>();
            long objects = 0;
            for (SlabCallSite site : listing.sites()) {
                for (String symbol : symbols) {
                    if (site.involves(symbol)) {
                        culprits.add(site);
                        named.add(symbol);
                        objects += site.count();
                        break;
                    }
                }
            }
            if (culprits.isEmpty() || objects < minObjects) {
                continue;
            }
            Optional<SlabCacheStats> stats = cacheStats(model, listing);
            long denominator = stats.map(SlabCacheStats::totalObjects).filter(t -> t >= listing.totalObjects())
                    .orElse(listing.totalObjects());
            double share = denominator == 0 ? 0 : (double) objects / denominator;
            if (share < minShare) {
                continue;
            }
            long objectSize = stats.map(SlabCacheStats::objectSize).orElse(0L);
            long ageMin = culprits.stream().mapToLong(SlabCallSite::ageMin).min().orElse(0);
            long ageMax = culprits.stream().mapToLong(SlabCallSite::ageMax).max().orElse(0);
            RuleContext.FindingBuilder f = ctx.finding().summary(summary(listing, named, objects, share, denominator,
                    stats.isPresent(), objectSize, ageMin, ageMax, hz))
                    .subject("node", listing.host()).subject("cache", listing.cache())
                    .figure("objects", objects).figure("cacheObjects", denominator).figure("share", share);
            if (objectSize > 0) {
                f.figure("objectSizeBytes", objectSize).figure("bytes", objects * objectSize);
            }
            if (ageMax > 0) {
                f.figure("ageMinSeconds", (double) ageMin / hz).figure("ageMaxSeconds", (double) ageMax / hz);
            }
            culprits.stream().sorted(java.util.Comparator.comparingLong(SlabCallSite::count).reversed())
                    .forEach(s -> f.evidence(s, s.excerpt()));
            stats.ifPresent(s -> f.evidence(s, s.excerpt()));
            f.report();
        }
    }

    /** The same cache in a slabinfo or slabtop capture of the same host, if there is one. */
    private static Optional<SlabCacheStats> cacheStats(CaptureModel model, SlabCallSiteListing listing) {
        return model.all(SlabCacheTable.class).stream()
                .filter(t -> t.host().equals(listing.host()))
                .flatMap(t -> t.cache(listing.cache()).stream())
                .findFirst();
    }

    private static String summary(SlabCallSiteListing listing, Set<String> named, long objects, double share,
                                  long denominator, boolean fromStats, long objectSize, long ageMin, long ageMax, long hz) {
        String of = fromStats ? "of the cache's " + String.format(Locale.ROOT, "%,d", denominator) + " objects (slabinfo)"
                : "of the " + String.format(Locale.ROOT, "%,d", denominator) + " objects listed"
                + (listing.tailOnly() ? " (the listing was cut with sort -n | tail)" : "")
                + (listing.cutAtOnePage() ? " (the kernel printed only one page of call sites)" : "");
        String size = objectSize > 0 ? String.format(Locale.ROOT, " (%s at %d bytes each, slabinfo)",
                Units.readable(objects * objectSize), objectSize) : "";
        String ages = ageMax > 0 ? String.format(Locale.ROOT, "; object ages %s to %s (%,d to %,d jiffies at HZ=%d)",
                Figures.duration((double) ageMin / hz), Figures.duration((double) ageMax / hz), ageMin, ageMax, hz) : "";
        return String.format(Locale.ROOT, "%s%s: %s hold %,d objects%s, %.1f%% %s%s.",
                listing.cache(), listing.host().isEmpty() ? "" : " on " + listing.host(), String.join(" and ", named),
                objects, size, share * 100, of, ages);
    }
}
