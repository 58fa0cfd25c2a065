package dev.mga.core.kube;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.ParserOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The kube family: Kubernetes resources: nodes, pods, events, allocatable maps. An object's type
 * comes from its own {@code kind} (see {@link KubeShape}); objects stored without one (the Insights
 * operator's Node JSON) or pasted as a bare {@code status:} block are told by what their status holds.
 */
public final class KubeFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "kube";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                ArtifactType.declare("kube.node")
                        .describedAs("Kubernetes Node objects (YAML or JSON, single or list, or a Node's status block):"
                                + " must-gather core/nodes, Insights config/node, oc get nodes -o yaml|json")
                        .paths("**/cluster-scoped-resources/core/nodes/*.yaml", "**/cluster-scoped-resources/core/nodes.yaml",
                                "**/nodes.yaml", "**/nodes.json",
                                "**/config/node/*.json") // Insights archive (insights-operator gather of nodes), no kind
                        .sniffer(KubeFamily::node)
                        .parser(new KubeResourceParser("Node"))
                        .build(),
                ArtifactType.declare("kube.pod")
                        .describedAs("Kubernetes Pod objects (YAML or JSON, single or list, or a Pod's status block):"
                                + " must-gather core/pods.yaml, oc get pods -o yaml|json")
                        .paths("**/namespaces/*/core/pods.yaml", "**/namespaces/*/pods/*/*.yaml", "**/pods.yaml", "**/pods.json")
                        .sniffer(KubeFamily::pod)
                        .parser(new KubeResourceParser("Pod"))
                        .build(),
                ArtifactType.declare("kube.event")
                        .describedAs("Kubernetes Event objects (YAML or JSON, single or list): must-gather core/events.yaml,"
                                + " oc get events -o yaml|json")
                        .paths("**/namespaces/*/core/events.yaml", "**/events.yaml", "**/events.json")
                        .sniffer(s -> kubeText(s) && KubeShape.of(s).holds("Event"))
                        .parser(new KubeResourceParser("Event"))
                        .build(),
                ArtifactType.declare("kube.allocatable")
                        .describedAs("a node's allocatable map (oc get node X -o jsonpath={.status.allocatable} | jq)")
                        .sniffer(KubeFamily::allocatable)
                        .parser(new KubeAllocatableParser())
                        .build(),
                ArtifactType.declare("kube.kubelet-config")
                        .describedAs("KubeletConfig CRs and kubelet configuration files: reservations, eviction thresholds,"
                                + " topology and memory manager policies, reservedMemory")
                        .paths("**/cluster-scoped-resources/machineconfiguration.openshift.io/kubeletconfigs/*.yaml", // gather_ppc:209
                                "**/cluster-scoped-resources/machineconfiguration.openshift.io/kubeletconfigs.yaml",
                                "**/etc/kubernetes/kubelet.conf",       // sos kubernetes.py config_files "/etc/kubernetes" (OpenShift nodes)
                                "**/var/lib/kubelet/config.yaml",       // sos kubernetes.py:49
                                "**/kubeletconfig*.yaml", "**/kubelet-config*.yaml", "**/kubelet-config*.json")
                        .accepts(s -> holds(s, KUBELET_KINDS))
                        .sniffer(s -> holds(s, KUBELET_KINDS))
                        .sniffPriority(1)
                        .parser(new KubeResourceParser("KubeletConfiguration"))
                        .build(),
                ArtifactType.declare("kube.machine-config")
                        .describedAs("MachineConfigs (kernelArguments) and MachineConfigPools (which nodes they configure)")
                        .paths("**/cluster-scoped-resources/machineconfiguration.openshift.io/machineconfigs/*.yaml", // gather_ppc:209
                                "**/cluster-scoped-resources/machineconfiguration.openshift.io/machineconfigpools/*.yaml",
                                "**/cluster-scoped-resources/machineconfiguration.openshift.io/{machineconfigs,machineconfigpools}.yaml",
                                "**/machineconfig*.yaml", "**/*machine-config*.yaml")
                        .accepts(s -> holds(s, MC_KINDS))
                        .sniffer(s -> holds(s, MC_KINDS))
                        .sniffPriority(1)
                        .parser(new KubeResourceParser("MachineConfig"))
                        .build(),
                ArtifactType.declare("kube.performance-profile")
                        .describedAs("Node Tuning Operator PerformanceProfiles: huge pages per size and NUMA node")
                        .paths("**/cluster-scoped-resources/performance.openshift.io/performanceprofiles/*.yaml", // gather_ppc:201
                                "**/cluster-scoped-resources/performance.openshift.io/performanceprofiles.yaml",
                                "**/performance_profile*.yaml", "**/performanceprofile*.yaml")
                        .sniffer(s -> holds(s, List.of("PerformanceProfile")))
                        .sniffPriority(1)
                        .parser(new KubeResourceParser("PerformanceProfile"))
                        .build(),
                ArtifactType.declare("kube.nfd")
                        .describedAs("NodeFeatureDiscovery CRs: the nfd-worker configuration (labelSources, featureSources)")
                        .paths("**/namespaces/*/nfd.{openshift.io,k8s-sigs.io}/nodefeaturediscoveries/*.yaml", // gather_nfd:9
                                "**/namespaces/*/nfd.{openshift.io,k8s-sigs.io}/nodefeaturediscoveries.yaml",
                                "**/nodefeaturediscover*.yaml", "**/nfd-instance*.yaml")
                        .sniffer(KubeFamily::nfd)
                        .sniffPriority(1)
                        .parser(new KubeResourceParser("NodeFeatureDiscovery"))
                        .build());
    }

    private static final List<String> KUBELET_KINDS = List.of("KubeletConfig", "KubeletConfiguration");
    private static final List<String> MC_KINDS = List.of("MachineConfig", "MachineConfigPool");

    /** A NodeFeatureDiscovery CR, or the spec fragment of one (what `oc edit` shows): a workerConfig with configData. */
    private static boolean nfd(ContentSample s) {
        String t = s.text();
        return t.contains("workerConfig:") && t.contains("configData:")
                && (holds(s, List.of("NodeFeatureDiscovery")) || !t.contains("kind:"));
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new KubeSubjects.Nodes(), new KubeSubjects.Pods(), new KubeSubjects.Events());
    }

    @Override
    public List<ParserOption> options() {
        return List.of(new ParserOption(KubeAllocatableParser.NODE_OPTION, "worker-1", "the node of a pasted "
                + "allocatable map or Node status block when neither prompt nor path names it",
                "[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?"));
    }

    /** What a Node's status holds and a Pod's does not. */
    private static final String[] NODE_STATUS = {"allocatable", "capacity", "nodeInfo", "daemonEndpoints"};

    /**
     * A Node (or NodeList, or List of Nodes); a Node stored without apiVersion and kind (the Insights
     * operator's {@code config/node/<node>.json}); or a Node's {@code status:} block pasted alone.
     */
    static boolean node(ContentSample s) {
        if (!kubeText(s)) {
            return false;
        }
        KubeShape k = KubeShape.of(s);
        return k.holds("Node")
                || k.kindless() && k.hasRootKey("metadata") && k.hasStatusKey(NODE_STATUS)
                || k.statusOnly() && k.hasStatusKey(NODE_STATUS);
    }

    /** A Pod (or PodList, or List of Pods), or a Pod's {@code status:} block pasted alone (phase, reason, containers). */
    static boolean pod(ContentSample s) {
        if (!kubeText(s)) {
            return false;
        }
        KubeShape k = KubeShape.of(s);
        return k.holds("Pod")
                || k.statusOnly() && k.hasStatusKey("phase", "containerStatuses", "podIP", "qosClass")
                && !k.hasStatusKey(NODE_STATUS);
    }

    private static final Pattern RESOURCE =
            Pattern.compile("\"(?:cpu|memory|pods|ephemeral-storage|hugepages-\\w+)\"\\s*:\\s*\"");
    /** Keys of an object around the map: then it is a resource, not the map itself. */
    private static final String[] OBJECT_KEYS = {"metadata", "spec", "status", "kind", "apiVersion", "items"};

    /**
     * A JSON map naming cpu, memory and pods (after an optional prompt naming the node), whose keys
     * are resources: a Node stored without its kind has cpu and memory too, under status.
     */
    static boolean allocatable(ContentSample sample) {
        String text = sample.text();
        int brace = text.indexOf('{');
        if (brace < 0 || text.substring(0, brace).contains("\n{")) {
            return false;
        }
        String before = text.substring(0, brace);
        if (!before.isBlank() && !before.strip().startsWith("$") && !before.contains("get no")) {
            return false;
        }
        String json = text.substring(brace);
        return json.contains("\"cpu\"") && json.contains("\"memory\"") && json.contains("\"pods\"")
                && RESOURCE.matcher(json).find() && !KubeShape.json(text, brace).hasRootKey(OBJECT_KEYS);
    }

    /** A YAML or JSON object (or list) of one of {@code kinds}, by the object's own kind (see {@link KubeShape}). */
    static boolean holds(ContentSample s, List<String> kinds) {
        if (!s.text().contains("kind")) {
            return false;
        }
        KubeShape k = KubeShape.of(s);
        return kinds.stream().anyMatch(k::holds);
    }

    /** Cheap first test before the structure is read: every candidate names a kind or a status. */
    private static boolean kubeText(ContentSample s) {
        String t = s.text();
        return t.contains("kind") || t.contains("status");
    }
}
