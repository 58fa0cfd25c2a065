package dev.mga.core.slab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.slab.SlabCacheStats;
import dev.mga.core.model.slab.SlabCacheTable;
import dev.mga.core.testing.Parsing;
import org.junit.jupiter.api.Test;

/** /proc/slabinfo and slabtop -o, on real captures of Linux 5.10, 6.1 and 6.18. */
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
        assertThat(p.records).isEmpty();
        assertThat(p.diagnostics).extracting(d -> d.message()).containsExactly(
                "no 'OBJS ACTIVE USE OBJ SIZE SLABS OBJ/SLAB CACHE SIZE NAME' header found");
        Parsing bad = Parsing.run(new SlabInfoParser(), "proc/slabinfo", "slabinfo - version: 2.1\nkmalloc-32 x y : tunables 0 0 0 : slabdata 1 1 0\n");
        assertThat(bad.records).isEmpty();
        assertThat(bad.diagnostics.get(0).line()).isEqualTo(2);
        assertThat(bad.diagnostics.get(0).message()).contains("expected 'name active num objsize");
    }
}
