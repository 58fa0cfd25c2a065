package dev.mga.core.klog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Artifact;
import dev.mga.core.model.ArtifactStatus;
import dev.mga.core.model.Report;
import dev.mga.core.model.klog.KlogFormat;
import dev.mga.core.model.klog.KlogLogSummary;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pod logs and node journals where must-gather writes them (oc adm inspect pod.go:144, 185, 223-225,
 * 250-267; gather_service_logs_util:28; gather_ppc:184), with real log contents: the path wins over
 * the first lines, an empty log is empty, a rotated file and its .gz are read once.
 */
class PodLogLayoutTest {

    private static final String POD = "namespaces/openshift-monitoring/pods/alertmanager-main-0/alertmanager-proxy/alertmanager-proxy/logs/";
    private static final String NFD = "namespaces/nfd/pods/nfd-worker-4v2pw/nfd-worker/nfd-worker/logs/";

    @Test
    void thePathWinsEmptyLogsAreEmptyAndACompressedCopyIsReadOnce(@TempDir Path tmp) throws IOException {
        byte[] nfd = Files.readAllBytes(Fixtures.root().resolve("klog/seed-nfd-worker/capture/nfd-worker-4v2pw.log"));
        // a real CRI log of a sidecar that does not log with klog (Go's log package), a shell prompt first
        byte[] notKlog = Files.readAllBytes(Fixtures.root().resolve("real-world/klog/crio-3181-cri-log-oauth-proxy-head/paste.txt"));
        write(tmp.resolve("mg").resolve(POD + "current.log"), notKlog);
        write(tmp.resolve("mg").resolve(POD + "previous.log"), new byte[0]);
        write(tmp.resolve("mg").resolve(NFD + "rotated/0.log.20240612-101500"), nfd);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(tmp.resolve("mg").resolve(NFD + "rotated/0.log.20240612-101500.gz")))) {
            gz.write(nfd);
        }
        // the kubelet compressing the next rotation: a gzip stream cut short in a .tmp file
        java.io.ByteArrayOutputStream cut = new java.io.ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(cut)) {
            gz.write(nfd);
        }
        write(tmp.resolve("mg").resolve(NFD + "rotated/0.log.20240612-101500.gz.tmp"),
                java.util.Arrays.copyOf(cut.toByteArray(), cut.size() / 2));

        Report r = Analyzer.builder().build().analyze(tmp.resolve("mg"));
        List<Artifact> a = r.artifacts();
        assertThat(status(a, POD + "current.log")).isEqualTo(ArtifactStatus.PARSED);
        assertThat(status(a, POD + "previous.log")).isEqualTo(ArtifactStatus.EMPTY);
        assertThat(a).filteredOn(x -> x.path().contains("rotated/0.log.20240612-101500") && !x.path().endsWith(".tmp"))
                .extracting(Artifact::status).containsExactlyInAnyOrder(ArtifactStatus.PARSED, ArtifactStatus.SKIPPED);
        assertThat(a).filteredOn(x -> x.path().endsWith(".tmp")).extracting(Artifact::status)
                .containsExactly(ArtifactStatus.SKIPPED);

        List<KlogLogSummary> logs = r.model(r.inputs().get(0)).all(KlogLogSummary.class);
        KlogLogSummary proxy = logs.stream().filter(l -> l.source().pod().equals("alertmanager-main-0")).findFirst().orElseThrow();
        assertThat(proxy.format()).isEqualTo(KlogFormat.NONE);
        assertThat(proxy.counts().lines()).isEqualTo(6);
        assertThat(proxy.component()).isEqualTo("openshift-monitoring/alertmanager-proxy");
        KlogLogSummary rotated = logs.stream().filter(l -> l.source().pod().equals("nfd-worker-4v2pw")).findFirst().orElseThrow();
        assertThat(rotated.component()).isEqualTo("nfd/nfd-worker");
        assertThat(rotated.counts().entries()).isPositive();
    }

    @Test
    void nodeJournalsAreNamedByTheirUnit() {
        assertThat(PodLogPath.of("mg/host_service_logs/masters/kubelet_service.log").component("x")).isEqualTo("kubelet");
        assertThat(PodLogPath.of("mg/nodes/master-0/master-0_logs_kubelet").component("x")).isEqualTo("kubelet");
        assertThat(PodLogPath.of("mg/namespaces/ns/pods/p/c/c/logs/rotated/3.log.20240612-101500").component("x"))
                .isEqualTo("ns/c");
    }

    private static ArtifactStatus status(List<Artifact> artifacts, String suffix) {
        return artifacts.stream().filter(x -> x.path().endsWith(suffix)).map(Artifact::status).findFirst().orElse(null);
    }

    private static void write(Path p, byte[] content) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, content);
    }
}
