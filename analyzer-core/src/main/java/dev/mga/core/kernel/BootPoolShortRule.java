package dev.mga.core.kernel;

import dev.mga.core.memory.HugepagePools;
import dev.mga.core.model.kernel.HugetlbBootAllocation;
import dev.mga.core.model.kernel.KernelCommandLine;
import dev.mga.core.model.memory.CapturedLine;
import dev.mga.core.model.memory.HugepagePool;
import dev.mga.core.parse.Units;
import dev.mga.core.rules.Figures;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code hugepages.boot-pool-short}: a huge page pool holds fewer pages than the kernel command line asks for
 * ({@code hugepagesz=}/{@code hugepages=}). Code because it joins the command line (/proc/cmdline or the boot log)
 * with the pools (sysfs, meminfo) and the boot log's HugeTLB messages of the same host.
 */
public final class BootPoolShortRule implements Rule {

    @Override
    public void evaluate(RuleContext ctx) {
        Map<String, KernelCommandLine> byHost = new LinkedHashMap<>();
        for (KernelCommandLine c : ctx.model().all(KernelCommandLine.class)) {
            // /proc/cmdline is what the running kernel has; the boot log's copy stands in when it is alone
            if (!byHost.containsKey(c.host()) || c.source().equals("/proc/cmdline")) {
                byHost.put(c.host(), c);
            }
        }
        List<HugepagePool> pools = HugepagePools.of(ctx.model());
        List<HugetlbBootAllocation> boot = ctx.model().all(HugetlbBootAllocation.class);
        for (KernelCommandLine cmd : byHost.values()) {
            BootHugepages.requested(cmd).forEach((size, pages) -> check(ctx, cmd, size, pages, pools, boot));
        }
    }

    private static void check(RuleContext ctx, KernelCommandLine cmd, long size, long requested, List<HugepagePool> pools,
                              List<HugetlbBootAllocation> boot) {
        HugepagePool pool = pools.stream().filter(p -> p.host().equals(cmd.host()) && p.numaNode() < 0
                && p.pageSizeBytes() == size && p.total() >= 0 && p.source().equals("sysfs")).findFirst()
                .orElse(pools.stream().filter(p -> p.host().equals(cmd.host()) && p.numaNode() < 0
                        && p.pageSizeBytes() == size && p.total() >= 0).findFirst().orElse(null));
        HugetlbBootAllocation failed = boot.stream().filter(b -> b.host().equals(cmd.host()) && b.pageSizeBytes() == size
                && b.failed()).findFirst().orElse(null);
        long got = pool != null ? pool.total() : failed != null ? failed.allocated() : -1;
        if (got < 0 || got >= requested) {
            return;
        }
        RuleContext.FindingBuilder f = ctx.finding();
        if (!cmd.host().isEmpty()) {
            f.subject("host", cmd.host());
        }
        f.subject("resource", "hugepages-" + Units.binaryQuantity(size)).figure("requestedPages", requested)
                .figure("pages", got);
        f.evidence(cmd, cmd.excerpt());
        String name = Units.binaryQuantity(size);
        StringBuilder s = new StringBuilder(cmd.host().isEmpty() ? "This host" : cmd.host());
        s.append(": the kernel command line asks for ").append(Figures.grouped(requested)).append(" huge pages of ")
                .append(Units.readable(size)).append(" (").append(BootHugepages.arguments(cmd, size)).append("), the ")
                .append(name).append(" pool holds ").append(Figures.grouped(got));
        if (pool != null) {
            s.append(" (").append(pool.source()).append(')');
            for (CapturedLine l : pool.evidence()) {
                f.evidence(l, l.excerpt());
            }
        }
        s.append('.');
        if (failed != null) {
            f.evidence(failed, failed.excerpt());
            s.append(" At boot the kernel could allocate ").append(Figures.grouped(failed.allocated())).append(" of ")
                    .append(Figures.grouped(failed.requested()))
                    .append(": no free, aligned range of that size was left when the pool was filled.");
        }
        if (got == 0) {
            s.append(" Pods requesting hugepages-").append(name).append(" cannot run on it.");
        }
        f.summary(s.toString()).report();
    }
}
