package dev.mga.core.etcd;

import dev.mga.core.model.etcd.EtcdLogEvent;
import dev.mga.core.model.etcd.EtcdLogSummary;
import dev.mga.core.model.etcd.EtcdPerfCheck;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code etcd.slow-disk}: an etcd log with WAL fdatasyncs over etcd's own one-second warning,
 * late leader heartbeats, or many requests over etcd's 100 ms apply warning; and an
 * {@code etcdctl check perf} that failed. Counts and worst durations per member.
 */
public final class SlowDiskRule implements Rule {

    private static final RuleParameter<Long> MIN_SLOW_FDATASYNCS = RuleParameter.integer("minSlowFdatasyncs");
    private static final RuleParameter<Long> MIN_LATE_HEARTBEATS = RuleParameter.integer("minLateHeartbeats");
    private static final RuleParameter<Long> MIN_SLOW_APPLIES = RuleParameter.integer("minSlowApplies");

    private static final List<String> KINDS = List.of("slow-fdatasync", "heartbeat-late", "slow-apply", "slow-read-index");


    @Override
    public void evaluate(RuleContext ctx) {
        long minSyncs = ctx.param(MIN_SLOW_FDATASYNCS);
        long minHeartbeats = ctx.param(MIN_LATE_HEARTBEATS);
        long minApplies = ctx.param(MIN_SLOW_APPLIES);
        for (EtcdLogSummary log : ctx.model().all(EtcdLogSummary.class)) {
            boolean syncs = log.count("slow-fdatasync") >= minSyncs;
            boolean heartbeats = log.count("heartbeat-late") >= minHeartbeats;
            boolean applies = log.count("slow-apply") >= minApplies;
            if (!syncs && !heartbeats && !applies) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String kind : KINDS) {
                long n = log.count(kind);
                if (n > 0) {
                    EtcdLogEvent w = log.worst().get(kind);
                    parts.add(String.format(Locale.ROOT, "%,d %s%s", n, label(kind),
                            w == null ? "" : String.format(Locale.ROOT, " (worst %s)", duration(w.durationMillis()))));
                }
            }
            RuleContext.FindingBuilder f = ctx.finding().summary("etcd " + log.member() + " logged " + String.join(", ", parts)
                    + between(log) + ".").subject("member", log.member());
            for (String kind : KINDS) {
                if (log.count(kind) > 0) {
                    f.figure(figureName(kind), log.count(kind));
                    EtcdLogEvent w = log.worst().get(kind);
                    if (w != null && w.durationMillis() >= 0) {
                        f.figure(figureName(kind) + "WorstSeconds", w.durationMillis() / 1000.0);
                    }
                }
            }
            for (String kind : KINDS) {
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
                        .figure("failures", check.failures().size())
                        .evidence(check, check.excerpt()).report();
            }
        }
    }

    private static String between(EtcdLogSummary log) {
        return log.firstTime().isEmpty() ? "" : " between " + log.firstTime() + " and " + log.lastTime();
    }

    private static String label(String kind) {
        return switch (kind) {
            case "slow-fdatasync" -> "slow WAL fdatasyncs";
            case "heartbeat-late" -> "late leader heartbeats";
            case "slow-apply" -> "requests that took too long";
            default -> "ReadIndex waits that took too long";
        };
    }

    static String duration(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    /** {@code slow-fdatasync} → {@code slowFdatasync}: the figure's name. */
    private static String figureName(String kind) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : kind.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
