package dev.mga.core.etcd;

import dev.mga.core.model.Severity;
import dev.mga.core.model.etcd.EtcdLogEvent.Kind;
import dev.mga.core.model.etcd.EtcdLogEvent;
import dev.mga.core.model.etcd.EtcdLogSummary;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code etcd.slow-requests}: requests etcd itself logged as slower than expected ("apply request took
 * too long", "read-only range request … took too long (…) to execute", "apply entries took too long"),
 * per member: how many, the worst and what it was. Info while they stay short and brief; a warning
 * when one took seconds or they went on for many minutes.
 */
public final class SlowRequestsRule implements Rule {

    private static final RuleParameter<Duration> WARN_DURATION = RuleParameter.duration("warnDuration");
    private static final RuleParameter<Duration> MIN_SLOW_TIME = RuleParameter.duration("minSlowTime");
    private static final RuleParameter<Duration> MIN_DURATION = RuleParameter.duration("minDuration");

    private static final Kind KIND = Kind.SLOW_APPLY;

    @Override
    public void evaluate(RuleContext ctx) {
        double warnMillis = ctx.param(WARN_DURATION).toMillis();
        long minMinutes = ctx.param(MIN_SLOW_TIME).toMinutes();
        double minMillis = ctx.param(MIN_DURATION).toMillis();
        for (EtcdLogSummary log : ctx.model().all(EtcdLogSummary.class)) {
            long n = log.count(KIND);
            EtcdLogEvent worst = log.worst().get(KIND);
            if (n == 0 || worst != null && worst.durationMillis() >= 0 && worst.durationMillis() < minMillis) {
                continue; // etcd before 3.1 logged applies from 10 ms: none of these is slow by today's measure
            }
            boolean long_ = worst != null && worst.durationMillis() >= warnMillis;
            long minutes = log.minutes(KIND);
            boolean sustained = minutes >= minMinutes;
            String what = worst == null ? "" : " (worst " + LogFigures.duration(worst.durationMillis())
                    + (worst.detail().isBlank() ? "" : ": " + worst.detail().strip()) + ")";
            String when = minutes > 0 ? String.format(Locale.ROOT, " in %d distinct minute%s", minutes, minutes == 1 ? "" : "s") : "";
            String verdict = long_ ? "a request that takes seconds means the member stalled (disk, CPU or a huge range) and every"
                    + " API call waiting on it did too"
                    : sustained ? "requests stayed slow for many minutes: the member cannot keep up"
                    : "short and brief: worth knowing, not an outage by itself";
            RuleContext.FindingBuilder f = ctx.finding().summary(String.format(Locale.ROOT,
                    "%s logged %,d request%s slower than etcd expects (100 ms)%s%s%s: %s.", LogFigures.member(log), n,
                    n == 1 ? "" : "s", what, when, LogFigures.between(log), verdict));
            f.subject("member", log.member()).figure("slowRequests", n).figure("slowRequestMinutes", minutes);
            LogFigures.worst(f, log, KIND, "slowRequestsWorstSeconds");
            if (!long_ && !sustained) {
                f.severity(Severity.INFO);
            }
            if (worst != null) {
                f.evidence(worst, worst.excerpt());
            }
            log.samples().stream().filter(e -> e.kind().equals(KIND) && e != worst).findFirst().ifPresent(e -> f.evidence(e, e.excerpt()));
            f.report();
        }
    }
}
