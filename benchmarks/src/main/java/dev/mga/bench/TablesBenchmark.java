package dev.mga.bench;

import dev.mga.core.etcd.EtcdctlOutputParser;
import dev.mga.core.memory.FreeParser;
import dev.mga.core.memory.HugeadmParser;
import dev.mga.core.metrics.NodeTopParser;
import dev.mga.core.metrics.PodTopParser;
import dev.mga.core.slab.SlabTopParser;
import dev.mga.core.spi.ArtifactParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The column-table readers on one core, each on a large capture in its tool's own layout (the
 * padding rules of the tools that print them, as in the fixtures): {@code oc adm top node} of a
 * 5,000-node cluster, {@code kubectl top pod -A --containers} of 60,000 containers, a
 * {@code slabtop -o} table of 10,000 caches (the parser's cap), a 5-member etcdctl
 * {@code endpoint status -w table}, and {@code HOSTNAME:} loops of {@code free -m} and
 * {@code hugeadm --pool-list} over 20,000 hosts. Time per operation is one whole capture.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TablesBenchmark {

    @Param({"top-node", "top-pod", "slabtop", "etcd-status", "free", "hugeadm"})
    public String table;

    private byte[] content;
    private String path;
    private ArtifactParser parser;

    @Setup(Level.Trial)
    public void setup() {
        Random r = new Random(42);
        String text = switch (table) {
            case "top-node" -> {
                path = "oc_adm_top_node.txt";
                parser = new NodeTopParser();
                yield topNodes(r);
            }
            case "top-pod" -> {
                path = "oc_adm_top_pod.txt";
                parser = new PodTopParser();
                yield topPods(r);
            }
            case "slabtop" -> {
                path = "sos_commands/kernel/slabtop_-o";
                parser = new SlabTopParser();
                yield slabtop(r);
            }
            case "etcd-status" -> {
                path = "etcd_info/endpoint_status.txt";
                parser = new EtcdctlOutputParser("endpoint status");
                yield etcdStatus(r);
            }
            case "free" -> {
                path = "case-notes/free.txt";
                parser = new FreeParser();
                yield free(r);
            }
            case "hugeadm" -> {
                path = "case-notes/hugeadm-pool-list.txt";
                parser = new HugeadmParser();
                yield hugeadm(r);
            }
            default -> throw new IllegalArgumentException(table);
        };
        content = text.getBytes(StandardCharsets.UTF_8);
        System.out.printf("%n[input: %d bytes of %s]%n", content.length, table);
    }

    /** Go's tabwriter as kubectl uses it: each column as wide as its widest cell plus 3 blanks. */
    static String tabwriter(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length() + 3);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                sb.append(row[c]).append(" ".repeat(width[c] - row[c].length()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String topNodes(Random r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "CPU(cores)", "CPU%", "MEMORY(bytes)", "MEMORY%"});
        for (int i = 0; i < 5000; i++) {
            rows.add(new String[] {"worker-" + i + ".ocp.example.com", r.nextInt(16000) + "m", r.nextInt(100) + "%",
                r.nextInt(64000) + "Mi", r.nextInt(100) + "%"});
        }
        return "$ oc adm top node\n" + tabwriter(rows);
    }

    private static String topPods(Random r) {
        String[] namespaces = {"openshift-etcd", "openshift-kube-apiserver", "openshift-monitoring", "default",
            "openshift-ingress", "payments-prod", "openshift-sdn"};
        String[] containers = {"etcd", "kube-apiserver", "prometheus", "app", "router", "sdn", "kube-rbac-proxy"};
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAMESPACE", "POD", "NAME", "CPU(cores)", "MEMORY(bytes)"});
        for (int i = 0; i < 60_000; i++) {
            rows.add(new String[] {namespaces[r.nextInt(namespaces.length)], "pod-" + Integer.toHexString(r.nextInt())
                + "-" + (i % 97), containers[r.nextInt(containers.length)], r.nextInt(4000) + "m", r.nextInt(9000) + "Mi"});
        }
        return "$ kubectl top pod -A --containers\n" + tabwriter(rows);
    }

    /** slabtop -o's rows: {@code %6u %6u %3.0f%% %7.2fK %6u %8u %9uK %-23s} (as in the qemu fixtures). */
    private static String slabtop(Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append(" Active / Total Objects (% used)    : 351878 / 356630 (98.7%)\n")
                .append(" Active / Total Slabs (% used)      : 11798 / 11798 (100.0%)\n")
                .append(" Active / Total Caches (% used)     : 130 / 235 (55.3%)\n")
                .append(" Active / Total Size (% used)       : 94690.47K / 95973.95K (98.7%)\n")
                .append(" Minimum / Average / Maximum Object : 0.01K / 0.27K / 50.27K\n\n")
                .append("  OBJS ACTIVE  USE OBJ SIZE  SLABS OBJ/SLAB CACHE SIZE NAME                   \n");
        for (int i = 0; i < 10_000; i++) {
            int objs = r.nextInt(90_000) + 10;
            int active = objs - r.nextInt(10);
            double size = (r.nextInt(5000) + 1) / 100.0;
            int perSlab = r.nextInt(120) + 1;
            int slabs = objs / perSlab + 1;
            sb.append(String.format(Locale.ROOT, "%6d %6d %3d%% %7.2fK %6d %8d %9dK %-23s%n", objs, active,
                    active * 100 / objs, size, slabs, perSlab, (long) (slabs * size * perSlab), "cache_" + i));
        }
        return sb.toString();
    }

    /** etcdctl 3.4's table for five members, as in fixtures/etcd/cluster-3.4 (tablewriter: centred header, cells right-aligned). */
    private static String etcdStatus(Random r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ENDPOINT", "ID", "VERSION", "DB SIZE", "IS LEADER", "IS LEARNER", "RAFT TERM",
            "RAFT INDEX", "RAFT APPLIED INDEX", "ERRORS"});
        for (int i = 0; i < 5; i++) {
            rows.add(new String[] {"https://10.0.0." + (i + 1) + ":2379", Long.toHexString(r.nextLong()), "3.4.23",
                (r.nextInt(900) + 10) + " MB", String.valueOf(i == 0), "false", "8", "2766616", "2766616", ""});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder border = new StringBuilder("+");
        for (int w : width) {
            border.append("-".repeat(w + 2)).append('+');
        }
        StringBuilder sb = new StringBuilder("$ etcdctl -w table endpoint status\n").append(border).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            sb.append('|');
            for (int c = 0; c < width.length; c++) {
                String v = rows.get(i)[c];
                int pad = width[c] - v.length();
                sb.append(' ').append(i == 0 ? " ".repeat(pad / 2) + v + " ".repeat(pad - pad / 2)
                        : " ".repeat(pad) + v).append(" |");
            }
            sb.append('\n');
            if (i == 0) {
                sb.append(border).append('\n');
            }
        }
        return sb.append(border).append('\n').toString();
    }

    /** free -m per host, as procps-ng 4.0 prints it (fixtures/memory/procps-units/free_-m.txt). */
    private static String free(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int host = 0; host < 20_000; host++) {
            int total = 16_000 + r.nextInt(500_000);
            int used = r.nextInt(total);
            sb.append("HOSTNAME: worker-").append(host).append(".ocp.example.com\n")
                    .append(String.format(Locale.ROOT, "%8s%12s%12s%12s%12s%12s%12s%n", "", "total", "used", "free",
                            "shared", "buff/cache", "available"))
                    .append(String.format(Locale.ROOT, "%-8s%12d%12d%12d%12d%12d%12d%n", "Mem:", total, used,
                            total - used, r.nextInt(900), r.nextInt(9000), total - used / 2))
                    .append(String.format(Locale.ROOT, "%-8s%12d%12d%12d%n", "Swap:", 0, 0, 0));
        }
        return sb.toString();
    }

    /** hugeadm --pool-list per host: {@code %10ld %8ld %8ld %8ld %8s} (fixtures/memory/hugepages-reserved). */
    private static String hugeadm(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int host = 0; host < 20_000; host++) {
            int pages = r.nextInt(4096);
            sb.append("HOSTNAME: worker-").append(host).append(".ocp.example.com\n")
                    .append(String.format(Locale.ROOT, "%10s %8s %8s %8s %8s%n", "Size", "Minimum", "Current", "Maximum",
                            "Default"))
                    .append(String.format(Locale.ROOT, "%10d %8d %8d %8d %8s%n", 2097152, pages, pages, pages, "*"))
                    .append(String.format(Locale.ROOT, "%10d %8d %8d %8d %8s%n", 1073741824, 0, 0, 0, ""))
                    .append('\n');
        }
        return sb.toString();
    }

    @Benchmark
    public long parse(Blackhole bh) throws IOException {
        return BenchInputs.parse(parser, path, content, bh);
    }
}
