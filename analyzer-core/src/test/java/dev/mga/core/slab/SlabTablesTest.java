package dev.mga.core.slab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.slab.SlabCacheStats;
import dev.mga.core.model.slab.SlabCacheTable;
import dev.mga.core.model.slab.SlabTopSummary;
import dev.mga.core.testing.Parsing;
import org.junit.jupiter.api.Test;

/** /proc/slabinfo and slabtop -o, on real captures of Linux 5.10, 6.1 and 6.18 and on public pastes (2.4 to 6.6). */
class SlabTablesTest {

    private static final String QEMU = "slab/qemu-captures/";

    @Test
    void slabinfoOfLinux61() {
        Parsing p = Parsing.fixture(new SlabInfoParser(), QEMU + "6.1.0-56-amd64/proc/slabinfo");
        assertThat(p.diagnostics).isEmpty();
        SlabCacheTable t = p.only(SlabCacheTable.class);
        assertThat(t.source()).isEqualTo("slabinfo");
        assertThat(t.version()).isEqualTo("2.1");
        assertThat(t.caches()).hasSize(200);
        SlabCacheStats k = t.cache("kmalloc-32").orElseThrow();
        assertThat(k.activeObjects()).isEqualTo(588);
        assertThat(k.totalObjects()).isEqualTo(608);
        assertThat(k.objectSize()).isEqualTo(128);
        assertThat(k.objectsPerSlab()).isEqualTo(32);
        assertThat(k.pagesPerSlab()).isEqualTo(1);
        assertThat(k.activeSlabs()).isEqualTo(19);
        assertThat(k.totalSlabs()).isEqualTo(19);
        assertThat(k.cacheBytes()).isZero();
        assertThat(k.objectBytes()).isEqualTo(608L * 128);
        assertThat(k.location().line()).isEqualTo(198);
        assertThat(t.cache("dentry").orElseThrow().totalObjects()).isEqualTo(26736);
    }

    @Test
    void slabinfoOfEveryCapturedKernelParsesCompletely() {
        for (String k : new String[] {"5.10.0-46-amd64", "6.1.0-56-amd64-kmalloc-32-only", "host-6.18"}) {
            Parsing p = Parsing.fixture(new SlabInfoParser(), QEMU + k + "/proc/slabinfo");
            assertThat(p.diagnostics).as(k).isEmpty();
            assertThat(p.only(SlabCacheTable.class).caches()).as(k).isNotEmpty();
        }
    }

    @Test
    void slabtopOfLinux61() {
        Parsing p = Parsing.fixture(new SlabTopParser(), QEMU + "6.1.0-56-amd64/slabtop-o.txt");
        assertThat(p.diagnostics).isEmpty();
        SlabCacheTable t = p.only(SlabCacheTable.class);
        assertThat(t.source()).isEqualTo("slabtop");
        assertThat(t.caches()).hasSize(200);
        SlabCacheStats first = t.caches().get(0);
        assertThat(first.name()).isEqualTo("lsm_inode_cache");
        assertThat(first.totalObjects()).isEqualTo(26754);
        assertThat(first.activeObjects()).isEqualTo(26741);
        assertThat(first.objectSize()).isEqualTo(Math.round(0.09 * 1024));
        assertThat(first.totalSlabs()).isEqualTo(637);
        assertThat(first.objectsPerSlab()).isEqualTo(42);
        assertThat(first.cacheBytes()).isEqualTo(2548L * 1024);
        assertThat(first.location().line()).isEqualTo(8);
        SlabCacheStats k = t.cache("kmalloc-32").orElseThrow();
        assertThat(k.totalObjects()).isEqualTo(608);
        assertThat(k.cacheBytes()).isEqualTo(76L * 1024);
    }

    @Test
    void slabtopRowsAreNotMistakenForTheSummary() {
        Parsing p = Parsing.run(new SlabTopParser(), "slabtop.txt", " Active / Total Objects (% used)    : 1 / 2 (50.0%)\n");
        assertThat(p.records).hasSize(1).allMatch(r -> r instanceof SlabTopSummary);
        assertThat(p.diagnostics).isEmpty();
        Parsing none = Parsing.run(new SlabTopParser(), "slabtop.txt", "nothing of slabtop\n");
        assertThat(none.records).isEmpty();
        assertThat(none.diagnostics).extracting(d -> d.message()).containsExactly(
                "no 'OBJS ACTIVE USE OBJ SIZE SLABS OBJ/SLAB CACHE SIZE NAME' header found");
        Parsing odd = Parsing.run(new SlabTopParser(), "slabtop.txt", " Active / Total Objects (% used)    : x / 2 (50.0%)\n");
        assertThat(odd.records).isEmpty();
        assertThat(odd.diagnostics).extracting(d -> d.line()).contains(1L);
        Parsing bad = Parsing.run(new SlabInfoParser(), "proc/slabinfo", "slabinfo - version: 2.1\nkmalloc-32 x y : tunables 0 0 0 : slabdata 1 1 0\n");
        assertThat(bad.records).isEmpty();
        assertThat(bad.diagnostics.get(0).line()).isEqualTo(2);
        assertThat(bad.diagnostics.get(0).message()).contains("expected 'name active num objsize");
    }

    private static final String REAL = "real-world/slab/";

    @Test
    void slabtopSummaryWithoutItsTableIsRead() {
        Parsing p = Parsing.fixture(new SlabTopParser(), REAL + "gh-spl373-slabtop-summary-only/paste.txt");
        assertThat(p.diagnostics).isEmpty();
        SlabTopSummary s = p.only(SlabTopSummary.class);
        assertThat(s.activeObjects()).isEqualTo(4852012);
        assertThat(s.totalObjects()).isEqualTo(4982054);
        assertThat(s.activeSlabs()).isEqualTo(54282);
        assertThat(s.totalCaches()).isEqualTo(105);
        assertThat(s.activeBytes()).isEqualTo(Math.round(386092.82 * 1024));
        assertThat(s.totalBytes()).isEqualTo(Math.round(401266.20 * 1024));
        assertThat(s.location().line()).isEqualTo(1);
        assertThat(p.records).noneMatch(r -> r instanceof SlabCacheTable);
    }

    @Test
    void slabtopSummaryAndTableBothKept() {
        Parsing p = Parsing.fixture(new SlabTopParser(), QEMU + "6.1.0-56-amd64/slabtop-o.txt");
        assertThat(p.only(SlabTopSummary.class).totalObjects()).isPositive();
        assertThat(p.only(SlabCacheTable.class).caches()).hasSize(200);
    }

    @Test
    void slabtopRowsAMailClientWrappedAreReadFromTheirTwoLines() {
        // header cut after SLABS, every row likewise; summary lines without the blank before their colon
        Parsing p = Parsing.fixture(new SlabTopParser(), REAL + "lkml-20230531-xfs-slabtop-autowrapped-quoted/paste.txt");
        assertThat(p.diagnostics).isEmpty();
        SlabTopSummary s = p.only(SlabTopSummary.class);
        assertThat(s.totalObjects()).isEqualTo(317485764);
        assertThat(s.totalCaches()).isEqualTo(180);
        assertThat(s.totalBytes()).isEqualTo(Math.round(127265108.19 * 1024));
        SlabCacheTable t = p.only(SlabCacheTable.class);
        assertThat(t.caches()).extracting(SlabCacheStats::name).containsExactly("xfs_inode", "dentry", "xfs_buf");
        SlabCacheStats inode = t.cache("xfs_inode").orElseThrow();
        assertThat(inode.totalObjects()).isEqualTo(78207920);
        assertThat(inode.activeObjects()).isEqualTo(70947541);
        assertThat(inode.cacheBytes()).isEqualTo(247392320L * 1024);
        // evidence: the row's first line (its content; the location gives the captured line)
        assertThat(inode.location().line()).isEqualTo(10);
        assertThat(inode.excerpt()).startsWith("78207920 ").doesNotContain("xfs_inode");
    }

    @Test
    void twoRunsOfSlabtopInOnePasteStayTwoRuns() {
        // Andrew Morton quotes slabtop after a find and again after allocating 6 GB, prose between them
        Parsing p = Parsing.fixture(new SlabTopParser(), REAL + "lkml-20040205-akpm-quoted-two-slabtops-find-then-alloc/paste.txt");
        assertThat(p.records).filteredOn(r -> r instanceof SlabTopSummary).extracting(r -> ((SlabTopSummary) r).activeObjects())
                .containsExactly(1794827L, 741266L);
        assertThat(p.records).filteredOn(r -> r instanceof SlabCacheTable)
                .extracting(r -> ((SlabCacheTable) r).caches().size(), r -> ((SlabCacheTable) r).location().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 9L), org.assertj.core.groups.Tuple.tuple(3, 23L));
        // the poster's prose line between the runs is said, not read
        assertThat(p.diagnostics).extracting(d -> d.line()).containsExactly(15L);
    }

    @Test
    void slabinfoRowsWithoutTheVersionLineAreReadAs2xAndSaidSo() {
        Parsing p = Parsing.fixture(new SlabInfoParser(), REAL + "gh-xsos194-sort-slabinfo-head-no-header/paste.txt");
        SlabCacheTable t = p.only(SlabCacheTable.class);
        assertThat(t.version()).isEmpty();
        assertThat(t.caches()).hasSize(10);
        assertThat(t.cache("ext4_inode_cache").orElseThrow().objectSize()).isEqualTo(1024);
        // one note on the first row that the version was assumed (the prompt line is the envelope layer's)
        assertThat(p.diagnostics).extracting(d -> d.line()).containsExactly(2L);
        assertThat(p.diagnostics.get(0).message()).contains("no 'slabinfo - version:' line");
    }

    @Test
    void slabinfoVersion11IsReadFromItsOwnColumns() {
        Parsing p = Parsing.fixture(new SlabInfoParser(), REAL + "lkml-20030922-slabinfo-v1.1-statistics-smp/paste.txt");
        SlabCacheTable t = p.only(SlabCacheTable.class);
        assertThat(t.version()).isEqualTo("1.1 (statistics) (SMP)");
        // "sock 660 846 832 94 94 2 : …": 846 objects of 832 bytes in 94 slabs of 2 pages
        SlabCacheStats sock = t.cache("sock").orElseThrow();
        assertThat(sock.activeObjects()).isEqualTo(660);
        assertThat(sock.totalObjects()).isEqualTo(846);
        assertThat(sock.objectSize()).isEqualTo(832);
        assertThat(sock.activeSlabs()).isEqualTo(94);
        assertThat(sock.totalSlabs()).isEqualTo(94);
        assertThat(sock.pagesPerSlab()).isEqualTo(2);
        assertThat(t.cache("dm io")).isPresent();
        // the `cat /proc/slabinfo` line is the command (the envelope layer's), not a bad row
        assertThat(p.diagnostics).isEmpty();
    }

    @Test
    void anUnknownSlabinfoVersionIsOneDiagnosticNotOnePerRow() {
        Parsing p = Parsing.run(new SlabInfoParser(), "proc/slabinfo", "slabinfo - version: 3.0\n"
                + "kmem_cache            72     72    164    3    3    1 :     72      72     3    0    0 :  252  126\n"
                + "ip_fib_hash           32    144     24    1    1    1 :    144    1377     1    0    0 :  252  126\n");
        assertThat(p.records).isEmpty();
        assertThat(p.diagnostics).hasSize(1);
        assertThat(p.diagnostics.get(0).message()).contains("version 3.0 is not supported");
    }

    @Test
    void wrongColumnCountsAndActiveAboveTotalAreDiagnostics() {
        String header = "slabinfo - version: 2.1\n";
        Parsing p = Parsing.run(new SlabInfoParser(), "proc/slabinfo", header
                + "dentry             47807  50589    192   21    1 : tunables    0    0    0 : slabdata   2409   2409      0\n"
                + "dentry2            47807  50589    192   21 : tunables    0    0    0 : slabdata   2409   2409      0\n"
                + "dentry3            47807  50589    192   21    1 : tunables    0    0 : slabdata   2409   2409      0\n"
                + "dentry4            47807  50589    192   21    1 : tunables    0    0    0 : slabdata   2409\n"
                + "dentry5            50590  50589    192   21    1 : tunables    0    0    0 : slabdata   2409   2409      0\n");
        SlabCacheTable t = p.only(SlabCacheTable.class);
        assertThat(t.caches()).extracting(SlabCacheStats::name).containsExactly("dentry", "dentry5");
        assertThat(p.diagnostics).extracting(d -> d.line()).containsExactly(3L, 4L, 5L, 6L);
        assertThat(p.diagnostics.get(0).message()).contains("4 numbers before ': tunables'");
        assertThat(p.diagnostics.get(1).message()).contains("2 tunables");
        assertThat(p.diagnostics.get(2).message()).contains("1 slabdata");
        assertThat(p.diagnostics.get(3).message()).contains("active count exceeds the total (50590 of 50589 objects");
    }

    @Test
    void elisionLinesAreSkippedSilently() {
        Parsing p = Parsing.fixture(new SlabInfoParser(), REAL + "gh-sungju-notes-slabinfo-size-n-caches-elided/paste.txt");
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.only(SlabCacheTable.class).caches()).extracting(SlabCacheStats::name)
                .contains("size-4194304(DMA)", "size-32", "kmem_cache").hasSize(7);
    }
}
