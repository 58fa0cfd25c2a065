package dev.mga.core.klog;

import dev.mga.core.model.klog.KlogLogSummary;
import dev.mga.core.model.klog.KlogMessageCount;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code k8s.component-errors}: the component logs of an input with the most error-level lines,
 * each with its most frequent messages, their counts and first and last time. One finding per
 * input: a must-gather holds hundreds of pod logs, and a finding per log would bury the rest of
 * the report.
 */
public final class ComponentErrorsRule implements Rule {

    private static final RuleParameter<Long> MIN_ERRORS = RuleParameter.integer("minErrors");
    private static final RuleParameter<Long> MESSAGES_LISTED = RuleParameter.integer("messagesListed");
    private static final RuleParameter<Long> COMPONENTS_LISTED = RuleParameter.integer("componentsListed");


    @Override
    public void evaluate(RuleContext ctx) {
        long min = ctx.param(MIN_ERRORS);
        long listed = ctx.param(MESSAGES_LISTED);
        long components = ctx.param(COMPONENTS_LISTED);
        List<KlogLogSummary> noisy = ctx.model().all(KlogLogSummary.class).stream()
                .filter(log -> log.errorEntries() >= min)
                .sorted(Comparator.comparingLong(KlogLogSummary::errorEntries).reversed())
                .toList();
        if (noisy.isEmpty()) {
            return;
        }
        List<KlogLogSummary> shown = noisy.subList(0, (int) Math.min(components, noisy.size()));
        List<String> parts = new ArrayList<>();
        RuleContext.FindingBuilder f = ctx.finding();
        for (KlogLogSummary log : shown) {
            List<KlogMessageCount> top = log.topErrors().subList(0, (int) Math.min(listed, log.topErrors().size()));
            parts.add(component(log, top));
            top.forEach(m -> f.evidence(m, m.excerpt()));
        }
        String head = noisy.size() == 1 ? "" : String.format(Locale.ROOT, "%d component logs have %d or more error lines%s: ",
                noisy.size(), min, noisy.size() > shown.size() ? "; the " + shown.size() + " with the most" : "");
        KlogLogSummary worst = noisy.get(0);
        if (noisy.size() == 1) {
            f.subject("component", worst.component()).subject("pod", worst.source().pod());
        }
        f.figure("noisyLogs", noisy.size()).figure("errorLines", worst.errorEntries()).figure("entries", worst.counts().entries())
                .figure("distinctErrors", worst.errorMessages());
        f.summary(head + String.join(" | ", parts) + ".").report();
    }

    private static String component(KlogLogSummary log, List<KlogMessageCount> top) {
        List<String> messages = new ArrayList<>();
        for (KlogMessageCount m : top) {
            messages.add(String.format(Locale.ROOT, "\"%s\" ×%d (%s to %s)", m.message(), m.count(), m.firstTime(), m.lastTime()));
        }
        return String.format(Locale.ROOT, "%s%s%s: %d error lines of %d entries (%s to %s), %d distinct: %s",
                log.component(), log.source().pod().isEmpty() ? "" : " (pod " + log.source().pod() + ")",
                log.source().previous() ? " previous" : "", log.errorEntries(), log.counts().entries(), log.firstTime(), log.lastTime(), log.errorMessages(),
                String.join("; ", messages));
    }
}
