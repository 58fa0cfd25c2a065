package dev.mga.core.vm;

import dev.mga.core.memory.HugepagePools;
import dev.mga.core.model.memory.CapturedLine;
import dev.mga.core.model.memory.HugepagePool;
import dev.mga.core.model.vm.FreeBlocks;
import dev.mga.core.model.vm.PageTypeInfo;
import dev.mga.core.model.vm.VmCounter;
import dev.mga.core.model.vm.VmStat;
import dev.mga.core.parse.Units;
import dev.mga.core.rules.Figures;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code vm.hugepage-fragmentation}: a huge page allocation at run time failed ({@code htlb_buddy_alloc_fail}) and the
 * free lists hold no block of the huge page's order in any zone huge pages may come from, while plenty of memory is
 * free in smaller blocks. Code because it joins vmstat, buddyinfo, pagetypeinfo and the pools of one host.
 */
public final class HugepageFragmentationRule implements Rule {

    private static final RuleParameter<Long> MIN_FREE_HUGEPAGES = RuleParameter.integer("minFreeHugepages");

    /** x86's pageblock order, the order of a 2 MiB huge page with 4 KiB base pages, when pagetypeinfo is absent. */
    static final int DEFAULT_ORDER = 9;

    @Override
    public void evaluate(RuleContext ctx) {
        long minFree = ctx.param(MIN_FREE_HUGEPAGES);
        for (VmStat stat : ctx.model().all(VmStat.class)) {
            long failed = stat.value("htlb_buddy_alloc_fail");
            if (failed <= 0) {
                continue;
            }
            List<FreeBlocks> zones = ctx.model().all(FreeBlocks.class).stream()
                    .filter(b -> b.host().equals(stat.host()) && !b.zone().equals("DMA")).toList();
            if (zones.isEmpty()) {
                continue; // without buddyinfo the failure could be a plain lack of memory: nothing to say about order
            }
            int order = ctx.model().all(PageTypeInfo.class).stream().filter(p -> p.host().equals(stat.host())
                    && p.pageBlockOrder() > 0 && p.pageBlockOrder() < 30).mapToInt(PageTypeInfo::pageBlockOrder)
                    .findFirst().orElse(DEFAULT_ORDER);
            long highBlocks = zones.stream().mapToLong(z -> z.blocksAtOrAbove(order)).sum();
            long freePages = zones.stream().mapToLong(FreeBlocks::freePages).sum();
            if (highBlocks > 0 || freePages < minFree << order) {
                continue;
            }
            report(ctx, stat, zones, order, freePages, failed);
        }
    }

    private static void report(RuleContext ctx, VmStat stat, List<FreeBlocks> zones, int order, long freePages, long failed) {
        RuleContext.FindingBuilder f = ctx.finding().figure("htlbBuddyAllocFail", failed).figure("freeBytes", freePages * 4096)
                .figure("order", order);
        if (!stat.host().isEmpty()) {
            f.subject("host", stat.host());
        }
        long hugeBytes = 4096L << order;
        List<String> zoneNames = new ArrayList<>();
        for (FreeBlocks z : zones) {
            zoneNames.add(z.zone());
            f.evidence(z, z.excerpt());
        }
        StringBuilder s = new StringBuilder(stat.host().isEmpty() ? "This host" : stat.host());
        s.append(String.format(Locale.ROOT, ": a huge page allocation at run time failed (vmstat htlb_buddy_alloc_fail %d",
                failed));
        cite(f, stat, "htlb_buddy_alloc_fail");
        long stalls = stat.value("compact_stall");
        long compactFail = stat.value("compact_fail");
        if (stalls > 0) {
            s.append(String.format(Locale.ROOT, "; compaction stalled %d times and failed %d", stalls, Math.max(0, compactFail)));
            cite(f, stat, "compact_stall");
            cite(f, stat, "compact_fail");
        }
        s.append(String.format(Locale.ROOT, ") and no free block of order %d (%s) or larger is left in %s, while %s is free in"
                + " smaller blocks: free memory is fragmented, not short.", order, Units.readable(hugeBytes),
                String.join(", ", zoneNames), Units.readable(freePages * 4096)));
        for (HugepagePool p : HugepagePools.of(ctx.model())) {
            if (p.host().equals(stat.host()) && p.numaNode() < 0 && p.pageSizeBytes() == hugeBytes && p.total() >= 0) {
                s.append(" The ").append(p.pageSizeName()).append(" pool holds ").append(Figures.grouped(p.total()))
                        .append(p.total() == 1 ? " page." : " pages.");
                for (CapturedLine l : p.evidence()) {
                    f.evidence(l, l.excerpt());
                }
                break;
            }
        }
        long fallback = stat.value("thp_fault_fallback");
        if (fallback > 0) {
            s.append(" Transparent huge pages fell back to small pages ").append(Figures.grouped(fallback)).append(" times.");
            cite(f, stat, "thp_fault_fallback");
        }
        f.summary(s.toString()).report();
    }

    private static void cite(RuleContext.FindingBuilder f, VmStat stat, String name) {
        VmCounter c = stat.counters().get(name);
        if (c != null) {
            f.evidence(c, c.excerpt());
        }
    }
}
