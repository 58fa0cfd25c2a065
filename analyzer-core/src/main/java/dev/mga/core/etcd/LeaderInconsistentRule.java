package dev.mga.core.etcd;

import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdStatusReport;
import dev.mga.core.model.etcd.EtcdctlFormat;
import dev.mga.core.spi.Rule;
import dev.mga.core.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code etcd.leader-inconsistent}: in one captured endpoint status, no leader (a member reports
 * {@code etcdserver: no leader}, or every member says its leader is 0), several members claiming
 * leadership, members naming different leaders, or members on different raft terms.
 */
public final class LeaderInconsistentRule implements Rule {


    @Override
    public void evaluate(RuleContext ctx) {
        for (EtcdStatusReport r : ctx.model().all(EtcdStatusReport.class)) {
            List<EtcdEndpointStatus> s = r.statuses();
            List<String> problems = new ArrayList<>();
            long leaders = r.leaderCount();
            boolean leaderIdsKnown = s.stream().anyMatch(x -> x.format() == EtcdctlFormat.JSON || x.format() == EtcdctlFormat.FIELDS);
            boolean noLeaderError = s.stream().anyMatch(x -> x.errors().stream().anyMatch(e -> e.contains("no leader")));
            if (leaders > 1) {
                problems.add(leaders + " members say they are the leader ("
                        + s.stream().filter(EtcdEndpointStatus::isLeader).map(EtcdEndpointStatus::endpoint).collect(Collectors.joining(", ")) + ")");
            }
            List<EtcdEndpointStatus> leaderless = s.stream().filter(x -> x.errors().stream().anyMatch(e -> e.contains("no leader"))
                    || leaderIdsKnown && x.leaderId().isEmpty()).toList();
            if (leaders == 0 && (noLeaderError || leaderIdsKnown && leaderless.size() == s.size())) {
                problems.add("no member has a leader" + (noLeaderError ? " (etcdserver: no leader)" : ""));
            } else if (!leaderless.isEmpty() && leaderless.size() < s.size()) {
                problems.add(leaderless.stream().map(EtcdEndpointStatus::endpoint).collect(Collectors.joining(", "))
                        + " ha" + (leaderless.size() == 1 ? "s" : "ve") + " no leader while the others follow one");
            }
            Set<String> named = s.stream().map(EtcdEndpointStatus::leaderId).filter(x -> !x.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (named.size() > 1) {
                problems.add("members name different leaders (" + String.join(", ", named) + ")");
            }
            Set<Long> terms = s.stream().map(EtcdEndpointStatus::raftTerm).filter(t -> t >= 0)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (terms.size() > 1) {
                problems.add("members are on different raft terms (" + terms.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")");
            }
            if (problems.isEmpty()) {
                continue;
            }
            RuleContext.FindingBuilder f = ctx.finding().summary("In the " + r.format() + " endpoint status of "
                    + s.size() + " members: " + String.join("; ", problems) + ".")
                    .figure("members", s.size()).figure("leaders", leaders).figure("raftTerms", terms.size());
            s.forEach(x -> f.evidence(x, x.excerpt()));
            f.report();
        }
    }
}
