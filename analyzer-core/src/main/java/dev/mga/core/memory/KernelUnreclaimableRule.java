package dev.mga.core.memory;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.memory.MemoryUsage;
import dev.mga.core.model.slab.SlabCacheStats;
import dev.mga.core.model.slab.SlabCacheTable;
import dev.mga.core.model.slab.SlabCallSite;
import dev.mga.core.model.slab.SlabCallSiteListing;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code memory.kernel-unreclaimable}: unreclaimable slab ({@code SUnreclaim}, or {@code Slab}
 * when only that was captured) takes a large share of a host's memory, and more than the kernel's
 * fixed slab of a small host ({@code minBytes}). Code because it joins the
 * host's slab captures (call-site listings, slabinfo) to point at the cache behind it.
 */
public final class KernelUnreclaimableRule implements Rule {

    private static final RuleParameter<Double> MIN_UNRECLAIMABLE_SHARE = RuleParameter.percent("minUnreclaimableShare");
    private static final RuleParameter<Double> MIN_SLAB_SHARE = RuleParameter.percent("minSlabShare");
    private static final RuleParameter<Long> MIN_BYTES = RuleParameter.bytes("minBytes");


    @Override
    public void evaluate(RuleContext ctx) {
        double minUnreclaimable = ctx.param(MIN_UNRECLAIMABLE_SHARE);
        double minSlab = ctx.param(MIN_SLAB_SHARE);
        long minBytes = ctx.param(MIN_BYTES);
        for (MemoryUsage u : MemoryUsages.of(ctx.model())) {
            // a share of little memory is the kernel's fixed cost, not a leak: the bytes must count too
            boolean unreclaimable = u.unreclaimableSlabBytes() >= minBytes && u.unreclaimableShare() >= minUnreclaimable;
            boolean slabOnly = u.unreclaimableSlabBytes() < 0 && u.slabBytes() >= minBytes && u.slabShare() >= minSlab;
            if (!unreclaimable && !slabOnly) {
                continue;
            }
            String what = unreclaimable ? "SUnreclaim" : "Slab (SUnreclaim not captured)";
            long bytes = unreclaimable ? u.unreclaimableSlabBytes() : u.slabBytes();
            double share = unreclaimable ? u.unreclaimableShare() : u.slabShare();
            StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "%s: %s is %s, %.1f%% of MemTotal %s.",
                    u.host().isEmpty() ? "This host" : u.host(), what, Units.readable(bytes), share * 100,
                    Units.readable(u.totalBytes())));
            RuleContext.FindingBuilder f = ctx.finding().subject("host", u.host())
                    .figure(unreclaimable ? "unreclaimableBytes" : "slabBytes", bytes).figure("memTotalBytes", u.totalBytes())
                    .figure("share", share);
            f.evidence(u.slabLine(), u.slabLine().excerpt());
            f.evidence(u.totalLine(), u.totalLine().excerpt());
            List<String> slab = slabClues(ctx.model(), u.host(), f);
            if (slab.isEmpty()) {
                summary.append(" No slab call-site listing of this host was captured: boot it with slub_debug=U and"
                        + " capture the largest cache's alloc_calls to name the code that holds the memory.");
            } else {
                summary.append(" Slab captures of the same host: ").append(String.join("; ", slab))
                        .append(" (see the kernel.slab findings of this input).");
            }
            f.summary(summary.toString()).report();
        }
    }

    /** What the host's slab captures say, citing their top lines; empty when there are none. */
    private static List<String> slabClues(CaptureModel model, String host, RuleContext.FindingBuilder f) {
        List<String> clues = new ArrayList<>();
        for (SlabCallSiteListing l : model.all(SlabCallSiteListing.class)) {
            SlabCallSite top = l.topSite();
            if (l.host().equals(host) && l.isAlloc() && top != null) {
                clues.add(String.format(Locale.ROOT, "%s %s_%s top site %s with %,d objects (%.1f%%)", l.cache(),
                        l.direction(), l.format(), top.caller().text(), top.count(), top.share() * 100));
                f.evidence(top, top.excerpt());
            }
        }
        for (SlabCacheTable t : model.all(SlabCacheTable.class)) {
            if (!t.host().equals(host)) {
                continue;
            }
            Optional<SlabCacheStats> largest = t.caches().stream().max(Comparator.comparingLong(SlabCacheStats::objectBytes));
            largest.ifPresent(c -> {
                clues.add(String.format(Locale.ROOT, "largest cache in %s: %s, %,d objects of %d bytes (%s)", t.source(),
                        c.name(), c.totalObjects(), c.objectSize(), Units.readable(c.objectBytes())));
                f.evidence(c, c.excerpt());
            });
        }
        return clues;
    }
}
