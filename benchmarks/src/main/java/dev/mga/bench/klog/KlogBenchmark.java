package dev.mga.bench.klog;

import dev.mga.bench.BenchInputs;
import dev.mga.core.descheduler.DeschedulerLogParser;
import dev.mga.core.klog.KlogLogParser;
import dev.mga.core.spi.ArtifactParser;
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
 * Throughput of the klog reader on one core: a generic component log (klog.log: summary with
 * error grouping) and a descheduler log (descheduler.log: summary plus eviction semantics). The
 * input repeats the shapes of the real captures in fixtures/ (kubectl --v=8 lines, descheduler
 * v0.26 lines with must-gather's RFC 3339 prefix) with varied numbers, about 5% error lines.
 * MB/s = input size (printed at setup) / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KlogBenchmark {

    @Param({"component", "descheduler"})
    public String log;

    private byte[] content;
    private ArtifactParser parser;
    private String path;

    @Setup(Level.Trial)
    public void setup() {
        content = sample(log, 64 << 20).getBytes(StandardCharsets.UTF_8);
        parser = log.equals("descheduler") ? new DeschedulerLogParser() : new KlogLogParser();
        path = log.equals("descheduler")
                ? "namespaces/openshift-kube-descheduler-operator/pods/descheduler-6f8d9c5b7-kx2lp/openshift-descheduler/openshift-descheduler/logs/current.log"
                : "namespaces/openshift-kube-apiserver/pods/kube-apiserver-master-0/kube-apiserver/kube-apiserver/logs/current.log";
        System.out.printf("%n[input: %d bytes of %s log]%n", content.length, log);
    }

    /** About {@code bytes} of klog lines in the shapes of the fixtures' real captures. */
    public static String sample(String kind, int bytes) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder(bytes + 1024);
        long micros = 0;
        while (sb.length() < bytes) {
            micros += r.nextInt(5000);
            long s = micros / 1_000_000;
            String clock = String.format("%02d:%02d:%02d.%06d", (s / 3600) % 24, (s / 60) % 60, s % 60, micros % 1_000_000);
            String prefix = "2024-06-12T" + clock + "512Z ";
            int pick = r.nextInt(20);
            if (kind.equals("descheduler")) {
                sb.append(prefix).append(switch (pick) {
                    case 0 -> "E0612 " + clock + "       1 evictions.go:162] \"Error evicting pod\" err=\"error when evicting pod (ignoring) \\\"checkout-7f6d5c4b9-x2x8q\\\": Cannot evict pod as it would violate the pod's disruption budget.\" pod=\"shop/checkout-7f6d5c4b9-x2x8q\" reason=\"\"";
                    case 1, 2 -> "I0612 " + clock + "       1 evictions.go:171] \"Evicted pod\" pod=\"shop/frontend-5d9c7b8f6d-" + pod(r) + "\" reason=\"\" strategy=\"RemoveDuplicates\" node=\"worker-" + r.nextInt(30) + ".shop.example.com\"";
                    case 3 -> "I0612 " + clock + "       1 descheduler.go:170] \"Number of evicted pods\" totalEvicted=" + r.nextInt(5);
                    default -> "I0612 " + clock + "       1 toomanyrestarts.go:110] \"Processing node\" node=\"worker-" + r.nextInt(30) + ".shop.example.com\"";
                }).append('\n');
            } else {
                sb.append(switch (pick) {
                    case 0 -> "E1125 " + clock + "   21492 memcache.go:265] \"Unhandled Error\" err=\"couldn't get current server API group list: Get \\\"https://10.0.0." + r.nextInt(255) + ":6443/api?timeout=32s\\\": dial tcp: connect: connection refused\"";
                    case 1, 2, 3 -> "I1125 " + clock + "   21492 round_trippers.go:470] GET https://10.0.0.1:6443/api/v1/namespaces/ns-" + r.nextInt(500) + "/pods?limit=500";
                    case 4, 5 -> "I1125 " + clock + "   21492 round_trippers.go:480]     Accept: application/json;as=Table;v=v1;g=meta.k8s.io,application/json";
                    case 6 -> "W1125 " + clock + "   21492 reflector.go:547] watch of *v1.Pod ended with: an error on the server (\"unable to decode an event from the watch stream\") has prevented the request from succeeding";
                    default -> "I1125 " + clock + "   21492 cached_discovery.go:120] \"Request Body\" body=\"\" verb=\"GET\" latency=\"" + r.nextInt(900) + "ms\"";
                }).append('\n');
            }
        }
        return sb.toString();
    }

    private static String pod(Random r) {
        String alphabet = "bcdfghjklmnpqrstvwxz2456789";
        StringBuilder b = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Benchmark
    public long parse(Blackhole bh) throws IOException {
        return BenchInputs.parse(parser, path, content, bh);
    }
}
