package dev.mga.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.CaptureFacts;
import dev.mga.core.model.Completeness;
import dev.mga.core.model.InputSummary;
import dev.mga.core.model.Report;
import dev.mga.core.model.capture.ClusterInfrastructure;
import dev.mga.core.model.capture.ClusterVersionInfo;
import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a report says about each capture before its findings: time, cluster, root, completeness. */
class CaptureFactsTest {

    private static final Analyzer ANALYZER = Analyzer.builder().build();

    private static InputSummary summary(String fixture) {
        Report r = ANALYZER.analyze(Fixtures.path(fixture));
        return r.inputs().get(0);
    }

    @Test
    void anInstalledClusterGivesItsVersionIdPlatformAndNodes() {
        InputSummary in = summary("node/cluster-identity/resourcewatch-3nodes");
        CaptureFacts c = in.capture();
        assertThat(c.clusterVersion()).isEqualTo("4.12.0-0.okd-2023-03-04-063026");
        assertThat(c.updatingTo()).isEmpty();
        assertThat(c.clusterId()).isEqualTo("04e05933-aa98-4b03-b34a-8c5210fef3cb");
        assertThat(c.platform()).isEqualTo("GCP");
        assertThat(c.nodes()).isEqualTo(1);
        assertThat(c.nodeRoles()).containsExactly(java.util.Map.entry("worker", 1L));
        assertThat(c.architectures()).containsExactly(java.util.Map.entry("amd64", 1L));
        assertThat(c.history()).containsExactly("4.12.0-0.okd-2023-03-04-063026 Completed 2023-03-08T12:07:04Z");
        assertThat(c.root()).as("the objects sit at the top of the input").isEmpty();
        assertThat(in.completeness().status()).isEqualTo(Completeness.Status.COMPLETE);
    }

    @Test
    void aClusterStillInstallingHasNoCompletedVersion() {
        Report r = ANALYZER.analyze(Fixtures.path("node/cluster-identity/resourcewatch-sno"));
        CaptureFacts c = r.inputs().get(0).capture();
        assertThat(c.clusterVersion()).isEmpty();
        assertThat(c.updatingTo()).isEqualTo("4.13.0-0.ci.test-2023-03-09-115511-ci-ln-88xnydk-latest");
        assertThat(c.clusterId()).isEqualTo("f6f009e8-52a4-44f0-9da3-8f1555e3132b");
        assertThat(c.platform()).isEqualTo("None");
        ClusterInfrastructure infra = r.model(r.inputs().get(0)).all(ClusterInfrastructure.class).get(0);
        assertThat(infra.controlPlaneTopology()).isEqualTo("SingleReplica");
        assertThat(r.model(r.inputs().get(0)).all(ClusterVersionInfo.class)).singleElement()
                .satisfies(v -> assertThat(v.channel()).isEqualTo("stable-4.13"))
                .satisfies(v -> assertThat(v.history()).singleElement().satisfies(h -> assertThat(h).extracting(
                        u -> u.state(), u -> u.completionTime(), u -> u.verified()).containsExactly("Partial", "", false)));
        assertThat(c.history()).containsExactly("4.13.0-0.ci.test-2023-03-09-115511-ci-ln-88xnydk-latest Partial");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void aSosreportGivesItsDateAndItsFolderAsRoot() {
        InputSummary in = summary("node/sosreport-oom");
        assertThat(in.capture().capturedAt()).isEqualTo("2026-11-30T12:28:02Z");
        assertThat(in.capture().capturedAtFrom()).isEqualTo("sosreport date");
        assertThat(in.capture().root()).isEqualTo("sosreport-vm-mga-2026-11-30-imashhh/");
    }

    @Test
    void aMustGatherGivesItsTimestampAndItsImageFolderAsRoot() {
        InputSummary in = summary("must-gather/list-lru-leak.tar.gz");
        assertThat(in.capture().root()).startsWith("must-gather.local.5524722385441530128/quay-io-openshift-release-dev-")
                .endsWith("/");
        InputSummary klog = summary("klog/year-from-timestamp/capture");
        assertThat(klog.capture().capturedAtFrom()).isEqualTo("must-gather timestamp");
        assertThat(klog.capture().capturedAt()).startsWith("20");
    }

    @Test
    void aSosDateInALocalZoneIsNotGuessed(@TempDir Path tmp) throws IOException {
        Path date = Files.createDirectories(tmp.resolve("sosreport-h-1/sos_commands/date"));
        Files.writeString(date.resolve("date"), "Mon Nov 30 13:28:02 CET 2026\n");
        Report r = ANALYZER.analyze(tmp);
        assertThat(r.inputs().get(0).capture().capturedAt()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .contains("time zone CET does not say its offset"));
        Files.writeString(date.resolve("date_--utc"), "Mon Nov 30 12:28:02 PM UTC 2026\n");
        assertThat(ANALYZER.analyze(tmp).inputs().get(0).capture().capturedAt()).isEqualTo("2026-11-30T12:28:02Z");
    }

    @Test
    void onlyCaptureMetadataIsNothingTheRulesJudge() {
        InputSummary in = summary("capture/must-gather-timestamp/utc");
        assertThat(in.parsed()).isEqualTo(1);
        assertThat(in.completeness().status()).isEqualTo(Completeness.Status.NOTHING_RECOGNISED);
        assertThat(in.completeness().reasons()).singleElement().asString().contains("only capture metadata");
    }
}
