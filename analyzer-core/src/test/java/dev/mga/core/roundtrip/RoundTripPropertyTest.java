package dev.mga.core.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.etcd.EtcdctlOutputParser;
import dev.mga.core.memory.MeminfoParser;
import dev.mga.core.memory.TopParser;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdStatusReport;
import dev.mga.core.model.memory.Meminfo;
import dev.mga.core.model.memory.MeminfoField;
import dev.mga.core.model.memory.TopProcess;
import dev.mga.core.model.memory.TopSnapshot;
import dev.mga.core.testing.Parsing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Printing a model back in the tool's own layout and parsing it again gives the same model:
 * /proc/meminfo (the kernel's {@code %-16s%8lu kB} lines), top -b task rows (procps-ng 4's
 * columns) and etcdctl's endpoint status table (tablewriter's boxes, columns by header).
 */
class RoundTripPropertyTest {

    record Line(String key, long value, boolean kb) {
    }

    @Property(tries = 200)
    void meminfo(@ForAll("meminfoLines") List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (Line l : lines) {
            text.append(l.kb() ? String.format(Locale.ROOT, "%-16s%8d kB%n", l.key() + ":", l.value())
                    : String.format(Locale.ROOT, "%-16s%8d%n", l.key() + ":", l.value()));
        }
        Parsing p = Parsing.run(new MeminfoParser(), "proc/meminfo", text.toString());
        assertThat(p.diagnostics).isEmpty();
        Meminfo m = p.only(Meminfo.class);
        assertThat(m.fields()).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            MeminfoField f = m.fields().get(i);
            Line l = lines.get(i);
            assertThat(f.key()).isEqualTo(l.key());
            assertThat(f.value()).isEqualTo(l.value());
            if (l.kb()) {
                assertThat(f.bytes()).isEqualTo(l.value() * 1024);
            }
        }
    }

    @Provide
    Arbitrary<List<Line>> meminfoLines() {
        Arbitrary<String> kbKeys = Arbitraries.of("MemTotal", "MemFree", "MemAvailable", "Buffers", "Cached", "Slab",
                "SReclaimable", "SUnreclaim", "AnonHugePages", "Hugetlb", "Active(anon)", "Inactive(file)", "Hugepagesize",
                "DirectMap4k", "CmaTotal");
        Arbitrary<String> countKeys = Arbitraries.of("HugePages_Total", "HugePages_Free", "HugePages_Rsvd", "HugePages_Surp");
        Arbitrary<Line> kb = Combinators.combine(kbKeys, Arbitraries.longs().between(0, 99_999_999L)).as((k, v) -> new Line(k, v, true));
        Arbitrary<Line> count = Combinators.combine(countKeys, Arbitraries.longs().between(0, 99_999)).as((k, v) -> new Line(k, v, false));
        return Arbitraries.oneOf(kb, count).list().ofMinSize(1).ofMaxSize(30).uniqueElements(Line::key);
    }

    record Task(long pid, String user, long virt, long res, long shr, char state, double cpu, double mem, String command) {
    }

    @Property(tries = 200)
    void topTaskRows(@ForAll("tasks") List<Task> tasks) {
        StringBuilder text = new StringBuilder("top - 16:28:49 up 23 min,  0 user,  load average: 1.97, 1.97, 1.37\n")
                .append("Tasks:  86 total,   3 running,  83 sleeping,   0 stopped,   0 zombie\n")
                .append("MiB Mem :  24105.6 total,  22700.7 free,    848.3 used,    822.9 buff/cache\n")
                .append("MiB Swap:      0.0 total,      0.0 free,      0.0 used.  23257.3 avail Mem\n\n")
                .append("    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n");
        for (Task t : tasks) {
            text.append(String.format(Locale.ROOT, "%7d %-8s  20   0 %7d %6d %6d %c %5.1f %5.1f   0:01.00 %s%n",
                    t.pid(), t.user(), t.virt(), t.res(), t.shr(), t.state(), t.cpu(), t.mem(), t.command()));
        }
        Parsing p = Parsing.run(new TopParser(), "top.txt", text.toString());
        assertThat(p.diagnostics).isEmpty();
        TopSnapshot s = p.only(TopSnapshot.class);
        assertThat(s.processCount()).isEqualTo(tasks.size());
        for (TopProcess row : s.processes()) {
            Task t = tasks.stream().filter(x -> x.pid() == row.pid()).findFirst().orElseThrow();
            assertThat(row.user()).isEqualTo(t.user());
            assertThat(row.virtualBytes()).isEqualTo(t.virt() * 1024);
            assertThat(row.residentBytes()).isEqualTo(t.res() * 1024);
            assertThat(row.sharedBytes()).isEqualTo(t.shr() * 1024);
            assertThat(row.cpuPercent()).isEqualTo(Math.round(t.cpu() * 10) / 10.0);
            assertThat(row.memPercent()).isEqualTo(Math.round(t.mem() * 10) / 10.0);
            assertThat(row.command()).isEqualTo(t.command());
        }
    }

    @Provide
    Arbitrary<List<Task>> tasks() {
        Arbitrary<long[]> sizes = Combinators.combine(Arbitraries.longs().between(0, 9_999_999),
                Arbitraries.longs().between(0, 999_999), Arbitraries.longs().between(0, 999_999)).as((v, r, s) -> new long[] {v, r, s});
        Arbitrary<Task> task = Combinators.combine(Arbitraries.longs().between(1, 4_194_304),
                Arbitraries.of("root", "core", "nobody", "1000660000"), sizes, Arbitraries.of('S', 'R', 'D', 'I'),
                Arbitraries.doubles().between(0, 99.9).ofScale(1), Arbitraries.doubles().between(0, 99.9).ofScale(1),
                Arbitraries.of("kubelet", "etcd", "crio", "kube-apiserver", "ovs-vswitchd", "systemd-journal"))
                .as((pid, user, z, state, cpu, mem, cmd) -> new Task(pid, user, z[0], z[1], z[2], state, cpu, mem, cmd));
        return task.list().ofMinSize(1).ofMaxSize(25).uniqueElements(Task::pid);
    }

    record Member(String endpoint, String id, String version, long mb, boolean leader, long term, long index, long applied) {
    }

    @Property(tries = 150)
    void etcdStatusTable(@ForAll("members") List<Member> members) {
        String[] header = {"ENDPOINT", "ID", "VERSION", "DB SIZE", "IS LEADER", "IS LEARNER", "RAFT TERM", "RAFT INDEX",
            "RAFT APPLIED INDEX", "ERRORS"};
        List<String[]> rows = new ArrayList<>();
        for (Member m : members) {
            rows.add(new String[] {m.endpoint(), m.id(), m.version(), m.mb() + " MB", String.valueOf(m.leader()), "false",
                String.valueOf(m.term()), String.valueOf(m.index()), String.valueOf(m.applied()), ""});
        }
        Parsing p = Parsing.run(new EtcdctlOutputParser("endpoint status"), "endpoint-status-table.txt", Tables.ascii(header, rows));
        assertThat(p.diagnostics).isEmpty();
        List<EtcdEndpointStatus> parsed = p.only(EtcdStatusReport.class).statuses();
        assertThat(parsed).hasSize(members.size());
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            EtcdEndpointStatus s = parsed.get(i);
            assertThat(s.endpoint()).isEqualTo(m.endpoint());
            assertThat(s.memberId()).isEqualTo(m.id());
            assertThat(s.version()).isEqualTo(m.version());
            assertThat(s.dbSizeBytes()).isEqualTo(m.mb() * 1_000_000);
            assertThat(s.isLeader()).isEqualTo(m.leader());
            assertThat(s.raftTerm()).isEqualTo(m.term());
            assertThat(s.raftIndex()).isEqualTo(m.index());
            assertThat(s.raftAppliedIndex()).isEqualTo(m.applied());
            assertThat(s.errors()).isEmpty();
        }
    }

    @Provide
    Arbitrary<List<Member>> members() {
        Arbitrary<Member> member = Combinators.combine(
                Arbitraries.integers().between(1, 254).map(n -> "https://10.0.0." + n + ":2379"),
                Arbitraries.longs().between(1, Long.MAX_VALUE).map(Long::toHexString),
                Arbitraries.of("3.4.23", "3.5.3", "3.5.9"), Arbitraries.longs().between(10, 999),
                Arbitraries.of(true, false), Arbitraries.longs().between(1, 999), Arbitraries.longs().between(0, 99_999_999),
                Arbitraries.longs().between(0, 99_999_999))
                .as(Member::new);
        return member.list().ofMinSize(1).ofMaxSize(7).uniqueElements(Member::endpoint);
    }
}
