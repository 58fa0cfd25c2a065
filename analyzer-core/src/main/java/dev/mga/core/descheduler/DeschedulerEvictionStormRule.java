package dev.mga.core.descheduler;

import dev.mga.core.model.descheduler.DeschedulerCycle;
import dev.mga.core.model.descheduler.DeschedulerLog;
import dev.mga.core.model.descheduler.DeschedulerWorkloadEvictions;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code descheduler.eviction-storm}: a cycle that evicted many pods, or one workload evicted again
 * and again across cycles (pods of one ReplicaSet count as one workload: the owner is read from the
 * pod names, see {@link Workloads}). Real evictions only: dry runs disturb nothing.
 *
 * <p>The cycles of one namespace's descheduler logs are added up: a descheduler run as a CronJob
 * (the Helm chart's default) writes one pod, one log and one cycle per run, and a restarted
 * container's previous log holds cycles its current log does not; the same workload evicted by
 * run after run is bounced all the same (descheduler#566: a new pod of one ReplicaSet evicted by
 * every run of a one-minute CronJob).
 */
public final class DeschedulerEvictionStormRule implements Rule {

    private static final RuleParameter<Long> MAX_EVICTIONS_PER_CYCLE = RuleParameter.integer("maxEvictionsPerCycle");
    private static final RuleParameter<Long> REPEATED_WORKLOAD_CYCLES = RuleParameter.integer("repeatedWorkloadCycles");

    @Override
    public void evaluate(RuleContext ctx) {
        long perCycle = ctx.param(MAX_EVICTIONS_PER_CYCLE);
        long repeatCycles = ctx.param(REPEATED_WORKLOAD_CYCLES);
        Map<String, List<DeschedulerLog>> byNamespace = new LinkedHashMap<>();
        for (DeschedulerLog log : ctx.model().all(DeschedulerLog.class)) {
            byNamespace.computeIfAbsent(log.namespace(), k -> new ArrayList<>()).add(log);
        }
        for (List<DeschedulerLog> logs : byNamespace.values()) {
            logs.sort(Comparator.comparing(DeschedulerLog::firstTime));
            evaluate(ctx, logs, perCycle, repeatCycles);
        }
    }

    private static void evaluate(RuleContext ctx, List<DeschedulerLog> logs, long perCycle, long repeatCycles) {
        List<DeschedulerCycle> busy = logs.stream().flatMap(l -> l.cycles().stream()).filter(c -> c.evictions() >= perCycle)
                .toList();
        List<DeschedulerWorkloadEvictions> repeated = merged(logs).stream()
                .filter(w -> w.evictions() - w.dryRun() > 0 && w.cycles() >= repeatCycles).toList();
        if (busy.isEmpty() && repeated.isEmpty()) {
            return;
        }
        long cycles = logs.stream().mapToLong(DeschedulerLog::cycleCount).sum();
        long evictions = logs.stream().mapToLong(DeschedulerLog::evictions).sum();
        List<String> parts = new ArrayList<>();
        if (!busy.isEmpty()) {
            DeschedulerCycle top = busy.stream().max(Comparator.comparingLong(DeschedulerCycle::evictions)).orElseThrow();
            parts.add(String.format(Locale.ROOT, "%d of %d cycles evicted %d pods or more (most: %d in cycle %d at %s)",
                    busy.size(), cycles, perCycle, top.evictions(), top.number(), top.time()));
        }
        for (DeschedulerWorkloadEvictions w : repeated) {
            parts.add(String.format(Locale.ROOT, "%s evicted %d times in %d cycles (%d pods; %s)", w.workload(),
                    w.evictions() - w.dryRun(), w.cycles(), w.pods(), String.join(", ", w.strategies())));
        }
        DeschedulerLog first = logs.get(0);
        String who = logs.size() == 1 ? (first.pod().isEmpty() ? "descheduler" : first.pod())
                : String.format(Locale.ROOT, "%d descheduler logs%s", logs.size(),
                        first.namespace().isEmpty() ? "" : " in " + first.namespace());
        RuleContext.FindingBuilder f = ctx.finding().summary(String.format(Locale.ROOT, "%s: %d evictions in %d cycles. %s.",
                who, evictions, cycles, String.join("; ", parts)))
                .subject("namespace", first.namespace()).subject("pod", logs.size() == 1 ? first.pod() : "")
                .figure("evictions", evictions).figure("cycles", cycles)
                .figure("busyCycles", busy.size()).figure("repeatedWorkloads", repeated.size());
        if (logs.size() > 1) {
            f.figure("logs", logs.size());
        }
        busy.stream().limit(3).forEach(c -> f.evidence(c, c.excerpt()));
        for (DeschedulerWorkloadEvictions w : repeated) {
            f.evidence(w, w.excerpt());
            f.evidence(w.last(), w.lastExcerpt());
        }
        f.report();
    }

    /** The workloads of the logs (in time order), each added up over the logs that evicted it. */
    private static List<DeschedulerWorkloadEvictions> merged(List<DeschedulerLog> logs) {
        if (logs.size() == 1) {
            return logs.get(0).workloads();
        }
        Map<String, DeschedulerWorkloadEvictions> byWorkload = new LinkedHashMap<>();
        for (DeschedulerLog log : logs) {
            for (DeschedulerWorkloadEvictions w : log.workloads()) {
                byWorkload.merge(w.workload(), w, DeschedulerEvictionStormRule::add);
            }
        }
        return List.copyOf(byWorkload.values());
    }

    /** {@code a} (an earlier log's) and {@code b} added up: distinct pods by name where the samples hold them all. */
    private static DeschedulerWorkloadEvictions add(DeschedulerWorkloadEvictions a, DeschedulerWorkloadEvictions b) {
        Set<String> pods = new LinkedHashSet<>(a.samplePods());
        pods.addAll(b.samplePods());
        long unsampled = Math.max(0, a.pods() - a.samplePods().size()) + Math.max(0, b.pods() - b.samplePods().size());
        Set<String> strategies = new LinkedHashSet<>(a.strategies());
        strategies.addAll(b.strategies());
        return new DeschedulerWorkloadEvictions(a.workload(), a.evictions() + b.evictions(), a.dryRun() + b.dryRun(),
                a.cycles() + b.cycles(), pods.size() + unsampled, pods.stream().limit(20).toList(), List.copyOf(strategies),
                a.location(), a.excerpt(), b.last(), b.lastExcerpt());
    }
}
