package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.mga.core.model.memory.MemoryMapping;
import dev.mga.core.model.memory.ProcessMemoryMap;
import dev.mga.core.testing.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmapsParserTest {

    private static final long KI = 1024;
    private static final String SLEEP = "memory/host-healthy/capture/sosreport-vm-2026-11-25-wtmem01/proc/16577/";
    private static final String HUGEMAP = "memory/hugepages-reserved/capture/";

    private final SmapsParser parser = new SmapsParser();

    @Test
    void wholeSmapsOfARunningProcess() {
        Parsing r = Parsing.fixture(parser, SLEEP + "smaps");
        assertThat(r.diagnostics).isEmpty();
        ProcessMemoryMap map = r.only(ProcessMemoryMap.class);
        assertThat(map.host()).isEqualTo("vm");
        assertThat(map.pid()).isEqualTo(16577);
        assertThat(map.source()).isEqualTo("smaps");
        assertThat(map.mappingCount()).isEqualTo(37);
        assertThat(map.hugetlbBytes()).isZero();
        assertThat(map.hugetlbMappings()).isEmpty();
        assertThat(map.largestMappings()).hasSize(SmapsParser.KEPT_LARGEST);
        // the totals add up to what the kernel's own rollup and status say
        assertThat(map.totals()).containsEntry("Rss", 1664 * KI).containsEntry("Private_Dirty", 144 * KI)
                .containsEntry("Shared_Clean", 1520 * KI).containsEntry("Anonymous", 108 * KI);
        MemoryMapping first = r.only(ProcessMemoryMap.class).largestMappings().stream()
                .filter(m -> m.start().equals("56217077a000")).findFirst().orElseThrow();
        assertThat(first).extracting(MemoryMapping::end, MemoryMapping::sizeBytes, MemoryMapping::perms,
                MemoryMapping::offset, MemoryMapping::device, MemoryMapping::inode, MemoryMapping::path,
                MemoryMapping::deleted, MemoryMapping::hugetlb)
                .containsExactly("56217077c000", 8 * KI, "r--p", "00000000", "fe:00", 2146445L, "/tmp/wtmem-sleep", true, false);
        assertThat(first.bytes()).hasSize(22).containsEntry("Size", 8 * KI).containsEntry("KernelPageSize", 4 * KI)
                .containsEntry("MMUPageSize", 4 * KI).containsEntry("Rss", 8 * KI).containsEntry("Pss_Dirty", 8 * KI)
                .containsEntry("Private_Dirty", 8 * KI).containsEntry("Swap", 0L).containsEntry("Locked", 0L);
        assertThat(first.counts()).containsOnly(entry("THPeligible", 0L));
        assertThat(first.vmFlags()).containsExactly("rd", "mr", "mw", "me");
        assertThat(first.location().line()).isEqualTo(1);
        List<String> paths = map.largestMappings().stream().map(MemoryMapping::path).toList();
        assertThat(paths).contains("[heap]", "[stack]", "", "/usr/lib/x86_64-linux-gnu/libc.so.6")
                .doesNotContain("[vsyscall]"); // Rss 0: among the 5 least resident of 37, not kept
        assertThat(map.largestMappings()).isSortedAccordingTo(
                java.util.Comparator.comparingLong(MemoryMapping::residentBytes).reversed());
        MemoryMapping heap = map.largestMappings().stream().filter(m -> m.path().equals("[heap]")).findFirst().orElseThrow();
        assertThat(heap.sizeBytes()).isEqualTo(132 * KI);
        assertThat(heap.residentBytes()).isEqualTo(16 * KI);
    }

    @Test
    void rollupIsOnePseudoMapping() {
        Parsing r = Parsing.fixture(parser, SLEEP + "smaps_rollup");
        assertThat(r.diagnostics).isEmpty();
        ProcessMemoryMap map = r.only(ProcessMemoryMap.class);
        assertThat(map.source()).isEqualTo("smaps_rollup");
        assertThat(map.mappingCount()).isOne();
        assertThat(map.totals()).containsEntry("Rss", 1664 * KI).containsEntry("Pss", 343 * KI)
                .containsEntry("Pss_Anon", 108 * KI).containsEntry("Pss_File", 235 * KI).containsEntry("SwapPss", 0L);
        assertThat(map.largestMappings()).singleElement().satisfies(m -> {
            assertThat(m.path()).isEqualTo("[rollup]");
            assertThat(m.start()).isEqualTo("56217077a000");
            assertThat(m.end()).isEqualTo("7ffd228af000");
            assertThat(m.perms()).isEqualTo("---p");
        });
    }

    @Test
    void hugetlbMappingsAreAllKept() {
        Parsing r = Parsing.fixture(parser, HUGEMAP + "proc/15810/smaps");
        assertThat(r.diagnostics).isEmpty();
        ProcessMemoryMap map = r.only(ProcessMemoryMap.class);
        assertThat(map.mappingCount()).isEqualTo(26);
        assertThat(map.hugetlbBytes()).isEqualTo(24576 * KI);
        assertThat(map.hugetlbMappings()).extracting(MemoryMapping::path, MemoryMapping::deleted, MemoryMapping::perms,
                MemoryMapping::sizeBytes, m -> m.field("KernelPageSize"), m -> m.field("Private_Hugetlb"),
                m -> m.field("Shared_Hugetlb"), MemoryMapping::hugetlbBytes).containsExactly(
                tuple("/dev/hugepages/demo", false, "rw-s", 65536 * KI, 2048 * KI, 16384 * KI, 0L, 16384 * KI),
                tuple("/anon_hugepage", true, "rw-p", 32768 * KI, 2048 * KI, 8192 * KI, 0L, 8192 * KI));
        assertThat(map.hugetlbMappings().get(0).vmFlags()).contains("sh", "ht");
    }

    @Test
    void grepFragmentsTakeThePidFromTheCommand() {
        Parsing seed = Parsing.fixture(parser, "memory/seed-hugepages/capture/case-notes/oc-exec-grep-smaps.txt");
        assertThat(seed.diagnostics).isEmpty();
        ProcessMemoryMap m = seed.only(ProcessMemoryMap.class);
        assertThat(m.pid()).isOne();
        assertThat(m.source()).isEqualTo("fragment");
        assertThat(m.hugetlbBytes()).isEqualTo(131072 * KI);
        assertThat(m.hugetlbMappings()).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/dev/hugepages/demo");
            assertThat(x.device()).isEqualTo("00:1de");
            assertThat(x.inode()).isEqualTo(197766);
            assertThat(x.bytes()).containsOnly(entry("Size", 131072 * KI), entry("KernelPageSize", 16384 * KI),
                    entry("MMUPageSize", 16384 * KI));
            assertThat(x.location().line()).isEqualTo(2);
        });
        Parsing variable = Parsing.fixture(parser, "memory/seed-hugepages/capture/case-notes/grep-A3-smaps-proc.txt");
        assertThat(variable.only(ProcessMemoryMap.class).pid()).isEqualTo(27693); // $ PROC=27693, then /proc/${PROC}/smaps
        Parsing own = Parsing.fixture(parser, HUGEMAP + "grep-A3-demo-smaps.txt");
        assertThat(own.only(ProcessMemoryMap.class).pid()).isEqualTo(15810);
        assertThat(own.only(ProcessMemoryMap.class).hugetlbMappings()).singleElement()
                .extracting(MemoryMapping::sizeBytes).isEqualTo(65536 * KI);
    }

    @Test
    void fieldsBeforeAHeaderAndBadLinesAreReported() {
        Parsing r = Parsing.run(parser, "smaps", "Rss: 4 kB\n00400000-00401000 r-xp 00000000 08:01 12 /bin/x\nSize: 4 kB\nnonsense\n");
        assertThat(r.diagnostics).extracting(dev.mga.core.model.Diagnostic::line).containsExactly(1L, 4L);
        assertThat(r.only(ProcessMemoryMap.class).mappingCount()).isOne();
    }
}
