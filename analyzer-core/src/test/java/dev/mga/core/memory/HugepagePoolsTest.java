package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mga.core.model.CaptureModel;
import dev.mga.core.model.memory.CapturedLine;
import dev.mga.core.model.memory.HugepagePool;
import dev.mga.core.model.memory.MemoryUsage;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.testing.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

class HugepagePoolsTest {

    private static final long MI2 = 2L << 20;

    private static CaptureModel model(Object[][] files) {
        CaptureModel.Builder b = CaptureModel.builder("test");
        for (Object[] f : files) {
            Parsing.fixture((ArtifactParser) f[0], (String) f[1]).records.forEach(b::add);
        }
        return b.build();
    }

    @Test
    void sysfsCountersComeFirstAndMeminfoOnlyFillsGaps() {
        String base = "memory/hugepages-exhausted/capture/";
        CaptureModel m = model(new Object[][] {
            {new MeminfoParser(), base + "proc/meminfo"},
            {new HugepageDumpParser(), base + "grep-H-hugepages.txt"},
            {new MeminfoParser(), base + "sys/devices/system/node/node0/meminfo"}});
        List<HugepagePool> pools = HugepagePools.of(m);
        assertThat(pools).extracting(HugepagePool::numaNode, HugepagePool::pageSizeBytes, HugepagePool::source,
                HugepagePool::total, HugepagePool::free, HugepagePool::reserved, HugepagePool::surplus,
                HugepagePool::overcommit, HugepagePool::unreserved, HugepagePool::headroom).containsExactly(
                tuple(-1, MI2, "sysfs", 20L, 17L, 17L, 0L, 0L, 0L, 0L),
                tuple(-1, 1L << 30, "sysfs", 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                tuple(0, MI2, "sysfs", 20L, 17L, -1L, 0L, -1L, -1L, -1L),
                tuple(0, 1L << 30, "sysfs", 0L, 0L, -1L, 0L, -1L, -1L, -1L));
        HugepagePool host = pools.get(0);
        assertThat(host.memTotalBytes()).isEqualTo(24684092L * 1024);
        assertThat(host.pageSizeName()).isEqualTo("2Mi");
        assertThat(host.poolBytes()).isEqualTo(20 * MI2);
        // the sysfs counters give every count, so meminfo's HugePages_ lines are not cited again
        assertThat(host.evidence()).extracting(CapturedLine::excerpt).containsExactly(
                "/sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages:17",
                "/sys/kernel/mm/hugepages/hugepages-2048kB/nr_hugepages:20",
                "/sys/kernel/mm/hugepages/hugepages-2048kB/nr_overcommit_hugepages:0",
                "/sys/kernel/mm/hugepages/hugepages-2048kB/resv_hugepages:17",
                "/sys/kernel/mm/hugepages/hugepages-2048kB/surplus_hugepages:0");
    }

    @Test
    void seedPoolOfSixteenMebibytePages() {
        String base = "memory/seed-hugepages/capture/case-notes/";
        CaptureModel m = model(new Object[][] {
            {new MeminfoParser(), base + "grep-hugepagesize.txt"},
            {new MeminfoParser(), base + "grep-hugepages-meminfo.txt"},
            {new HugeadmParser(), base + "hugeadm-pool-list.txt"},
            {new SysctlParser(), base + "sysctl-a-grep-hugepages.txt"}});
        assertThat(HugepagePools.of(m)).extracting(HugepagePool::pageSizeName, HugepagePool::source, HugepagePool::total,
                HugepagePool::free, HugepagePool::reserved, HugepagePool::overcommit, HugepagePool::unreserved).containsExactly(
                tuple("16Mi", "meminfo", 20L, 17L, 5L, 0L, 12L),
                tuple("16Gi", "hugeadm", 0L, -1L, -1L, 0L, -1L));
    }

    @Test
    void sysctlAloneNamesTheDefaultPool() {
        CaptureModel m = model(new Object[][] {{new SysctlParser(), "memory/seed-hugepages/capture/case-notes/sysctl-nr_hugepages.txt"}});
        assertThat(HugepagePools.of(m)).singleElement().satisfies(p -> {
            assertThat(p.pageSizeBytes()).isZero();
            assertThat(p.pageSizeName()).isEqualTo("default");
            assertThat(p.total()).isZero();
            assertThat(p.free()).isEqualTo(-1);
        });
    }

    @Test
    void memoryUsageFromMeminfoElseFree() {
        CaptureModel m = model(new Object[][] {
            {new FreeParser(), "memory/seed-free/capture/case-notes/free.txt"},
            {new MeminfoParser(), "memory/seed-meminfo-loop/capture/case-notes/meminfo-per-node.txt"}});
        assertThat(MemoryUsages.of(m)).extracting(MemoryUsage::host, MemoryUsage::source, MemoryUsage::totalBytes,
                MemoryUsage::availableBytes, MemoryUsage::unreclaimableSlabBytes).containsExactly(
                tuple("", "free", 15L << 30, (long) (4.8 * (1L << 30)), -1L),
                tuple("master-0.ocp-power-xyz", "meminfo", 16652928L * 1024, 933248L * 1024, -1L));
        assertThat(MemoryUsages.of(m).get(1).availableShare()).isCloseTo(0.056, org.assertj.core.api.Assertions.within(0.001));
    }
}
