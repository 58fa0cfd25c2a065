package dev.mga.core.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.mga.core.model.Quantity;
import dev.mga.core.model.kube.HugepageRequest;
import dev.mga.core.model.kube.KubeContainer;
import dev.mga.core.model.kube.KubeEvent;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.model.kube.KubeObjectRef;
import dev.mga.core.model.kube.KubePod;
import dev.mga.core.model.kube.ResourceLine;
import dev.mga.core.parse.JsonTrees;
import dev.mga.core.parse.Units;
import dev.mga.core.testing.Parsing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeResourceParserTest {

    private static final String HEALTHY = "kube/healthy-cluster/capture/";
    private static final String SHORT = "kube/allocatable-short/capture/";

    private static BigDecimal q(String text) {
        return Units.quantity(text).value();
    }

    @Test
    void nodeYamlAsKubectlPrintsIt() {
        Parsing r = Parsing.fixture(new KubeResourceParser("Node"),
                HEALTHY + "cluster-scoped-resources/core/nodes/master-0.ocp.example.com.yaml");
        assertThat(r.diagnostics).isEmpty();
        KubeNode n = r.only(KubeNode.class);
        assertThat(n.name()).isEqualTo("master-0.ocp.example.com");
        assertThat(n.location().line()).isEqualTo(15);
        assertThat(n.excerpt()).isEqualTo("  name: master-0.ocp.example.com");
        assertThat(n.labels()).hasSize(7).containsEntry("node-role.kubernetes.io/master", "")
                .containsEntry("kubernetes.io/hostname", "master-0.ocp.example.com");
        assertThat(n.architecture()).isEqualTo("amd64");
        assertThat(n.kernelVersion()).isEqualTo("5.14.0-284.52.1.el9_2.x86_64");
        assertThat(n.kubeletVersion()).isEqualTo("v1.27.10+28ed2d7");
        assertThat(n.unschedulable()).isFalse();
        assertThat(n.taints()).containsExactly("node-role.kubernetes.io/master:NoSchedule");
        assertThat(n.conditions()).containsOnly(entry("MemoryPressure", "False"), entry("Ready", "True"));
        assertThat(n.allocatable()).extractingFromEntries(Map.Entry::getKey, e -> e.getValue().value()).containsExactly(
                tuple("cpu", q("7.5")), tuple("ephemeral-storage", q("114396791822")), tuple("hugepages-1Gi", q("0")),
                tuple("hugepages-2Mi", q("0")), tuple("memory", q("32442806272")), tuple("pods", q("250")));
        assertThat(n.capacity()).extractingFromEntries(Map.Entry::getKey, e -> e.getValue().text()).containsExactly(
                tuple("cpu", "8"), tuple("ephemeral-storage", "125293548Ki"), tuple("hugepages-1Gi", "0"),
                tuple("hugepages-2Mi", "0"), tuple("memory", "32833404Ki"), tuple("pods", "250"));
        assertThat(n.allocatableLines().get("hugepages-2Mi")).extracting(l -> l.location().line(), ResourceLine::excerpt)
                .containsExactly(32L, "    hugepages-2Mi: \"0\"");
        assertThat(n.offers("hugepages-1Gi")).isTrue();
        assertThat(n.offers("hugepages-16Mi")).isFalse();
    }

    @Test
    void podListWithRequestsLimitsAndPlacement() {
        Parsing r = Parsing.fixture(new KubeResourceParser("Pod"), SHORT + "pods.yaml");
        assertThat(r.diagnostics).isEmpty();
        List<KubePod> pods = r.all(KubePod.class);
        assertThat(pods).extracting(KubePod::key, KubePod::owner, KubePod::nodeName, KubePod::requiredNodeName,
                KubePod::phase, KubePod::targetNode, p -> p.location().line()).containsExactly(
                tuple("cnf/vrouter-agent-x7k2p", "DaemonSet/vrouter-agent", "worker-0.ocp.example.com", "", "Running",
                        "worker-0.ocp.example.com", 9L),
                tuple("cnf/pktgen-0", "StatefulSet/pktgen", "worker-0.ocp.example.com", "", "Running",
                        "worker-0.ocp.example.com", 67L),
                tuple("cnf/vrouter-agent-m4q9z", "DaemonSet/vrouter-agent", "", "worker-1.ocp.example.com", "Pending",
                        "worker-1.ocp.example.com", 125L),
                tuple("cnf/trex-0", "StatefulSet/trex", "", "", "Pending", "", 189L));
        KubePod pending = pods.get(2);
        assertThat(pending.unschedulable()).isEqualTo("0/3 nodes are available: 1 Insufficient hugepages-1Gi, 2 node(s)"
                + " didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 1 No preemption victims"
                + " found for incoming pod, 2 Preemption is not helpful for scheduling..");
        assertThat(pending.labels()).containsOnly(entry("app", "vrouter"));
        KubeContainer c = pending.containers().get(0);
        assertThat(c.name()).isEqualTo("agent");
        assertThat(c.image()).isEqualTo("registry.example.com/cnf/vrouter-agent:5.2");
        assertThat(c.init()).isFalse();
        assertThat(c.requests()).extractingFromEntries(Map.Entry::getKey, e -> e.getValue().text())
                .containsExactly(tuple("cpu", "4"), tuple("hugepages-1Gi", "2Gi"), tuple("memory", "2Gi"));
        assertThat(c.limits()).containsOnlyKeys("cpu", "hugepages-1Gi", "memory");
        assertThat(c.effectiveRequest("hugepages-1Gi").value()).isEqualTo(q("2147483648"));
        assertThat(c.requestLines().get("hugepages-1Gi")).extracting(l -> l.location().line(), ResourceLine::excerpt)
                .containsExactly(157L, "          hugepages-1Gi: 2Gi");
        assertThat(c.limitLines().get("hugepages-1Gi").location().line()).isEqualTo(153);
    }

    @Test
    void eventListWithFoldedMessages() {
        Parsing r = Parsing.fixture(new KubeResourceParser("Event"), SHORT + "events.yaml");
        assertThat(r.diagnostics).isEmpty();
        assertThat(r.all(KubeEvent.class)).extracting(KubeEvent::namespace, KubeEvent::name, KubeEvent::type,
                KubeEvent::reason, KubeEvent::count, KubeEvent::firstTimestamp, KubeEvent::lastTimestamp, KubeEvent::source,
                KubeEvent::involvedObject, e -> e.location().line()).containsExactly(
                tuple("cnf", "vrouter-agent-m4q9z.17a9c3e1f24240", "Warning", "FailedScheduling", 16L, "2026-11-25T09:41:15Z",
                        "2026-11-25T09:56:15Z", "default-scheduler", new KubeObjectRef("Pod", "cnf", "vrouter-agent-m4q9z", ""), 15L),
                tuple("cnf", "trex-0.17a9c3e1f27693", "Warning", "FailedScheduling", 16L, "2026-11-25T09:41:15Z",
                        "2026-11-25T09:56:15Z", "default-scheduler", new KubeObjectRef("Pod", "cnf", "trex-0", ""), 42L),
                tuple("cnf", "pktgen-0.17a9c3e1f78386", "Normal", "Started", 1L, "2026-11-25T09:41:15Z",
                        "2026-11-25T09:56:15Z", "kubelet worker-0.ocp.example.com", new KubeObjectRef("Pod", "cnf", "pktgen-0", ""), 69L));
        KubeEvent first = r.all(KubeEvent.class).get(0);
        // kubectl folds the long message over three lines; the value is whole, the excerpt its first line
        assertThat(first.message()).startsWith("0/3 nodes are available: 1 Insufficient hugepages-1Gi, 2 node(s) didn't match")
                .endsWith("2 Preemption is not helpful for scheduling..");
        assertThat(first.excerpt()).isEqualTo("  message: '0/3 nodes are available: 1 Insufficient hugepages-1Gi, 2 node(s) didn''t");
    }

    @Test
    void jsonNodeListFromOcGetNodes() {
        Parsing r = Parsing.fixture(new KubeResourceParser("Node"), SHORT + "nodes.json");
        assertThat(r.diagnostics).isEmpty();
        assertThat(r.all(KubeNode.class)).extracting(KubeNode::name, n -> n.allocatable("hugepages-1Gi").text(),
                n -> n.allocatableLines().get("hugepages-1Gi").location().line()).containsExactly(
                tuple("master-0.ocp.example.com", "0", 47L), tuple("worker-0.ocp.example.com", "4Gi", 128L),
                tuple("worker-1.ocp.example.com", "0", 209L));
        assertThat(r.all(KubeNode.class).get(1).allocatableLines().get("hugepages-1Gi").excerpt())
                .isEqualTo("                    \"hugepages-1Gi\": \"4Gi\",");
    }

    @Test
    void seedAllocatableAfterItsPrompt() {
        Parsing r = Parsing.fixture(new KubeAllocatableParser(), "kube/seed-allocatable/capture/case-notes/allocatable.txt");
        assertThat(r.diagnostics).isEmpty();
        KubeNode n = r.only(KubeNode.class);
        assertThat(n.name()).isEqualTo("lon06-worker-1.xip.io");
        assertThat(n.capacity()).isEmpty();
        assertThat(n.allocatable()).extractingFromEntries(Map.Entry::getKey, e -> e.getValue().value()).containsExactly(
                tuple("cpu", q("7.5")), tuple("ephemeral-storage", q("115586611009")), tuple("hugepages-16Gi", q("0")),
                tuple("hugepages-16Mi", q("4294967296")), tuple("memory", q("28743630848")), tuple("pods", q("250")));
        assertThat(n.allocatableLines().get("hugepages-16Mi")).extracting(l -> l.location().line(), ResourceLine::excerpt)
                .containsExactly(6L, "  \"hugepages-16Mi\": \"4Gi\",");
        assertThat(n.location().line()).isEqualTo(2);
    }

    @Test
    void singleJsonPodWithInitContainerAndHostnameSelector() {
        String json = """
                {"apiVersion": "v1", "kind": "Pod",
                 "metadata": {"name": "db-0", "namespace": "data"},
                 "spec": {"nodeSelector": {"kubernetes.io/hostname": "worker-2"},
                   "initContainers": [{"name": "init", "resources": {"limits": {"hugepages-2Mi": "1Gi"}}}],
                   "containers": [{"name": "db", "resources": {"requests": {"hugepages-2Mi": "256Mi", "cpu": "bogus"},
                                                                "limits": {"hugepages-2Mi": "256Mi"}}}]},
                 "status": {"phase": "Pending"}}
                """;
        Parsing r = Parsing.run(new KubeResourceParser("Pod"), "pod.json", json);
        KubePod p = r.only(KubePod.class);
        assertThat(p.requiredNodeName()).isEqualTo("worker-2");
        assertThat(p.containers()).extracting(KubeContainer::name, KubeContainer::init).containsExactly(
                tuple("db", false), tuple("init", true));
        assertThat(HugepageRequest.of(p)).singleElement().satisfies(h -> {
            assertThat(h.resource()).isEqualTo("hugepages-2Mi");
            assertThat(h.amountText()).isEqualTo("1Gi"); // the init container's limit outweighs the sum of the others
        });
        assertThat(r.diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.message()).contains("not a Kubernetes quantity for cpu");
        });
    }

    @Test
    void eventsK8sIoShapeAndOtherKinds() {
        String yaml = """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: events.k8s.io/v1
                  kind: Event
                  metadata: {name: e1, namespace: ns}
                  regarding: {kind: Pod, name: p1, namespace: ns}
                  note: "0/2 nodes are available: 2 Insufficient hugepages-1Gi."
                  reason: FailedScheduling
                  type: Warning
                  deprecatedCount: 4
                  reportingController: default-scheduler
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata: {name: d1}
                """;
        Parsing r = Parsing.run(new KubeResourceParser("Event"), "events.yaml", yaml);
        assertThat(r.only(KubeEvent.class)).extracting(KubeEvent::message, KubeEvent::count, KubeEvent::source,
                e -> e.involvedObject().name(), e -> e.location().line()).containsExactly(
                "0/2 nodes are available: 2 Insufficient hugepages-1Gi.", 4L, "default-scheduler", "p1", 8L);
        assertThat(r.diagnostics).singleElement().satisfies(d -> assertThat(d.message())
                .contains("other kinds left aside").contains("Deployment=1"));
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        Parsing r = Parsing.run(new KubeResourceParser("Node"), "nodes.yaml",
                "apiVersion: v1\nkind: Node\nmetadata:\n  name: [unclosed\n");
        assertThat(r.diagnostics).singleElement().satisfies(d -> assertThat(d.message()).startsWith("not valid YAML"));
    }

    @Test
    void largeListsAreStreamedItemByItem() {
        StringBuilder sb = new StringBuilder("apiVersion: v1\nitems:\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: p").append(i).append("\n    namespace: big\n")
                    .append("  spec:\n    containers:\n    - name: c\n      resources:\n        requests:\n")
                    .append("          memory: 64Mi\n  status:\n    phase: Running\n");
        }
        sb.append("kind: PodList\nmetadata: {}\n");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Parsing r = Parsing.run(new KubeResourceParser("Pod"), "namespaces/big/core/pods.yaml", bytes, Map.of());
        assertThat(r.diagnostics).isEmpty();
        assertThat(r.all(KubePod.class)).hasSize(20_000);
        KubePod last = r.all(KubePod.class).get(19_999);
        assertThat(last.name()).isEqualTo("p19999");
        assertThat(last.location().line()).isEqualTo(2 + 19_999 * 13 + 4);
        assertThat(last.excerpt()).isEqualTo("    name: p19999"); // the raw line, still in the bounded ring
    }

    @Test
    void aPodPastTheBudgetIsSkippedAndThePodsAfterItAreRead() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < JsonTrees.MAX_VALUES; i++) {
            big.append(i == 0 ? "" : ",").append('"').append(i).append('"');
        }
        String pod = "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"%s\",\"namespace\":\"n\"%s},"
                + "\"spec\":{\"containers\":[{\"name\":\"c\"}]},\"status\":{\"phase\":\"Running\"}}";
        String json = "{\"kind\":\"PodList\",\"items\":[\n" + String.format(pod, "first", "") + ",\n"
                + String.format(pod, "huge", ",\"annotations\":{\"a\":[" + big + "],\"b\":{\"c\":[1]}}") + ",\n"
                + String.format(pod, "after", "") + "\n]}";
        Parsing r = Parsing.run(new KubeResourceParser("Pod"), "pods.json", json);
        assertThat(r.all(KubePod.class)).extracting(KubePod::name).containsExactly("first", "after");
        assertThat(r.diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).isEqualTo("object larger than " + JsonTrees.budget() + ", skipped");
        });
    }
}
