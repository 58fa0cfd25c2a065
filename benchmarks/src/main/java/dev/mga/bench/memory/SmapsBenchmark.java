package dev.mga.bench.memory;

import dev.mga.bench.BenchInputs;
import dev.mga.core.memory.SmapsParser;
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
 * Throughput of the smaps parser on one core: one process with tens of thousands of mappings
 * (a JVM or a DPDK process has thousands), each with the 23 fields and VmFlags of Linux 6.18's
 * smaps, one in twenty on hugetlbfs. Bytes per second = input size / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SmapsBenchmark {

    private static final String[] FIELDS = {"Rss", "Pss", "Pss_Dirty", "Shared_Clean", "Shared_Dirty", "Private_Clean",
        "Private_Dirty", "Referenced", "Anonymous", "KSM", "LazyFree", "AnonHugePages", "ShmemPmdMapped", "FilePmdMapped",
        "Shared_Hugetlb", "Private_Hugetlb", "Swap", "SwapPss", "Locked"};

    private byte[] content;
    private final SmapsParser parser = new SmapsParser();

    @Setup(Level.Trial)
    public void setup() {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        long address = 0x7f5b5b2a4000L;
        for (int m = 0; sb.length() < 32 << 20; m++) {
            boolean huge = m % 20 == 0;
            long kb = huge ? 2048L * (1 + r.nextInt(64)) : 4L * (1 + r.nextInt(512));
            String path = huge ? "/dev/hugepages/rtemap_" + m : m % 3 == 0 ? "" : "/usr/lib/x86_64-linux-gnu/libc.so.6";
            sb.append(String.format("%x-%x rw-%s %08x fe:00 %-10d                 %s%n", address, address + kb * 1024,
                    huge ? "s" : "p", 0, huge ? 27404 : 339380, path));
            address += kb * 1024;
            sb.append(String.format("Size:           %8d kB%n", kb));
            sb.append(String.format("KernelPageSize: %8d kB%n", huge ? 2048 : 4));
            sb.append(String.format("MMUPageSize:    %8d kB%n", huge ? 2048 : 4));
            for (String f : FIELDS) {
                long v = f.endsWith("Hugetlb") ? (huge && f.startsWith("Private") ? kb : 0) : r.nextInt((int) kb + 1);
                sb.append(String.format("%-15s %8d kB%n", f + ":", v));
            }
            sb.append("THPeligible:           0\n");
            sb.append(huge ? "VmFlags: rd wr sh mr mw me ms de ht \n" : "VmFlags: rd wr mr mw me ac \n");
        }
        content = sb.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("%n[input: %d bytes of smaps]%n", content.length);
    }

    @Benchmark
    public long parse(Blackhole bh) throws IOException {
        return BenchInputs.parse(parser, "proc/4242/smaps", content, bh);
    }
}
