package dev.mga.core.slab;

import dev.mga.core.detect.PathPattern;
import dev.mga.core.model.Severity;
import dev.mga.core.model.slab.SlabCacheStats;
import dev.mga.core.model.slab.SlabCacheTable;
import dev.mga.core.model.slab.SlabTopSummary;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.List;
import java.util.Locale;

/**
 * {@code kernel.slab.dominant-cache}: one dedicated (non-kmalloc) cache holds most of a host's slab
 * memory in {@code slabtop} or {@code /proc/slabinfo}, stated in bytes. A filesystem's dentry and
 * inode caches are given back under memory pressure, so they are named at info; any other dedicated
 * cache that large (an SELinux policy table, a driver's objects) is a warning. Code because it sums
 * the table and takes slabtop's own total when the paste shows only its first rows.
 */
public final class DominantCacheRule implements Rule {

    private static final RuleParameter<Double> MIN_SHARE = RuleParameter.percent("minShare");
    private static final RuleParameter<Long> MIN_BYTES = RuleParameter.bytes("minBytes");
    private static final RuleParameter<Long> MIN_DEDICATED_BYTES = RuleParameter.bytes("minDedicatedBytes");
    private static final RuleParameter<List<String>> SHARED = RuleParameter.strings("sharedCachePrefixes");
    private static final RuleParameter<List<String>> RECLAIMABLE = RuleParameter.strings("reclaimableCaches");

    @Override
    public void evaluate(RuleContext ctx) {
        double minShare = ctx.param(MIN_SHARE);
        long minBytes = ctx.param(MIN_BYTES);
        long minDedicated = ctx.param(MIN_DEDICATED_BYTES);
        List<String> shared = ctx.param(SHARED);
        List<PathPattern> reclaimable = ctx.param(RECLAIMABLE).stream().map(PathPattern::compile).toList();
        List<SlabTopSummary> summaries = ctx.model().all(SlabTopSummary.class);
        for (SlabCacheTable t : ctx.model().all(SlabCacheTable.class)) {
            SlabCacheStats top = null;
            long sum = 0;
            for (SlabCacheStats c : t.caches()) {
                long b = bytes(c);
                sum += b;
                if (top == null || b > bytes(top)) {
                    top = c;
                }
            }
            if (top == null) {
                continue;
            }
            long total = Math.max(sum, slabtopTotal(t, summaries));
            long bytes = bytes(top);
            String name = top.name();
            boolean givenBack = reclaimable.stream().anyMatch(r -> r.matches(name));
            if (total <= 0 || bytes < (givenBack ? minBytes : minDedicated) || (double) bytes / total < minShare
                    || shared.stream().anyMatch(name::startsWith)) {
                continue;
            }
            double share = (double) bytes / total;
            String host = t.host().isEmpty() ? "This host" : t.host();
            String summary = String.format(Locale.ROOT, "%s: the %s cache holds %s, %.0f%% of the %s of slab memory in %s (%,d objects of %d bytes).%s",
                    host, name, Units.readable(bytes), share * 100, Units.readable(total), t.source(), top.totalObjects(),
                    top.objectSize(), givenBack
                            ? " A filesystem's dentry and inode caches are given back under memory pressure: a large one is"
                            + " not a fault on its own; it matters only if memory stays short (then: vm.vfs_cache_pressure, or"
                            + " what walks the file tree)."
                            : " A dedicated cache this large is held by one kernel subsystem: name it from the cache"
                            + " (and from alloc_calls with slub_debug=U), then look for its leak or growth.");
            ctx.finding().severity(givenBack ? Severity.INFO : Severity.WARNING).subject("host", t.host())
                    .subject("cache", name).figure("cacheBytes", bytes).figure("slabBytes", total).figure("share", share)
                    .evidence(top, top.excerpt()).summary(summary).report();
        }
    }

    /** The cache's memory: slabtop's CACHE SIZE, else its objects times their size (slabinfo; a floor). */
    private static long bytes(SlabCacheStats c) {
        return c.cacheBytes() > 0 ? c.cacheBytes() : c.objectBytes();
    }

    /**
     * slabtop's "Active / Total Size" total of the same run, when the table is slabtop's (a paste may
     * show only its first rows): the summary of the same host and file closest above the table, as a
     * file may hold several runs.
     */
    private static long slabtopTotal(SlabCacheTable t, List<SlabTopSummary> summaries) {
        if (!t.source().equals("slabtop")) {
            return 0;
        }
        SlabTopSummary own = null;
        for (SlabTopSummary s : summaries) {
            if (s.host().equals(t.host()) && s.location().path().equals(t.location().path())
                    && s.location().line() <= t.location().line()
                    && (own == null || s.location().line() > own.location().line())) {
                own = s;
            }
        }
        return own == null ? 0 : own.totalBytes();
    }
}
