package dev.mga.core.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.model.kube.KubePod;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.testing.Fixtures;
import dev.mga.core.testing.Parsing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which kube type a capture is, from the object's own kind (not a kind nested in it), and what the
 * parser makes of the shapes real captures have: empty lists, Nodes stored without their kind,
 * status blocks pasted alone.
 */
class KubeDetectionTest {

    private static final ArtifactTypes TYPES = ArtifactTypes.discover();
    private static final String EMPTY = "kube/empty-lists-csinode/capture/";

    private static ContentSample sample(String fixture) throws IOException {
        byte[] b = Files.readAllBytes(Fixtures.path(fixture));
        return new ContentSample(Arrays.copyOf(b, Math.min(b.length, 8192)), Math.min(b.length, 8192), b.length <= 8192);
    }

    /** The type detection gives a file under a neutral name (so the content decides). */
    private static Optional<String> sniffed(String fixture) throws IOException {
        return TYPES.detect("case-notes/paste.txt", sample(fixture)).map(d -> d.type().id());
    }

    @Test
    void aCsiNodeIsNotANodeThoughItsOwnerIs() throws IOException {
        String csinode = EMPTY + "cluster-scoped-resources/storage.k8s.io/csinodes/worker-0.ocp.example.com.yaml";
        KubeShape shape = KubeShape.of(sample(csinode));
        assertThat(shape.kinds()).containsExactly("CSINode");
        assertThat(shape.rootKeys()).contains("apiVersion", "kind", "metadata", "spec");
        assertThat(sniffed(csinode)).isEmpty();
        assertThat(TYPES.detect(csinode, sample(csinode))).isEmpty();
        assertThat(sniffed(EMPTY + "cluster-scoped-resources/core/nodes/worker-0.ocp.example.com.yaml")).hasValue("kube.node");
    }

    @Test
    void listItemsGiveTheirKindAndNestedKindsDoNot() throws IOException {
        // a PodList: the items' kind at the item's level; ownerReferences kinds below it are not the file's
        KubeShape pods = KubeShape.of(sample("kube/allocatable-short/capture/pods.yaml"));
        assertThat(pods.kinds()).containsExactlyInAnyOrder("List", "Pod"); // kubectl get -o yaml lists as "List"
        assertThat(sniffed("kube/allocatable-short/capture/pods.yaml")).hasValue("kube.pod");
        // an EventList: involvedObject.kind Pod is the event's subject, not its kind
        assertThat(KubeShape.of(sample("kube/allocatable-short/capture/events.yaml")).kinds()).containsExactlyInAnyOrder("List",
                "Event");
        assertThat(sniffed("kube/allocatable-short/capture/events.yaml")).hasValue("kube.event");
        // JSON: kubectl's NodeList, items' kinds at depth 3
        KubeShape nodes = KubeShape.of(sample("kube/allocatable-short/capture/nodes.json"));
        assertThat(nodes.kinds()).containsExactly("Node"); // the list's own kind comes after its items, past the sample
        assertThat(nodes.rootKeys()).contains("apiVersion", "items");
    }

    @Test
    void anEmptyListIsReadAndHoldsNothing() throws IOException {
        for (String f : new String[] {"namespaces/quiet/core/pods.yaml", "namespaces/quiet/core/events.yaml"}) {
            assertThat(KubeShape.of(sample(EMPTY + f)).kinds()).containsExactly("List");
            Parsing r = Parsing.fixture(new KubeResourceParser("Pod"), EMPTY + f);
            assertThat(r.records).isEmpty();
            assertThat(r.diagnostics).isEmpty();
            assertThat(r.nothingToRecord).as(f).isTrue();
        }
        Parsing blank = Parsing.run(new KubeResourceParser("Pod"), "pods.yaml", "");
        assertThat(blank.nothingToRecord).isTrue();
        assertThat(blank.diagnostics).isEmpty();
    }

    @Test
    void textThatIsNoObjectIsNotAnEmptyCapture() {
        Parsing r = Parsing.run(new KubeResourceParser("Pod"), "pods.yaml", "No resources found in quiet namespace.\n");
        assertThat(r.nothingToRecord).isFalse();
        assertThat(r.records).isEmpty();
        assertThat(r.diagnostics).singleElement().satisfies(d -> assertThat(d.message()).contains("is not a Kubernetes object"));
    }

    @Test
    void aNodeStoredWithoutItsKindIsANodeNotAnAllocatableMap() throws IOException {
        String insights = "real-world/kube/io-sample-node-worker-json-healthy/"
                + "worker-0.imeixner20210707.lab.upshift.rdu2.redhat.com.json";
        KubeShape shape = KubeShape.of(sample(insights));
        assertThat(shape.kindless()).isTrue();
        assertThat(shape.rootKeys()).containsExactlyInAnyOrder("metadata", "spec", "status");
        assertThat(shape.statusKeys()).contains("capacity", "allocatable", "conditions", "nodeInfo");
        assertThat(KubeFamily.allocatable(sample(insights))).isFalse();
        assertThat(sniffed(insights)).hasValue("kube.node");
        // the seed's bare allocatable map stays one
        assertThat(sniffed("kube/seed-allocatable/capture/case-notes/allocatable.txt")).hasValue("kube.allocatable");
    }

    @Test
    void aNodeStatusBlockPastedAloneIsReadAsTheNodesAllocatable() throws IOException {
        String fragment = "real-world/kube/k8s-99945-node-status-allocatable-fragment/paste.yaml";
        assertThat(KubeShape.of(sample(fragment)).statusOnly()).isTrue();
        assertThat(sniffed(fragment)).hasValue("kube.node");
        byte[] b = Files.readAllBytes(Fixtures.path(fragment));
        KubeNode n = Parsing.run(new KubeResourceParser("Node"), "paste.yaml", b, java.util.Map.of("kube.node", "worker-7"), "")
                .only(KubeNode.class);
        assertThat(n.name()).isEqualTo("worker-7"); // named by the option when neither path nor paste does
        assertThat(n.allocatable("memory").text()).isEqualTo("2784868Ki");
        assertThat(n.capacity().get("cpu").text()).isEqualTo("4");
        assertThat(n.location().line()).isEqualTo(3);
        assertThat(n.excerpt()).isEqualTo("    cpu: \"2\"");
    }

    @Test
    void aPodStatusBlockShowsTheEviction() throws IOException {
        String fragment = "real-world/kube/k8s-48632-pod-status-evicted-memorypressure/paste.yaml";
        assertThat(sniffed(fragment)).hasValue("kube.pod");
        KubePod p = Parsing.fixture(new KubeResourceParser("Pod"), fragment).only(KubePod.class);
        assertThat(p.evicted()).isTrue();
        assertThat(p.evictionResource()).isEqualTo("MemoryPressure");
        assertThat(p.active()).isFalse();
        assertThat(p.excerpt()).isEqualTo("  reason: Evicted");
        assertThat(p.location().line()).isEqualTo(4);
    }

    @Test
    void aBareObjectWithoutKindOrPartsIsNotTakenForTheFilesKind() {
        Parsing r = Parsing.run(new KubeResourceParser("Node"), "nodes.json", "{}".getBytes(StandardCharsets.UTF_8),
                java.util.Map.of());
        assertThat(r.records).isEmpty();
        assertThat(r.nothingToRecord).isFalse();
        assertThat(r.diagnostics).singleElement().satisfies(d -> assertThat(d.message()).contains("(no kind)"));
    }

    @Test
    void aPromptBeforeTheYamlIsSkippedAndLinesStayTheCaptures() throws IOException {
        String paste = "real-world/kube/syaning-node-yaml-with-prompt-no-status/paste.txt";
        assertThat(sniffed(paste)).hasValue("kube.node");
        Parsing r = Parsing.fixture(new KubeResourceParser("Node"), paste);
        assertThat(r.diagnostics).isEmpty();
        KubeNode n = r.only(KubeNode.class);
        assertThat(n.name()).isEqualTo("test-01");
        assertThat(n.location().line()).isEqualTo(10); // the capture's own line numbers, prompt included
        assertThat(n.excerpt()).isEqualTo("  name: test-01");
    }

    @Test
    void getCommandLinesButNotYaml() {
        assertThat(KubeResourceParser.getCommand("$ kubectl get node test-01 -oyaml")).isTrue();
        assertThat(KubeResourceParser.getCommand("[root@master-0 ~]# oc get nodes -o yaml")).isTrue();
        assertThat(KubeResourceParser.getCommand("kubectl get pods -o json")).isTrue();
        assertThat(KubeResourceParser.getCommand("user@host:~$ /usr/local/bin/kubectl get no -o yaml")).isTrue();
        assertThat(KubeResourceParser.getCommand("apiVersion: v1")).isFalse();
        assertThat(KubeResourceParser.getCommand("command: kubectl get pods")).isFalse();
        assertThat(KubeResourceParser.getCommand("- kubectl get pods")).isFalse();
        assertThat(KubeResourceParser.getCommand("kubectl describe node x")).isFalse();
    }
}
