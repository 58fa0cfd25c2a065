package dev.mga.core.kernel;

import dev.mga.core.cgroup.CgroupMemories;
import dev.mga.core.model.Severity;
import dev.mga.core.model.cgroup.CgroupMemory;
import dev.mga.core.model.kernel.LogLine;
import dev.mga.core.model.kernel.OomKill;
import dev.mga.core.model.kernel.OomMemoryInfo;
import dev.mga.core.model.kernel.OomTask;
import dev.mga.core.model.memory.CapturedLine;
import dev.mga.core.parse.Units;
import dev.mga.core.rules.Figures;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code kernel.oom-kill}: every OOM kill of the input's kernel logs, grouped by what was out of memory (a pod, a
 * cgroup, or the whole node), each with its victim, its cgroup and the limit it hit. Code because it joins the kills
 * to the cgroup files of the same capture and drops the copies of one kill that several logs hold (dmesg,
 * /var/log/messages, the journal of a sosreport).
 */
public final class OomKillRule implements Rule {

    private static final RuleParameter<Long> REPEATED_KILLS = RuleParameter.integer("repeatedKills");

    /** Kills listed one by one in a summary; the rest are counted. */
    static final int LISTED = 5;

    @Override
    public void evaluate(RuleContext ctx) {
        long repeated = ctx.param(REPEATED_KILLS);
        Map<String, List<OomKill>> groups = new LinkedHashMap<>();
        for (OomKill k : distinct(ctx.model().all(OomKill.class))) {
            groups.computeIfAbsent(groupOf(k), g -> new ArrayList<>()).add(k);
        }
        List<CgroupMemory> cgroups = CgroupMemories.of(ctx.model());
        for (List<OomKill> kills : groups.values()) {
            OomKill first = kills.get(0);
            RuleContext.FindingBuilder f = ctx.finding();
            if (!first.host().isEmpty()) {
                f.subject("host", first.host());
            }
            if (first.pod() != null) {
                f.subject("pod", first.pod().podUid());
            }
            f.figure("kills", kills.size());
            if (first.victim().anonRssKb() >= 0) {
                f.figure("victimAnonRssBytes", first.victim().anonRssKb() * 1024);
            }
            if (first.memcg() != null && first.memcg().limitKb() > 0) {
                f.figure("limitBytes", first.memcg().limitKb() * 1024);
            }
            boolean global = !first.byMemcgLimit();
            f.severity(global || kills.size() >= repeated ? Severity.CRITICAL : Severity.WARNING);
            StringBuilder s = new StringBuilder(first.host().isEmpty() ? "This host" : first.host()).append(": ");
            s.append(kills.size() == 1 ? "1 OOM kill" : kills.size() + " OOM kills");
            s.append(global ? " because the node ran out of memory (global OOM, no cgroup limit involved)" : in(first));
            s.append(". ");
            List<String> each = new ArrayList<>();
            for (OomKill k : kills) {
                if (each.size() < LISTED) {
                    each.add(describe(k, cgroupOf(cgroups, k), f));
                }
            }
            s.append(String.join(" ", each));
            if (kills.size() > LISTED) {
                s.append(" And ").append(kills.size() - LISTED).append(" more.");
            }
            f.summary(s.toString()).report();
        }
    }

    /** One kill per victim: the same report read from dmesg and from the journal is one kill. */
    static List<OomKill> distinct(List<OomKill> kills) {
        Set<String> seen = new LinkedHashSet<>();
        List<OomKill> out = new ArrayList<>();
        for (OomKill k : kills) {
            String key = k.host() + "|" + k.victim().pid() + "|" + k.victim().command() + "|" + k.victim().anonRssKb()
                    + "|" + k.victim().totalVmKb() + "|" + k.cgroup();
            if (seen.add(key)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The pod when the cgroup names one, else the cgroup, else the whole host. */
    private static String groupOf(OomKill k) {
        if (!k.byMemcgLimit()) {
            return k.host() + "|global";
        }
        return k.host() + "|" + (k.pod() != null ? "pod " + k.pod().podUid() : "cgroup " + k.cgroup());
    }

    private static String in(OomKill k) {
        if (k.pod() != null) {
            return " in pod " + k.pod().podUid() + " (" + k.pod().qosClass() + ")";
        }
        return k.cgroup().isEmpty() ? " at a memory cgroup limit" : " in cgroup " + k.cgroup();
    }

    private static CgroupMemory cgroupOf(List<CgroupMemory> cgroups, OomKill k) {
        for (CgroupMemory c : cgroups) {
            if (c.host().equals(k.host()) && !k.cgroup().isEmpty() && c.cgroup().equals(k.cgroup())) {
                return c;
            }
        }
        return null;
    }

    private static String describe(OomKill k, CgroupMemory files, RuleContext.FindingBuilder f) {
        for (LogLine l : k.evidence()) {
            f.evidence(l.location(), l.excerpt());
        }
        StringBuilder s = new StringBuilder();
        s.append(k.victim().command()).append(" (pid ").append(k.victim().pid());
        if (k.pod() != null && k.pod().isContainer()) {
            s.append(", container ").append(k.pod().containerId(), 0, 12).append(k.pod().runtime().isEmpty() ? ""
                    : " " + k.pod().runtime());
        }
        s.append(") killed");
        if (!k.time().isEmpty()) {
            s.append(k.uptimeSeconds() >= 0 ? " " + k.time() + " s after boot" : " at " + k.time());
        }
        if (k.byMemcgLimit()) {
            s.append(limit(k, files, f));
        } else {
            s.append(machine(k.memoryInfo()));
        }
        s.append(rss(k)).append('.');
        if (!k.byMemcgLimit()) {
            s.append(largestTask(k));
        } else if (!k.cgroup().isEmpty()) {
            s.append(" Cgroup ").append(k.cgroup());
            if (!k.constraint().oomMemcg().isEmpty() && !k.constraint().taskMemcg().isEmpty()
                    && !k.constraint().oomMemcg().equals(k.constraint().taskMemcg())) {
                s.append(" (the limit of this enclosing cgroup was hit, not the victim's own ")
                        .append(k.constraint().taskMemcg()).append(')');
            }
            s.append('.');
        }
        return s.toString();
    }

    /** The limit the memcg hit, from the report and, when captured, from the cgroup's own files. */
    private static String limit(OomKill k, CgroupMemory files, RuleContext.FindingBuilder f) {
        StringBuilder s = new StringBuilder();
        long limitBytes = k.memcg() != null && k.memcg().limitKb() >= 0 ? k.memcg().limitKb() * 1024 : -1;
        if (files != null && files.limitBytes() > 0) {
            limitBytes = files.limitBytes();
        }
        s.append(limitBytes > 0 ? " at its memory limit " + Units.readable(limitBytes) : " at its memory cgroup limit");
        if (k.memcg() != null && k.memcg().usageKb() >= 0) {
            s.append(" (usage ").append(Units.readable(k.memcg().usageKb() * 1024));
            s.append(k.memcg().failcnt() >= 0 ? ", failcnt " + Figures.grouped(k.memcg().failcnt()) : "").append(')');
        }
        if (files != null) {
            for (CapturedLine l : files.evidence()) {
                f.evidence(l, l.excerpt());
            }
            if (files.oomKills() > 0) {
                s.append("; its cgroup files count ").append(files.oomKills()).append(files.oomKills() == 1 ? " OOM kill" : " OOM kills");
            }
        }
        return s.toString();
    }

    /** What the machine had left (global OOM). */
    private static String machine(OomMemoryInfo info) {
        if (info == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        if (info.freePages() >= 0 && info.ramPages() > 0) {
            s.append(String.format(Locale.ROOT, " with %s free of %s RAM", Units.readable(info.kb(info.freePages()) * 1024),
                    Units.readable(info.kb(info.ramPages()) * 1024)));
        }
        if (info.hugepagesKb() > 0) {
            s.append(", ").append(Units.readable(info.hugepagesKb() * 1024)).append(" held in huge page pools");
        }
        if (info.totalSwapKb() == 0) {
            s.append(", no swap");
        }
        return s.toString();
    }

    /** The task table's largest entry: on a global OOM, what took the memory. */
    private static String largestTask(OomKill k) {
        if (k.tasks().largest().isEmpty()) {
            return "";
        }
        OomTask top = k.tasks().largest().get(0);
        long pageKb = k.memoryInfo() != null && k.memoryInfo().pageSizeKb() > 0 ? k.memoryInfo().pageSizeKb() : 4;
        return String.format(Locale.ROOT, " The report's task table lists %d tasks holding %s; the largest is %s (pid %d)"
                + " with %s RSS.", k.tasks().tasks(), Units.readable(k.tasks().rssPages() * pageKb * 1024), top.name(),
                top.pid(), Units.readable(top.rssPages() * pageKb * 1024));
    }

    private static String rss(OomKill k) {
        if (k.victim().anonRssKb() < 0) {
            return "";
        }
        return String.format(Locale.ROOT, "; it held anon-rss %s, file-rss %s, shmem-rss %s",
                Units.readable(k.victim().anonRssKb() * 1024), Units.readable(Math.max(0, k.victim().fileRssKb()) * 1024),
                Units.readable(Math.max(0, k.victim().shmemRssKb()) * 1024));
    }
}
