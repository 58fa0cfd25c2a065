package dev.mga.core.slab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.slab.CallerTotal;
import dev.mga.core.model.slab.CodeLocation;
import dev.mga.core.model.slab.IdRanges;
import dev.mga.core.model.slab.SlabCallSite;
import dev.mga.core.model.slab.SlabCallSiteListing;
import dev.mga.core.testing.Parsing;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlabCallsParserTest {

    private final SlabCallsParser parser = new SlabCallsParser();

    @Test
    void seedListingEveryField() {
        Parsing p = Parsing.fixture(parser, "slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls");
        SlabCallSiteListing l = p.only(SlabCallSiteListing.class);
        assertThat(p.diagnostics).isEmpty();
        assertThat(l.cache()).isEqualTo("kmalloc-32");
        assertThat(l.direction()).isEqualTo("alloc");
        assertThat(l.format()).isEqualTo("calls");
        assertThat(l.noData()).isFalse();
        assertThat(l.tailOnly()).isTrue();
        assertThat(l.sites()).hasSize(5);
        assertThat(l.totalObjects()).isEqualTo(4334L + 5655 + 41908 + 9969728 + 19861376);

        SlabCallSite first = l.sites().get(0);
        assertThat(first.count()).isEqualTo(4334);
        assertThat(first.caller()).isEqualTo(new CodeLocation("iomap_page_create", 0x80, 0x190, "", ""));
        assertThat(first.ageMin()).isEqualTo(0);
        assertThat(first.ageAvg()).isEqualTo(654342);
        assertThat(first.ageMax()).isEqualTo(2594020);
        assertThat(first.pidMin()).isEqualTo(1);
        assertThat(first.pidMax()).isEqualTo(39569);
        assertThat(first.cpus()).isEqualTo(new IdRanges("0-7", 8));
        assertThat(first.nodes()).isEqualTo(IdRanges.NONE);
        assertThat(first.wasteBytes()).isZero();
        assertThat(first.location().line()).isEqualTo(1);
        assertThat(first.excerpt()).isEqualTo("   4334 iomap_page_create+0x80/0x190 age=0/654342/2594020 pid=1-39569 cpus=0-7");

        SlabCallSite memcg = l.sites().get(3);
        assertThat(memcg.symbol()).isEqualTo("memcg_update_all_list_lrus");
        assertThat(memcg.caller().offset()).isEqualTo(0x1bc);
        assertThat(memcg.caller().size()).isEqualTo(0x550);
        assertThat(memcg.pidMin()).isEqualTo(1);
        assertThat(memcg.pidMax()).isEqualTo(1);
        assertThat(memcg.share()).isCloseTo(9969728.0 / l.totalObjects(), org.assertj.core.data.Offset.offset(1e-12));

        SlabCallSite top = l.topSite();
        assertThat(top.symbol()).isEqualTo("__list_lru_init");
        assertThat(top.count()).isEqualTo(19861376);
        assertThat(top.location().line()).isEqualTo(5);
    }

    @Test
    void optionalFieldsWasteModuleSingleAgeNodesAndUnknownCallers() {
        String text = String.join("\n",
                "     12 xfs_buf_item_init+0x4e/0x1d0 [xfs] waste=384/32 age=15 pid=700 cpus=1 nodes=0-1",
                "      3 <not-available> age=4294/4300/4401 pid=0-12 cpus=0,2-3",
                "      1 0xffffffffc0a1b2c3 age=-12 pid=1",
                "");
        SlabCallSiteListing l = Parsing.run(parser, "sys/kernel/slab/kmalloc-96/free_calls", text).only(SlabCallSiteListing.class);
        assertThat(l.direction()).isEqualTo("free");
        assertThat(l.tailOnly()).isFalse();
        SlabCallSite xfs = l.sites().get(0);
        assertThat(xfs.caller()).isEqualTo(new CodeLocation("xfs_buf_item_init", 0x4e, 0x1d0, "xfs", ""));
        assertThat(xfs.wasteBytes()).isEqualTo(384);
        assertThat(xfs.wasteEach()).isEqualTo(32);
        assertThat(xfs.ageMin()).isEqualTo(15);
        assertThat(xfs.ageAvg()).isEqualTo(15);
        assertThat(xfs.ageMax()).isEqualTo(15);
        assertThat(xfs.pidMax()).isEqualTo(700);
        assertThat(xfs.cpus().count()).isEqualTo(1);
        assertThat(xfs.nodes()).isEqualTo(new IdRanges("0-1", 2));
        assertThat(l.sites().get(1).caller()).isEqualTo(CodeLocation.NOT_AVAILABLE);
        assertThat(l.sites().get(1).cpus().count()).isEqualTo(3);
        assertThat(l.sites().get(2).caller().address()).isEqualTo("0xffffffffc0a1b2c3");
        assertThat(l.sites().get(2).ageMin()).isEqualTo(-12);
        assertThat(l.sites().get(2).cpus()).isEqualTo(IdRanges.NONE);
    }

    @Test
    void tracesWithStackFrames() {
        String text = String.join("\n",
                "  20480 __list_lru_init+0x1cc/0x300 age=1185/1187/1190 pid=1 cpus=0-1",
                "        __kmalloc+0x2f7/0x440",
                "        __list_lru_init+0x1cc/0x300",
                "        alloc_super+0x2b1/0x320",
                "        sget_fc+0x68/0x2c0 [ext4]",
                "",
                "     42 kernfs_fop_open+0xdc/0x3b0 age=9/10/11 pid=300-400",
                "        seq_open+0x2a/0x70",
                "",
                "");
        SlabCallSiteListing l = Parsing.run(parser, "sys/kernel/debug/slab/kmalloc-32/alloc_traces", text).only(SlabCallSiteListing.class);
        assertThat(l.format()).isEqualTo("traces");
        assertThat(l.sites()).hasSize(2);
        assertThat(l.sites().get(0).frames()).extracting(CodeLocation::symbol)
                .containsExactly("__kmalloc", "__list_lru_init", "alloc_super", "sget_fc");
        assertThat(l.sites().get(0).frames().get(3).module()).isEqualTo("ext4");
        assertThat(l.sites().get(0).involves("alloc_super")).isTrue();
        assertThat(l.sites().get(0).involves("memcg_update_all_list_lrus")).isFalse();
        assertThat(l.sites().get(1).frames()).extracting(CodeLocation::symbol).containsExactly("seq_open");
        assertThat(l.tailOnly()).isFalse();
    }

    @Test
    void noDataIsAnEmptyListingNotAFailure() {
        Parsing p = Parsing.run(parser, "sys/kernel/slab/dentry/alloc_calls", "No data\n");
        SlabCallSiteListing l = p.only(SlabCallSiteListing.class);
        assertThat(l.noData()).isTrue();
        assertThat(l.sites()).isEmpty();
        assertThat(l.topSite()).isNull();
        assertThat(l.cache()).isEqualTo("dentry");
        assertThat(p.diagnostics).isEmpty();
    }

    @Test
    void badLinesGiveDiagnosticsWithLineAndExpectationAndParsingGoesOn() {
        String text = String.join("\n",
                "   100 good_site+0x1/0x2 age=1 pid=1",
                "garbage here",
                "   7 broken_site+0x1 age=1 pid=1",
                "   200 other_site+0x3/0x4 age=2 pid=2",
                "");
        Parsing p = Parsing.run(parser, "x/alloc_calls", text);
        SlabCallSiteListing l = p.only(SlabCallSiteListing.class);
        assertThat(l.sites()).extracting(SlabCallSite::symbol).containsExactly("good_site", "other_site");
        assertThat(p.diagnostics).hasSize(2);
        assertThat(p.diagnostics.get(0).line()).isEqualTo(2);
        assertThat(p.diagnostics.get(0).message()).contains("expected 'COUNT symbol+0xOFF/0xSIZE");
        assertThat(p.diagnostics.get(1).line()).isEqualTo(3);
        assertThat(p.diagnostics.get(1).message()).contains("column");
        assertThat(l.cache()).isEqualTo("unknown");
    }

    @Test
    void cacheComesFromTheOptionWhenThePathHasNone() {
        Parsing p = Parsing.run(parser, "case/output.txt", "  5 a+0x1/0x2 age=1 pid=1\n".getBytes(),
                Map.of(SlabCallsParser.CACHE_OPTION, "kmalloc-64"), "worker-1");
        SlabCallSiteListing l = p.only(SlabCallSiteListing.class);
        assertThat(l.cache()).isEqualTo("kmalloc-64");
        assertThat(l.host()).isEqualTo("worker-1");
    }

    @Test
    void emptyOrForeignFileEmitsNothing() {
        assertThat(Parsing.run(parser, "x/alloc_calls", "").records).isEmpty();
        Parsing p = Parsing.run(parser, "x/alloc_calls", "hello\nworld\n");
        assertThat(p.records).isEmpty();
        assertThat(p.diagnostics).hasSize(2);
    }

    private static final String QEMU = "slab/qemu-captures/";

    @Test
    void realDebugfsTracesOfLinux61() {
        Parsing p = Parsing.fixture(parser, QEMU + "6.1.0-56-amd64/sys/kernel/debug/slab/kmalloc-32/alloc_traces");
        assertThat(p.diagnostics).isEmpty();
        SlabCallSiteListing l = p.only(SlabCallSiteListing.class);
        assertThat(l.format()).isEqualTo("traces");
        assertThat(l.cache()).isEqualTo("kmalloc-32");
        assertThat(l.sites()).hasSize(223);
        assertThat(l.tailOnly()).isFalse();
        assertThat(l.cutAtOnePage()).isFalse();
        SlabCallSite first = l.sites().get(0);
        assertThat(first.count()).isEqualTo(49);
        assertThat(first.caller()).isEqualTo(new CodeLocation("__vmalloc_node_range", 0x1ce, 0x880, "", ""));
        assertThat(first.ageMin()).isEqualTo(11787);
        assertThat(first.ageAvg()).isEqualTo(12506);
        assertThat(first.ageMax()).isEqualTo(12729);
        assertThat(first.pidMin()).isEqualTo(2);
        assertThat(first.pidMax()).isEqualTo(2);
        assertThat(first.cpus()).isEqualTo(new IdRanges("0-1", 2));
        assertThat(first.frames()).extracting(CodeLocation::text).containsExactly("__kmalloc_node+0x4c/0x150",
                "__vmalloc_node_range+0x1ce/0x880", "copy_process+0x63b/0x1ae0", "kernel_clone+0xbf/0x430",
                "kernel_thread+0x63/0x90", "kthreadd+0x287/0x2d0", "ret_from_fork+0x22/0x30");
        SlabCallSite second = l.sites().get(1);
        assertThat(second.symbol()).isEqualTo("register_slot");
        assertThat(second.wasteBytes()).isEqualTo(232);
        assertThat(second.wasteEach()).isEqualTo(8);
        assertThat(second.frames()).hasSize(16);
        assertThat(second.location().line()).isEqualTo(10);
        // the same caller on several entries (different stacks) is summed per caller
        assertThat(l.topCaller().caller()).isEqualTo("kasprintf+0x56/0x80");
        assertThat(l.topCaller().count()).isEqualTo(74);
        assertThat(l.topCaller().sites()).isEqualTo(11);
        assertThat(l.callers().get(1)).extracting(CallerTotal::caller, CallerTotal::count, CallerTotal::sites)
                .containsExactly("__vmalloc_node_range+0x1ce/0x880", 61L, 8);
        assertThat(l.callers()).hasSizeLessThanOrEqualTo(SlabCallSiteListing.MAX_CALLERS);
    }

    @Test
    void realFreeTracesStartWithTheNeverFreedEntryThatHasNoFrames() {
        Parsing p = Parsing.fixture(parser, QEMU + "6.1.0-56-amd64/sys/kernel/debug/slab/kmalloc-32/free_traces");
        assertThat(p.diagnostics).isEmpty();
        SlabCallSiteListing l = p.only(SlabCallSiteListing.class);
        assertThat(l.direction()).isEqualTo("free");
        SlabCallSite never = l.sites().get(0);
        assertThat(never.caller()).isEqualTo(CodeLocation.NOT_AVAILABLE);
        assertThat(never.count()).isEqualTo(386);
        assertThat(never.ageMin()).isEqualTo(4294905231L);
        assertThat(never.frames()).isEmpty();
        assertThat(l.sites().get(1).symbol()).isEqualTo("acpi_ns_evaluate");
        assertThat(l.sites().get(1).frames().get(0).text()).isEqualTo("acpi_evaluate_object+0x149/0x2f0");
    }

    @Test
    void realSysfsCallsOfLinux510AreMarkedWhenAPageLong() {
        Parsing p = Parsing.fixture(parser, QEMU + "5.10.0-46-amd64/sys/kernel/slab/kmalloc-32/alloc_calls");
        assertThat(p.diagnostics).isEmpty();
        SlabCallSiteListing full = p.only(SlabCallSiteListing.class);
        assertThat(full.format()).isEqualTo("calls");
        assertThat(full.sites()).hasSize(55);
        assertThat(full.totalObjects()).isEqualTo(884);
        assertThat(full.cutAtOnePage()).as("3805 bytes: the kernel stopped at one page").isTrue();
        assertThat(full.sites().get(54).excerpt()).isEqualTo("      1 ipv6_inetpeer_init+0x20/0x50 age=8289 pid=1 cpus=1");
        SlabCallSiteListing small = Parsing.fixture(parser, QEMU + "5.10.0-46-amd64/sys/kernel/slab/kmalloc-512/alloc_calls")
                .only(SlabCallSiteListing.class);
        assertThat(small.cutAtOnePage()).isFalse();
        SlabCallSiteListing none = Parsing.fixture(parser, QEMU + "5.10.0-46-amd64/sys/kernel/slab/TCP/alloc_calls")
                .only(SlabCallSiteListing.class);
        assertThat(none.noData()).isTrue();
    }

    @Test
    void aHugeListingKeepsItsLargestSitesAndCountsTheRest() {
        // sort -n of a listing with more sites than are kept: the largest come last
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= SlabCallsParser.MAX_SITES + 2000; i++) {
            text.append(String.format("%7d site_%d+0x1/0x2 age=1 pid=1%n", i, i % 3));
        }
        text.append("99999999 __list_lru_init+0x2b8/0x480 age=1 pid=1\n");
        Parsing p = Parsing.run(parser, "sys/kernel/slab/kmalloc-32/alloc_calls", text.toString());
        SlabCallSiteListing l = p.only(SlabCallSiteListing.class);
        assertThat(l.sites()).hasSize(SlabCallsParser.MAX_SITES);
        assertThat(l.sites().get(l.sites().size() - 1).symbol()).isEqualTo("__list_lru_init");
        assertThat(l.sites().get(0).count()).isEqualTo(2002);
        long n = SlabCallsParser.MAX_SITES + 2000L;
        assertThat(l.totalObjects()).isEqualTo(n * (n + 1) / 2 + 99999999);
        assertThat(l.tailOnly()).isTrue();
        assertThat(l.topCaller().caller()).isEqualTo("__list_lru_init+0x2b8/0x480");
        assertThat(l.callers()).extracting(CallerTotal::sites).containsExactly(1, 4000, 4000, 4000);
        assertThat(p.diagnostics).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo((n + 1) + " call sites: the 10000 largest are kept, the other 2001 are counted in the totals only"));
    }

    @Test
    void linesTheByteScannerLeavesToTheGrammarGiveTheSameListing() {
        // CRLF ends, a form feed before a frame, a non-ASCII module and a frame at a raw address are
        // read from the decoded line; the result must equal the plain listing's
        String plain = String.join("\n",
                "  20480 __list_lru_init+0x1cc/0x300 [ünï] age=1185/1187/1190 pid=1 cpus=0-1",
                "        __kmalloc+0x2f7/0x440",
                "        0xffffffffc0a1b2c3",
                "",
                "     42 kernfs_fop_open+0xdc/0x3b0 age=9/10/11 pid=300-400",
                "");
        String odd = plain.replace("        __kmalloc", "\f       __kmalloc").replace("pid=300-400", "pid=300-400 \u000b")
                .replace("\n", "\r\n");
        String path = "sys/kernel/debug/slab/kmalloc-32/alloc_traces";
        Parsing a = Parsing.run(parser, path, plain);
        Parsing b = Parsing.run(parser, path, odd);
        assertThat(a.diagnostics).isEmpty();
        assertThat(b.diagnostics).isEmpty();
        SlabCallSiteListing first = a.only(SlabCallSiteListing.class);
        SlabCallSiteListing second = b.only(SlabCallSiteListing.class);
        assertThat(first.sites()).hasSize(2);
        assertThat(first.sites().get(0).caller().module()).isEqualTo("ünï");
        assertThat(first.sites().get(0).frames()).extracting(CodeLocation::text)
                .containsExactly("__kmalloc+0x2f7/0x440", "0xffffffffc0a1b2c3");
        assertThat(second.sites()).extracting(SlabCallSite::caller).isEqualTo(first.sites().stream().map(SlabCallSite::caller).toList());
        assertThat(second.sites()).extracting(SlabCallSite::frames).isEqualTo(first.sites().stream().map(SlabCallSite::frames).toList());
        assertThat(second.totalObjects()).isEqualTo(first.totalObjects());
    }

    @Test
    void theCommandAboveAListingNamesItsCache() {
        Parsing p = Parsing.run(new SlabCallsParser(), "paste.txt",
                "[root@hero05b ~]# cat /sys/kernel/slab/kmalloc-16384/free_calls\n"
                        + "   1403 <not-available> age=4295224069 pid=0 cpus=0 nodes=1\n"
                        + "      1 .pidlist_free+0x2c/0x60 age=101818 pid=1 cpus=52 nodes=1\n");
        SlabCallSiteListing l = p.only(SlabCallSiteListing.class);
        assertThat(l.cache()).isEqualTo("kmalloc-16384");
        assertThat(l.direction()).isEqualTo("free");
        assertThat(p.diagnostics).isEmpty();
    }
}
