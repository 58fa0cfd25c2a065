package dev.mga.core;

import dev.mga.core.model.Artifact;
import dev.mga.core.model.ArtifactStatus;
import dev.mga.core.model.CaptureFacts;
import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.CaptureTime;
import dev.mga.core.model.Completeness;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.capture.ClusterInfrastructure;
import dev.mga.core.model.capture.ClusterVersionInfo;
import dev.mga.core.model.kube.KubeCluster;
import dev.mga.core.model.kube.KubeNode;
import dev.mga.core.parse.ArtifactDispatcher;
import dev.mga.core.source.InputReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sums up one input once it has been read: how completely (complete, partial, nothing
 * recognised, with the reasons) and what the capture says of itself (time, cluster, root folder).
 */
final class InputSummaries {

    /** Top-level folders of a must-gather image folder and of a sosreport: the folder above them is the capture root. */
    private static final Set<String> CAPTURE_TOP = Set.of("cluster-scoped-resources", "namespaces", "nodes",
            "host_service_logs", "etcd_info", "monitoring", "network_logs", "ingress_controllers", "pod_network_connectivity_check",
            "sos_commands", "sos_reports", "sos_logs", "sos_strings");
    private static final List<String> ARCHIVE_NAMES = List.of(".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.zst", ".tar.bz2",
            ".tbz2", ".tar", ".zip", ".gz", ".xz", ".zst", ".bz2");
    /** Gaps named in the reasons; the rest are counted. */
    private static final int GAPS_SHOWN = 3;

    private InputSummaries() {
    }

    static InputSummary of(String name, InputReader.Outcome outcome, ArtifactDispatcher d, CaptureModel model) {
        long parsed = 0;
        long failed = 0;
        long skipped = 0;
        long judged = 0;
        for (Artifact a : d.artifacts()) {
            switch (a.status()) {
                case PARSED -> {
                    parsed++;
                    judged += a.type().startsWith("capture.") ? 0 : 1;
                }
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
                default -> { }
            }
        }
        Completeness completeness = completeness(name, outcome, d, parsed, judged, failed);
        return new InputSummary(name, outcome.kind(), outcome.readable(), outcome.bytes(), outcome.entries(),
                parsed, failed, skipped, d.unknownCount(), d.emptyCount(), d.unknownSample(), completeness,
                facts(d.artifacts(), model));
    }

    private static Completeness completeness(String name, InputReader.Outcome outcome, ArtifactDispatcher d,
                                             long parsed, long judged, long failed) {
        List<String> gaps = new ArrayList<>();
        for (InputReader.Gap g : outcome.gaps().subList(0, Math.min(GAPS_SHOWN, outcome.gaps().size()))) {
            gaps.add(g.path().isEmpty() ? g.reason() : g.path() + ": " + g.reason());
        }
        if (outcome.gapCount() > GAPS_SHOWN) {
            gaps.add((outcome.gapCount() - GAPS_SHOWN) + " more part" + (outcome.gapCount() - GAPS_SHOWN == 1 ? "" : "s")
                    + " could not be read (see the diagnostics)");
        }
        if (!outcome.readable()) {
            return new Completeness(Completeness.Status.NOTHING_RECOGNISED, gaps.isEmpty() ? List.of("cannot be read") : gaps);
        }
        if (judged == 0) {
            List<String> why = new ArrayList<>();
            why.add(nothingRecognised(name, outcome, d, parsed, failed));
            why.addAll(gaps);
            return new Completeness(Completeness.Status.NOTHING_RECOGNISED, why);
        }
        if (outcome.gapCount() > 0) {
            return new Completeness(Completeness.Status.PARTIAL, gaps);
        }
        return Completeness.complete();
    }

    private static String nothingRecognised(String name, InputReader.Outcome outcome, ArtifactDispatcher d, long parsed,
                                            long failed) {
        String lower = name.toLowerCase(Locale.ROOT);
        String ext = ARCHIVE_NAMES.stream().filter(lower::endsWith).findFirst().orElse(null);
        if (outcome.kind().equals("file") && ext != null) {
            return "named like a " + ext + " archive, but its content is not one"
                    + (outcome.entries() > 0 && d.emptyCount() == outcome.entries() ? " (it is empty)" : "");
        }
        if (outcome.entries() == 0) {
            if (outcome.gapCount() > 0) {
                return "nothing could be read from it";
            }
            return outcome.kind().equals("directory") ? "empty folder: no file in it" : "no file in it";
        }
        if (d.emptyCount() == outcome.entries()) {
            return outcome.entries() == 1 ? "empty file (0 bytes)" : "all " + outcome.entries() + " files are empty";
        }
        if (parsed > 0) {
            return "only capture metadata (time, cluster identity) was recognised: nothing the rules judge";
        }
        if (failed > 0) {
            return failed + " entr" + (failed == 1 ? "y was" : "ies were") + " recognised by name but nothing could be read from "
                    + (failed == 1 ? "it" : "them") + (d.unknownCount() > 0 ? "; " + unknown(d) : "");
        }
        return unknown(d);
    }

    private static String unknown(ArtifactDispatcher d) {
        long n = d.unknownCount();
        return (n == 1 ? "its only entry is not" : "none of its " + n + " entries is") + " a capture mga knows"
                + (d.unknownSample().isEmpty() ? "" : " (e.g. " + String.join(", ", d.unknownSample().subList(0,
                Math.min(3, d.unknownSample().size()))) + ")") + "; see 'mga types'";
    }

    private static CaptureFacts facts(List<Artifact> artifacts, CaptureModel model) {
        CaptureTime time = model.all(CaptureTime.class).stream().max(Comparator.comparing(CaptureTime::at)).orElse(null);
        ClusterVersionInfo version = model.all(ClusterVersionInfo.class).stream()
                .filter(v -> !v.clusterId().isEmpty() || !v.desiredVersion().isEmpty()).findFirst().orElse(null);
        ClusterInfrastructure infra = model.all(ClusterInfrastructure.class).stream()
                .filter(i -> !i.platform().isEmpty()).findFirst().orElse(null);
        String current = version == null ? "" : version.completedVersion();
        String updating = version != null && version.updating() ? version.desiredVersion() : "";
        List<KubeNode> nodes = KubeCluster.of(model).nodes();
        Map<String, Long> roles = new LinkedHashMap<>();
        Map<String, Long> archs = new LinkedHashMap<>();
        for (KubeNode n : nodes) {
            n.labels().keySet().stream().filter(k -> k.startsWith(ROLE_LABEL) && k.length() > ROLE_LABEL.length())
                    .forEach(k -> roles.merge(k.substring(ROLE_LABEL.length()), 1L, Long::sum));
            if (!n.architecture().isEmpty()) {
                archs.merge(n.architecture(), 1L, Long::sum);
            }
        }
        List<String> history = version == null ? List.of() : version.history().stream()
                .map(h -> (h.version() + " " + h.state() + " " + h.completionTime()).strip()).toList();
        return new CaptureFacts(root(artifacts), time == null ? "" : time.time(), time == null ? "" : time.source(),
                current, updating, version == null ? "" : version.clusterId(), infra == null ? "" : infra.platform(),
                nodes.size(), roles, archs, history);
    }

    private static final String ROLE_LABEL = "node-role.kubernetes.io/";

    /**
     * The folder most recognised entries sit in, above a must-gather's or a sosreport's top-level
     * folders ({@code nodes/}, {@code namespaces/}, {@code sos_commands/} ...); empty when the
     * entries sit at the top of the input or name no such folder.
     */
    static String root(List<Artifact> artifacts) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Artifact a : artifacts) {
            if (a.status() == ArtifactStatus.PARSED || a.status() == ArtifactStatus.FAILED) {
                String r = rootOf(a.path());
                if (r != null) {
                    votes.merge(r, 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private static String rootOf(String path) {
        int start = 0;
        while (start < path.length()) {
            int slash = path.indexOf('/', start);
            if (slash < 0) {
                return null;
            }
            if (CAPTURE_TOP.contains(path.substring(start, slash))) {
                return start == 0 ? null : path.substring(0, start);
            }
            start = slash + 1;
        }
        return null;
    }
}
