package dev.mga.core.kube;

import dev.mga.core.model.Quantity;
import dev.mga.core.model.kube.KubeContainer;
import dev.mga.core.model.kube.KubeEvent;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.model.kube.KubeObjectRef;
import dev.mga.core.model.kube.KubePod;
import dev.mga.core.model.kube.ResourceLine;
import dev.mga.core.parse.Numbers;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps one object read by {@link dev.mga.core.parse.JsonTrees} ({@link LocatedNodes}) to its record ({@link KubeNode}, {@link KubePod},
 * {@link KubeEvent}), with the lines worth citing. Quantities are parsed as Kubernetes does; a bad
 * one is reported and left out.
 */
final class KubeObjects {

    private final ParseInput input;
    private final ParseContext context;
    private final LineRecordingReader lines;

    private final NodeConfigObjects configs;

    KubeObjects(ParseInput input, ParseContext context, LineRecordingReader lines) {
        this.input = input;
        this.context = context;
        this.lines = lines;
        this.configs = new NodeConfigObjects(this, input, context);
    }

    /** The record for an object of kind Node, Pod, Event or a node configuration kind; empty for other kinds. */
    Optional<Object> map(Map<String, Object> o, String kind) {
        return switch (kind) {
            case "Node" -> Optional.of(node(o));
            case "Pod" -> Optional.of(pod(o));
            case "Event" -> Optional.of(event(o));
            default -> configs.map(o, kind);
        };
    }

    KubeNode node(Map<String, Object> o) {
        Map<String, String> labels = strings(at(o, "metadata", "labels"));
        String arch = text(at(o, "status", "nodeInfo", "architecture"));
        List<String> taints = new ArrayList<>();
        for (Object t : list(at(o, "spec", "taints"))) {
            String value = text(at(t, "value"));
            taints.add(text(at(t, "key")) + (value.isEmpty() ? "" : "=" + value) + ":" + text(at(t, "effect")));
        }
        Map<String, String> conditions = new LinkedHashMap<>();
        for (Object c : list(at(o, "status", "conditions"))) {
            conditions.put(text(at(c, "type")), text(at(c, "status")));
        }
        Map<String, ResourceLine> allocLines = new LinkedHashMap<>();
        Scalar name = scalar(at(o, "metadata", "name"));
        return new KubeNode(text(name), labels, arch.isEmpty() ? labels.getOrDefault("kubernetes.io/arch", "") : arch,
                text(at(o, "status", "nodeInfo", "kernelVersion")), text(at(o, "status", "nodeInfo", "kubeletVersion")),
                "true".equals(text(at(o, "spec", "unschedulable"))), taints, conditions,
                quantities(at(o, "status", "capacity"), new LinkedHashMap<>()),
                quantities(at(o, "status", "allocatable"), allocLines), allocLines,
                input.location(lineOf(name)), excerpt(name));
    }

    /** A node that is only its allocatable map ({@code oc get node X -o jsonpath={.status.allocatable}}). */
    KubeNode allocatableOnly(String nodeName, Object allocatable, long firstLine) {
        Map<String, ResourceLine> allocLines = new LinkedHashMap<>();
        Map<String, Quantity> alloc = quantities(allocatable, allocLines);
        return new KubeNode(nodeName, Map.of(), "", "", "", false, List.of(), Map.of(), Map.of(), alloc, allocLines,
                input.location(firstLine), lines.text(firstLine));
    }

    KubePod pod(Map<String, Object> o) {
        List<KubeContainer> containers = new ArrayList<>();
        for (Object c : list(at(o, "spec", "containers"))) {
            containers.add(container(c, false));
        }
        for (Object c : list(at(o, "spec", "initContainers"))) {
            containers.add(container(c, true));
        }
        String unschedulable = "";
        for (Object c : list(at(o, "status", "conditions"))) {
            if (text(at(c, "type")).equals("PodScheduled") && text(at(c, "status")).equals("False")) {
                unschedulable = text(at(c, "message"));
            }
        }
        String owner = "";
        for (Object r : list(at(o, "metadata", "ownerReferences"))) {
            if (owner.isEmpty() || "true".equals(text(at(r, "controller")))) {
                owner = text(at(r, "kind")) + "/" + text(at(r, "name"));
            }
        }
        Scalar name = scalar(at(o, "metadata", "name"));
        return new KubePod(text(at(o, "metadata", "namespace")), text(name), strings(at(o, "metadata", "labels")), owner,
                text(at(o, "spec", "nodeName")), text(at(o, "status", "nominatedNodeName")), PodPlacement.requiredNode(o),
                PodPlacement.requiredLabels(o),
                text(at(o, "status", "phase")), text(at(o, "status", "reason")), text(at(o, "status", "message")),
                unschedulable, containers, input.location(lineOf(name)), excerpt(name));
    }

    private KubeContainer container(Object c, boolean init) {
        Map<String, ResourceLine> reqLines = new LinkedHashMap<>();
        Map<String, ResourceLine> limLines = new LinkedHashMap<>();
        Map<String, Quantity> requests = quantities(at(c, "resources", "requests"), reqLines);
        Map<String, Quantity> limits = quantities(at(c, "resources", "limits"), limLines);
        return new KubeContainer(text(at(c, "name")), text(at(c, "image")), init, requests, limits, reqLines, limLines);
    }

    KubeEvent event(Map<String, Object> o) {
        // events.k8s.io/v1 names the core/v1 fields regarding, note, deprecatedCount…
        Object ref = at(o, "involvedObject") != null ? at(o, "involvedObject") : at(o, "regarding");
        Scalar message = scalar(at(o, "message") != null ? at(o, "message") : at(o, "note"));
        String count = firstText(o, "count", "deprecatedCount");
        String last = firstText(o, "lastTimestamp", "deprecatedLastTimestamp", "eventTime");
        String component = firstText(o, "source.component", "reportingComponent", "reportingController");
        String host = firstText(o, "source.host", "deprecatedSource.host");
        Scalar anchor = message != null ? message : scalar(at(o, "metadata", "name"));
        return new KubeEvent(text(at(o, "metadata", "namespace")), text(at(o, "metadata", "name")), text(at(o, "type")),
                text(at(o, "reason")), text(message),
                new KubeObjectRef(text(at(ref, "kind")), text(at(ref, "namespace")), text(at(ref, "name")),
                        text(at(ref, "fieldPath"))),
                count(count), firstText(o, "firstTimestamp", "deprecatedFirstTimestamp"),
                last, host.isEmpty() ? component : component + " " + host, input.location(lineOf(anchor)), excerpt(anchor));
    }

    /** An event's count: digits within 64 bits, else 1 (the event happened at least once). */
    private static long count(String text) {
        long v = text.length() > 18 ? -1 : Numbers.whole(text);
        return v < 0 ? 1 : v;
    }

    Map<String, Quantity> quantities(Object map, Map<String, ResourceLine> lineOut) {
        Map<String, Quantity> out = new LinkedHashMap<>();
        if (!(map instanceof Map<?, ?> m)) {
            return out;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Scalar s = scalar(e.getValue());
            String key = String.valueOf(e.getKey());
            Optional<Quantity> q = s == null || s.text() == null ? Optional.empty() : Units.tryQuantity(s.text());
            if (q.isEmpty()) {
                context.diagnostic(lineOf(s), "not a Kubernetes quantity for " + key
                        + " (expected e.g. 4Gi, 7500m, 28069952Ki, 115586611009)");
                continue;
            }
            out.put(key, q.get());
            lineOut.put(key, new ResourceLine(input.location(s.line()), excerpt(s)));
        }
        return out;
    }

    String excerpt(Scalar s) {
        return s == null ? "" : lines.text(s.line());
    }

    static long lineOf(Scalar s) {
        return s == null ? 0 : s.line();
    }

    private static String firstText(Map<String, Object> o, String... dottedPaths) {
        for (String p : dottedPaths) {
            String t = text(at(o, p.split("\\.")));
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    static Object at(Object node, String... path) {
        Object cur = node;
        for (String key : path) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(key);
        }
        return cur;
    }

    static Scalar scalar(Object node) {
        return node instanceof Scalar s ? s : null;
    }

    static String text(Object node) {
        return node instanceof Scalar s && s.text() != null ? s.text() : "";
    }

    static List<?> list(Object node) {
        return node instanceof List<?> l ? l : List.of();
    }

    static Map<String, String> strings(Object node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), text(v)));
        }
        return out;
    }
}
