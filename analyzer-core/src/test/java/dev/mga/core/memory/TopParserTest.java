package dev.mga.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.mga.core.model.memory.TopProcess;
import dev.mga.core.model.memory.TopSnapshot;
import dev.mga.core.testing.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopParserTest {

    private static final long KI = 1024;

    private final TopParser parser = new TopParser();

    @Test
    void seedSnapshotProcps33() {
        Parsing r = Parsing.fixture(parser, "memory/seed-top-loop/capture/case-notes/top-per-node.txt");
        assertThat(r.diagnostics).isEmpty();
        TopSnapshot s = r.only(TopSnapshot.class);
        assertThat(s.host()).isEqualTo("master-0.ocp-power.xyz");
        assertThat(s.iteration()).isEqualTo(1);
        assertThat(s.time()).isEqualTo("23:41:40");
        assertThat(s.uptime()).isEqualTo("7 days, 11:58");
        assertThat(s.users()).isZero();
        assertThat(s.load()).containsExactly(1.60, 2.24, 2.74);
        assertThat(s.tasks()).containsOnly(entry("total", 390L), entry("running", 1L), entry("sleeping", 389L),
                entry("stopped", 0L), entry("zombie", 0L));
        assertThat(s.cpu()).containsOnly(entry("us", 48.1), entry("sy", 10.6), entry("ni", 0.0), entry("id", 39.4),
                entry("wa", 1.2), entry("hi", 0.0), entry("si", 0.6), entry("st", 0.0));
        assertThat(s.memoryUnit()).isEqualTo("GiB");
        assertThat(s.memory()).containsOnly(entry("total", 17_072_495_001L), entry("free", 214_748_364L),
                entry("used", 15_354_508_083L), entry("buff/cache", 1_395_864_371L));
        assertThat(s.swap()).containsOnly(entry("total", 0L), entry("free", 0L), entry("used", 0L));
        assertThat(s.availableBytes()).isEqualTo(858_993_459L);
        assertThat(s.columns()).containsExactly("PID", "USER", "PR", "NI", "VIRT", "RES", "SHR", "S", "%CPU", "%MEM",
                "TIME+", "COMMAND");
        assertThat(s.processCount()).isEqualTo(3);
        assertThat(s.location().line()).isEqualTo(10);
        assertThat(s.processes()).extracting(TopProcess::pid, TopProcess::user, TopProcess::virtualBytes,
                TopProcess::residentBytes, TopProcess::sharedBytes, TopProcess::cpuPercent, TopProcess::memPercent,
                TopProcess::command, TopProcess::commandCut, p -> p.location().line()).containsExactly(
                tuple(1018800L, "root", 2661824 * KI, 1_825_361_100L, 21696 * KI, 0.0, 10.5, "kube-ap+", true, 17L),
                tuple(42247L, "root", 12_133_282_611L, 1_181_116_006L, 14272 * KI, 16.7, 7.1, "etcd", false, 18L),
                tuple(1704L, "root", 3984384 * KI, 220480 * KI, 31680 * KI, 11.1, 1.3, "kubelet", false, 19L));
        assertThat(s.processes().get(0).fields()).containsEntry("TIME+", "2896:40").containsEntry("PR", "20")
                .containsEntry("NI", "0").containsEntry("S", "S");
    }

    @Test
    void procps4MebibyteSummaryAndScaledTaskMemory() {
        Parsing r = Parsing.fixture(parser, "memory/command-outputs/capture/top-b-Em-em.txt");
        assertThat(r.diagnostics).isEmpty();
        TopSnapshot s = r.only(TopSnapshot.class);
        assertThat(s.users()).isZero(); // procps-ng 4 prints "0 user"
        assertThat(s.cpu()).containsEntry("us", 100.0); // "%Cpu(s):100.0 us": no space after the colon
        assertThat(s.memoryUnit()).isEqualTo("MiB");
        assertThat(s.memoryTotalBytes()).isEqualTo(25_276_553_625L);
        assertThat(s.availableBytes()).isEqualTo(24_383_062_016L);
        assertThat(s.processCount()).isEqualTo(86); // 94 lines: prompt, 5 summary, blank, header, 86 rows
        assertThat(s.processes()).hasSize(TopParser.KEPT_PROCESSES);
        TopProcess first = s.processes().get(0);
        assertThat(first.pid()).isEqualTo(13248);
        assertThat(first.virtualBytes()).isEqualTo(2_562_614_886L); // 2443.9m
        assertThat(first.residentBytes()).isEqualTo(289_511_833L); // 276.1m
        assertThat(first.sharedBytes()).isEqualTo(27_577_548L); // 26.3m
    }

    @Test
    void twoIterationsAreTwoSnapshots() {
        Parsing r = Parsing.fixture(parser, "memory/command-outputs/capture/top-b-n2.txt");
        assertThat(r.diagnostics).isEmpty();
        List<TopSnapshot> s = r.all(TopSnapshot.class);
        assertThat(s).extracting(TopSnapshot::iteration, TopSnapshot::time, TopSnapshot::processCount,
                x -> x.location().line()).containsExactly(tuple(1, "16:28:51", 86, 2L), tuple(2, "16:28:52", 86, 96L));
        assertThat(s.get(1).cpu()).containsEntry("us", 89.7).containsEntry("st", 0.9);
        assertThat(s.get(1).processes().get(1).residentBytes()).isEqualTo(259812 * KI);
    }

    @Test
    void wideOutputKeepsWholeCommandLines() {
        Parsing r = Parsing.fixture(parser, "memory/command-outputs/capture/top-b-w512-c.txt");
        assertThat(r.diagnostics).isEmpty();
        TopProcess p = r.only(TopSnapshot.class).processes().get(0);
        assertThat(p.command()).startsWith("qemu-system-x86_64 -accel tcg -m 1024 -smp 2 -nographic").endsWith("if=virtio");
        assertThat(p.commandCut()).isFalse();
    }

    @Test
    void everyCaptureOfTheMachineParsesWithoutProblems() {
        for (String f : new String[] {"top-b-n1", "top-b-Eg-oMEM"}) {
            Parsing r = Parsing.fixture(parser, "memory/command-outputs/capture/" + f + ".txt");
            assertThat(r.diagnostics).as(f).isEmpty();
            assertThat(r.only(TopSnapshot.class).processCount()).as(f).isEqualTo(86);
        }
    }

    @Test
    void customColumnsWithoutResKeepTopsOrder() {
        String text = """
                top - 10:00:00 up 1 day,  2:03,  1 user,  load average: 0.00, 0.01, 0.05
                Tasks:   3 total,   1 running,   2 sleeping,   0 stopped,   0 zombie
                KiB Mem :  16266500 total,  1000000 free,  2000000 used, 13266500 buff/cache
                KiB Swap:         0 total,        0 free,        0 used. 14000000 avail Mem

                  PID %MEM COMMAND
                    1  0.1 systemd
                    2  0.0 kthreadd
                  bad row
                """;
        Parsing r = Parsing.run(parser, "top", text);
        TopSnapshot s = r.only(TopSnapshot.class);
        assertThat(s.memoryUnit()).isEqualTo("KiB");
        assertThat(s.memory()).containsEntry("total", 16266500 * KI);
        assertThat(s.processes()).extracting(TopProcess::command, TopProcess::residentBytes, TopProcess::memPercent)
                .containsExactly(tuple("systemd", -1L, 0.1), tuple("kthreadd", -1L, 0.0));
        assertThat(r.diagnostics).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(9));
    }

    private static final String REAL = "real-world/memory/";

    @Test
    void procps339SummaryWithoutTaskRows() {
        Parsing r = Parsing.fixture(parser, REAL + "gh-listest1149-top-procps33-kib-mem-cached/paste.txt");
        assertThat(r.diagnostics).isEmpty();
        TopSnapshot s = r.only(TopSnapshot.class);
        assertThat(s.columns()).isEmpty();
        assertThat(s.processCount()).isZero();
        // "KiB Mem: 1406544 total, 468852 used, 937692 free, 1240 buffers" / "… free.   176240 cached Mem"
        assertThat(s.memory()).containsOnly(entry("total", 1406544 * KI), entry("used", 468852 * KI),
                entry("free", 937692 * KI), entry("buffers", 1240 * KI), entry("cached", 176240 * KI));
        assertThat(s.availableBytes()).isEqualTo(-1);
    }

    @Test
    void graphModeKeepsTheTotals() {
        Parsing r = Parsing.fixture(parser, REAL + "gh-minikube7987-top-graph-mode-gib/paste.txt");
        assertThat(r.diagnostics).isEmpty();
        TopSnapshot s = r.only(TopSnapshot.class);
        assertThat(s.memoryUnit()).isEqualTo("GiB");
        assertThat(s.memory()).containsOnly(entry("total", (long) (7.8 * KI * KI * KI)));
        assertThat(s.swap()).containsOnly(entry("total", 0L));
    }

    @Test
    void memoryLinesAloneInTheLaterLayoutWithTranslatedLabels() {
        // free before used: the 3.3.10+ layout, whose 4th Mem figure is buff/cache and Swap's last avail Mem
        Parsing r = Parsing.fixture(parser, REAL + "gh-lartpang5-top-mem-lines-buffers-cached/paste.txt");
        assertThat(r.diagnostics).isEmpty();
        TopSnapshot s = r.only(TopSnapshot.class);
        assertThat(s.time()).isEmpty();
        assertThat(s.location().line()).isEqualTo(1);
        assertThat(s.memory()).containsOnly(entry("total", 32794388 * KI), entry("free", 8450792 * KI),
                entry("used", 3893432 * KI), entry("buff/cache", 20450164 * KI));
        assertThat(s.availableBytes()).isEqualTo(27807536 * KI);
    }

    @Test
    void aSummaryWithoutMemoryLinesIsNotASnapshot() {
        Parsing r = Parsing.run(parser, "top.txt",
                "top - 14:31:23 up 6 min,  2 users,  load average: 0.00, 0.07, 0.05\n"
                        + "Tasks: 267 total,   2 running, 265 sleeping,   0 stopped,   0 zombie\n");
        assertThat(r.records).isEmpty();
    }

    @Test
    void aLineThatStartsLikeASummaryLineIsDiagnosedInTheGrammarsWords() {
        Parsing r = Parsing.run(parser, "top.txt",
                "top - 14:31:23 up 6 min,  2 users,  load average: 0.00, 0.07\n"
                        + "Tasks: n/a\n"
                        + "something else\n"
                        + "KiB Mem :  16266500 total,  1000000 free,  2000000 used, 13266500 buff/cache\n"
                        + "KiB Swap:         0 total,        0 free,        0 used. 14000000 avail Mem\n");
        assertThat(r.diagnostics).hasSize(3);
        assertThat(r.diagnostics.get(0).message()).startsWith("not a top first line")
                .endsWith("; column 61: mismatched input '<EOF>' expecting ','");
        assertThat(r.diagnostics.get(1).message()).startsWith("not a top summary line")
                .contains("; column 8: ").contains("expecting INT");
        assertThat(r.diagnostics.get(2).message()).startsWith("not a top summary line").doesNotContain("column");
        assertThat(r.only(TopSnapshot.class).memory()).containsEntry("total", 16266500 * KI);
    }

    @Test
    void procps4SleepCountsAndUnknownUsersAreRead() {
        Parsing r = Parsing.run(parser, "top.txt",
                "top - 14:31:23 up 6 min,  ? users,  load average: 0.00, 0.07, 0.05\n"
                        + "Tasks: 413 total,   1 running, 309 sleep,   0 d-sleep,   0 stopped, 103 zombie\n"
                        + "MiB Mem :  14927.4 total,   1854.9 free,   7935.5 used,   5929.8 buff/cache\n"
                        + "MiB Swap:  15665.0 total,  14634.3 free,   1030.7 used.   6991.8 avail Mem\n");
        assertThat(r.diagnostics).isEmpty();
        TopSnapshot s = r.only(TopSnapshot.class);
        assertThat(s.users()).isEqualTo(-1);
        assertThat(s.tasks()).containsOnly(entry("total", 413L), entry("running", 1L), entry("sleep", 309L),
                entry("d-sleep", 0L), entry("stopped", 0L), entry("zombie", 103L));
    }
}
