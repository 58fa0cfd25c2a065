package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.etcd.EtcdClientError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lines around etcdctl's output in real pastes (fixtures/real-world/etcd), told from the output. */
class TranscriptLinesTest {

    @Test
    void aCommandContinuedWithBackslashesIsOneCommand() {
        // etcd-10778: the prompt's command goes on over two more lines; then a blank line and the output
        TranscriptLines t = new TranscriptLines();
        t.prompt("ETCDCTL_API=3 etcdctl --cacert /etc/etcd/pki/ca.crt \\");
        assertThat(t.next("--cert /etc/etcd/pki/client.crt --key /etc/etcd/pki/client.key \\")).isEqualTo(TranscriptLines.Kind.CONTINUATION);
        assertThat(t.next("--endpoints \"https://10.0.0.10:2379\" endpoint --cluster health --write-out json"))
                .isEqualTo(TranscriptLines.Kind.CONTINUATION);
        assertThat(t.next("https://10.0.0.10:2379 is healthy: successfully committed proposal: took = 17.043735ms"))
                .isEqualTo(TranscriptLines.Kind.OUTPUT);
    }

    @Test
    void heredocMarkersAroundOutputAndTheExitStatusOfEchoAreNotOutput() {
        TranscriptLines t = new TranscriptLines();
        assertThat(t.next("etcdctl --endpoints=localhost:2379,localhost:22379,localhost:32379 endpoint health"))
                .isEqualTo(TranscriptLines.Kind.COMMAND);
        assertThat(t.next("<<COMMENT")).isEqualTo(TranscriptLines.Kind.HEREDOC);
        assertThat(t.next("localhost:2379 is healthy: successfully committed proposal: took = 2.118638ms")).isEqualTo(TranscriptLines.Kind.OUTPUT);
        assertThat(t.next("COMMENT")).isEqualTo(TranscriptLines.Kind.HEREDOC);
        // etcd-8295: '$ echo $?' then its 0
        t.prompt("echo $?");
        assertThat(t.next("0")).isEqualTo(TranscriptLines.Kind.EXIT_STATUS);
        assertThat(t.next("0")).isEqualTo(TranscriptLines.Kind.OUTPUT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', textBlock = """
            etcdctl member list                                                                   ¦ COMMAND
            ./etcdctl put test blub                                                               ¦ COMMAND
            ETCDCTL_API=3 /root/local/bin/etcdctl --endpoints=https://1.2.3.4:2379 endpoint health ¦ COMMAND
            for ip in ${NODE_IPS}; do ETCDCTL_API=3 etcdctl --endpoints=https://${ip}:2379 endpoint health; done ¦ COMMAND
            docker exec -it etcd etcdctl member list                                              ¦ COMMAND
            curl http://localhost:2379/version                                                    ¦ COMMAND
            2017-03-20 16:14:25.882335 I | warning: ignoring ServerName for user-provided CA for backwards compatibility is deprecated ¦ CLIENT_LOG
            418f48cb8dec28c3, started, 10.0.0.12, http://10.0.0.12:2380, http://10.0.0.12:2379  ¦ OUTPUT
            2021-10-20 21:12:19.627803 I | embed: name = default                                 ¦ OUTPUT
            """)
    void oneLine(String line, TranscriptLines.Kind kind) {
        assertThat(new TranscriptLines().next(line)).isEqualTo(kind);
    }

    @Test
    void clientTargetsNameOneEndpointOrTheClientsWholeList() {
        assertThat(JsonDocuments.targets("endpoint://client-98cb3c7f-2531-4a22-9157-5d2fb5d6839b/127.0.0.3:2379"))
                .containsExactly("127.0.0.3:2379");
        assertThat(JsonDocuments.targets("passthrough:///http://127.0.0.3:2379")).containsExactly("http://127.0.0.3:2379");
        assertThat(JsonDocuments.targets("etcd-endpoints://0xc000166a80/#initially=[10.20.3.4:2379]")).containsExactly("10.20.3.4:2379");
        assertThat(JsonDocuments.targets("etcd-endpoints://0xc0001/#initially=[https://10.0.0.1:2379;https://10.0.0.2:2379]"))
                .containsExactly("https://10.0.0.1:2379", "https://10.0.0.2:2379");
        assertThat(JsonDocuments.targets("")).isEqualTo(List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            rpc error: code = DeadlineExceeded desc = latest balancer error: last connection error: connection closed | CLIENT_TLS
            rpc error: code = Unavailable desc = etcdserver: no leader                                            | NO_LEADER
            rpc error: code = ResourceExhausted desc = etcdserver: mvcc: database space exceeded                  | NO_SPACE
            client: endpoint https://etcd3.test.k8s:2379 exceeded header timeout                                 | UNREACHABLE
            failed to connect: dial tcp 127.0.0.1:2379: getsockopt: connection refused                          | UNREACHABLE
            etcdserver: leader changed                                                                           | TRANSIENT
            unhealthy cluster                                                                                    | OTHER
            """)
    void causes(String message, EtcdClientError.Cause cause) {
        assertThat(EtcdClientError.Cause.of(message)).isEqualTo(cause);
    }
}
