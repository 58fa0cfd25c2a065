package dev.mga.bench.memory;

import dev.mga.bench.BenchInputs;
import dev.mga.core.memory.TopParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the top -b parser on one core: many iterations ({@code top -b -n N}) of 400 tasks
 * each, in procps-ng 4's layout (MiB summary; RES in KiB, or scaled {@code 1.7g} for large tasks as
 * top prints them when the field is too narrow). Bytes per second = input size / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TopBenchmark {

    private static final String[] COMMANDS = {"kube-apiserver", "etcd", "kubelet", "crio", "systemd", "ovs-vswitchd",
        "openshift-apiserver", "prometheus", "haproxy", "conmon", "kworker/3:1-events", "sshd"};

    private byte[] content;
    private final TopParser parser = new TopParser();

    @Setup(Level.Trial)
    public void setup() {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int it = 0; sb.length() < 32 << 20; it++) {
            sb.append(String.format("top - 16:%02d:%02d up 23 min,  0 user,  load average: 1.97, 1.97, 1.37%n", it / 60 % 60, it % 60));
            sb.append("Tasks: 400 total,   2 running, 398 sleeping,   0 stopped,   0 zombie\n");
            sb.append("%Cpu(s): 48.1 us, 10.6 sy,  0.0 ni, 39.4 id,  1.2 wa,  0.0 hi,  0.6 si,  0.0 st \n");
            sb.append("MiB Mem :  24105.6 total,  22694.6 free,    852.1 used,    825.4 buff/cache     \n");
            sb.append("MiB Swap:      0.0 total,      0.0 free,      0.0 used.  23253.4 avail Mem \n\n");
            sb.append("    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n");
            for (int p = 0; p < 400; p++) {
                long res = r.nextInt(4_000_000);
                String resText = res > 999_999 ? String.format("%.1fg", res / 1048576.0) : Long.toString(res);
                String cmd = COMMANDS[r.nextInt(COMMANDS.length)];
                sb.append(String.format("%7d %-8s  20   0 %7d %6s %6d S %5.1f %5.1f %9s %s%n", 1000 + p * 7, "root",
                        res + r.nextInt(3_000_000), resText, r.nextInt(60_000), r.nextDouble() * 100, res / 241_000.0,
                        r.nextInt(3000) + ":" + String.format("%02d", r.nextInt(60)),
                        cmd.length() > 8 ? cmd.substring(0, 7) + "+" : cmd));
            }
            sb.append('\n');
        }
        content = sb.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("%n[input: %d bytes of top -b]%n", content.length);
    }

    @Benchmark
    public long parse(Blackhole bh) throws IOException {
        return BenchInputs.parse(parser, "top_-b_-n_1000", content, bh);
    }
}
