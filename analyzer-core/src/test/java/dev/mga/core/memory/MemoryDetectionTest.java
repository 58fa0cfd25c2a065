package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.detect.Detection;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.testing.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loose files with names that say nothing are recognised by content, and only by the right type. */
class MemoryDetectionTest {

    private final ArtifactTypes types = ArtifactTypes.discover();

    private Optional<String> detect(String name, String text) {
        return types.detect(name, ContentSample.of(text)).map(Detection::type).map(t -> t.id());
    }

    @ParameterizedTest
    @CsvSource({
        "memory/seed-meminfo-loop/capture/case-notes/meminfo-per-node.txt, memory.meminfo",
        "memory/seed-top-loop/capture/case-notes/top-per-node.txt, memory.top",
        "memory/seed-free/capture/case-notes/free.txt, memory.free",
        "memory/seed-hugepages/capture/case-notes/grep-A3-smaps-proc.txt, memory.smaps",
        "memory/seed-hugepages/capture/case-notes/hugeadm-pool-list.txt, memory.hugeadm",
        "memory/seed-hugepages/capture/case-notes/mount-grep-pagesize.txt, memory.hugeadm",
        "memory/seed-hugepages/capture/case-notes/ls-sys-kernel-mm-hugepages.txt, memory.hugepage-sizes",
        "memory/seed-hugepages/capture/case-notes/sysctl-a-grep-hugepages.txt, memory.sysctl",
        "memory/hugepages-exhausted/capture/grep-H-hugepages.txt, memory.hugepages-dump",
        "memory/hugepages-exhausted/capture/proc/16000/status, memory.status",
        "real-world/memory/gh-htop877-status-vmlib-underflow/paste.txt, memory.status",
        "real-world/memory/gh-jemalloc1532-proc-pid-status-rhel6/paste.txt, memory.status",
        "real-world/memory/gh-psutil1540-status-vm-fields/paste.txt, memory.status",
        "real-world/memory/gh-perfetto258-smaps-rollup-android-prompt/paste.txt, memory.smaps",
        "real-world/memory/gh-psmem64-smaps-rollup-hugetlb-and-grep-huge/paste-1.txt, memory.smaps",
        "real-world/memory/gh-psmem64-smaps-rollup-hugetlb-and-grep-huge/paste-2.txt, memory.meminfo",
        "real-world/memory/gh-pao279-find-xargs-grep-node-meminfo-huge/paste.txt, memory.meminfo",
        "real-world/memory/gh-hpcc5599-sysctl-conf-hugepages-comments/paste.txt, memory.sysctl",
        "real-world/memory/gh-openbmc236-busybox-free-italic-prompt/paste.txt, memory.free",
        "real-world/memory/gh-ngicrtc94-sysfs-for-loop-name-equals/paste.txt, memory.hugepages-dump",
        "real-world/memory/gh-lartpang5-top-mem-lines-buffers-cached/paste.txt, memory.top",
        "real-world/memory/k8s-web39170-sysfs-free-hugepages-zero/paste.txt, memory.hugepages-dump",
        "real-world/memory/k8s-64309-grep-huge-and-sysfs/paste-2.txt, memory.hugepages-dump",
        "real-world/slab/gh-xsos194-sort-slabinfo-head-no-header/paste.txt, slab.slabinfo",
        "real-world/slab/gh-rpi6549-uname-and-slabinfo-grep/paste.txt, slab.slabinfo",
        "real-world/slab/gh-spl373-slabtop-summary-only/paste.txt, slab.slabtop",
        "kube/seed-allocatable/capture/case-notes/allocatable.txt, kube.allocatable",
        "kube/allocatable-short/capture/pods.yaml, kube.pod",
        "kube/allocatable-short/capture/events.yaml, kube.event",
        "kube/allocatable-short/capture/nodes.json, kube.node",
    })
    void recognisedByContent(String relative, String type) {
        assertThat(detect("case-notes/pasted.txt", Fixtures.read(relative))).contains(type);
    }

    @Test
    void statusIsNotMeminfoAndSlabListingsStaySlab() {
        String status = Fixtures.read("memory/hugepages-reserved/capture/proc/15810/status");
        assertThat(detect("notes.txt", status)).contains("memory.status");
        assertThat(detect("notes.txt", Fixtures.read("slab/loose-case-notes/capture/case-notes/output.txt"))).contains("slab.calls");
        assertThat(detect("notes.txt", "Name: not a process\nsomething else\n")).isEmpty();
    }

    @Test
    void oneSlabinfoRowOrOneMemoryLineIsNotEnough() {
        String row = "dentry             47807  50589    192   21    1 : tunables    0    0    0 : slabdata   2409   2409      0\n";
        assertThat(detect("notes.txt", "some words\n" + row + "more words\n")).isEmpty();
        // free's Mem line has no unit before it: not top's
        assertThat(detect("notes.txt", "Mem:     132178760  105858612   26320148\n")).isEmpty();
        // two status memory keys among other text
        assertThat(detect("notes.txt", "VmRSS: 1 kB\nVmHWM: 2 kB\nthe process grew\nthen it shrank\n")).isEmpty();
    }

    @Test
    void sysfsPathsWinOverLooserNames() {
        assertThat(types.detect("sosreport-x-2026-01-01-abc/sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages",
                ContentSample.of("0\n")).map(d -> d.type().id())).contains("memory.hugepages-sysfs");
        assertThat(types.detect("sos_commands/memory/free_-m", ContentSample.of("x")).map(d -> d.type().id()))
                .contains("memory.free");
    }
}
