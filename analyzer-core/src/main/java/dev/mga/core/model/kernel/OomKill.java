package dev.mga.core.model.kernel;

import dev.mga.core.model.Location;
import dev.mga.core.model.cgroup.PodCgroup;
import dev.mga.core.model.memory.CapturedLine;
import java.util.List;
import java.util.Optional;

/**
 * One kill of the kernel's OOM killer, read from a kernel log (dmesg in any time format, journald or syslog kernel
 * lines): the allocation that triggered it, what constrained it, the victim, and — as far as the report printed
 * them — the memcg's charge, the machine's memory, and the task table.
 *
 * @param host          node or host, or ""
 * @param time          the time of the {@code Killed process} line as printed ({@code 327.251574} seconds since boot,
 *                      {@code Mon Nov 30 12:12:05 2026}, {@code Nov 30 12:12:05}, an ISO time), or ""
 * @param uptimeSeconds seconds since boot when the prefix is a monotonic stamp, else -1
 * @param trigger       the allocation, or null when the report's first line was not captured
 * @param constraint    the {@code oom-kill:} line's fields ({@link OomConstraint#UNKNOWN} when absent)
 * @param victim        the killed task
 * @param memcg         the memcg's charge (memcg kills), or null
 * @param memoryInfo    the machine's memory (global kills), or null
 * @param tasks         the task table, bounded
 * @param pod           the pod and container the victim's cgroup names, or null
 * @param evidence      the report's key lines (the trigger, the memcg charge, the oom-kill line, the kill)
 * @param location      the {@code Killed process} line
 * @param excerpt       that line
 */
public record OomKill(String host, String time, double uptimeSeconds, OomTrigger trigger, OomConstraint constraint,
                      OomVictim victim, MemcgCharge memcg, OomMemoryInfo memoryInfo, OomTaskTable tasks, PodCgroup pod,
                      List<LogLine> evidence, Location location, String excerpt) implements CapturedLine {

    public OomKill {
        evidence = List.copyOf(evidence);
    }

    /** The cgroup the kill is about: the one whose limit was hit, else the victim's; "" when not printed. */
    public String cgroup() {
        return constraint.cgroup();
    }

    /** True for a kill because a memory cgroup reached its limit, not because the machine ran out. */
    public boolean byMemcgLimit() {
        return constraint.kind() == OomConstraintKind.MEMCG || (memcg != null && constraint.kind() == OomConstraintKind.UNKNOWN);
    }

    public Optional<PodCgroup> podCgroup() {
        return Optional.ofNullable(pod);
    }
}
