package dev.mga.core.klog;

import dev.mga.core.rules.Rule;
import dev.mga.core.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code k8s.component-errors}: per component log, its most frequent error-level messages with
 * their counts and first and last time.
 */
public final class ComponentErrorsRule implements Rule {

    @Override
    public String id() {
        return "k8s.component-errors";
    }

    @Override
    public void evaluate(RuleContext ctx) {
        long min = ctx.longParam("minErrors");
        long listed = ctx.longParam("messagesListed");
        for (KlogLogSummary log : ctx.model().all(KlogLogSummary.class)) {
            if (log.errorEntries() < min) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            List<KlogMessageCount> top = log.topErrors().subList(0, (int) Math.min(listed, log.topErrors().size()));
            for (KlogMessageCount m : top) {
                parts.add(String.format(Locale.ROOT, "\"%s\" ×%d (%s to %s)", m.message(), m.count(), m.firstTime(), m.lastTime()));
            }
            String summary = String.format(Locale.ROOT, "%s%s%s: %d error lines of %d entries (%s to %s), %d distinct: %s.",
                    log.component(), log.pod().isEmpty() ? "" : " (pod " + log.pod() + ")", log.previous() ? " previous" : "",
                    log.errorEntries(), log.entries(), log.firstTime(), log.lastTime(), log.errorMessages(),
                    String.join("; ", parts));
            RuleContext.FindingBuilder f = ctx.finding().summary(summary);
            top.forEach(m -> f.evidence(m, m.excerpt()));
            f.report();
        }
    }
}
