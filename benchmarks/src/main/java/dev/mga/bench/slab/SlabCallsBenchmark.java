package dev.mga.bench.slab;

import dev.mga.bench.BenchInputs;
import dev.mga.core.slab.SlabCallsParser;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the SLUB call-site listing parser on one core. The input repeats the shapes of
 * real listings (the seed's sysfs lines; debugfs traces with frames) with varied numbers, either as
 * one 32 MiB listing (no kernel prints one that long: the worst case, every site a new caller) or
 * as the 32 MiB cut into listings of the size real captures have (sysfs {@code alloc_calls} is one
 * 4 KiB page; debugfs traces of a busy cache are some 64 KiB). Bytes per second = input size / time
 * per operation; the input size is printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SlabCallsBenchmark {

    @Param({"calls", "traces"})
    public String format;

    /** "one": a single 32 MiB listing; "real": the same bytes as listings of a real capture's size. */
    @Param({"one", "real"})
    public String listing;

    private byte[][] listings;
    private final SlabCallsParser parser = new SlabCallsParser();

    @Setup(Level.Trial)
    public void setup() {
        Random r = new Random(42);
        String[] symbols = {"iomap_page_create", "selinux_sk_alloc_security", "__kernfs_new_node", "memcg_update_all_list_lrus",
            "__list_lru_init", "kmalloc_reserve.constprop.0", "alloc_pipe_info", "load_elf_phdrs", "xfs_inode_alloc"};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 32 << 20) {
            String sym = symbols[r.nextInt(symbols.length)];
            int min = r.nextInt(1_000_000);
            sb.append(String.format("%7d %s+0x%x/0x%x%s age=%d/%d/%d pid=%d-%d cpus=0-%d%n", r.nextInt(20_000_000), sym,
                    r.nextInt(0x400), 0x400 + r.nextInt(0x400), r.nextInt(8) == 0 ? " [xfs]" : "", min, min + r.nextInt(100000),
                    min + 100000 + r.nextInt(100000), r.nextInt(100), 100 + r.nextInt(40000), 1 + r.nextInt(63)));
            if (format.equals("traces")) {
                for (int f = 0; f < 6; f++) {
                    sb.append("        ").append(symbols[r.nextInt(symbols.length)]).append(String.format("+0x%x/0x%x%n",
                            r.nextInt(0x400), 0x400 + r.nextInt(0x400)));
                }
                sb.append('\n');
            }
        }
        byte[] content = sb.toString().getBytes(StandardCharsets.UTF_8);
        listings = listing.equals("one") ? new byte[][] {content} : cut(content, format.equals("calls") ? 4096 : 64 << 10);
        System.out.printf("%n[input: %d bytes of %s in %d listings]%n", content.length, format, listings.length);
    }

    /** Cuts at line ends (traces: at blank lines, between sites) into listings of about {@code size} bytes. */
    private byte[][] cut(byte[] content, int size) {
        java.util.List<byte[]> out = new java.util.ArrayList<>();
        int from = 0;
        while (from < content.length) {
            int to = Math.min(content.length, from + size);
            while (to < content.length && !(content[to - 1] == '\n' && (format.equals("calls") || content[to - 2] == '\n'))) {
                to++;
            }
            out.add(java.util.Arrays.copyOfRange(content, from, to));
            from = to;
        }
        return out.toArray(new byte[0][]);
    }

    @Benchmark
    public long parse(Blackhole bh) throws IOException {
        long records = 0;
        for (byte[] l : listings) {
            records += BenchInputs.parse(parser, "sys/kernel/slab/kmalloc-32/alloc_" + format, l, bh);
        }
        return records;
    }
}
