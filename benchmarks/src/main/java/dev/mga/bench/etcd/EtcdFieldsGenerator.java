package dev.mga.bench.etcd;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes an {@code etcdctl get / --prefix -w fields} listing of at least the given size, streamed
 * (never held in memory), for {@code bench/etcd-fields.sh}: {@code java -cp benchmarks.jar
 * dev.mga.bench.etcd.EtcdFieldsGenerator <bytes> <file>}.
 */
public final class EtcdFieldsGenerator {

    private EtcdFieldsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        long target = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        Random r = new Random(42);
        String[] resources = {"configmaps", "secrets", "pods", "events", "leases", "replicasets"};
        byte[] value = new byte[700];
        long written = 0;
        long keys = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("\"ClusterID\" : 13860580471124810119\n\"MemberID\" : 15128713678066302110\n\"Revision\" : 99999999\n\"RaftTerm\" : 2\n");
            while (written < target) {
                String key = "/kubernetes.io/" + resources[r.nextInt(resources.length)] + "/namespace-" + r.nextInt(500)
                        + "/object-" + keys;
                long create = 1 + r.nextInt(50_000_000);
                long version = 1 + (r.nextInt(1000) == 0 ? r.nextInt(100_000) : r.nextInt(5));
                r.nextBytes(value);
                String rec = "\"Key\" : \"" + key + "\"\n\"CreateRevision\" : " + create + "\n\"ModRevision\" : "
                        + (create + version + r.nextInt(1000)) + "\n\"Version\" : " + version + "\n\"Value\" : \""
                        + EtcdKeyListingBenchmark.goQuoted(value) + "\"\n\"Lease\" : 0\n";
                w.write(rec);
                written += rec.length();
                keys++;
            }
            w.write("\"More\" : false\n\"Count\" : " + keys + "\n");
        }
        System.out.println(keys + " keys, " + Files.size(out) + " bytes");
    }
}
