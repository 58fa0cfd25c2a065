package dev.mga.core.model.kube;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.Quantity;
import java.util.List;
import java.util.Map;

/**
 * A kubelet configuration: an OpenShift {@code KubeletConfig} CR ({@code machineconfiguration.openshift.io/v1},
 * its {@code spec.kubeletConfig}) or a kubelet's own {@code KubeletConfiguration} file
 * ({@code /etc/kubernetes/kubelet.conf}, {@code /var/lib/kubelet/config.yaml}). Zero values ({@code 0s}, empty maps)
 * the operator renders are "not set".
 *
 * @param name          metadata.name, or "" for a file
 * @param kind          {@code KubeletConfig} or {@code KubeletConfiguration}
 * @param poolSelector  the CR's {@code machineConfigPoolSelector.matchLabels}, empty for a file
 * @param reservations  what the kubelet keeps back from pods
 * @param policies      the resource manager policies
 * @param reservedMemory {@code reservedMemory}: per NUMA node, what the memory manager reserves
 * @param lines         the line of each setting worth citing ({@code systemReserved.memory}, {@code evictionHard.memory.available} …)
 * @param location      the name's line (the kind's for a file)
 * @param excerpt       that line
 */
public record KubeletConfig(String name, String kind, Map<String, String> poolSelector, Reservations reservations,
                            Policies policies, List<ReservedMemory> reservedMemory, Map<String, ResourceLine> lines,
                            Location location, String excerpt) implements Located {

    public KubeletConfig {
        poolSelector = Ordered.copy(poolSelector);
        reservedMemory = List.copyOf(reservedMemory);
        lines = Ordered.copy(lines);
    }

    /**
     * @param systemReserved {@code systemReserved}: resource → quantity
     * @param kubeReserved   {@code kubeReserved}
     * @param evictionHard   {@code evictionHard}: signal → threshold as written ({@code 100Mi}, {@code 10%})
     * @param evictionSoft   {@code evictionSoft}
     */
    public record Reservations(Map<String, Quantity> systemReserved, Map<String, Quantity> kubeReserved,
                               Map<String, String> evictionHard, Map<String, String> evictionSoft) {
        public Reservations {
            systemReserved = Ordered.copy(systemReserved);
            kubeReserved = Ordered.copy(kubeReserved);
            evictionHard = Ordered.copy(evictionHard);
            evictionSoft = Ordered.copy(evictionSoft);
        }
    }

    /** {@code topologyManagerPolicy}, {@code memoryManagerPolicy}, {@code cpuManagerPolicy}, {@code reservedSystemCPUs}; "" when unset. */
    public record Policies(String topologyManager, String memoryManager, String cpuManager, String reservedSystemCpus) {
    }

    /** One {@code reservedMemory} entry: a NUMA node and what is reserved on it ({@code memory}, {@code hugepages-1Gi}). */
    public record ReservedMemory(int numaNode, Map<String, Quantity> limits) {
        public ReservedMemory {
            limits = Ordered.copy(limits);
        }
    }
}
