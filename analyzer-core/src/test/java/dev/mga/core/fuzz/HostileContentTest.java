package dev.mga.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.etcd.EtcdctlOutputParser;
import dev.mga.core.etcd.ObjectCountParser;
import dev.mga.core.klog.KlogLogParser;
import dev.mga.core.kube.KubeResourceParser;
import dev.mga.core.memory.HugepageDumpParser;
import dev.mga.core.memory.SmapsParser;
import dev.mga.core.model.etcd.EtcdKeyspace;
import dev.mga.core.rules.RuleEngine;
import dev.mga.core.rules.RulePack;
import dev.mga.core.testing.Parsing;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Content the audit of the parsers found to throw, hang or hold memory without bound: each case
 * must now give records or diagnostics (the fuzz oracle: no exception, records serialise, every
 * rule evaluates), quickly.
 */
class HostileContentTest {

    private static final ArtifactTypes TYPES = ArtifactTypes.discover();
    private static final RuleEngine RULES = new RuleEngine(RulePack.builtIn());

    static Stream<Arguments> cases() {
        String deep = "[".repeat(3000) + "]".repeat(3000);
        String deepObject = "{\"kind\":\"PodList\",\"items\":[" + "[".repeat(3000) + "]".repeat(3000) + "]}";
        String digits = "1".repeat(200_000);
        return Stream.of(
                Arguments.of("memory.smaps", "7fead7fead9a00000-7fead7fead9a01000 rw-p 00000000 00:00 0\nRss: 4 kB\n"),
                Arguments.of("memory.smaps", "00400000-00401000 r-xp 00000000 fd:00 99999999999999999999999 /bin/x\n"),
                Arguments.of("memory.smaps", "00401000-00400000 r-xp 00000000 fd:00 1 /bin/x\nRss: 999999999999999999 kB\n"),
                Arguments.of("memory.status", "Name:\tx\nVmRSS:\t300000000000000000000002992 kB\nPid:\t99999999999999999999\n"),
                Arguments.of("memory.meminfo", "MemTotal:       900000000000000000 kB\n"),
                Arguments.of("memory.hugepages-dump", "==> <==\n5\n"),
                Arguments.of("memory.hugepage-sizes", "hugepages-99999999999999999999kB hugepages-9007199254740993kB\n"),
                Arguments.of("memory.hugeadm", "Size  Minimum  Current  Maximum  Default\n99999999999999999999 1 1 1 *\n"),
                Arguments.of("memory.free", "total used free\nMem: 1." + digits + " 1 1\n"),
                Arguments.of("memory.top", "top - 10:00:00 up 1 day,  1 user,  load average: 0.1, 0.2, 0.3\n"
                        + "PID USER RES %CPU %MEM COMMAND\n1 root 100 NaN Infinity init\n"),
                Arguments.of("slab.slabtop", "OBJS ACTIVE USE OBJ SIZE SLABS OBJ/SLAB CACHE SIZE NAME\n"
                        + "1 1 100% NaNK 1 1 InfinityK kmalloc-32\n"),
                Arguments.of("klog.log", "2022-06-25T00:10:58.123456Z stdout P E0625 00:10:58.123456       1 x.go:1] \"hé\"\n"
                        + "2022-06-25T00:10:58.123456Z stdout F wörld ünd mehr\n"),
                Arguments.of("klog.log", "{\"ts\":1e999999999,\"msg\":\"a\",\"level\":\"error\"}\n"
                        + "{\"ts\":1e-2147483647,\"msg\":\"b\",\"level\":\"error\"}\n{\"ts\":-1e30,\"msg\":\"c\"}\n"),
                Arguments.of("etcd.member-list", "{\"members\":[{\"ID\":1e400,\"name\":\"a\",\"peerURLs\":[\"x\"]}]}\n"),
                Arguments.of("etcd.endpoint-status", "[{\"Endpoint\":\"a\",\"Status\":{\"raftIndex\":18446744073709551615,"
                        + "\"dbSize\":1e400,\"raftTerm\":-5}}]\n"),
                Arguments.of("etcd.endpoint-status", deep + "\n"),
                Arguments.of("etcd.endpoint-status", "| ENDPOINT | DB SIZE | RAFT TERM |\n| a | " + digits + " MB | 1 |\n"),
                Arguments.of("etcd.member-list", "| ID | NAME |\n| " + digits + " | a |\n"),
                Arguments.of("etcd.key-listing", "99999999999999999999999 /registry/pods/a/b\n"),
                Arguments.of("etcd.server-log", "{\"level\":\"info\",\"ts\":\"+999999999-12-31T23:59:59Z\",\"msg\":\"slow fdatasync\","
                        + "\"took\":\"1.5s\"}\n"),
                Arguments.of("kube.pod", deepObject + "\n"),
                Arguments.of("kube.pod", "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"},\"spec\":{\"containers\":[{\"name\":\"c\","
                        + "\"resources\":{\"requests\":{\"memory\":\"" + digits + "\"}}}]}}\n"),
                Arguments.of("kube.event", "{\"kind\":\"Event\",\"count\":\"99999999999999999999\",\"message\":\"m\"}\n"),
                Arguments.of("metrics.metrics-json", "{\"kind\":\"PodMetricsList\",\"items\":[" + deep + "]}\n"),
                Arguments.of("metrics.metrics-json", "{\"kind\":\"NodeMetrics\",\"usage\":{\"cpu\":\"1\",\"memory\":\"" + digits
                        + "Ki\"}}\n"),
                Arguments.of("descheduler.kubedescheduler", "apiVersion: operator.openshift.io/v1\nkind: KubeDescheduler\n"
                        + "spec: [" + "[".repeat(3000) + "\n"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void parsersSurvive(String type, String content) {
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> FuzzOracle.parse(TYPES, RULES, type, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oversizedNumbersAreReportedNotRead() {
        Parsing smaps = Parsing.run(new SmapsParser(), "proc/1/smaps",
                "7fead7fead9a00000-7fead7fead9a01000 rw-p 00000000 00:00 0\n00400000-00401000 r-xp 0 fd:00 1 /bin/x\n"
                        + "Rss: 4 kB\n");
        assertThat(smaps.diagnostics).anySatisfy(d -> assertThat(d.message()).contains("at most 16 hex digits"));
        assertThat(smaps.records).hasSize(1);
        assertThat(Parsing.run(new HugepageDumpParser(), "dump", "==> <==\n").diagnostics).isNotEmpty();
    }

    @Test
    void criPartialLinesJoinWithMultibyteText() {
        Parsing p = Parsing.run(new KlogLogParser(), "var/log/pods/ns_pod_uid/c/0.log",
                "2022-06-25T00:10:58.123456Z stdout P E0625 00:10:58.123456       1 x.go:1] \"hé\n"
                        + "2022-06-25T00:10:58.123457Z stdout F llo wörld\" k=v\n");
        assertThat(p.records).hasSize(1);
        assertThat(p.records.get(0).toString()).contains("héllo wörld");
    }

    @Test
    void jacksonLimitsAreDiagnostics() {
        String deep = "[".repeat(3000) + "]".repeat(3000);
        assertThat(Parsing.run(new KubeResourceParser("Pod"), "pods.json", "{\"items\":" + deep + "}").diagnostics)
                .anySatisfy(d -> assertThat(d.message()).startsWith("not valid JSON"));
        assertThat(Parsing.run(new EtcdctlOutputParser("endpoint status"), "status.json", deep).diagnostics)
                .anySatisfy(d -> assertThat(d.message()).startsWith("malformed JSON"));
    }

    @Test
    void overlongEtcdOutputsAreCutOnceWithOneDiagnostic() {
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < 10_050; i++) {
            counts.append("      2 resource").append(i).append('\n');
        }
        Parsing objects = Parsing.run(new ObjectCountParser(), "etcd_info/etcd_object_count", counts.toString());
        assertThat(objects.diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(10_001);
            assertThat(d.message()).startsWith("more than 10000 resources");
        });
        EtcdKeyspace k = objects.only(EtcdKeyspace.class);
        assertThat(k.resources()).hasSize(10_000);
        assertThat(k.keysListed()).as("every line counted").isEqualTo(2L * 10_050);

        StringBuilder fields = new StringBuilder("\"ClusterID\" : 1\n");
        for (int i = 0; i < 1_200; i++) {
            fields.append("\"Extra").append(i % 26 == 0 ? "" : Character.toString('a' + i % 26)).append("\" : ").append(i).append('\n');
        }
        Parsing status = Parsing.run(new EtcdctlOutputParser("endpoint status"), "status-fields.txt", fields.toString());
        assertThat(status.diagnostics).filteredOn(d -> d.message().startsWith("more than 1000 fields")).singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(1_001));
    }
}
