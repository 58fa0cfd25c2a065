package dev.mga.core.cgroup;

import dev.mga.core.model.cgroup.CgroupMemory;
import dev.mga.core.model.kernel.OomKill;
import dev.mga.core.model.memory.CapturedLine;
import dev.mga.core.parse.Units;
import dev.mga.core.rules.Figures;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code cgroup.memory-limit-hit}: a cgroup with a memory limit whose files show OOM kills, or refused charges with
 * its anonymous memory filling the limit. Code because it leaves out the cgroups whose kills the kernel log of the
 * same input already reports ({@code kernel.oom-kill}).
 */
public final class MemoryLimitHitRule implements Rule {

    private static final RuleParameter<Double> MIN_ANON_SHARE = RuleParameter.percent("minAnonShare");

    @Override
    public void evaluate(RuleContext ctx) {
        double minAnon = ctx.param(MIN_ANON_SHARE);
        Set<String> logged = new HashSet<>();
        for (OomKill k : ctx.model().all(OomKill.class)) {
            logged.add(k.host() + "\u0000" + k.cgroup());
        }
        for (CgroupMemory c : CgroupMemories.of(ctx.model())) {
            if (c.limitBytes() <= 0 || logged.contains(c.host() + "\u0000" + c.cgroup())) {
                continue;
            }
            boolean killed = c.oomKills() > 0;
            double anonShare = c.anonBytes() < 0 ? -1 : (double) c.anonBytes() / c.limitBytes();
            boolean refused = (c.failcnt() > 0 || c.limitHits() > 0) && anonShare >= minAnon;
            if (!killed && !refused) {
                continue;
            }
            report(ctx, c, killed, anonShare);
        }
    }

    private static void report(RuleContext ctx, CgroupMemory c, boolean killed, double anonShare) {
        RuleContext.FindingBuilder f = ctx.finding();
        if (!c.host().isEmpty()) {
            f.subject("host", c.host());
        }
        f.subject(c.pod() != null ? "pod" : "resource", c.pod() != null ? c.pod().podUid() : c.cgroup())
                .figure("limitBytes", c.limitBytes()).figure("oomKills", Math.max(0, c.oomKills()))
                .figure("failcnt", Math.max(0, c.failcnt()));
        StringBuilder s = new StringBuilder(c.host().isEmpty() ? "This host" : c.host()).append(": ");
        s.append(c.pod() == null ? "cgroup " + c.cgroup() : c.pod().describe() + " (" + c.pod().qosClass() + ")");
        s.append(" reached its memory limit ").append(Units.readable(c.limitBytes()));
        if (c.peakBytes() > 0) {
            s.append(" (peak ").append(Units.readable(c.peakBytes())).append(')');
        }
        s.append(": ");
        List<String> what = new java.util.ArrayList<>();
        if (killed) {
            what.add(c.oomKills() + (c.oomKills() == 1 ? " OOM kill" : " OOM kills"));
        }
        if (c.failcnt() > 0) {
            what.add("failcnt " + Figures.grouped(c.failcnt()));
        }
        if (c.limitHits() > 0) {
            what.add(Figures.grouped(c.limitHits()) + " limit events (memory.events max)");
        }
        if (anonShare >= 0 && !killed) {
            what.add("anonymous memory now " + Figures.percent(anonShare) + " of the limit");
        }
        s.append(String.join(", ", what)).append(". The kernel log of ").append(killed ? "the kills" : "this cgroup")
                .append(" is not in this input; the node's dmesg or journalctl -k names the victims.");
        if (!c.cgroup().isEmpty() && c.pod() != null) {
            s.append(" Cgroup ").append(c.cgroup()).append('.');
        }
        for (CapturedLine l : c.evidence()) {
            f.evidence(l, l.excerpt());
        }
        f.summary(s.toString()).report();
    }
}
