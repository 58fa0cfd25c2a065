package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mga.core.model.memory.HugeadmPool;
import dev.mga.core.model.memory.HugepageCounter;
import dev.mga.core.model.memory.HugepageSizes;
import dev.mga.core.model.memory.HugetlbfsMount;
import dev.mga.core.model.memory.SysctlSetting;
import dev.mga.core.testing.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hugepage counters in all their captured forms: sysfs files, path:value dumps, sysctl, hugeadm, ls. */
class HugepageCountersTest {

    private static final long MI2 = 2L << 20;
    private static final long GI1 = 1L << 30;

    @Test
    void sysfsFileNamesItsPoolAndNode() {
        String base = "memory/hugepages-exhausted/capture/sys/";
        HugepageCounter resv = Parsing.fixture(new HugepageSysfsParser(),
                base + "kernel/mm/hugepages/hugepages-2048kB/resv_hugepages").only(HugepageCounter.class);
        assertThat(resv).extracting(HugepageCounter::numaNode, HugepageCounter::pageSizeBytes, HugepageCounter::counter,
                HugepageCounter::value, HugepageCounter::unit, HugepageCounter::excerpt)
                .containsExactly(-1, MI2, "resv_hugepages", 17L, "", "17");
        HugepageCounter node = Parsing.fixture(new HugepageSysfsParser(),
                base + "devices/system/node/node0/hugepages/hugepages-1048576kB/nr_hugepages").only(HugepageCounter.class);
        assertThat(node).extracting(HugepageCounter::numaNode, HugepageCounter::pageSizeBytes, HugepageCounter::value)
                .containsExactly(0, GI1, 0L);
        HugepageCounter demote = Parsing.fixture(new HugepageSysfsParser(),
                base + "kernel/mm/hugepages/hugepages-1048576kB/demote_size").only(HugepageCounter.class);
        assertThat(demote).extracting(HugepageCounter::value, HugepageCounter::unit).containsExactly(2048L, "kB");
    }

    @Test
    void grepDumpOfAllCounters() {
        Parsing r = Parsing.fixture(new HugepageDumpParser(), "memory/hugepages-exhausted/capture/grep-H-hugepages.txt");
        assertThat(r.diagnostics).isEmpty();
        List<HugepageCounter> c = r.all(HugepageCounter.class);
        assertThat(c).hasSize(20);
        assertThat(c).filteredOn(x -> x.numaNode() < 0 && x.pageSizeBytes() == MI2)
                .extracting(HugepageCounter::counter, HugepageCounter::value, x -> x.location().line()).containsExactly(
                tuple("free_hugepages", 17L, 8L), tuple("nr_hugepages", 20L, 9L), tuple("nr_hugepages_mempolicy", 20L, 10L),
                tuple("nr_overcommit_hugepages", 0L, 11L), tuple("resv_hugepages", 17L, 12L),
                tuple("surplus_hugepages", 0L, 13L));
        assertThat(c).filteredOn(x -> x.numaNode() == 0 && x.pageSizeBytes() == MI2)
                .extracting(HugepageCounter::counter, HugepageCounter::value).containsExactly(
                tuple("free_hugepages", 17L), tuple("nr_hugepages", 20L), tuple("surplus_hugepages", 0L));
    }

    @Test
    void spacedAndHeadFormsToo() {
        String text = """
                HOSTNAME: worker-0
                /sys/kernel/mm/hugepages/hugepages-2048kB/nr_hugepages: 64
                ==> /sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages <==
                52
                /sys/kernel/mm/hugepages/hugepages-2048kB/resv_hugepages: many
                """;
        Parsing r = Parsing.run(new HugepageDumpParser(), "counters.txt", text);
        assertThat(r.all(HugepageCounter.class)).extracting(HugepageCounter::host, HugepageCounter::counter,
                HugepageCounter::value).containsExactly(tuple("worker-0", "nr_hugepages", 64L), tuple("worker-0", "free_hugepages", 52L));
        assertThat(r.diagnostics).singleElement().extracting(dev.mga.core.model.Diagnostic::line).isEqualTo(5L);
    }

    @Test
    void sysctlLines() {
        Parsing r = Parsing.fixture(new SysctlParser(), "memory/seed-hugepages/capture/case-notes/sysctl-a-grep-hugepages.txt");
        assertThat(r.diagnostics).isEmpty();
        assertThat(r.all(SysctlSetting.class)).extracting(SysctlSetting::key, SysctlSetting::value, SysctlSetting::number)
                .containsExactly(tuple("vm.nr_hugepages", "642", 642L), tuple("vm.nr_hugepages_mempolicy", "642", 642L),
                        tuple("vm.nr_overcommit_hugepages", "676", 676L));
        Parsing all = Parsing.fixture(new SysctlParser(),
                "memory/host-healthy/capture/sosreport-vm-2026-11-25-wtmem01/sos_commands/kernel/sysctl_-a");
        assertThat(all.diagnostics).isEmpty();
        assertThat(all.all(SysctlSetting.class)).hasSize(1304)
                .anySatisfy(s -> assertThat(s.key() + "=" + s.value()).isEqualTo("vm.nr_hugepages=0"));
    }

    @Test
    void sysctlConfigurationIsMarkedAndKeptOutOfThePools() {
        // sysctl.conf(5): '#' and ';' comments, key=value with or without blanks
        Parsing conf = Parsing.fixture(new SysctlParser(), "real-world/memory/gh-hpcc5599-sysctl-conf-hugepages-comments/paste.txt");
        assertThat(conf.diagnostics).isEmpty();
        assertThat(conf.all(SysctlSetting.class)).extracting(SysctlSetting::key, SysctlSetting::number, SysctlSetting::configuration)
                .containsExactly(tuple("vm.nr_hugepages", 128L, true), tuple("vm.nr_overcommit_hugepages", 4096L, true));
        Parsing byPath = Parsing.run(new SysctlParser(), "etc/sysctl.d/99-hugepages.conf", "vm.nr_hugepages=64\n");
        assertThat(byPath.all(SysctlSetting.class)).singleElement().satisfies(x -> {
            assertThat(x.configuration()).isTrue();
            assertThat(x.number()).isEqualTo(64);
        });
        Parsing live = Parsing.run(new SysctlParser(), "notes.txt", "vm.nr_hugepages = 64\n; a comment\n");
        assertThat(live.all(SysctlSetting.class)).singleElement().extracting(SysctlSetting::configuration).isEqualTo(true);
        Parsing output = Parsing.run(new SysctlParser(), "notes.txt", "vm.nr_hugepages = 64\n");
        assertThat(output.all(SysctlSetting.class)).singleElement().extracting(SysctlSetting::configuration).isEqualTo(false);
    }

    @Test
    void nameEqualsValueCountersInTheDirectoryOfACdLine() {
        Parsing r = Parsing.fixture(new HugepageDumpParser(), "real-world/memory/gh-ngicrtc94-sysfs-for-loop-name-equals/paste.txt");
        assertThat(r.diagnostics).isEmpty();
        assertThat(r.all(HugepageCounter.class)).extracting(HugepageCounter::counter, HugepageCounter::value,
                HugepageCounter::pageSizeBytes, HugepageCounter::numaNode).containsExactly(
                tuple("free_hugepages", 9000L, 2048L * 1024, -1), tuple("nr_hugepages", 9000L, 2048L * 1024, -1),
                tuple("nr_hugepages_mempolicy", 9000L, 2048L * 1024, -1),
                tuple("nr_overcommit_hugepages", 9000L, 2048L * 1024, -1), tuple("resv_hugepages", 0L, 2048L * 1024, -1),
                tuple("surplus_hugepages", 0L, 2048L * 1024, -1));
        // without a cd line naming the pool, name=value lines have no page size: diagnostics
        Parsing bare = Parsing.run(new HugepageDumpParser(), "notes.txt", "free_hugepages=9000\n");
        assertThat(bare.all(HugepageCounter.class)).isEmpty();
        assertThat(bare.diagnostics).hasSize(1);
    }

    @Test
    void promptCatAndItsValue() {
        Parsing r = Parsing.fixture(new HugepageDumpParser(), "real-world/memory/k8s-web39170-sysfs-free-hugepages-before/paste.txt");
        assertThat(r.diagnostics).isEmpty();
        assertThat(r.all(HugepageCounter.class)).extracting(HugepageCounter::numaNode, HugepageCounter::pageSizeBytes,
                HugepageCounter::counter, HugepageCounter::value, c -> c.location().line()).containsExactly(
                tuple(0, 1L << 30, "free_hugepages", 8L, 2L), tuple(1, 1L << 30, "free_hugepages", 8L, 4L));
        // a value without the prompt naming its file is not a counter
        Parsing bare = Parsing.run(new HugepageDumpParser(), "notes.txt", "$ cat /etc/hostname\n8\n");
        assertThat(bare.all(HugepageCounter.class)).isEmpty();
    }

    @Test
    void hugeadmPoolsAndMounts() {
        Parsing pools = Parsing.fixture(new HugeadmParser(), "memory/seed-hugepages/capture/case-notes/hugeadm-pool-list.txt");
        assertThat(pools.diagnostics).isEmpty();
        assertThat(pools.all(HugeadmPool.class)).extracting(HugeadmPool::pageSizeBytes, HugeadmPool::minimum,
                HugeadmPool::current, HugeadmPool::maximum, HugeadmPool::isDefault).containsExactly(
                tuple(16L << 20, 20L, 20L, 20L, true), tuple(16L << 30, 0L, 0L, 0L, false));
        Parsing own = Parsing.fixture(new HugeadmParser(), "memory/hugepages-pool-unused/capture/hugeadm-pool-list.txt");
        assertThat(own.all(HugeadmPool.class)).extracting(HugeadmPool::pageSizeBytes, HugeadmPool::current)
                .containsExactly(tuple(MI2, 1280L), tuple(GI1, 2L));
        Parsing mounts = Parsing.fixture(new HugeadmParser(), "memory/seed-hugepages/capture/case-notes/hugeadm-list-all-mounts.txt");
        assertThat(mounts.diagnostics).isEmpty();
        assertThat(mounts.all(HugetlbfsMount.class)).extracting(HugetlbfsMount::mountPoint, HugetlbfsMount::options,
                HugetlbfsMount::pageSizeBytes).containsExactly(
                tuple("/dev/hugepages", "rw,seclabel,relatime,pagesize=16M", 16L << 20),
                tuple("/var/lib/hugetlbfs/pagesize-16MB", "rw,seclabel,relatime,pagesize=16M", 16L << 20),
                tuple("/var/lib/hugetlbfs/pagesize-16GB", "rw,seclabel,relatime,pagesize=16384M", 16L << 30));
        Parsing mountGrep = Parsing.fixture(new HugeadmParser(), "memory/seed-hugepages/capture/case-notes/mount-grep-pagesize.txt");
        assertThat(mountGrep.all(HugetlbfsMount.class)).extracting(HugetlbfsMount::mountPoint, HugetlbfsMount::pageSizeBytes)
                .containsExactly(tuple("/var/lib/hugetlbfs/pagesize-16MB", 16L << 20),
                        tuple("/var/lib/hugetlbfs/pagesize-16GB", 16L << 30));
    }

    @Test
    void pageSizeListing() {
        Parsing seed = Parsing.fixture(new HugepageSizesParser(), "memory/seed-hugepages/capture/case-notes/ls-sys-kernel-mm-hugepages.txt");
        assertThat(seed.diagnostics).isEmpty();
        assertThat(seed.only(HugepageSizes.class).pageSizesBytes()).containsExactly(16L << 20, 16L << 30);
        Parsing own = Parsing.fixture(new HugepageSizesParser(), "memory/hugepages-reserved/capture/ls-sys-kernel-mm-hugepages.txt");
        assertThat(own.only(HugepageSizes.class).pageSizesBytes()).containsExactly(GI1, MI2);
    }
}
