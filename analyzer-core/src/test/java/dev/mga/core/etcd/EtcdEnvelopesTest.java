package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.etcd.EtcdClientError;
import dev.mga.core.model.etcd.EtcdLogSummary;
import dev.mga.core.model.etcd.EtcdMember;
import dev.mga.core.model.etcd.EtcdMemberList;
import dev.mga.core.testing.Fixtures;
import dev.mga.core.testing.Parsing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** etcd's captures through the envelope layer: pod-log prefixes, CRI lines, prompts, times in order, JSON cited as written. */
class EtcdEnvelopesTest {

    private static final String LOG = Captures.RUN2 + "logs/etcd-master-1.log";

    private static EtcdLogSummary log(String content) {
        return Parsing.run(new EtcdLogParser(), "namespaces/openshift-etcd/pods/etcd-master-1/etcd/etcd/logs/current.log", content)
                .only(EtcdLogSummary.class);
    }

    /** The kubelet's CRI lines (stdout F, what rotated pod logs hold) were not read by the old prefix regex. */
    @Test
    void criLinesOfAZapLogReadLikeTheLog() {
        List<String> lines = Fixtures.read(LOG).lines().toList();
        StringBuilder cri = new StringBuilder();
        for (String l : lines) {
            cri.append("2026-11-25T16:44:55.880123456Z stderr F ").append(l).append('\n');
        }
        EtcdLogSummary plain = log(String.join("\n", lines) + "\n");
        EtcdLogSummary wrapped = log(cri.toString());
        assertThat(wrapped.counts()).isEqualTo(plain.counts()).containsEntry(dev.mga.core.model.etcd.EtcdLogEvent.Kind.SLOW_FDATASYNC, 78L);
        assertThat(wrapped.firstTime()).isEqualTo(plain.firstTime()).isEqualTo("2026-11-25T16:44:55.880Z");
        assertThat(wrapped.lastTime()).isEqualTo(plain.lastTime());
        assertThat(wrapped.samples()).extracting(e -> e.location().line()).isEqualTo(plain.samples().stream()
                .map(e -> e.location().line()).toList());
        // evidence is the log's text, a verbatim part of the CRI line
        assertThat(wrapped.samples()).allSatisfy(e -> assertThat(e.excerpt()).startsWith("{\"level\":"));
    }

    /** Logs concatenated out of order (a previous and a current log) still give a range in time order. */
    @Test
    void firstAndLastAreTheEarliestAndLatestTimes() {
        List<String> lines = Fixtures.read(LOG).lines().toList();
        List<String> swapped = new ArrayList<>(lines.subList(400, lines.size()));
        swapped.addAll(lines.subList(0, 400));
        EtcdLogSummary s = log(String.join("\n", swapped) + "\n");
        assertThat(s.firstTime()).isEqualTo("2026-11-25T16:44:55.880Z");
        assertThat(s.lastTime()).isEqualTo("2026-11-25T17:00:59.212Z");
    }

    /** A prompt in brackets above etcdctl output was read as a JSON document ("Unrecognized token 'root'"). */
    @Test
    void bracketPromptAboveATable() {
        String table = Fixtures.read(Captures.RUN2 + "healthy/member-list-table.txt");
        Parsing p = Parsing.run(new EtcdctlOutputParser("member list"), "notes.txt", "[root@master1 /]# etcdctl -w table member list\n" + table);
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.only(EtcdMemberList.class).members()).extracting(EtcdMember::name)
                .containsExactly("etcd-master-0", "etcd-master-1", "etcd-master-2");
    }

    /** A client's zap line is cited as written: its float time is not re-serialised as 1.7000000001234567E9. */
    @Test
    void clientLogLinesAreCitedAsWritten() {
        String line = "{\"level\":\"warn\",\"ts\":1700000000.1234567,\"caller\":\"clientv3/retry_interceptor.go:62\",\"msg\":\"retrying of"
                + " unary invoker failed\",\"target\":\"endpoint://client-1/10.0.0.1:2379\",\"attempt\":0,\"error\":\"rpc error: code ="
                + " DeadlineExceeded desc = context deadline exceeded\"}";
        Parsing p = Parsing.run(new EtcdctlOutputParser("endpoint health"), "notes.txt", line + "\n");
        assertThat(p.only(EtcdClientError.class).excerpt()).isEqualTo(line);
    }
}
