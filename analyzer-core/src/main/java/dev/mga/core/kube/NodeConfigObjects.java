package dev.mga.core.kube;

import static dev.mga.core.kube.KubeObjects.at;
import static dev.mga.core.kube.KubeObjects.list;
import static dev.mga.core.kube.KubeObjects.scalar;
import static dev.mga.core.kube.KubeObjects.strings;
import static dev.mga.core.kube.KubeObjects.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mga.core.model.Quantity;
import dev.mga.core.model.kube.KubeletConfig;
import dev.mga.core.model.kube.MachineConfig;
import dev.mga.core.model.kube.MachineConfigPool;
import dev.mga.core.model.kube.NfdWorkerConfig;
import dev.mga.core.model.kube.PerformanceProfile;
import dev.mga.core.model.kube.ResourceLine;
import dev.mga.core.parse.Numbers;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the objects that configure a node's memory to their records: {@code KubeletConfig} CRs and kubelet
 * {@code KubeletConfiguration} files, {@code MachineConfig}s (kernel arguments), {@code MachineConfigPool}s,
 * {@code PerformanceProfile}s (huge pages) and {@code NodeFeatureDiscovery} CRs (the nfd-worker configuration).
 */
final class NodeConfigObjects {

    static final List<String> KINDS = List.of("KubeletConfig", "KubeletConfiguration", "MachineConfig",
            "MachineConfigPool", "PerformanceProfile", "NodeFeatureDiscovery");
    /** configData is a small YAML document; a larger string is not an nfd-worker configuration. */
    static final int MAX_CONFIG_DATA = 1 << 20;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final KubeObjects kube;
    private final ParseInput input;
    private final ParseContext context;

    NodeConfigObjects(KubeObjects kube, ParseInput input, ParseContext context) {
        this.kube = kube;
        this.input = input;
        this.context = context;
    }

    Optional<Object> map(Map<String, Object> o, String kind) {
        return switch (kind) {
            case "KubeletConfig" -> Optional.of(kubelet(at(o, "spec", "kubeletConfig"), o, kind));
            case "KubeletConfiguration" -> Optional.of(kubelet(o, o, kind));
            case "MachineConfig" -> Optional.of(machineConfig(o));
            case "MachineConfigPool" -> Optional.of(pool(o));
            case "PerformanceProfile" -> Optional.of(profile(o));
            case "NodeFeatureDiscovery" -> nfd(o);
            default -> Optional.empty();
        };
    }

    private KubeletConfig kubelet(Object config, Map<String, Object> o, String kind) {
        Map<String, ResourceLine> lines = new LinkedHashMap<>();
        Map<String, ResourceLine> sys = new LinkedHashMap<>();
        Map<String, ResourceLine> kubeRes = new LinkedHashMap<>();
        Map<String, Quantity> systemReserved = kube.quantities(at(config, "systemReserved"), sys);
        Map<String, Quantity> kubeReserved = kube.quantities(at(config, "kubeReserved"), kubeRes);
        sys.forEach((k, v) -> lines.put("systemReserved." + k, v));
        kubeRes.forEach((k, v) -> lines.put("kubeReserved." + k, v));
        Map<String, String> hard = thresholds(at(config, "evictionHard"), "evictionHard", lines);
        Map<String, String> soft = thresholds(at(config, "evictionSoft"), "evictionSoft", lines);
        List<KubeletConfig.ReservedMemory> reserved = new ArrayList<>();
        for (Object r : list(at(config, "reservedMemory"))) {
            Map<String, ResourceLine> rl = new LinkedHashMap<>();
            int node = (int) Math.max(-1, Math.min(Integer.MAX_VALUE, whole(text(at(r, "numaNode")))));
            reserved.add(new KubeletConfig.ReservedMemory(node, kube.quantities(at(r, "limits"), rl)));
            rl.forEach((k, v) -> lines.put("reservedMemory." + node + "." + k, v));
        }
        for (String policy : List.of("topologyManagerPolicy", "memoryManagerPolicy", "cpuManagerPolicy")) {
            Scalar s = scalar(at(config, policy));
            if (s != null && s.text() != null) {
                lines.put(policy, new ResourceLine(input.location(s.line()), kube.excerpt(s)));
            }
        }
        Scalar anchor = scalar(at(o, "metadata", "name")) != null ? scalar(at(o, "metadata", "name")) : scalar(at(o, "kind"));
        return new KubeletConfig(text(at(o, "metadata", "name")), kind,
                strings(at(o, "spec", "machineConfigPoolSelector", "matchLabels")),
                new KubeletConfig.Reservations(systemReserved, kubeReserved, hard, soft),
                new KubeletConfig.Policies(text(at(config, "topologyManagerPolicy")), text(at(config, "memoryManagerPolicy")),
                        text(at(config, "cpuManagerPolicy")), text(at(config, "reservedSystemCPUs"))),
                reserved, lines, input.location(KubeObjects.lineOf(anchor)), kube.excerpt(anchor));
    }

    private Map<String, String> thresholds(Object map, String field, Map<String, ResourceLine> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Scalar s = scalar(e.getValue());
                if (s != null && s.text() != null) {
                    out.put(String.valueOf(e.getKey()), s.text());
                    lines.put(field + "." + e.getKey(), new ResourceLine(input.location(s.line()), kube.excerpt(s)));
                }
            }
        }
        return out;
    }

    private MachineConfig machineConfig(Map<String, Object> o) {
        List<String> args = new ArrayList<>();
        List<ResourceLine> lines = new ArrayList<>();
        for (Object a : list(at(o, "spec", "kernelArguments"))) {
            Scalar s = scalar(a);
            if (s != null && s.text() != null) {
                args.add(s.text());
                lines.add(new ResourceLine(input.location(s.line()), kube.excerpt(s)));
            }
        }
        Scalar name = scalar(at(o, "metadata", "name"));
        return new MachineConfig(text(name), text(at(o, "metadata", "labels", "machineconfiguration.openshift.io/role")),
                args, lines, input.location(KubeObjects.lineOf(name)), kube.excerpt(name));
    }

    private MachineConfigPool pool(Map<String, Object> o) {
        String updated = "";
        for (Object c : list(at(o, "status", "conditions"))) {
            if (text(at(c, "type")).equals("Updated")) {
                updated = text(at(c, "status"));
            }
        }
        Scalar name = scalar(at(o, "metadata", "name"));
        return new MachineConfigPool(text(name), strings(at(o, "metadata", "labels")),
                strings(at(o, "spec", "nodeSelector", "matchLabels")), updated, input.location(KubeObjects.lineOf(name)),
                kube.excerpt(name));
    }

    private PerformanceProfile profile(Map<String, Object> o) {
        List<PerformanceProfile.Pages> pages = new ArrayList<>();
        for (Object p : list(at(o, "spec", "hugepages", "pages"))) {
            Scalar count = scalar(at(p, "count"));
            String node = text(at(p, "node"));
            String size = text(at(p, "size"));
            Scalar anchor = count != null ? count : scalar(at(p, "size"));
            pages.add(new PerformanceProfile.Pages(size, pageSize(size), Math.max(0, whole(text(count))),
                    node.isEmpty() ? -1 : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, whole(node))),
                    new ResourceLine(input.location(KubeObjects.lineOf(anchor)), kube.excerpt(anchor))));
        }
        Scalar name = scalar(at(o, "metadata", "name"));
        return new PerformanceProfile(text(name), strings(at(o, "spec", "nodeSelector")),
                text(at(o, "spec", "hugepages", "defaultHugepagesSize")), pages, input.location(KubeObjects.lineOf(name)),
                kube.excerpt(name));
    }

    /** The page sizes a PerformanceProfile accepts: {@code 2M}, {@code 1G} (x86), {@code 16M}, {@code 512M} (ppc64le, arm64). */
    static long pageSize(String size) {
        Optional<Quantity> q = Units.tryQuantity(size.endsWith("M") || size.endsWith("G") ? size + "i" : size);
        return q.isPresent() && q.get().value().signum() > 0 && q.get().value().scale() <= 0 ? q.get().longValue() : 0;
    }

    /** The nfd-worker configuration inside {@code spec.workerConfig.configData}; empty (reported) when it is not YAML. */
    private Optional<Object> nfd(Map<String, Object> o) {
        Scalar data = scalar(at(o, "spec", "workerConfig", "configData"));
        if (data == null || data.text() == null) {
            return Optional.empty();
        }
        List<String> labelSources = new ArrayList<>();
        List<String> featureSources = new ArrayList<>();
        if (data.text().length() > MAX_CONFIG_DATA) {
            context.diagnostic(data.line(), "workerConfig.configData larger than 1 MiB, not read");
            return Optional.empty();
        }
        try {
            JsonNode core = YAML.readTree(data.text()).path("core");
            sources(core.has("labelSources") ? core.path("labelSources") : core.path("sources"), labelSources);
            sources(core.path("featureSources"), featureSources);
        } catch (IOException | RuntimeException e) {
            context.diagnostic(data.line(), "workerConfig.configData is not YAML (expected the nfd-worker configuration)");
            return Optional.empty();
        }
        return Optional.of(new NfdWorkerConfig(text(at(o, "metadata", "namespace")), text(at(o, "metadata", "name")),
                labelSources, featureSources, input.location(data.line()), kube.excerpt(data)));
    }

    private static void sources(JsonNode node, List<String> out) {
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            for (String s : node.asText().split(",")) {
                out.add(s.strip());
            }
        }
    }

    private static long whole(String text) {
        return text.length() <= 9 ? Numbers.whole(text) : -1;
    }
}
