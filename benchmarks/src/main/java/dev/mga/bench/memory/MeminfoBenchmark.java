package dev.mga.bench.memory;

import dev.mga.bench.BenchInputs;
import dev.mga.core.memory.MeminfoParser;
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
 * Throughput of the meminfo parser on one core, over the seed's per-host loop shape
 * ({@code HOSTNAME: x} then a whole /proc/meminfo) for many hosts, with the keys of a real
 * Linux 6.18 meminfo and varied values. Bytes per second = input size / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MeminfoBenchmark {

    /** The keys of the development machine's /proc/meminfo (Linux 6.18), in order; counts have no unit. */
    static final String[] KEYS = {"MemTotal", "MemFree", "MemAvailable", "Buffers", "Cached", "SwapCached", "Active",
        "Inactive", "Active(anon)", "Inactive(anon)", "Active(file)", "Inactive(file)", "Unevictable", "Mlocked",
        "SwapTotal", "SwapFree", "Zswap", "Zswapped", "Dirty", "Writeback", "AnonPages", "Mapped", "Shmem",
        "KReclaimable", "Slab", "SReclaimable", "SUnreclaim", "KernelStack", "PageTables", "SecPageTables",
        "NFS_Unstable", "Bounce", "WritebackTmp", "CommitLimit", "Committed_AS", "VmallocTotal", "VmallocUsed",
        "VmallocChunk", "Percpu", "HardwareCorrupted", "AnonHugePages", "ShmemHugePages", "ShmemPmdMapped",
        "FileHugePages", "FilePmdMapped", "Unaccepted", "Balloon", "HugePages_Total", "HugePages_Free",
        "HugePages_Rsvd", "HugePages_Surp", "Hugepagesize", "Hugetlb", "DirectMap4k"};

    private byte[] content;
    private final MeminfoParser parser = new MeminfoParser();

    @Setup(Level.Trial)
    public void setup() {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int host = 0; sb.length() < 32 << 20; host++) {
            sb.append("HOSTNAME: worker-").append(host).append(".ocp.example.com\n");
            for (String k : KEYS) {
                String label = k + ":";
                if (k.startsWith("HugePages_")) {
                    sb.append(String.format("%-15s %8d%n", label, r.nextInt(1024)));
                } else {
                    sb.append(String.format("%-15s %8d kB%n", label, (long) r.nextInt(Integer.MAX_VALUE) / 64));
                }
            }
            sb.append('\n');
        }
        content = sb.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("%n[input: %d bytes of meminfo]%n", content.length);
    }

    @Benchmark
    public long parse(Blackhole bh) throws IOException {
        return BenchInputs.parse(parser, "case-notes/meminfo-per-node.txt", content, bh);
    }
}
