package dev.mga.core.kube;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.spi.FactSubject;
import dev.mga.core.spi.ParserOption;
import java.util.List;

/** The kube family: Kubernetes resources: nodes, pods, events, allocatable maps. */
public final class KubeFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "kube";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                new KubeNodeType(),
                new KubePodType(),
                new KubeEventType(),
                new KubeAllocatableType(),
                ArtifactType.declare("kube.kubelet-config")
                        .describedAs("KubeletConfig CRs and kubelet configuration files: reservations, eviction thresholds,"
                                + " topology and memory manager policies, reservedMemory")
                        .paths("**/cluster-scoped-resources/machineconfiguration.openshift.io/kubeletconfigs/*.yaml", // gather_ppc:209
                                "**/cluster-scoped-resources/machineconfiguration.openshift.io/kubeletconfigs.yaml",
                                "**/etc/kubernetes/kubelet.conf",       // sos kubernetes.py config_files "/etc/kubernetes" (OpenShift nodes)
                                "**/var/lib/kubelet/config.yaml",       // sos kubernetes.py:49
                                "**/kubeletconfig*.yaml", "**/kubelet-config*.yaml", "**/kubelet-config*.json")
                        .accepts(s -> KubeResourceType.names(s, KUBELET_KINDS, "apiVersion", List.of()))
                        .sniffer(s -> KubeResourceType.names(s, KUBELET_KINDS, "apiVersion", List.of()))
                        .sniffPriority(1)
                        .parser(new KubeResourceParser("KubeletConfiguration"))
                        .build(),
                ArtifactType.declare("kube.machine-config")
                        .describedAs("MachineConfigs (kernelArguments) and MachineConfigPools (which nodes they configure)")
                        .paths("**/cluster-scoped-resources/machineconfiguration.openshift.io/machineconfigs/*.yaml", // gather_ppc:209
                                "**/cluster-scoped-resources/machineconfiguration.openshift.io/machineconfigpools/*.yaml",
                                "**/cluster-scoped-resources/machineconfiguration.openshift.io/{machineconfigs,machineconfigpools}.yaml",
                                "**/machineconfig*.yaml", "**/*machine-config*.yaml")
                        .accepts(s -> KubeResourceType.names(s, MC_KINDS, "apiVersion", List.of()))
                        .sniffer(s -> KubeResourceType.names(s, MC_KINDS, "apiVersion", List.of()))
                        .sniffPriority(1)
                        .parser(new KubeResourceParser("MachineConfig"))
                        .build(),
                ArtifactType.declare("kube.performance-profile")
                        .describedAs("Node Tuning Operator PerformanceProfiles: huge pages per size and NUMA node")
                        .paths("**/cluster-scoped-resources/performance.openshift.io/performanceprofiles/*.yaml", // gather_ppc:201
                                "**/cluster-scoped-resources/performance.openshift.io/performanceprofiles.yaml",
                                "**/performance_profile*.yaml", "**/performanceprofile*.yaml")
                        .sniffer(s -> KubeResourceType.names(s, List.of("PerformanceProfile"), "spec", List.of()))
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
                && (KubeResourceType.names(s, List.of("NodeFeatureDiscovery"), "spec", List.of()) || !t.contains("kind:"));
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new KubeSubjects.Nodes(), new KubeSubjects.Pods(), new KubeSubjects.Events());
    }

    @Override
    public List<ParserOption> options() {
        return List.of(new ParserOption(KubeAllocatableParser.NODE_OPTION, "worker-1", "the node of a pasted "
                + "allocatable map when neither prompt nor path names it", "[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?"));
    }
}
