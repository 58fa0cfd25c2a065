package dev.mga.core.etcd;

import dev.mga.core.model.Quantity;
import dev.mga.core.model.Severity;
import dev.mga.core.model.etcd.EtcdMetricSample;
import dev.mga.core.model.etcd.EtcdMetrics;
import dev.mga.core.model.kube.KubeContainer;
import dev.mga.core.model.kube.KubePod;
import dev.mga.core.parse.Units;
import dev.mga.core.rules.Figures;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.Locale;

/**
 * {@code etcd.watch-memory}: the memory a member's watches hold, estimated with the coefficients of etcd's watch
 * memory benchmark (c1 per client connection, c2 per watch stream, c3 per watcher, all from the rule's parameters),
 * stated as an order of magnitude, against the member's memory limit when the input or the user gives one. Code
 * because the limit comes from another artifact (the etcd pod) or an option.
 */
public final class WatchMemoryRule implements Rule {

    private static final RuleParameter<Long> BYTES_PER_CONNECTION = RuleParameter.bytes("bytesPerConnection");
    private static final RuleParameter<Long> BYTES_PER_STREAM = RuleParameter.bytes("bytesPerStream");
    private static final RuleParameter<Long> BYTES_PER_WATCHER = RuleParameter.bytes("bytesPerWatcher");
    private static final RuleParameter<Long> MIN_WATCHERS = RuleParameter.integer("minWatchers");
    private static final RuleParameter<Double> MIN_LIMIT_SHARE = RuleParameter.percent("minLimitShare");

    @Override
    public void evaluate(RuleContext ctx) {
        double c1 = ctx.param(BYTES_PER_CONNECTION);
        double c2 = ctx.param(BYTES_PER_STREAM);
        double c3 = ctx.param(BYTES_PER_WATCHER);
        long minWatchers = ctx.param(MIN_WATCHERS);
        double minShare = ctx.param(MIN_LIMIT_SHARE);
        long podLimit = podLimit(ctx);
        for (EtcdMetrics m : ctx.model().all(EtcdMetrics.class)) {
            long streams = m.watches().streams() >= 0 ? m.watches().streams() : m.watches().streamsOpen();
            long watchers = m.watches().watchers();
            if (streams < 0 || watchers < 0) {
                continue;
            }
            // etcd exports no count of client connections: one per stream is the most there can be
            long connections = streams;
            double estimate = c1 * connections + c2 * streams + c3 * watchers;
            long limit = m.process().limitBytes() > 0 ? m.process().limitBytes() : podLimit;
            double share = limit > 0 ? estimate / limit : -1;
            boolean large = share >= minShare;
            if (watchers < minWatchers && !large) {
                continue;
            }
            report(ctx, m, streams, watchers, estimate, limit, share, large);
        }
    }

    private static void report(RuleContext ctx, EtcdMetrics m, long streams, long watchers, double estimate, long limit,
                               double share, boolean large) {
        RuleContext.FindingBuilder f = ctx.finding().severity(large ? Severity.WARNING : Severity.INFO)
                .figure("watchStreams", streams).figure("watchers", watchers).figure("estimateBytes", Math.round(estimate));
        if (!m.host().isEmpty()) {
            f.subject("member", m.host());
        }
        if (limit > 0) {
            f.figure("limitBytes", limit).figure("limitShare", share);
        }
        cite(f, m, "etcd_debugging_mvcc_watch_stream_total");
        cite(f, m, "etcd_debugging_mvcc_watcher_total");
        StringBuilder s = new StringBuilder(m.host().isEmpty() ? "etcd member" : "etcd member on " + m.host());
        s.append(m.serverVersion().isEmpty() ? "" : " (" + m.serverVersion() + ")");
        s.append(String.format(Locale.ROOT, ": %s watch streams and %s watchers hold in the order of %s"
                        + " (estimate %s = c1 × %s connections + c2 × %s streams + c3 × %s watchers,"
                        + " coefficients of etcd's watch memory benchmark; connections taken as one per stream).",
                Figures.grouped(streams), Figures.grouped(watchers), magnitude(estimate), Units.readable(Math.round(estimate)),
                Figures.grouped(streams), Figures.grouped(streams), Figures.grouped(watchers)));
        if (limit > 0) {
            s.append(String.format(Locale.ROOT, " That is %s of the member's memory limit %s", Figures.percent(share),
                    Units.readable(limit)));
            s.append(large ? "; the real cost runs several times the estimate." : ".");
        }
        if (m.process().residentBytes() > 0) {
            s.append(" The process holds ").append(Units.readable(m.process().residentBytes())).append(" resident.");
            cite(f, m, "process_resident_memory_bytes");
        }
        f.summary(s.toString()).report();
    }

    /** {@code 4.9 MB} → "megabytes (10^6 to 10^7 bytes)": the formula is good to an order of magnitude only. */
    static String magnitude(double bytes) {
        String[] names = {"bytes", "kilobytes", "megabytes", "gigabytes", "terabytes"};
        int exp = bytes < 1 ? 0 : (int) Math.floor(Math.log10(bytes));
        int unit = Math.min(names.length - 1, exp / 3);
        String size = exp % 3 == 0 ? "a few " : exp % 3 == 1 ? "tens of " : "hundreds of ";
        return size + names[unit] + " (10^" + exp + " to 10^" + (exp + 1) + " bytes)";
    }

    private static void cite(RuleContext.FindingBuilder f, EtcdMetrics m, String name) {
        EtcdMetricSample s = m.samples().get(name);
        if (s != null) {
            f.evidence(s, s.excerpt());
        }
    }

    /** The memory limit of an etcd pod's etcd container in the same input, or -1 (OpenShift sets requests only). */
    private static long podLimit(RuleContext ctx) {
        for (KubePod p : ctx.model().all(KubePod.class)) {
            if (!p.namespace().equals("openshift-etcd") && !p.name().startsWith("etcd")) {
                continue;
            }
            for (KubeContainer c : p.containers()) {
                Quantity q = c.name().equals("etcd") ? c.limits().get("memory") : null;
                if (q != null && !q.isZero()) {
                    return q.longValue();
                }
            }
        }
        return -1;
    }
}
