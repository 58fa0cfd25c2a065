package dev.mga.core.descheduler;

import dev.mga.core.model.descheduler.DeschedulerCycle;
import dev.mga.core.model.descheduler.DeschedulerLog;
import dev.mga.core.model.descheduler.DeschedulerWorkloadEvictions;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code descheduler.eviction-storm}: a cycle that evicted many pods, or one workload evicted again
 * and again across cycles (pods of one ReplicaSet count as one workload: the owner is read from the
 * pod names, see {@link Workloads}). Real evictions only: dry runs disturb nothing.
 */
public final class DeschedulerEvictionStormRule implements Rule {

    private static final RuleParameter<Long> MAX_EVICTIONS_PER_CYCLE = RuleParameter.integer("maxEvictionsPerCycle");
    private static final RuleParameter<Long> REPEATED_WORKLOAD_CYCLES = RuleParameter.integer("repeatedWorkloadCycles");


    @Override
    public void evaluate(RuleContext ctx) {
        long perCycle = ctx.param(MAX_EVICTIONS_PER_CYCLE);
        long repeatCycles = ctx.param(REPEATED_WORKLOAD_CYCLES);
        for (DeschedulerLog log : ctx.model().all(DeschedulerLog.class)) {
            List<DeschedulerCycle> busy = log.cycles().stream().filter(c -> c.evictions() >= perCycle).toList();
            List<DeschedulerWorkloadEvictions> repeated = log.workloads().stream()
                    .filter(w -> w.evictions() - w.dryRun() > 0 && w.cycles() >= repeatCycles).toList();
            if (busy.isEmpty() && repeated.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (!busy.isEmpty()) {
                DeschedulerCycle top = busy.stream().max((a, b) -> Long.compare(a.evictions(), b.evictions())).orElseThrow();
                parts.add(String.format(Locale.ROOT, "%d of %d cycles evicted %d pods or more (most: %d in cycle %d at %s)",
                        busy.size(), log.cycleCount(), perCycle, top.evictions(), top.number(), top.time()));
            }
            for (DeschedulerWorkloadEvictions w : repeated) {
                parts.add(String.format(Locale.ROOT, "%s evicted %d times in %d cycles (%d pods; %s)", w.workload(),
                        w.evictions() - w.dryRun(), w.cycles(), w.pods(), String.join(", ", w.strategies())));
            }
            String who = log.pod().isEmpty() ? "descheduler" : log.pod();
            RuleContext.FindingBuilder f = ctx.finding().summary(String.format(Locale.ROOT, "%s: %d evictions in %d cycles. %s.",
                    who, log.evictions(), log.cycleCount(), String.join("; ", parts)))
                    .subject("namespace", log.namespace()).subject("pod", log.pod())
                    .figure("evictions", log.evictions()).figure("cycles", log.cycleCount())
                    .figure("busyCycles", busy.size()).figure("repeatedWorkloads", repeated.size());
            busy.stream().limit(3).forEach(c -> f.evidence(c, c.excerpt()));
            for (DeschedulerWorkloadEvictions w : repeated) {
                f.evidence(w, w.excerpt());
                f.evidence(w.last(), w.lastExcerpt());
            }
            f.report();
        }
    }
}
