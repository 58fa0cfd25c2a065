package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Evidence;
import dev.mga.core.model.Finding;
import dev.mga.core.model.Report;
import dev.mga.core.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unstarted member whose peer URL a started member with another id holds: etcd#15787's paste,
 * where etcd-0 was added to a two-member cluster (10ff1e8664a58dc8, never started) but bootstrapped a
 * one-member cluster of its own (f8a38ef5f6162f3c). The real paste is read under a member-list file
 * name (detection by content waits for its bash prompts to be understood).
 */
class MemberUnhealthySplitTest {

    private static final Analyzer ANALYZER = Analyzer.builder().onlyRules("etcd.member-unhealthy").build();

    private static List<Finding> findings(String fixture, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.path(fixture));
        Report r = ANALYZER.analyze(name, new ByteArrayInputStream(bytes), bytes.length);
        return r.findings();
    }

    @Test
    void theStartedMemberOnTheSamePeerUrlIsNamedAsAnotherCluster() throws IOException {
        List<Finding> f = findings("real-world/etcd/etcd-15787-member-list-unstarted-split-bash-prompt/paste.txt",
                "member-list.txt");
        assertThat(f).hasSize(1);
        Finding unstarted = f.get(0);
        assertThat(unstarted.subject()).containsEntry("member", "10ff1e8664a58dc8");
        assertThat(unstarted.summary()).contains("added but never started",
                "its peer URL https://etcd-0.etcd-peer.ztissan.svc.cluster.local:2380 is also that of started member"
                        + " etcd-0 (f8a38ef5f6162f3c)", "another cluster");
        assertThat(unstarted.evidence()).extracting(Evidence::line).containsExactly(3L, 9L);
        assertThat(unstarted.evidence().get(1).excerpt()).startsWith("f8a38ef5f6162f3c, started, etcd-0, ");
    }

    @Test
    void anUnstartedMemberOnAPeerUrlOfItsOwnIsOnlyUnstarted() throws IOException {
        List<Finding> f = findings("real-world/etcd/etcd-13153-member-list-table-unstarted/paste.txt", "member-list.txt");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).summary()).contains("9829801ef17d0972", "added but never started").doesNotContain("peer URL");
        assertThat(f.get(0).evidence()).hasSize(1);
    }
}
