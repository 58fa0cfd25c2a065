package dev.mga.core.etcd;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.Located;
import dev.mga.core.model.etcd.EtcdClientError;
import dev.mga.core.model.etcd.EtcdEndpointHealth;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdHealthReport;
import dev.mga.core.model.etcd.EtcdMember;
import dev.mga.core.model.etcd.EtcdMemberList;
import dev.mga.core.model.etcd.EtcdStatusReport;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import dev.mga.core.spi.RuleParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code etcd.member-unhealthy}: a member whose health check failed, whose status carries an
 * error (other than an alarm, which {@code etcd.alarm} judges), which {@code member list} names
 * but no status answered for, or which etcdctl could not reach. Signals from every capture of the
 * input are joined per member (by id, or by client endpoint), one finding each.
 */
public final class MemberUnhealthyRule implements Rule {

    private static final RuleParameter<List<String>> IGNORED_CLIENT_ERRORS = RuleParameter.strings("ignoredClientErrors");
    private static final RuleParameter<Long> MAX_EVIDENCE = RuleParameter.integer("maxEvidence");

    private record Signal(String what, Located at, String excerpt) {
    }


    @Override
    public void evaluate(RuleContext ctx) {
        CaptureModel model = ctx.model();
        List<String> transient_ = ctx.param(IGNORED_CLIENT_ERRORS);
        Map<String, String> idByEndpoint = new HashMap<>();
        Map<String, String> nameById = new HashMap<>();
        Set<String> answered = new LinkedHashSet<>();
        for (EtcdMemberList l : model.all(EtcdMemberList.class)) {
            for (EtcdMember m : l.members()) {
                m.clientUrls().forEach(u -> idByEndpoint.put(hostPort(u), m.id()));
                nameById.put(m.id(), m.name());
            }
        }
        List<EtcdStatusReport> reports = model.all(EtcdStatusReport.class);
        for (EtcdStatusReport r : reports) {
            for (EtcdEndpointStatus s : r.statuses()) {
                idByEndpoint.put(hostPort(s.endpoint()), s.memberId());
                answered.add(s.memberId());
            }
        }
        Map<String, List<Signal>> signals = new LinkedHashMap<>();
        for (EtcdHealthReport r : model.all(EtcdHealthReport.class)) {
            for (EtcdEndpointHealth h : r.endpoints()) {
                if (!h.healthy()) {
                    add(signals, idByEndpoint, h.endpoint(), "health check failed"
                            + (h.error().isEmpty() ? "" : " (" + h.error() + ")"), h, h.excerpt());
                }
            }
        }
        for (EtcdStatusReport r : reports) {
            for (EtcdEndpointStatus s : r.statuses()) {
                if (!s.healthErrors().isEmpty()) {
                    add(signals, idByEndpoint, s.endpoint(), "status reports " + String.join(", ", s.healthErrors()), s,
                            s.excerpt());
                }
            }
        }
        for (EtcdClientError e : model.all(EtcdClientError.class)) {
            if (!e.endpoint().isEmpty() && transient_.stream().noneMatch(e.message()::contains)) {
                add(signals, idByEndpoint, e.endpoint(), "etcdctl: " + e.message(), e, e.excerpt());
            }
        }
        for (EtcdMemberList l : model.all(EtcdMemberList.class)) {
            for (EtcdMember m : l.members()) {
                if (!m.started()) {
                    signals.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(new Signal("added but never started", m, m.excerpt()));
                } else if (!reports.isEmpty() && !answered.contains(m.id())) {
                    signals.computeIfAbsent(m.id(), k -> new ArrayList<>())
                            .add(new Signal("in member list but absent from endpoint status", m, m.excerpt()));
                }
            }
        }
        signals.forEach((member, list) -> {
            Set<String> what = new LinkedHashSet<>();
            list.forEach(s -> what.add(s.what()));
            String name = nameById.getOrDefault(member, "");
            RuleContext.FindingBuilder f = ctx.finding().summary("etcd member " + (name.isEmpty() ? member : name + " (" + member + ")")
                    + " is unhealthy: " + String.join("; ", what) + ".")
                    .subject("member", name.isEmpty() ? member : name).subject("memberId", name.isEmpty() ? "" : member)
                    .figure("signals", what.size());
            list.stream().limit(ctx.param(MAX_EVIDENCE)).forEach(s -> f.evidence(s.at(), s.excerpt()));
            f.report();
        });
    }

    private static void add(Map<String, List<Signal>> signals, Map<String, String> idByEndpoint, String endpoint,
                            String what, Located at, String excerpt) {
        String key = idByEndpoint.getOrDefault(hostPort(endpoint), endpoint);
        signals.computeIfAbsent(key, k -> new ArrayList<>()).add(new Signal(what, at, excerpt));
    }

    /** {@code https://10.0.0.1:2379} and {@code 10.0.0.1:2379} name the same endpoint. */
    static String hostPort(String endpoint) {
        String e = endpoint.strip();
        int scheme = e.indexOf("://");
        if (scheme >= 0) {
            e = e.substring(scheme + 3);
        }
        return e.endsWith("/") ? e.substring(0, e.length() - 1) : e;
    }
}
