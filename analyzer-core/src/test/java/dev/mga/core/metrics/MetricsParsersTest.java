package dev.mga.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.Quantity;
import dev.mga.core.model.metrics.ContainerUsage;
import dev.mga.core.model.metrics.NodeMemoryCapacity;
import dev.mga.core.model.metrics.NodeMetrics;
import dev.mga.core.model.metrics.NodeTopTable;
import dev.mga.core.model.metrics.NodeUsage;
import dev.mga.core.model.metrics.PodMetrics;
import dev.mga.core.model.metrics.PodTopTable;
import dev.mga.core.model.metrics.PodUsage;
import dev.mga.core.parse.Units;
import dev.mga.core.testing.Fixtures;
import dev.mga.core.testing.Parsing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MetricsParsersTest {

    private static Path seed(String f) {
        return Fixtures.root().resolve("metrics/seed-pasted/capture/" + f);
    }

    private static Path kubectl(String f) {
        return Fixtures.root().resolve("metrics/kubectl-seed-cluster/capture/" + f);
    }

    @Test
    void seedTopNodeWithCollapsedColumns() {
        Parsing run = Parsing.file(new NodeTopParser(), seed("oc-adm-top-node.txt"));
        NodeTopTable t = run.only(NodeTopTable.class);
        assertThat(t.command()).isEqualTo("oc adm top node --show-capacity=true");
        assertThat(t.percentOf()).isEqualTo("capacity");
        assertThat(t.rows()).hasSize(5);
        NodeUsage m0 = t.rows().get(0);
        assertThat(m0.node()).isEqualTo("master-0.ocp-power.xyz");
        assertThat(m0.cpu()).isEqualTo(Units.quantity("1894m"));
        assertThat(m0.cpuPercent()).isEqualTo(-1);
        assertThat(m0.memory()).isEqualTo(Units.quantity("15272Mi"));
        assertThat(m0.memoryPercent()).isEqualTo(93);
        assertThat(m0.location().line()).isEqualTo(3);
        assertThat(t.rows()).extracting(NodeUsage::memoryPercent).containsExactly(93, 54, 67, 41, 41);
        assertThat(run.messages()).hasSize(5).first().asString()
                .isEqualTo("3: 3 values for 4 columns (expected CPU(cores) CPU% MEMORY(bytes) MEMORY%): read by their units "
                        + "as CPU 1894m, CPU% -, MEMORY 15272Mi, MEMORY% 93%");
    }

    @Test
    void kubectlTopNodeVariants() {
        NodeTopTable plain = Parsing.file(new NodeTopParser(), kubectl("top-node.txt")).only(NodeTopTable.class);
        assertThat(plain.percentOf()).isEqualTo("allocatable");
        assertThat(plain.header()).startsWith("NAME                     CPU(cores)   CPU(%)");
        assertThat(plain.rows().get(0)).isEqualTo(new NodeUsage("master-0.ocp-power.xyz", Units.quantity("1894m"), 25,
                Units.quantity("15272Mi"), 100, true, plain.rows().get(0).location(), plain.rows().get(0).excerpt()));
        NodeUsage unknown = plain.rows().get(5);
        assertThat(unknown.node()).isEqualTo("worker-2.ocp-power.xyz");
        assertThat(unknown.metricsAvailable()).isFalse();
        assertThat(unknown.memory()).isNull();
        Parsing noHeaders = Parsing.file(new NodeTopParser(), kubectl("top-node-no-headers.txt"));
        assertThat(noHeaders.only(NodeTopTable.class).header()).isEmpty();
        assertThat(noHeaders.only(NodeTopTable.class).rows()).extracting(NodeUsage::cpuPercent).containsExactly(25, 13, 20, 20, 12, -1);
        assertThat(noHeaders.diagnostics).isEmpty();
        NodeTopTable capacity = Parsing.file(new NodeTopParser(), kubectl("top-node-show-capacity.txt")).only(NodeTopTable.class);
        assertThat(capacity.rows()).extracting(NodeUsage::memoryPercent).containsExactly(93, 54, 67, 41, 41, -1);
    }

    @Test
    void seedTopPodWithPrefixesAndGluedNames() {
        Parsing run = Parsing.file(new PodTopParser(), seed("oc-adm-top-pod.txt"));
        PodTopTable t = run.only(PodTopTable.class);
        assertThat(t.allNamespaces()).isTrue();
        assertThat(t.sortBy()).isEqualTo("memory");
        assertThat(t.rows().get(0)).isEqualTo(new PodUsage("openshift-kube-apiserver", "kube-apiserver-master-2.ocp-power.xyz",
                "", Units.quantity("386m"), Units.quantity("2452Mi"), t.rows().get(0).location(), t.rows().get(0).excerpt()));
        assertThat(run.messages()).containsExactly("3: text '15% - ' before the row is not kubectl output; ignored",
                "4: text '11% - ' before the row is not kubectl output; ignored",
                "5: text '10% - ' before the row is not kubectl output; ignored");
        Parsing containers = Parsing.file(new PodTopParser(), seed("kubectl-top-pod-containers.txt"));
        PodTopTable c = containers.only(PodTopTable.class);
        assertThat(c.containers()).isTrue();
        assertThat(c.rows()).extracting(PodUsage::container).containsExactly("POD", "kube-apiserver",
                "kube-apiserver-cert-regeneration-controller", "kube-apiserver-cert-syncer", "kube-apiserver-check-endpoints",
                "kube-apiserver-insecure-readyz");
        assertThat(c.rows().get(1).cpu()).isEqualTo(Units.quantity("514m"));
        assertThat(c.rows()).extracting(PodUsage::namespace).containsOnly("openshift-kube-apiserver");
        assertThat(containers.diagnostics).hasSize(4);
    }

    @Test
    void kubectlTopPodVariants() {
        PodTopTable all = Parsing.file(new PodTopParser(), kubectl("top-pod-A-containers.txt")).only(PodTopTable.class);
        assertThat(all.allNamespaces()).isTrue();
        assertThat(all.containers()).isTrue();
        assertThat(all.rows()).hasSize(30);
        assertThat(all.rows().get(6)).isEqualTo(new PodUsage("openshift-etcd", "etcd-master-0.ocp-power.xyz", "etcd",
                Units.quantity("142m"), Units.quantity("1169Mi"), all.rows().get(6).location(), all.rows().get(6).excerpt()));
        PodTopTable noHeaders = Parsing.file(new PodTopParser(), kubectl("top-pod-ns-containers-no-headers.txt")).only(PodTopTable.class);
        assertThat(noHeaders.containers()).isTrue();
        assertThat(noHeaders.rows().get(1).namespace()).isEqualTo("openshift-etcd");
        assertThat(noHeaders.rows().get(1).container()).isEqualTo("etcd");
        PodTopTable sum = Parsing.file(new PodTopParser(), kubectl("top-pod-sum.txt")).only(PodTopTable.class);
        assertThat(sum.rows()).hasSize(3);
        assertThat(sum.totalCpu()).isEqualTo(Units.quantity("850m"));
        assertThat(sum.totalMemory()).isEqualTo(Units.quantity("6128Mi"));
        PodTopTable aNoHeaders = Parsing.file(new PodTopParser(), kubectl("top-pod-A-no-headers.txt")).only(PodTopTable.class);
        assertThat(aNoHeaders.rows()).extracting(PodUsage::namespace).startsWith("default", "minio-operator");
    }

    @Test
    void seedPodMetricsJson() {
        Parsing run = Parsing.file(new MetricsJsonParser(), seed("podmetrics-etcd-master-0.json"));
        PodMetrics m = run.only(PodMetrics.class);
        assertThat(m.namespace()).isEqualTo("openshift-etcd");
        assertThat(m.pod()).isEqualTo("etcd-master-0.ocp-power.xyz");
        assertThat(m.timestamp()).isEqualTo("2022-06-25T00:10:58Z");
        assertThat(m.window()).isEqualTo("5m0s");
        assertThat(m.containers()).hasSize(6);
        assertThat(m.containers().get(0)).isEqualTo(new ContainerUsage("etcd", Units.quantity("142m"), Units.quantity("1197632Ki")));
        assertThat(m.cpu().text()).isEqualTo("220m");
        assertThat(m.memory().text()).isEqualTo("1284672Ki");
        assertThat(m.location().line()).isEqualTo(1);
        assertThat(run.diagnostics).isEmpty();
    }

    @Test
    void nodeMetricsList() {
        Parsing run = Parsing.file(new MetricsJsonParser(), kubectl("nodemetrics-list.json"));
        assertThat(run.all(NodeMetrics.class)).hasSize(5);
        NodeMetrics m0 = run.all(NodeMetrics.class).get(0);
        assertThat(m0.node()).isEqualTo("master-0.ocp-power.xyz");
        assertThat(m0.memory()).isEqualTo(Units.quantity("15638528Ki"));
        assertThat(m0.window()).isEqualTo("20.03s");
        assertThat(m0.location().line()).isEqualTo(6);
    }

    @Test
    void seedNodeMemoryLines() {
        Parsing run = Parsing.file(new NodeMemoryParser(), seed("node-memory.txt"));
        assertThat(run.all(NodeMemoryCapacity.class)).hasSize(5);
        NodeMemoryCapacity c = run.all(NodeMemoryCapacity.class).get(0);
        assertThat(c.node()).isEqualTo("master-0.ocp-power.xyz");
        assertThat(c.memory().longValue()).isEqualTo(16652928L * 1024);
        assertThat(c.location().line()).isEqualTo(2);
        assertThat(run.diagnostics).isEmpty();
    }
}
