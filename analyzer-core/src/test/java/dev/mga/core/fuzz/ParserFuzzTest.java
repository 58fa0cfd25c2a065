package dev.mga.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mga.core.Analyzer;
import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.rules.RuleEngine;
import dev.mga.core.rules.RulePack;

/**
 * One fuzz target per parser, each forcing its artifact type on the input (see
 * {@link FuzzOracle#parse}), and one for content detection over every type. Regression mode (a
 * normal build) replays the committed corpus in {@code ParserFuzzTestInputs/<target>/};
 * {@code fuzz/run.sh ParserFuzzTest#<target> <seconds>} fuzzes for real.
 */
class ParserFuzzTest {

    private static final ArtifactTypes TYPES = ArtifactTypes.discover();
    private static final RuleEngine RULES = new RuleEngine(RulePack.builtIn());
    private static final Analyzer ANALYZER = FuzzOracle.analyzer();

    private static void as(String type, byte[] data) {
        FuzzOracle.parse(TYPES, RULES, type, data);
    }

    /** Content detection: an unrelated name, so every sniffer and then its parser may get it. */
    @FuzzTest(maxDuration = "30s")
    void anyLooseFile(byte[] data) {
        FuzzOracle.analyze(ANALYZER, "case-notes/output.txt", data);
    }

    @FuzzTest(maxDuration = "30s")
    void slabCalls(byte[] data) {
        as("slab.calls", data);
    }

    @FuzzTest(maxDuration = "30s")
    void slabInfo(byte[] data) {
        as("slab.slabinfo", data);
    }

    @FuzzTest(maxDuration = "30s")
    void slabTop(byte[] data) {
        as("slab.slabtop", data);
    }

    @FuzzTest(maxDuration = "30s")
    void klogLog(byte[] data) {
        as("klog.log", data);
    }

    @FuzzTest(maxDuration = "30s")
    void deschedulerLog(byte[] data) {
        as("descheduler.log", data);
    }

    @FuzzTest(maxDuration = "30s")
    void kubeDescheduler(byte[] data) {
        as("descheduler.kubedescheduler", data);
    }

    @FuzzTest(maxDuration = "30s")
    void topNode(byte[] data) {
        as("metrics.top-node", data);
    }

    @FuzzTest(maxDuration = "30s")
    void topPod(byte[] data) {
        as("metrics.top-pod", data);
    }

    @FuzzTest(maxDuration = "30s")
    void metricsJson(byte[] data) {
        as("metrics.metrics-json", data);
    }

    @FuzzTest(maxDuration = "30s")
    void nodeMemory(byte[] data) {
        as("metrics.node-memory", data);
    }

    @FuzzTest(maxDuration = "30s")
    void etcdStatus(byte[] data) {
        as("etcd.endpoint-status", data);
    }

    @FuzzTest(maxDuration = "30s")
    void etcdHealth(byte[] data) {
        as("etcd.endpoint-health", data);
    }

    @FuzzTest(maxDuration = "30s")
    void etcdMemberList(byte[] data) {
        as("etcd.member-list", data);
    }

    @FuzzTest(maxDuration = "30s")
    void etcdAlarmList(byte[] data) {
        as("etcd.alarm-list", data);
    }

    @FuzzTest(maxDuration = "30s")
    void etcdKeyListing(byte[] data) {
        as("etcd.key-listing", data);
    }

    @FuzzTest(maxDuration = "30s")
    void etcdObjectCount(byte[] data) {
        as("etcd.object-count", data);
    }

    @FuzzTest(maxDuration = "30s")
    void etcdServerLog(byte[] data) {
        as("etcd.server-log", data);
    }

    @FuzzTest(maxDuration = "30s")
    void etcdClientLog(byte[] data) {
        as("etcd.client-log", data);
    }

    @FuzzTest(maxDuration = "30s")
    void etcdCheckPerf(byte[] data) {
        as("etcd.check-perf", data);
    }

    @FuzzTest(maxDuration = "30s")
    void meminfo(byte[] data) {
        as("memory.meminfo", data);
    }

    @FuzzTest(maxDuration = "30s")
    void free(byte[] data) {
        as("memory.free", data);
    }

    @FuzzTest(maxDuration = "30s")
    void top(byte[] data) {
        as("memory.top", data);
    }

    @FuzzTest(maxDuration = "30s")
    void smaps(byte[] data) {
        as("memory.smaps", data);
    }

    @FuzzTest(maxDuration = "30s")
    void procStatus(byte[] data) {
        as("memory.status", data);
    }

    @FuzzTest(maxDuration = "30s")
    void hugepagesSysfs(byte[] data) {
        as("memory.hugepages-sysfs", data);
    }

    @FuzzTest(maxDuration = "30s")
    void hugepagesDump(byte[] data) {
        as("memory.hugepages-dump", data);
    }

    @FuzzTest(maxDuration = "30s")
    void sysctl(byte[] data) {
        as("memory.sysctl", data);
    }

    @FuzzTest(maxDuration = "30s")
    void hugeadm(byte[] data) {
        as("memory.hugeadm", data);
    }

    @FuzzTest(maxDuration = "30s")
    void hugepageSizes(byte[] data) {
        as("memory.hugepage-sizes", data);
    }

    @FuzzTest(maxDuration = "30s")
    void kubeNode(byte[] data) {
        as("kube.node", data);
    }

    @FuzzTest(maxDuration = "30s")
    void kubePod(byte[] data) {
        as("kube.pod", data);
    }

    @FuzzTest(maxDuration = "30s")
    void kubeEvent(byte[] data) {
        as("kube.event", data);
    }

    @FuzzTest(maxDuration = "30s")
    void kubeAllocatable(byte[] data) {
        as("kube.allocatable", data);
    }

    @FuzzTest(maxDuration = "30s")
    void mustGatherTimestamp(byte[] data) {
        as("capture.must-gather-timestamp", data);
    }

    @FuzzTest(maxDuration = "30s")
    void kernelLog(byte[] data) {
        as("kernel.log", data);
    }

    @FuzzTest(maxDuration = "30s")
    void kernelCmdline(byte[] data) {
        as("kernel.cmdline", data);
    }

    @FuzzTest(maxDuration = "30s")
    void cgroupMemory(byte[] data) {
        as("cgroup.memory", data);
    }

    @FuzzTest(maxDuration = "30s")
    void vmBuddyinfo(byte[] data) {
        as("vm.buddyinfo", data);
    }

    @FuzzTest(maxDuration = "30s")
    void vmPagetypeinfo(byte[] data) {
        as("vm.pagetypeinfo", data);
    }

    @FuzzTest(maxDuration = "30s")
    void vmZoneinfo(byte[] data) {
        as("vm.zoneinfo", data);
    }

    @FuzzTest(maxDuration = "30s")
    void vmVmstat(byte[] data) {
        as("vm.vmstat", data);
    }

    @FuzzTest(maxDuration = "30s")
    void vmThp(byte[] data) {
        as("vm.thp", data);
    }

    @FuzzTest(maxDuration = "30s")
    void etcdMetrics(byte[] data) {
        as("etcd.metrics", data);
    }

    @FuzzTest(maxDuration = "30s")
    void kubeletConfig(byte[] data) {
        as("kube.kubelet-config", data);
    }

    @FuzzTest(maxDuration = "30s")
    void machineConfig(byte[] data) {
        as("kube.machine-config", data);
    }

    @FuzzTest(maxDuration = "30s")
    void performanceProfile(byte[] data) {
        as("kube.performance-profile", data);
    }

    @FuzzTest(maxDuration = "30s")
    void nfdConfig(byte[] data) {
        as("kube.nfd", data);
    }

    @FuzzTest(maxDuration = "30s")
    void clusterVersion(byte[] data) {
        as("capture.cluster-version", data);
    }

    @FuzzTest(maxDuration = "30s")
    void infrastructure(byte[] data) {
        as("capture.infrastructure", data);
    }

    @FuzzTest(maxDuration = "30s")
    void sosDate(byte[] data) {
        as("capture.sos-date", data);
    }

    /** A type added without its fuzz target fails here: one target per type, plus anyLooseFile. */
    @org.junit.jupiter.api.Test
    void everyArtifactTypeHasATarget() {
        long targets = java.util.Arrays.stream(ParserFuzzTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(FuzzTest.class)).count();
        org.assertj.core.api.Assertions.assertThat(targets).isEqualTo(TYPES.all().size() + 1L);
    }
}
