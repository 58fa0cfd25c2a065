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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code etcd.member-unhealthy}: a member whose health check failed, whose status carries an
 * error (other than an alarm, which {@code etcd.alarm} judges), that answers "no leader", that was
 * added but never started, or that etcdctl could not reach. Signals from every capture of the input
 * are joined per member (by id, or by client endpoint), one finding each.
 *
 * <p>What is not a member's failure: an endpoint that failed while another client URL of the same
 * member answered in the same run (OpenShift 4.8 members list a {@code unixs://<ip>:0} socket that the
 * must-gather's etcdctl cannot reach); a check that failed because the client's TLS set-up did
 * (etcdctl without its certificate flags); a client retry, which says only that a request was
 * retried; and, alone, a member that a status run did not list (that run may not have asked it),
 * except in a must-gather, whose gather script asks every client URL the member list names.
 */
public final class MemberUnhealthyRule implements Rule {

    private static final RuleParameter<List<String>> IGNORED_CLIENT_ERRORS = RuleParameter.strings("ignoredClientErrors");
    private static final RuleParameter<Long> MAX_EVIDENCE = RuleParameter.integer("maxEvidence");

    /** A sign of trouble; {@code decisive} ones make a finding, the others only add to one. */
    private record Signal(String what, Located at, String excerpt, boolean decisive) {
    }

    /** The must-gather's status file: gather_etcd:16 gives etcdctl every client URL of {@code member list}. */
    private static final String GATHERED_STATUS = "etcd_info/endpoint_status.json";

    @Override
    public void evaluate(RuleContext ctx) {
        CaptureModel model = ctx.model();
        ClusterMembers members = new ClusterMembers(model);
        Map<String, List<Signal>> signals = new LinkedHashMap<>();
        healthChecks(model, members, signals);
        statusErrors(model, members, signals);
        clientErrors(model, members, ctx.param(IGNORED_CLIENT_ERRORS), signals);
        membership(model, members, signals);
        signals.forEach((member, list) -> {
            if (list.stream().noneMatch(Signal::decisive)) {
                return;
            }
            Set<String> what = new LinkedHashSet<>();
            list.forEach(s -> what.add(s.what()));
            String name = members.name(member);
            RuleContext.FindingBuilder f = ctx.finding().summary("etcd member " + (name.isEmpty() ? member : name + " (" + member + ")")
                    + " is unhealthy: " + String.join("; ", what) + ".")
                    .subject("member", name.isEmpty() ? member : name).subject("memberId", name.isEmpty() ? "" : member)
                    .figure("signals", what.size());
            list.stream().limit(ctx.param(MAX_EVIDENCE)).forEach(s -> f.evidence(s.at(), s.excerpt()));
            f.report();
        });
    }

    private static void healthChecks(CaptureModel model, ClusterMembers members, Map<String, List<Signal>> signals) {
        Map<String, Set<String>> tlsFailed = endpointsWith(model, EtcdClientError.Cause.CLIENT_TLS);
        for (EtcdHealthReport r : model.all(EtcdHealthReport.class)) {
            Set<String> answered = new HashSet<>();
            r.endpoints().stream().filter(EtcdEndpointHealth::healthy).forEach(h -> answered.add(members.key(h.memberId(), h.endpoint())));
            Set<String> tls = tlsFailed.getOrDefault(r.location().path(), Set.of());
            for (EtcdEndpointHealth h : r.endpoints()) {
                String key = members.key(h.memberId(), h.endpoint());
                if (h.healthy() || answered.contains(key) || tls.contains(ClusterMembers.hostPort(h.endpoint()))) {
                    continue; // another URL of the member answered; or the client's TLS failed, not the member
                }
                add(signals, key, new Signal("health check failed" + (h.error().isEmpty() ? "" : " (" + h.error() + ")"), h,
                        h.excerpt(), true));
            }
        }
    }

    private static void statusErrors(CaptureModel model, ClusterMembers members, Map<String, List<Signal>> signals) {
        for (EtcdStatusReport r : model.all(EtcdStatusReport.class)) {
            for (EtcdEndpointStatus s : r.statuses()) {
                if (!s.healthErrors().isEmpty()) {
                    add(signals, members.key(s.memberId(), s.endpoint()), new Signal("status reports "
                            + String.join(", ", s.healthErrors()), s, s.excerpt(), true));
                }
            }
        }
    }

    /**
     * etcdctl v2's second default endpoint (its {@code --endpoints} default is
     * {@code http://127.0.0.1:2379,http://127.0.0.1:4001}): etcd's legacy client port, which etcd 3 does not
     * open unless its --listen-client-urls name it, so a refused connection there names no member.
     */
    private static final String LEGACY_DEFAULT = "127.0.0.1:4001";

    private static void clientErrors(CaptureModel model, ClusterMembers members, List<String> ignored, Map<String, List<Signal>> signals) {
        // members that answered a status in a file: a failed URL of theirs in the same file is another socket of the same member
        Map<String, Set<String>> answeredIn = new HashMap<>();
        for (EtcdStatusReport r : model.all(EtcdStatusReport.class)) {
            r.statuses().forEach(s -> answeredIn.computeIfAbsent(r.location().path(), k -> new HashSet<>())
                    .add(members.key(s.memberId(), s.endpoint())));
        }
        for (EtcdClientError e : model.all(EtcdClientError.class)) {
            if (e.endpoint().isEmpty() || ignored.stream().anyMatch(e.message()::contains)) {
                continue; // names no member (or every endpoint the client had), or a retry during an election
            }
            if (e.cause() == EtcdClientError.Cause.UNREACHABLE && LEGACY_DEFAULT.equals(ClusterMembers.hostPort(e.endpoint()))
                    && e.message().contains("connection refused")) {
                continue; // etcdctl v2 tries 127.0.0.1:4001 by default, where etcd 2.2 and later listen only if told to
            }
            String key = members.key("", e.endpoint());
            switch (e.cause()) {
                case NO_LEADER -> add(signals, key, new Signal("it answers 'etcdserver: no leader' (no quorum, or an"
                        + " election that does not end)", e, e.excerpt(), true));
                case UNREACHABLE, OTHER -> {
                    if (!answeredIn.getOrDefault(e.location().path(), Set.of()).contains(key)) {
                        add(signals, key, new Signal(e.cause() == EtcdClientError.Cause.UNREACHABLE
                                ? "etcdctl could not reach it (" + e.message() + ")" : "etcdctl: " + e.message(), e, e.excerpt(), !e.retry()));
                    }
                }
                default -> {
                    // the client's own TLS set-up or crash, a transient retry, NOSPACE (etcd.alarm): not this member's health
                }
            }
        }
    }

    private static void membership(CaptureModel model, ClusterMembers members, Map<String, List<Signal>> signals) {
        List<EtcdStatusReport> reports = model.all(EtcdStatusReport.class);
        Set<String> answered = new HashSet<>();
        boolean gathered = false;
        for (EtcdStatusReport r : reports) {
            r.statuses().forEach(s -> answered.add(members.key(s.memberId(), s.endpoint())));
            gathered |= r.location().path().endsWith(GATHERED_STATUS);
        }
        Map<String, EtcdMember> startedOn = new HashMap<>();
        for (EtcdMemberList l : model.all(EtcdMemberList.class)) {
            l.members().stream().filter(EtcdMember::started).forEach(m -> m.peerUrls().forEach(u -> startedOn.putIfAbsent(u, m)));
        }
        for (EtcdMemberList l : model.all(EtcdMemberList.class)) {
            for (EtcdMember m : l.members()) {
                if (!m.started()) {
                    add(signals, m.id(), new Signal("added but never started", m, m.excerpt(), true));
                    samePeerUrl(m, startedOn, signals);
                } else if (!reports.isEmpty() && !answered.contains(m.id())) {
                    add(signals, m.id(), new Signal("in member list but absent from endpoint status", m, m.excerpt(), gathered));
                }
            }
        }
    }

    /**
     * An unstarted member whose peer URL a started member with another id has. One cluster cannot hold
     * both: etcd refuses to add a member on a peer URL in use ("etcdserver: Peer URLs already exists",
     * ErrGRPCPeerURLExist in api/v3rpc/rpctypes/error.go). So the started one answers for another
     * cluster: the node meant to join bootstrapped one of its own (etcd#15787), or the capture holds
     * lists from different clusters or times. Said beside the unstarted member, with the other's line.
     */
    private static void samePeerUrl(EtcdMember unstarted, Map<String, EtcdMember> startedOn, Map<String, List<Signal>> signals) {
        for (String url : unstarted.peerUrls()) {
            EtcdMember other = startedOn.get(url);
            if (other != null && !other.id().equals(unstarted.id())) {
                String who = other.name().isEmpty() ? other.id() : other.name() + " (" + other.id() + ")";
                add(signals, unstarted.id(), new Signal("its peer URL " + url + " is also that of started member " + who
                        + ": one cluster cannot hold both (etcd refuses a peer URL in use), so " + who + " answers for"
                        + " another cluster (it bootstrapped its own instead of joining) or the lists are from different times",
                        other, other.excerpt(), false));
                return;
            }
        }
    }

    /** Per file, the endpoints (host:port) client errors of a cause name, the targets of a retry line included. */
    private static Map<String, Set<String>> endpointsWith(CaptureModel model, EtcdClientError.Cause cause) {
        Map<String, Set<String>> out = new HashMap<>();
        for (EtcdClientError e : model.all(EtcdClientError.class)) {
            if (e.cause() == cause) {
                Set<String> in = out.computeIfAbsent(e.location().path(), k -> new HashSet<>());
                if (!e.endpoint().isEmpty()) {
                    in.add(ClusterMembers.hostPort(e.endpoint()));
                }
                e.targets().forEach(t -> in.add(ClusterMembers.hostPort(t)));
            }
        }
        return out;
    }

    private static void add(Map<String, List<Signal>> signals, String key, Signal s) {
        signals.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }

}
