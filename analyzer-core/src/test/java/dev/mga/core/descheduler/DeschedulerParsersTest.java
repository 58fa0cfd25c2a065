package dev.mga.core.descheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.descheduler.DeschedulerCycle;
import dev.mga.core.model.descheduler.DeschedulerEviction;
import dev.mga.core.model.descheduler.DeschedulerFailureGroup;
import dev.mga.core.model.descheduler.DeschedulerMode;
import dev.mga.core.model.descheduler.DeschedulerLog;
import dev.mga.core.model.descheduler.DeschedulerWorkloadEvictions;
import dev.mga.core.model.descheduler.KubeDescheduler;
import dev.mga.core.model.klog.KlogLogSummary;
import dev.mga.core.testing.Fixtures;
import dev.mga.core.testing.Parsing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DeschedulerParsersTest {

    private static Path mustGatherFile(String name) throws IOException {
        try (Stream<Path> s = Files.walk(Fixtures.root().resolve("descheduler/must-gather-automatic"))) {
            return s.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }

    @Test
    void seedPredictiveLog() {
        Parsing run = Parsing.file(new DeschedulerLogParser(),
                Fixtures.root().resolve("descheduler/seed-predictive/capture/descheduler-f479c5669-5ffxl.log"));
        DeschedulerLog log = run.only(DeschedulerLog.class);
        assertThat(log.cycleCount()).isEqualTo(1);
        assertThat(log.evictions()).isZero();
        assertThat(log.dryRunEvictions()).isEqualTo(2);
        assertThat(log.nodesProcessed()).isEqualTo(5);
        assertThat(log.cycles()).containsExactly(new DeschedulerCycle(1, "05-06 19:59:10.301097", 5, 0, 2, 0,
                log.cycles().get(0).location(), "I0506 19:59:10.301097       1 descheduler.go:287] \"Number of evicted pods\" totalEvicted=5"));
        assertThat(log.cycles().get(0).location().line()).isEqualTo(9);
        DeschedulerEviction console = log.samples().get(0);
        assertThat(console).isEqualTo(new DeschedulerEviction("minio-operator", "console-7bc65f7dd9-q57lr",
                "minio-operator/console-7bc65f7dd9", "", "PodLifeTime", "", "", true, 1, "05-06 19:59:10.298440",
                console.location(), console.excerpt()));
        DeschedulerEviction demo = log.samples().get(1);
        assertThat(demo.workload()).isEqualTo("default/demopod1");
        assertThat(demo.strategy()).isEqualTo("PodLifeTime");
        assertThat(demo.reason()).isEqualTo("PodLifeTime");
        assertThat(demo.location().line()).isEqualTo(2);
        assertThat(log.strategies()).isEqualTo(Map.of("PodLifeTime", 2L));
        assertThat(run.only(KlogLogSummary.class).counts().entries()).isEqualTo(9);
    }

    @Test
    void yearlessTimesOfTheSeedLogTakeTheCapturesYear() {
        DeschedulerLog log = Parsing.file(new DeschedulerLogParser(),
                Fixtures.root().resolve("descheduler/seed-predictive/capture/descheduler-f479c5669-5ffxl.log")).only(DeschedulerLog.class);
        // captured in June 2022: the 6 May lines are of 2022; captured on 1 May 2023 they are of 2022 too
        for (java.time.LocalDate captured : java.util.List.of(java.time.LocalDate.of(2022, 6, 1), java.time.LocalDate.of(2023, 5, 1))) {
            DeschedulerLog dated = log.withYears(new dev.mga.core.model.Years(captured));
            assertThat(dated.firstTime()).startsWith("2022-05-06T19:59:10.");
            assertThat(dated.lastTime()).isEqualTo("2022-05-06T19:59:10.301097");
            assertThat(dated.cycles().get(0).time()).isEqualTo("2022-05-06T19:59:10.301097");
            assertThat(dated.samples()).extracting(DeschedulerEviction::time)
                    .containsExactly("2022-05-06T19:59:10.298440", dated.samples().get(1).time());
            assertThat(dated.samples().get(1).time()).startsWith("2022-05-06T");
            assertThat(dated.evictions()).isEqualTo(log.evictions());
            assertThat(dated.samples().get(0).excerpt()).isEqualTo(log.samples().get(0).excerpt());
        }
    }

    @Test
    void mustGatherLogOfV026() throws IOException {
        Parsing run = Parsing.file(new DeschedulerLogParser(), mustGatherFile("current.log"));
        DeschedulerLog log = run.only(DeschedulerLog.class);
        assertThat(log.cycleCount()).isEqualTo(4);
        assertThat(log.evictions()).isEqualTo(5);
        assertThat(log.dryRunEvictions()).isZero();
        assertThat(log.failures()).isEqualTo(4);
        assertThat(log.cycles()).extracting(DeschedulerCycle::reportedEvicted).containsExactly(1L, 2L, 1L, 1L);
        assertThat(log.cycles()).extracting(DeschedulerCycle::failures).containsExactly(1L, 1L, 1L, 1L);
        assertThat(log.cycles().get(1).time()).isEqualTo("2024-06-12T11:00:01.204025");
        DeschedulerWorkloadEvictions frontend = log.workloads().get(0);
        assertThat(frontend.workload()).isEqualTo("shop/frontend-5d9c7b8f6d");
        assertThat(frontend.evictions()).isEqualTo(4);
        assertThat(frontend.cycles()).isEqualTo(4);
        assertThat(frontend.pods()).isEqualTo(4);
        assertThat(frontend.samplePods()).containsExactly("frontend-5d9c7b8f6d-q8m2z", "frontend-5d9c7b8f6d-w7k4t",
                "frontend-5d9c7b8f6d-h2x9n", "frontend-5d9c7b8f6d-r5v6c");
        assertThat(frontend.strategies()).containsExactly("RemoveDuplicates");
        assertThat(log.workloads().get(1).workload()).isEqualTo("shop/cart");
        DeschedulerFailureGroup pdb = log.failureGroups().get(0);
        assertThat(pdb.cause()).isEqualTo("PodDisruptionBudget");
        assertThat(pdb.count()).isEqualTo(4);
        assertThat(pdb.samplePods()).containsExactly("shop/checkout-7f6d5c4b9-x2x8q");
        assertThat(pdb.error()).isEqualTo("error when evicting pod (ignoring) \"checkout-7f6d5c4b9-x2x8q\": Cannot evict pod "
                + "as it would violate the pod's disruption budget.");
        assertThat(log.nodesProcessed()).isEqualTo(3);
        assertThat(log.samples().get(0).node()).isEqualTo("worker-0.shop.example.com");
        assertThat(log.namespace()).isEqualTo("openshift-kube-descheduler-operator");
        assertThat(log.pod()).isEqualTo("descheduler-6f8d9c5b7-kx2lp");
    }

    @Test
    void newestMessagesWithProfileAndEvictionRequestsAndLimits() {
        String log = """
                I0301 08:00:00.000001       1 evictions.go:551] "Evicted pod in dry run mode" pod="web/api-6d9f7c8b5-2xkq9" reason="" strategy="LowNodeUtilization" node="w1" profile="LifecycleAndUtilization"
                E0301 08:00:00.000002       1 evictions.go:520] "Error evicting pod" err="maximum number of evicted pods per node reached" limit=5 node="w1"
                I0301 08:00:00.000003       1 descheduler.go:412] "Number of evictions/requests" totalEvicted=1 evictionRequests=0
                I0301 09:00:00.000001       1 evictions.go:551] "Evicted pod in dry run mode" pod="web/api-6d9f7c8b5-8vwz4" reason="" strategy="LowNodeUtilization" node="w2" profile="LifecycleAndUtilization"
                """;
        DeschedulerLog d = Parsing.run(new DeschedulerLogParser(), "x.log", log).only(DeschedulerLog.class);
        assertThat(d.cycleCount()).isEqualTo(2);
        assertThat(d.cycles().get(1).reportedEvicted()).isEqualTo(-1);
        assertThat(d.cycles().get(1).dryRunEvictions()).isEqualTo(1);
        assertThat(d.samples().get(0).profile()).isEqualTo("LifecycleAndUtilization");
        assertThat(d.failureGroups().get(0).cause()).isEqualTo("per-node limit");
        assertThat(d.workloads().get(0).workload()).isEqualTo("web/api-6d9f7c8b5");
        assertThat(d.workloads().get(0).dryRun()).isEqualTo(2);
    }

    @Test
    void seedKubeDescheduler() {
        Parsing run = Parsing.file(new KubeDeschedulerParser(), Fixtures.root().resolve("descheduler/seed-predictive/capture/kd.yaml"));
        KubeDescheduler k = run.only(KubeDescheduler.class);
        assertThat(k.name()).isEqualTo("cluster");
        assertThat(k.namespace()).isEqualTo("openshift-kube-descheduler-operator");
        assertThat(k.mode()).isEqualTo("Predictive");
        assertThat(k.isPredictive()).isTrue();
        assertThat(k.deschedulingIntervalSeconds()).isEqualTo(60);
        assertThat(k.profiles()).containsExactly("LifecycleAndUtilization");
        assertThat(k.profileEntries().get(0).location().line()).isEqualTo(24);
        assertThat(k.profileEntries().get(0).excerpt()).isEqualTo("    - LifecycleAndUtilization");
        assertThat(k.customizations().podLifetime()).isEqualTo("1m0s");
        assertThat(k.managementState()).isEqualTo("Managed");
        assertThat(k.logLevel()).isEqualTo("Normal");
        assertThat(k.modeLocation().line()).isEqualTo(8);
        assertThat(k.excerpt()).isEqualTo("  mode: Predictive");
        assertThat(run.diagnostics).isEmpty();
    }

    @Test
    void listWithoutModeDefaultsToPredictive() {
        String yaml = """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: operator.openshift.io/v1
                  kind: KubeDescheduler
                  metadata: {name: cluster, namespace: openshift-kube-descheduler-operator}
                  spec:
                    profiles: []
                    evictionLimits: {total: 10}
                    profileCustomizations:
                      thresholdPriorityClassName: system-cluster-critical
                      namespaces: {included: [shop, web]}
                """;
        KubeDescheduler k = Parsing.run(new KubeDeschedulerParser(), "k.yaml", yaml).only(KubeDescheduler.class);
        assertThat(k.mode()).isEmpty();
        assertThat(k.effectiveMode()).isEqualTo(DeschedulerMode.PREDICTIVE);
        assertThat(k.profiles()).isEmpty();
        assertThat(k.evictionLimitTotal()).isEqualTo("10");
        assertThat(k.customizations().thresholdPriorityClassName()).isEqualTo("system-cluster-critical");
        assertThat(k.customizations().includedNamespaces()).isEqualTo(List.of("shop", "web"));
        assertThat(k.location().line()).isEqualTo(5);
    }

    @Test
    void workloadsFromPodNames() {
        assertThat(Workloads.ownerOf("console-7bc65f7dd9-q57lr")).isEqualTo("console-7bc65f7dd9");
        assertThat(Workloads.ownerOf("prometheus-k8s-0")).isEqualTo("prometheus-k8s");
        assertThat(Workloads.ownerOf("demopod1")).isEqualTo("demopod1");
        assertThat(Workloads.ownerOf("tuned-fdpl4")).isEqualTo("tuned");
    }

    /**
     * Lines of descheduler v0.19 (evictions.go's printf form, as kubernetes-sigs/descheduler PR #319
     * shows it): no line closes a cycle, so cycles are told apart by the interval between them.
     */
    @Test
    void legacyCyclesAreToldApartByThePauseBetweenThem() {
        String line = "I0528 %s       1 evictions.go:117] Evicted pod: \"%s\" in namespace \"test\" (RemoveDuplicatePods)\n";
        String log = String.format(line, "09:23:48.664691", "hello1-54d7977cd-l8wx7")
                + String.format(line, "09:23:48.701002", "other-6d757874c4-bcdfg")
                + "I0528 09:23:49.100000       1 duplicates.go:73] Processing node: \"worker-1\"\n"
                + String.format(line, "09:23:50.001100", "hello1-54d7977cd-zz9q2")
                + String.format(line, "10:23:50.120000", "hello1-54d7977cd-7xk2m")
                + String.format(line, "11:23:51.500000", "hello1-54d7977cd-q8w4x");
        DeschedulerLog d = Parsing.run(new DeschedulerLogParser(), "descheduler.log", log).only(DeschedulerLog.class);
        assertThat(d.cycleCount()).isEqualTo(3);
        assertThat(d.evictions()).isEqualTo(5);
        assertThat(d.cycles()).extracting(DeschedulerCycle::evictions).containsExactly(3L, 1L, 1L);
        assertThat(d.cycles().get(0).location().line()).as("the first cycle ends at its last line").isEqualTo(4);
        assertThat(d.workloads().get(0).workload()).isEqualTo("test/hello1-54d7977cd");
        assertThat(d.workloads().get(0).cycles()).isEqualTo(3);
        assertThat(DeschedulerLogBuilder.secondsOfYear("12-31 23:59:59.000001")).isEqualTo(364 * 86_400L + 86_399);
        assertThat(DeschedulerLogBuilder.secondsOfYear("2024-03-01T00:00:00.5")).isEqualTo(59 * 86_400L);
        assertThat(DeschedulerLogBuilder.secondsOfYear("")).isEqualTo(-1);
    }

    /** --logging-format=json (component-base's JSON lines): the cycle's closing line is its msg, with no quotes. */
    @Test
    void jsonLogCyclesCloseOnTheirMessage() {
        String log = """
                {"ts":1717000000001.5,"caller":"evictions/evictions.go:171","msg":"Evicted pod","v":1,"pod":{"name":"web-5d9c7b8f6d-x2x8q","namespace":"shop"},"reason":"","strategy":"RemoveDuplicates","node":"worker-1"}
                {"ts":1717000000002.5,"caller":"descheduler/descheduler.go:287","msg":"Number of evicted pods","v":1,"totalEvicted":1}
                {"ts":1717003600001.5,"caller":"evictions/evictions.go:171","msg":"Evicted pod","v":1,"pod":{"name":"web-5d9c7b8f6d-bcdfg","namespace":"shop"},"reason":"","strategy":"RemoveDuplicates","node":"worker-1"}
                {"ts":1717003600002.5,"caller":"descheduler/descheduler.go:287","msg":"Number of evicted pods","v":1,"totalEvicted":1}
                """;
        DeschedulerLog d = Parsing.run(new DeschedulerLogParser(), "descheduler.log", log).only(DeschedulerLog.class);
        assertThat(d.cycleCount()).isEqualTo(2);
        assertThat(d.cycles()).extracting(DeschedulerCycle::reportedEvicted).containsExactly(1L, 1L);
        assertThat(d.workloads().get(0).workload()).isEqualTo("shop/web-5d9c7b8f6d");
        assertThat(d.workloads().get(0).cycles()).isEqualTo(2);
    }

    /**
     * v0.20: structured eviction lines (evictions.go InfoS) but no cycle-closing line yet, and
     * node_affinity.go's own "Number of evicted pods" total in the middle of a cycle, which does not close it.
     */
    @Test
    void structuredLogsOfV020WithoutClosingLines() {
        String log = """
                I0106 10:00:01.100000       1 evictions.go:117] "Evicted pod" pod="shop/web-5d9c7b8f6d-x2x8q" reason="NodeAffinity"
                I0106 10:00:01.200000       1 node_affinity.go:107] "Number of evicted pods" totalEvicted=1
                I0106 10:00:02.100000       1 evictions.go:117] "Evicted pod" pod="shop/api-7f6d5c4b9-bcdfg" reason="RemoveDuplicatePods"
                I0106 11:00:01.100000       1 evictions.go:117] "Evicted pod" pod="shop/web-5d9c7b8f6d-q8w4x" reason="NodeAffinity"
                I0106 11:00:01.200000       1 node_affinity.go:107] "Number of evicted pods" totalEvicted=1
                """;
        DeschedulerLog d = Parsing.run(new DeschedulerLogParser(), "descheduler.log", log).only(DeschedulerLog.class);
        assertThat(d.cycleCount()).isEqualTo(2);
        assertThat(d.cycles()).extracting(DeschedulerCycle::evictions).containsExactly(2L, 1L);
        assertThat(d.workloads().get(0).workload()).isEqualTo("shop/web-5d9c7b8f6d");
        assertThat(d.workloads().get(0).cycles()).isEqualTo(2);
    }
}
