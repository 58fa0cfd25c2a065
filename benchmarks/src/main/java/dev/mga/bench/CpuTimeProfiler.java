package dev.mga.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark's JVM per operation ({@code -prof dev.mga.bench.CpuTimeProfiler}),
 * beside JMH's wall time. The development machine's two cores are shared, so wall time per
 * operation also measures the neighbours; the fork's CPU time (all its threads: the benchmark
 * thread, and GC and JIT when they run) does not. Reported as {@code ·cpu.ms/op}; the benchmark
 * threads' own CPU time (without GC and JIT threads, nanosecond resolution) as {@code ·thread.ms/op}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long startNanos;
    private long startThreadNanos;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startNanos = os.getProcessCpuTime();
        startThreadNanos = workerCpu();
    }

    /** CPU time of JMH's worker threads (named {@code …-jmh-worker-N}). */
    private long workerCpu() {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().contains("jmh-worker")) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpu = os.getProcessCpuTime() - startNanos;
        long worker = workerCpu() - startThreadNanos;
        long ops = result.getMetadata().getAllOps();
        return List.of(new ScalarResult("cpu.ms/op", ops == 0 ? Double.NaN : cpu / 1e6 / ops, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("thread.ms/op", ops == 0 ? Double.NaN : worker / 1e6 / ops, "ms/op", AggregationPolicy.AVG));
    }
}
