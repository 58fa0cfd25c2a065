package dev.mga.core.kernel;

import dev.mga.core.model.Location;
import dev.mga.core.model.cgroup.PodCgroup;
import dev.mga.core.model.kernel.LogLine;
import dev.mga.core.model.kernel.MemcgCharge;
import dev.mga.core.model.kernel.OomConstraint;
import dev.mga.core.model.kernel.OomHugepages;
import dev.mga.core.model.kernel.OomKill;
import dev.mga.core.model.kernel.OomMemoryInfo;
import dev.mga.core.model.kernel.OomTask;
import dev.mga.core.model.kernel.OomTaskTable;
import dev.mga.core.model.kernel.OomTrigger;
import dev.mga.core.model.kernel.OomVictim;
import dev.mga.core.model.kernel.OomZone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One OOM report being read, line by line; {@link #kill} makes the record once the victim is known. */
final class OomReport {

    /** Stat lines kept of a memcg stats block (a v1 block has about 70). */
    static final int MAX_STATS = 120;
    /** Largest tasks kept of the task table (a node's table has thousands of rows). */
    static final int MAX_TASKS = 5;
    static final int MAX_ZONES = 64;

    long startLine;
    OomTrigger trigger;
    long triggerPid = -1;
    String kernelRelease = "";
    long usageKb = -1;
    long limitKb = -1;
    long failcnt = -1;
    long swapUsageKb = -1;
    long swapLimitKb = -1;
    String statsCgroup = "";
    final Map<String, Long> stats = new LinkedHashMap<>();
    boolean memInfo;
    long pageSizeKb = -1;
    long freePages = -1;
    long ramPages = -1;
    long reservedPages = -1;
    long freeSwapKb = -1;
    long totalSwapKb = -1;
    final List<OomZone> zones = new ArrayList<>();
    final List<OomHugepages> hugepages = new ArrayList<>();
    List<String> taskColumns = List.of();
    final List<OomTask> largest = new ArrayList<>();
    long tasks;
    long taskRss;
    OomConstraint constraint = OomConstraint.UNKNOWN;
    OomVictim victim;
    /** The victim as the {@code oom-kill:} line names it (task, pid, uid), with where that line is. */
    OomVictim named;
    Location namedAt;
    String namedLine = "";
    String namedTime = "";
    double namedUptime = -1;
    final List<LogLine> evidence = new ArrayList<>();
    Location killAt;
    String killLine = "";
    String time = "";
    double uptime = -1;

    void cite(Location at, String line) {
        if (evidence.size() < 8) {
            evidence.add(new LogLine(at, line));
        }
    }

    void stat(String key, long value) {
        if (stats.size() < MAX_STATS || stats.containsKey(key)) {
            stats.put(key, value);
        }
    }

    void task(OomTask t) {
        tasks++;
        taskRss += Math.max(0, t.rssPages());
        largest.add(t);
        largest.sort(Comparator.comparingLong(OomTask::rssPages).reversed());
        if (largest.size() > MAX_TASKS) {
            largest.remove(largest.size() - 1);
        }
    }

    void zone(OomZone z) {
        if (zones.size() < MAX_ZONES) {
            zones.add(z);
        }
    }

    void hugepages(OomHugepages h) {
        if (hugepages.size() < MAX_ZONES) {
            hugepages.add(h);
        }
    }

    OomKill kill(String host) {
        OomTrigger t = trigger == null ? null : new OomTrigger(trigger.command(), triggerPid, trigger.gfpMask(),
                trigger.gfpFlags(), trigger.order(), trigger.oomScoreAdj(), kernelRelease);
        boolean charged = usageKb >= 0 || limitKb >= 0 || !statsCgroup.isEmpty();
        MemcgCharge memcg = charged ? new MemcgCharge(usageKb, limitKb, failcnt, swapUsageKb, swapLimitKb, statsCgroup, stats)
                : null;
        OomMemoryInfo info = memInfo ? new OomMemoryInfo(pageSizeKb, freePages, ramPages, reservedPages, freeSwapKb, totalSwapKb, zones,
                hugepages) : null;
        OomTaskTable table = tasks == 0 ? OomTaskTable.NONE : new OomTaskTable(taskColumns, largest, tasks, taskRss);
        String cgroup = !constraint.taskMemcg().isEmpty() ? constraint.taskMemcg() : constraint.oomMemcg();
        PodCgroup pod = PodCgroup.of(cgroup.isEmpty() ? statsCgroup : cgroup).orElse(null);
        return new OomKill(host, time, uptime, t, constraint, victim, memcg, info, table, pod, evidence, killAt, killLine);
    }
}
