package dev.mga.core.descheduler;

import dev.mga.core.model.descheduler.DeschedulerEviction;
import dev.mga.core.model.descheduler.DeschedulerLog;
import dev.mga.core.model.descheduler.KubeDescheduler;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code descheduler.dry-run}: the descheduler only simulates: the KubeDescheduler is in
 * {@code Predictive} mode, or the log shows dry-run evictions. Says what would have been evicted.
 */
public final class DeschedulerDryRunRule implements Rule {

    private static final RuleParameter<Long> WORKLOADS_LISTED = RuleParameter.integer("workloadsListed");


    @Override
    public void evaluate(RuleContext ctx) {
        long listed = ctx.param(WORKLOADS_LISTED);
        List<KubeDescheduler> predictive = ctx.model().all(KubeDescheduler.class).stream()
                .filter(KubeDescheduler::isPredictive).toList();
        List<DeschedulerLog> logs = ctx.model().all(DeschedulerLog.class).stream()
                .filter(l -> l.dryRunEvictions() > 0).toList();
        if (predictive.isEmpty() && logs.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (KubeDescheduler k : predictive) {
            parts.add("KubeDescheduler " + k.namespace() + "/" + k.name() + " is in Predictive mode"
                    + (k.mode().isEmpty() ? " (no mode set: Predictive is the default)" : "")
                    + ": the descheduler logs evictions instead of doing them");
        }
        for (DeschedulerLog l : logs) {
            // the pods, as the log names them: an engineer looks them up (their workload is in the model)
            List<String> would = l.samples().stream().filter(DeschedulerEviction::dryRun)
                    .map(e -> e.namespace().isEmpty() ? e.pod() : e.namespace() + "/" + e.pod()).distinct().limit(listed).toList();
            parts.add(String.format(Locale.ROOT, "%s logged %d dry-run eviction%s in %d cycle%s, nothing was evicted; "
                    + "it would have evicted %s", l.pod().isEmpty() ? "the descheduler" : l.pod(), l.dryRunEvictions(),
                    l.dryRunEvictions() == 1 ? "" : "s", l.cycleCount(), l.cycleCount() == 1 ? "" : "s",
                    String.join(", ", would)));
        }
        RuleContext.FindingBuilder f = ctx.finding().summary(String.join(". ", parts) + ".")
                .figure("dryRunEvictions", logs.stream().mapToLong(DeschedulerLog::dryRunEvictions).sum())
                .figure("predictiveDeschedulers", predictive.size());
        if (predictive.size() == 1) {
            f.subject("namespace", predictive.get(0).namespace()).subject("kubedescheduler", predictive.get(0).name());
        } else if (predictive.isEmpty() && logs.size() == 1) {
            f.subject("namespace", logs.get(0).namespace()).subject("pod", logs.get(0).pod());
        }
        predictive.forEach(k -> f.evidence(k.modeLocation(), k.excerpt()));
        for (DeschedulerLog l : logs) {
            l.samples().stream().filter(DeschedulerEviction::dryRun).limit(listed).forEach(e -> f.evidence(e, e.excerpt()));
        }
        f.report();
    }
}
