package dev.mga.core.etcd;

import dev.mga.core.model.Severity;
import dev.mga.core.model.etcd.EtcdLogEvent.Kind;
import dev.mga.core.model.etcd.EtcdLogEvent;
import dev.mga.core.model.etcd.EtcdLogSummary;
import dev.mga.core.model.etcd.EtcdPerfCheck;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code etcd.slow-disk}: an etcd log whose WAL fdatasyncs stalled (etcd logs each one over one
 * second) longer than the member's election timeout, or in many distinct minutes, or whose leader
 * sent heartbeats late; and an {@code etcdctl check perf} that failed. A few stalls shorter than the
 * election timeout within a few minutes are reported at info: they cost no election and are not a
 * slow disk (healthy clusters log them during installation).
 */
public final class SlowDiskRule implements Rule {

    private static final RuleParameter<Long> MIN_LATE_HEARTBEATS = RuleParameter.integer("minLateHeartbeats");
    private static final RuleParameter<Duration> MIN_SLOW_FDATASYNC_TIME = RuleParameter.duration("minSlowFdatasyncTime");
    private static final RuleParameter<Duration> DEFAULT_ELECTION_TIMEOUT = RuleParameter.duration("defaultElectionTimeout");

    @Override
    public void evaluate(RuleContext ctx) {
        long minHeartbeats = ctx.param(MIN_LATE_HEARTBEATS);
        long minMinutes = ctx.param(MIN_SLOW_FDATASYNC_TIME).toMinutes();
        double defaultTimeout = ctx.param(DEFAULT_ELECTION_TIMEOUT).toMillis();
        for (EtcdLogSummary log : ctx.model().all(EtcdLogSummary.class)) {
            long syncs = log.count(Kind.SLOW_FDATASYNC);
            long heartbeats = log.count(Kind.HEARTBEAT_LATE);
            if (syncs == 0 && heartbeats == 0) {
                continue;
            }
            double timeout = log.electionTimeoutMillis() > 0 ? log.electionTimeoutMillis() : defaultTimeout;
            EtcdLogEvent worstSync = log.worst().get(Kind.SLOW_FDATASYNC);
            boolean longSync = worstSync != null && worstSync.durationMillis() >= timeout;
            boolean sustained = log.minutes(Kind.SLOW_FDATASYNC) >= minMinutes;
            boolean late = heartbeats >= minHeartbeats;
            List<String> parts = new ArrayList<>();
            if (syncs > 0) {
                parts.add(part(log, Kind.SLOW_FDATASYNC, "slow WAL fdatasync"));
            }
            if (heartbeats > 0) {
                parts.add(part(log, Kind.HEARTBEAT_LATE, "late leader heartbeat"));
            }
            String why;
            if (longSync) {
                why = "a WAL sync stalled longer than the member's election timeout (" + LogFigures.duration(timeout)
                        + "): while it waits the member sends no heartbeat, and the others may call an election";
            } else if (late) {
                why = "the leader could not send its heartbeats on time; each late one risks an election";
            } else if (sustained) {
                why = "WAL syncs stalled over a second in " + log.minutes(Kind.SLOW_FDATASYNC) + " distinct minutes: the disk is slow"
                        + " for long, not once";
            } else {
                why = "shorter than the member's election timeout (" + LogFigures.duration(timeout) + ") and in "
                        + Math.max(1, log.minutes(Kind.SLOW_FDATASYNC)) + " minute(s) only: a passing stall, not a slow disk by itself";
            }
            RuleContext.FindingBuilder f = ctx.finding().summary(LogFigures.member(log) + " logged " + String.join(", ", parts)
                    + LogFigures.between(log) + ": " + why + ".").subject("member", log.member())
                    .figure("slowFdatasyncs", syncs).figure("lateHeartbeats", heartbeats)
                    .figure("slowFdatasyncMinutes", log.minutes(Kind.SLOW_FDATASYNC)).figure("electionTimeoutSeconds", timeout / 1000);
            LogFigures.worst(f, log, Kind.SLOW_FDATASYNC, "slowFdatasyncsWorstSeconds");
            LogFigures.worst(f, log, Kind.HEARTBEAT_LATE, "lateHeartbeatsWorstSeconds");
            if (!longSync && !late && !sustained) {
                f.severity(Severity.INFO);
            }
            for (Kind kind : List.of(Kind.SLOW_FDATASYNC, Kind.HEARTBEAT_LATE)) {
                EtcdLogEvent w = log.worst().get(kind);
                if (w != null) {
                    f.evidence(w, w.excerpt());
                } else {
                    log.samples().stream().filter(e -> e.kind().equals(kind)).findFirst().ifPresent(e -> f.evidence(e, e.excerpt()));
                }
            }
            f.report();
        }
        for (EtcdPerfCheck check : ctx.model().all(EtcdPerfCheck.class)) {
            if (!check.passed()) {
                ctx.finding().summary(String.format(Locale.ROOT, "etcdctl check perf failed: %s.", String.join("; ", check.failures())))
                        .evidence(check, check.excerpt()).report();
            }
        }
    }

    /** "1 slow WAL fdatasync", "78 slow WAL fdatasyncs (worst 1.23 s)": {@code label} is the singular. */
    private static String part(EtcdLogSummary log, Kind kind, String label) {
        EtcdLogEvent w = log.worst().get(kind);
        return String.format(Locale.ROOT, "%,d %s%s%s", log.count(kind), label, log.count(kind) == 1 ? "" : "s",
                w == null ? "" : " (worst " + LogFigures.duration(w.durationMillis()) + ")");
    }
}
