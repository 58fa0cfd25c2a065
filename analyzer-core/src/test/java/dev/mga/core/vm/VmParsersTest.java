package dev.mga.core.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.vm.FreeBlocks;
import dev.mga.core.model.vm.PageTypeInfo;
import dev.mga.core.model.vm.ThpSetting;
import dev.mga.core.model.vm.VmStat;
import dev.mga.core.model.vm.ZoneWatermarks;
import dev.mga.core.testing.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page allocator files of the fragmented guest (fixtures/node/vm), value by value. */
class VmParsersTest {

    private static final String DIR = "node/vm/frag-hugepages-guest-6.1.0-57/3-after-request/";

    private static Parsing parse(dev.mga.core.spi.ArtifactParser parser, String file) {
        Parsing p = Parsing.fixture(parser, DIR + file);
        assertThat(p.diagnostics).isEmpty();
        return p;
    }

    @Test
    void buddyinfo() {
        List<Object> r = parse(new BuddyInfoParser(), "proc/buddyinfo").records;
        assertThat(r).hasSize(2);
        FreeBlocks dma32 = (FreeBlocks) r.get(1);
        assertThat(dma32.zone()).isEqualTo("DMA32");
        assertThat(dma32.freeByOrder()).containsExactly(43511L, 8L, 8L, 10L, 3L, 0L, 1L, 1L, 0L, 0L, 0L);
        assertThat(dma32.blocksAtOrAbove(9)).isZero();
        assertThat(dma32.freePages()).isEqualTo(43511 + 16 + 32 + 80 + 48 + 64 + 128);
    }

    @Test
    void pagetypeinfo() {
        PageTypeInfo p = (PageTypeInfo) parse(new PageTypeInfoParser(), "proc/pagetypeinfo").records.get(0);
        assertThat(p.pageBlockOrder()).isEqualTo(9);
        assertThat(p.pagesPerBlock()).isEqualTo(512);
        assertThat(p.free()).hasSize(10);
        assertThat(p.free().get(6)).extracting(f -> f.zone(), f -> f.type(), f -> f.freeByOrder().get(0))
                .containsExactly("DMA32", "Movable", 43511L);
        assertThat(p.blocks().get(1).blocksByType()).containsEntry("Movable", 202L).containsEntry("Unmovable", 41L);
    }

    @Test
    void zoneinfo() {
        List<Object> r = parse(new ZoneInfoParser(), "proc/zoneinfo").records;
        assertThat(r).extracting(z -> ((ZoneWatermarks) z).zone()).containsExactly("DMA", "DMA32", "Normal", "Movable", "Device");
        ZoneWatermarks dma = (ZoneWatermarks) r.get(0);
        assertThat(dma).extracting(ZoneWatermarks::freePages, ZoneWatermarks::minPages, ZoneWatermarks::managedPages)
                .containsExactly(736L, 22L, 3840L);
    }

    @Test
    void vmstatAndThp() {
        VmStat v = (VmStat) parse(new VmStatParser(), "proc/vmstat").records.get(0);
        assertThat(v.value("htlb_buddy_alloc_fail")).isEqualTo(1);
        assertThat(v.value("compact_stall")).isEqualTo(22);
        assertThat(v.counters().get("htlb_buddy_alloc_fail").location().line()).isEqualTo(133);
        ThpSetting enabled = (ThpSetting) parse(new ThpParser(), "sys/kernel/mm/transparent_hugepage/enabled").records.get(0);
        assertThat(enabled).extracting(ThpSetting::name, ThpSetting::selected, ThpSetting::choices)
                .containsExactly("enabled", "never", List.of("always", "madvise", "never"));
    }
}
