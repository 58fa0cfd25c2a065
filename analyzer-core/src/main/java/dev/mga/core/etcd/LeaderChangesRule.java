package dev.mga.core.etcd;

import dev.mga.core.model.etcd.EtcdLogEvent.Kind;
import dev.mga.core.model.etcd.EtcdLogSummary;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code etcd.leader-changes}: a member whose log shows many leader elections within a short
 * window (the etcd project's own alert: 4 or more in 15 minutes). Elections without a timestamp
 * are counted as one window.
 */
public final class LeaderChangesRule implements Rule {

    private static final RuleParameter<Long> MIN_ELECTIONS = RuleParameter.integer("minElections");
    private static final RuleParameter<Duration> WINDOW = RuleParameter.duration("window");


    @Override
    public void evaluate(RuleContext ctx) {
        long min = ctx.param(MIN_ELECTIONS);
        long window = ctx.param(WINDOW).toMillis();
        for (EtcdLogSummary log : ctx.model().all(EtcdLogSummary.class)) {
            List<Long> times = log.elections();
            int best = 0;
            int bestStart = 0;
            if (times.stream().anyMatch(t -> t < 0)) {
                best = times.size();
            } else {
                int start = 0;
                for (int end = 0; end < times.size(); end++) {
                    while (times.get(end) - times.get(start) > window) {
                        start++;
                    }
                    if (end - start + 1 > best) {
                        best = end - start + 1;
                        bestStart = start;
                    }
                }
            }
            if (best < min) {
                continue;
            }
            String when = times.get(bestStart) < 0 ? "" : " from " + Instant.ofEpochMilli(times.get(bestStart));
            long stepped = log.count(Kind.LEADER_STEPPED_DOWN);
            RuleContext.FindingBuilder f = ctx.finding().summary(String.format(java.util.Locale.ROOT,
                    "%s saw %d leader elections within %d minutes%s (%d in the whole log, %d times it lost its leader%s).",
                    LogFigures.member(log), best, window / 60_000, when, log.count(Kind.LEADER_ELECTED), log.count(Kind.LEADER_LOST),
                    stepped == 0 ? "" : String.format(java.util.Locale.ROOT, ", %d times it stepped down as leader for lack of quorum",
                            stepped)))
                    .subject("member", log.member()).figure("elections", best).figure("windowMinutes", window / 60_000)
                    .figure("electionsInLog", log.count(Kind.LEADER_ELECTED)).figure("leaderLost", log.count(Kind.LEADER_LOST))
                    .figure("steppedDown", stepped);
            log.samples().stream().filter(e -> e.kind().id().startsWith("leader-")).forEach(e -> f.evidence(e, e.excerpt()));
            f.report();
        }
    }
}
