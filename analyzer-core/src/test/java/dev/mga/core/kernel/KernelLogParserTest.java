package dev.mga.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.kernel.HugetlbBootAllocation;
import dev.mga.core.model.kernel.KernelCommandLine;
import dev.mga.core.model.kernel.OomConstraint;
import dev.mga.core.model.kernel.OomConstraintKind;
import dev.mga.core.model.kernel.OomKill;
import dev.mga.core.model.kernel.OomTask;
import dev.mga.core.testing.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OOM reports of the real kills in fixtures/node/oom, in every form of the kernel log the captures hold. */
class KernelLogParserTest {

    private static final List<String> FORMS = List.of("dmesg.txt", "dmesg-T.txt", "dmesg-time-format-iso.txt",
            "journalctl-k.txt", "journalctl-k-o-short-iso.txt", "journalctl-k-o-short-precise.txt");

    private static List<OomKill> kills(String capture, String form) {
        Parsing p = Parsing.fixture(new KernelLogParser(), "node/oom/" + capture + "/" + form);
        assertThat(p.diagnostics).as(capture + "/" + form).isEmpty();
        return p.records.stream().filter(OomKill.class::isInstance).map(OomKill.class::cast).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dmesg.txt", "dmesg-T.txt", "dmesg-time-format-iso.txt", "journalctl-k.txt",
            "journalctl-k-o-short-iso.txt", "journalctl-k-o-short-precise.txt"})
    void v1HostKillsInEveryForm(String form) {
        List<OomKill> k = kills("v1-host-6.18", form);
        assertThat(k).hasSize(2);
        OomKill second = k.get(1);
        assertThat(second.victim()).extracting(v -> v.pid(), v -> v.command(), v -> v.anonRssKb(), v -> v.fileRssKb(),
                v -> v.shmemRssKb(), v -> v.totalVmKb(), v -> v.pgtablesKb()).containsExactly(10642L, "memhog", 65152L, 652L,
                0L, 66784L, 164L);
        assertThat(second.trigger()).extracting(t -> t.command(), t -> t.pid(), t -> t.gfpMask(), t -> t.gfpFlags(),
                t -> t.order(), t -> t.kernelRelease()).containsExactly("memhog", 10642L, "0xcc0", List.of("GFP_KERNEL"), 0,
                "6.18.44-fc-v669");
        assertThat(second.constraint().kind()).isEqualTo(OomConstraintKind.MEMCG);
        assertThat(second.constraint().cpuset()).isEqualTo("crio-a47e87b491f31968ea2b00d5b58c812dd74021220eb9a743ae12897b698c2584.scope");
        assertThat(second.memcg()).extracting(m -> m.usageKb(), m -> m.limitKb(), m -> m.failcnt(), m -> m.swapLimitKb())
                .containsExactly(65536L, 65536L, 76L, 9007199254740988L);
        assertThat(second.memcg().stats()).hasSize(42).containsEntry("rss", 66928640L)
                .containsEntry("hierarchical_memory_limit", 67108864L);
        assertThat(second.pod()).extracting(p -> p.podUid(), p -> p.runtime(), p -> p.qosClass())
                .containsExactly("049d4940-2a6e-42cc-a23e-ef839ce824c3", "crio", "Burstable");
        assertThat(second.tasks().columns()).contains("rss_anon", "rss_file", "rss_shmem");
        OomTask row = second.tasks().largest().get(0);
        assertThat(row).extracting(OomTask::pid, OomTask::rssPages, OomTask::rssAnonPages, OomTask::rssFilePages, OomTask::name)
                .containsExactly(10642L, 16451L, 16288L, 163L, "memhog");
        assertThat(second.location().line()).isEqualTo(503);
        assertThat(second.evidence()).extracting(e -> e.location().line()).containsExactly(425L, 453L, 502L, 503L);
    }

    @Test
    void sixPointOneStatsBlockIsOneRecordWithUnstampedLines() {
        for (String form : FORMS) {
            OomKill k = kills("v2-guest-6.1.0-57", form).get(0);
            assertThat(k.memcg().stats()).as(form).hasSize(51).containsEntry("anon", 66908160L)
                    .containsEntry("thp_collapse_alloc", 0L);
            assertThat(k.tasks().columns()).as(form).doesNotContain("rss_anon");
            assertThat(k.tasks().largest().get(0).rssAnonPages()).isEqualTo(-1);
            assertThat(k.trigger().kernelRelease()).isEqualTo("6.1.0-57-amd64");
            assertThat(k.memcg().swapUsageKb()).isZero();
        }
    }

    @Test
    void globalKillHasTheMachinesMemory() {
        for (String form : FORMS) {
            OomKill k = kills("global-guest-6.12.100", form).get(0);
            assertThat(k.constraint()).extracting(OomConstraint::kind, OomConstraint::globalOom, OomConstraint::taskMemcg)
                    .containsExactly(OomConstraintKind.NONE, true, "/");
            assertThat(k.byMemcgLimit()).isFalse();
            assertThat(k.memcg()).isNull();
            assertThat(k.memoryInfo()).extracting(i -> i.pageSizeKb(), i -> i.freePages(), i -> i.ramPages(),
                    i -> i.reservedPages(), i -> i.totalSwapKb()).containsExactly(4L, 561L, 65403L, 11533L, 0L);
            assertThat(k.memoryInfo().zones()).extracting(z -> z.zone() + " " + z.freeKb() + " " + z.minKb())
                    .containsExactly("DMA 772 136", "DMA32 1472 1644");
            assertThat(k.memoryInfo().hugepages()).extracting(h -> h.pageSizeKb()).containsExactly(1048576L, 2048L);
            assertThat(k.tasks().tasks()).isEqualTo(2);
            assertThat(k.tasks().largest().get(0).name()).isEqualTo("memhog");
            assertThat(k.trigger().gfpFlags()).containsExactly("GFP_HIGHUSER_MOVABLE", "__GFP_COMP", "__GFP_ZERO");
        }
    }

    @Test
    void anOomKillLineAloneStandsForTheKill() {
        Parsing p = Parsing.fixture(new KernelLogParser(), "node/oom/issue-pastes/leptonai-gpud-70-oom-kill-line.txt");
        OomKill k = p.records.stream().filter(OomKill.class::isInstance).map(OomKill.class::cast).findFirst().orElseThrow();
        assertThat(k.victim()).extracting(v -> v.pid(), v -> v.command(), v -> v.anonRssKb()).containsExactly(461754L,
                "pt_main_thread", -1L);
        assertThat(k.constraint().memsAllowed()).isEqualTo("0-1");
        assertThat(k.cgroup()).endsWith("kubepods-burstable-podeded8c65_6e8e_4c6e_a889_3e427565c740.slice");
        assertThat(k.pod().runtime()).isEqualTo("cri-containerd");
        assertThat(k.time()).isEqualTo("Aug 30 06:58:55.050705");
    }

    /** mems_allowed is printed as a node list (%*pbl): commas inside a value must not end it. */
    @Test
    void memsAllowedListWithCommas() {
        OomConstraint c = OomReportReader.constraint(
                "constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,2-3,oom_memcg=/a,task_memcg=/a/b,task=x,pid=1,uid=0");
        assertThat(c).extracting(OomConstraint::memsAllowed, OomConstraint::oomMemcg, OomConstraint::taskMemcg)
                .containsExactly("0,2-3", "/a", "/a/b");
    }

    @Test
    void bootCommandLineAndHugetlbPools() {
        Parsing p = Parsing.fixture(new KernelLogParser(), "node/kernel-args/pool-short-6.1.0-57/dmesg.txt");
        assertThat(p.records).filteredOn(KernelCommandLine.class::isInstance).hasSize(1);
        KernelCommandLine cmd = (KernelCommandLine) p.records.stream().filter(KernelCommandLine.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(cmd.values("hugepages")).containsExactly("2", "128");
        assertThat(cmd.values("slub_debug")).containsExactly("FZ");
        List<HugetlbBootAllocation> pools = p.records.stream().filter(HugetlbBootAllocation.class::isInstance)
                .map(HugetlbBootAllocation.class::cast).toList();
        assertThat(pools).extracting(HugetlbBootAllocation::pageSizeBytes, HugetlbBootAllocation::requested,
                HugetlbBootAllocation::allocated).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L << 30, 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple(1L << 30, -1L, 0L),
                        org.assertj.core.groups.Tuple.tuple(2L << 20, -1L, 128L));
        assertThat(pools.get(0).failed()).isTrue();
    }

    /** A real kubelet journal: every line is another program's, none is read as a kernel message. */
    @Test
    void aJournalsOtherProgramsAreNotKernelMessages() {
        Parsing p = Parsing.fixture(new KernelLogParser(),
                "must-gather/real-insights-archive-sample/config/node/logs/ip-10-0-135-228.us-east-2.compute.internal.log");
        assertThat(p.records).isEmpty();
        assertThat(p.diagnostics).singleElement().satisfies(d -> assertThat(d.message()).startsWith("no kernel message found"));
    }
}
