package dev.mga.core.descheduler;

import dev.mga.core.model.descheduler.DeschedulerFailureGroup;
import dev.mga.core.model.descheduler.DeschedulerLog;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.Locale;

/** {@code descheduler.eviction-errors}: evictions that failed, grouped by cause (PodDisruptionBudget, limits…). */
public final class DeschedulerEvictionErrorsRule implements Rule {

    private static final RuleParameter<Long> MIN_FAILURES = RuleParameter.integer("minFailures");


    @Override
    public void evaluate(RuleContext ctx) {
        long min = ctx.param(MIN_FAILURES);
        for (DeschedulerLog log : ctx.model().all(DeschedulerLog.class)) {
            if (log.failures() < min) {
                continue;
            }
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s: %d evictions failed:",
                    log.pod().isEmpty() ? "descheduler" : log.pod(), log.failures()));
            String sep = " ";
            for (DeschedulerFailureGroup g : log.failureGroups()) {
                s.append(sep).append(String.format(Locale.ROOT, "%s ×%d (%s)", g.cause(), g.count(),
                        g.samplePods().isEmpty() ? g.error() : String.join(", ", g.samplePods())));
                sep = "; ";
            }
            RuleContext.FindingBuilder f = ctx.finding().summary(s.append('.').toString())
                    .subject("namespace", log.namespace()).subject("pod", log.pod())
                    .figure("failures", log.failures()).figure("evictions", log.evictions());
            log.failureGroups().forEach(g -> f.evidence(g, g.excerpt()));
            f.report();
        }
    }
}
