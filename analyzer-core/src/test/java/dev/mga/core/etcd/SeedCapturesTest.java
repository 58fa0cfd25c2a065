package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdKeyStats;
import dev.mga.core.model.etcd.EtcdKeyspace;
import dev.mga.core.model.etcd.EtcdResourceCount;
import dev.mga.core.model.etcd.EtcdStatusReport;
import dev.mga.core.testing.Parsing;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed post's etcd 3.5 outputs (fixtures/etcd/seed-3.5), every field checked. */
class SeedCapturesTest {

    private final EtcdctlOutputParser parser = new EtcdctlOutputParser("");

    @Test
    void handAbbreviatedStatusTableIsMappedByHeader() {
        Parsing p = Parsing.fixture(parser, "etcd/seed-3.5/capture/case-notes/endpoint-status.txt");
        assertThat(p.diagnostics).isEmpty();
        EtcdStatusReport r = p.only(EtcdStatusReport.class);
        assertThat(r.format().id()).isEqualTo("table");
        assertThat(r.location().line()).isEqualTo(5);
        assertThat(r.statuses()).extracting(EtcdEndpointStatus::endpoint)
                .containsExactly("https://1.2.3.3:2379", "https://1.2.3.2:2379", "https://1.2.3.1:2379");
        EtcdEndpointStatus s = r.statuses().get(1);
        assertThat(s.memberId()).isEqualTo("82c75b78b63b558b");
        assertThat(s.version()).isEqualTo("3.5.3");
        assertThat(s.dbSizeText()).isEqualTo("127 MB");
        assertThat(s.dbSizeBytes()).isEqualTo(127_000_000L);
        assertThat(s.dbSizeInUseBytes()).isEqualTo(-1);
        assertThat(s.quotaBytes()).isZero();
        assertThat(s.isLeader()).isTrue();
        assertThat(s.isLearner()).isFalse();
        assertThat(s.leaderId()).isEmpty();
        assertThat(s.raftTerm()).isEqualTo(8);
        assertThat(s.raftIndex()).isEqualTo(2766616);
        assertThat(s.raftAppliedIndex()).isEqualTo(2766616);
        assertThat(s.errors()).isEmpty();
        assertThat(s.otherColumns()).isEmpty();
        assertThat(s.location().line()).isEqualTo(6);
        assertThat(s.excerpt()).isEqualTo("| https://1.2.3.2:2379 | 82c75b78b63b558b | 3.5.3 |  127 MB |  true | false | 8 | 2766616 | 2766616 |   |");
        assertThat(r.statuses().get(0).dbSizeBytes()).isEqualTo(128_000_000L);
        assertThat(r.statuses().get(2).dbSizeBytes()).isEqualTo(134_000_000L);
        assertThat(r.leaderCount()).isEqualTo(1);
        assertThat(r.maxDbSizeBytes()).isEqualTo(134_000_000L);
        assertThat(r.minDbSizeBytes()).isEqualTo(127_000_000L);
    }

    @Test
    void countOnlyFieldsGiveTheKeyCountAndRevision() {
        Parsing p = Parsing.fixture(parser, "etcd/seed-3.5/capture/case-notes/count-only.txt");
        assertThat(p.diagnostics).isEmpty();
        EtcdKeyspace k = p.only(EtcdKeyspace.class);
        assertThat(k.format()).isEqualTo("fields");
        assertThat(k.reportedCount()).isEqualTo(5061);
        assertThat(k.revision()).isEqualTo(2712993);
        assertThat(k.keysListed()).isZero();
        assertThat(k.totalKeys()).isEqualTo(5061);
        assertThat(k.hasVersions()).isFalse();
    }

    @Test
    void modRevisionLinesAreTheMostRecentlyWrittenKeys() {
        Parsing p = Parsing.fixture(parser, "etcd/seed-3.5/capture/case-notes/top-modrevisions.txt");
        assertThat(p.diagnostics).isEmpty();
        EtcdKeyspace k = p.only(EtcdKeyspace.class);
        assertThat(k.format()).isEqualTo("number-key");
        assertThat(k.keysListed()).isEqualTo(5);
        assertThat(k.hasVersions()).isFalse();
        assertThat(k.topByUpdates()).isEmpty();
        List<EtcdKeyStats> recent = k.mostRecentlyWritten();
        assertThat(recent).extracting(EtcdKeyStats::modRevision).containsExactly(2732087L, 2731785L, 2731753L, 2731549L, 2731478L);
        EtcdKeyStats quota = recent.get(1);
        assertThat(quota.key()).isEqualTo("/kubernetes.io/resourcequotas/openshift-host-network/host-network-namespace-quotas");
        assertThat(quota.resource()).isEqualTo("resourcequotas");
        assertThat(quota.namespace()).isEqualTo("openshift-host-network");
        assertThat(quota.name()).isEqualTo("host-network-namespace-quotas");
        assertThat(quota.version()).isEqualTo(-1);
        assertThat(quota.writeShare()).isEqualTo(-1);
        assertThat(quota.location().line()).isEqualTo(2);
        assertThat(recent.get(3).resource()).isEqualTo("network.openshift.io/clusternetworks");
        assertThat(recent.get(3).namespace()).isEmpty();
        assertThat(k.resources()).extracting(EtcdResourceCount::resource, EtcdResourceCount::keys).containsExactly(
                org.assertj.core.groups.Tuple.tuple("validatingwebhookconfigurations", 2L),
                org.assertj.core.groups.Tuple.tuple("configmaps", 1L),
                org.assertj.core.groups.Tuple.tuple("network.openshift.io/clusternetworks", 1L),
                org.assertj.core.groups.Tuple.tuple("resourcequotas", 1L));
        assertThat(k.namespaces()).extracting(EtcdResourceCount::namespace).containsExactly("openshift-service-ca", "openshift-host-network");
    }

    @Test
    void quotaOptionAppliesWhenTheCaptureHasNone() {
        byte[] table = ("| ENDPOINT | ID | VERSION | DB SIZE | IS LEADER | IS LEARNER | RAFT TERM | RAFT INDEX | RAFT APPLIED INDEX | ERRORS |\n"
                + "| https://1.2.3.3:2379 | e97ca8fed9268702 | 3.5.3 |  128 MB | false | false | 8 | 2766616 | 2766616 |   |\n").getBytes();
        Parsing p = Parsing.run(parser, "notes.txt", table, Map.of("etcd.quota-backend-bytes", "8589934592"));
        assertThat(p.only(EtcdStatusReport.class).statuses().get(0).quotaBytes()).isEqualTo(8589934592L);
    }
}
