package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mga.core.model.memory.Meminfo;
import dev.mga.core.model.memory.MeminfoField;
import dev.mga.core.testing.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeminfoParserTest {

    private final MeminfoParser parser = new MeminfoParser();

    @Test
    void seedLoopGivesTheHostAndEveryLine() {
        Parsing r = Parsing.fixture(parser, "memory/seed-meminfo-loop/capture/case-notes/meminfo-per-node.txt");
        assertThat(r.diagnostics).isEmpty();
        Meminfo m = r.only(Meminfo.class);
        assertThat(m.host()).isEqualTo("master-0.ocp-power-xyz");
        assertThat(m.numaNode()).isEqualTo(-1);
        assertThat(m.location().line()).isEqualTo(8);
        assertThat(m.fields()).extracting(MeminfoField::key, MeminfoField::value, MeminfoField::unit, MeminfoField::bytes,
                f -> f.location().line()).containsExactly(
                tuple("MemTotal", 16652928L, "kB", 16652928L * 1024, 8L),
                tuple("MemFree", 265472L, "kB", 265472L * 1024, 9L),
                tuple("MemAvailable", 933248L, "kB", 933248L * 1024, 10L),
                tuple("Buffers", 384L, "kB", 384L * 1024, 11L),
                tuple("Cached", 1387584L, "kB", 1387584L * 1024, 12L),
                tuple("SwapCached", 0L, "kB", 0L, 13L),
                tuple("Active", 688000L, "kB", 688000L * 1024, 14L),
                tuple("Inactive", 7832192L, "kB", 7832192L * 1024, 15L),
                tuple("Active(anon)", 120448L, "kB", 120448L * 1024, 16L),
                tuple("Inactive(anon)", 7307392L, "kB", 7307392L * 1024, 17L));
        assertThat(m.fields().get(2).excerpt()).isEqualTo("MemAvailable:     933248 kB");
    }

    @Test
    void realProcMeminfoKeepsEveryKeyIncludingUnknownOnes() {
        Parsing r = Parsing.fixture(parser, "memory/host-healthy/capture/sosreport-vm-2026-11-25-wtmem01/proc/meminfo");
        assertThat(r.diagnostics).isEmpty();
        Meminfo m = r.only(Meminfo.class);
        assertThat(m.host()).isEqualTo("vm");
        assertThat(m.fields()).hasSize(54); // every line of the file
        assertThat(m.value("MemTotal")).isEqualTo(24684092L * 1024);
        assertThat(m.value("MemAvailable")).isEqualTo(23776324L * 1024);
        assertThat(m.value("SUnreclaim")).isEqualTo(24084L * 1024);
        assertThat(m.value("Slab")).isEqualTo(110500L * 1024);
        assertThat(m.value("HugePages_Total")).isZero();
        assertThat(m.field("HugePages_Total").orElseThrow().unit()).isEmpty();
        assertThat(m.field("HugePages_Total").orElseThrow().bytes()).isEqualTo(-1);
        assertThat(m.value("Hugepagesize")).isEqualTo(2048L * 1024);
        // keys newer than the parser, kept the same way
        assertThat(m.value("SecPageTables")).isZero();
        assertThat(m.field("Zswapped")).isPresent();
        assertThat(m.value("NoSuchKey")).isEqualTo(-1);
    }

    @Test
    void numaNodeMeminfoNamesItsNode() {
        Parsing r = Parsing.fixture(parser, "memory/hugepages-exhausted/capture/sys/devices/system/node/node0/meminfo");
        assertThat(r.diagnostics).isEmpty();
        Meminfo m = r.only(Meminfo.class);
        assertThat(m.numaNode()).isZero();
        assertThat(m.fields().get(0).excerpt()).startsWith("Node 0 MemTotal:");
        assertThat(m.value("HugePages_Total")).isEqualTo(20);
        assertThat(m.value("HugePages_Free")).isEqualTo(17);
        assertThat(m.value("HugePages_Surp")).isZero();
        assertThat(m.field("HugePages_Rsvd")).isEmpty(); // the kernel keeps reservations per host, not per node
    }

    @Test
    void grepWithFileNamesGivesEachNodeItsBlock() {
        Parsing r = Parsing.fixture(new MeminfoParser(), "real-world/memory/gh-pao279-find-xargs-grep-node-meminfo-huge/paste.txt");
        assertThat(r.diagnostics).isEmpty();
        List<Meminfo> blocks = r.all(Meminfo.class);
        assertThat(blocks).extracting(Meminfo::numaNode).containsExactly(0, 1);
        assertThat(blocks.get(0).value("HugePages_Total")).isEqualTo(3);
        assertThat(blocks.get(1).value("HugePages_Free")).isEqualTo(5);
        assertThat(blocks.get(1).field("HugePages_Free").orElseThrow().excerpt())
                .isEqualTo("/sys/devices/system/node/node1/meminfo:Node 1 HugePages_Free:      5");
    }

    @Test
    void elisionLinesAreSkippedSilently() {
        Parsing r = Parsing.fixture(new MeminfoParser(), "real-world/memory/k8s-64691-meminfo-elided-hugepages/paste.txt");
        assertThat(r.diagnostics).isEmpty();
        Meminfo m = r.only(Meminfo.class);
        assertThat(m.value("HugePages_Total")).isEqualTo(512);
        assertThat(m.value("HugePages_Free")).isEqualTo(481);
    }

    @Test
    void grepOutputWithItsPromptIsOneBlock() {
        Parsing r = Parsing.fixture(parser, "memory/seed-hugepages/capture/case-notes/grep-hugepages-meminfo.txt");
        assertThat(r.diagnostics).isEmpty();
        assertThat(r.only(Meminfo.class).fields()).extracting(MeminfoField::key, MeminfoField::value).containsExactly(
                tuple("HugePages_Total", 20L), tuple("HugePages_Free", 17L), tuple("HugePages_Rsvd", 5L),
                tuple("HugePages_Surp", 0L));
    }

    @Test
    void severalHostsAndARepeatedKeyStartNewBlocks() {
        String text = String.join("\n", List.of("HOSTNAME: a", "MemTotal: 100 kB", "MemFree: 10 kB", "", "HOSTNAME: b",
                "MemTotal: 200 kB", "MemTotal: 300 kB", "garbage here", "MemFree: 5 kB")) + "\n";
        Parsing r = Parsing.run(parser, "meminfo", text);
        assertThat(r.all(Meminfo.class)).extracting(Meminfo::host, m -> m.value("MemTotal"))
                .containsExactly(tuple("a", 102400L), tuple("b", 204800L), tuple("b", 307200L));
        assertThat(r.diagnostics).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains("expected 'Key:  N kB'");
        });
    }
}
