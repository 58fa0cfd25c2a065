package dev.mga.bench.etcd;

import dev.mga.bench.BenchInputs;
import dev.mga.core.etcd.EtcdctlOutputParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * Time to read and rank a key listing of {@code keys} Kubernetes-shaped keys, in the shapes
 * etcdctl 3.4 prints ({@code get / --prefix -w fields}, {@code -w json}, {@code --keys-only}):
 * every key parsed, counted per resource and namespace, and ranked by writes and by ModRevision.
 * Values are 200 random bytes, as {@code %q} (fields) or base64 (json) print them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EtcdKeyListingBenchmark {

    @Param({"5000"})
    public int keys;

    @Param({"fields", "json", "keys"})
    public String format;

    private byte[] content;
    private final EtcdctlOutputParser parser = new EtcdctlOutputParser("");

    @Setup(Level.Trial)
    public void setup() {
        content = generate(keys, format, new Random(42)).getBytes(StandardCharsets.UTF_8);
        System.out.printf("%n[input: %d keys, %d bytes of %s]%n", keys, content.length, format);
    }

    /** A listing as etcdctl prints it; also used by bench/etcd-fields.sh's generator. */
    public static String generate(int n, String format, Random r) {
        String[] resources = {"configmaps", "secrets", "pods", "events", "leases", "serviceaccounts", "replicasets",
            "operator.openshift.io/ingresscontrollers"};
        StringBuilder sb = new StringBuilder();
        if (format.equals("json")) {
            sb.append("{\"header\":{\"cluster_id\":13860580471124810119,\"member_id\":15128713678066302110,\"revision\":")
                    .append(n * 3L).append(",\"raft_term\":2},\"kvs\":[");
        } else if (format.equals("fields")) {
            sb.append("\"ClusterID\" : 13860580471124810119\n\"MemberID\" : 15128713678066302110\n\"Revision\" : ")
                    .append(n * 3L).append("\n\"RaftTerm\" : 2\n");
        }
        byte[] value = new byte[200];
        for (int i = 0; i < n; i++) {
            String key = "/kubernetes.io/" + resources[r.nextInt(resources.length)] + "/namespace-" + r.nextInt(60) + "/object-" + i;
            long create = 1 + r.nextInt(n);
            long version = 1 + (r.nextInt(50) == 0 ? r.nextInt(2000) : r.nextInt(5));
            long mod = create + version + r.nextInt(1000);
            r.nextBytes(value);
            switch (format) {
                case "json" -> sb.append(i == 0 ? "" : ",").append("{\"key\":\"")
                        .append(Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)))
                        .append("\",\"create_revision\":").append(create).append(",\"mod_revision\":").append(mod)
                        .append(",\"version\":").append(version).append(",\"value\":\"")
                        .append(Base64.getEncoder().encodeToString(value)).append("\"}");
                case "fields" -> sb.append("\"Key\" : \"").append(key).append("\"\n\"CreateRevision\" : ").append(create)
                        .append("\n\"ModRevision\" : ").append(mod).append("\n\"Version\" : ").append(version)
                        .append("\n\"Value\" : \"").append(goQuoted(value)).append("\"\n\"Lease\" : 0\n");
                default -> sb.append(key).append("\n\n");
            }
        }
        if (format.equals("json")) {
            sb.append("],\"count\":").append(n).append("}\n");
        } else if (format.equals("fields")) {
            sb.append("\"More\" : false\n\"Count\" : ").append(n).append('\n');
        }
        return sb.toString();
    }

    /** Bytes as Go's %q prints them: printable ASCII kept, the rest escaped. */
    static String goQuoted(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '"' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02x", c));
            }
        }
        return sb.toString();
    }

    @Benchmark
    public long rank(Blackhole bh) throws IOException {
        return BenchInputs.parse(parser, "etcd_keys." + format, content, bh);
    }
}
