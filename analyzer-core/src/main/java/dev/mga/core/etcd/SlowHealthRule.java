package dev.mga.core.etcd;

import dev.mga.core.model.etcd.EtcdEndpointHealth;
import dev.mga.core.model.etcd.EtcdHealthReport;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code etcd.slow-health}: a member that answered {@code endpoint health} healthy, but only after a
 * second or more. One finding per member, with every capture that shows it (the same check pasted in
 * several write-out formats is one finding).
 */
public final class SlowHealthRule implements Rule {

    private static final RuleParameter<Duration> MIN_TOOK = RuleParameter.duration("minTook");
    private static final RuleParameter<Long> MAX_EVIDENCE = RuleParameter.integer("maxEvidence");

    @Override
    public void evaluate(RuleContext ctx) {
        double min = ctx.param(MIN_TOOK).toMillis();
        ClusterMembers members = new ClusterMembers(ctx.model());
        Map<String, List<EtcdEndpointHealth>> slow = new LinkedHashMap<>();
        for (EtcdHealthReport r : ctx.model().all(EtcdHealthReport.class)) {
            for (EtcdEndpointHealth h : r.endpoints()) {
                if (h.healthy() && h.tookMillis() >= min) {
                    slow.computeIfAbsent(members.key(h.memberId(), h.endpoint()), k -> new ArrayList<>()).add(h);
                }
            }
        }
        slow.forEach((member, checks) -> {
            EtcdEndpointHealth worst = checks.stream().max(Comparator.comparingDouble(EtcdEndpointHealth::tookMillis)).orElseThrow();
            String name = members.name(member);
            String who = name.isEmpty() ? worst.endpoint() : name + " (" + worst.endpoint() + ")";
            RuleContext.FindingBuilder f = ctx.finding().summary(String.format(Locale.ROOT,
                    "%s answered its health check healthy, but in %s%s: etcd was that slow for every client at that moment.",
                    who, worst.took(), checks.size() == 1 ? "" : " (the slowest of " + checks.size() + " slow checks)"))
                    .subject("member", name.isEmpty() ? member : name).subject("endpoint", worst.endpoint())
                    .figure("slowChecks", checks.size()).figure("worstSeconds", worst.tookMillis() / 1000);
            checks.stream().limit(ctx.param(MAX_EVIDENCE)).forEach(h -> f.evidence(h, h.excerpt()));
            f.report();
        });
    }
}
