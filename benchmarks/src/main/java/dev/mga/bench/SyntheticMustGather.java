package dev.mga.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes a synthetic must-gather .tar.gz of a given uncompressed size for the whole-CLI
 * measurement (bench/large-archive.sh). Its shape follows a real must-gather: most bytes in pod
 * logs (klog lines), resource YAML, and per-node files, among them the seed's leaking
 * kmalloc-32 alloc_calls on one node and slabinfo on every node, so the analysis has real work and
 * a real finding. Deterministic for a given size.
 *
 * <p>Usage: {@code SyntheticMustGather OUT.tar.gz SIZE_MB FIXTURES_DIR}
 */
public final class SyntheticMustGather {

    private static final String ROOT = "must-gather.local.1/quay-io-openshift-release-dev-ocp-v4-0-art-dev-sha256-0000/";
    private static final String[] MESSAGES = {
        "\"Evicted pod in dry run mode\" pod=\"default/demopod1\" reason=\"PodLifeTime\"",
        "\"Processing node\" node=\"worker-%d.example.com\"",
        "\"Number of evicted pods\" totalEvicted=%d",
        "Failed to update lease: etcdserver: request timed out",
        "\"Observed a panic\" panic=\"runtime error\" panicGoValue=\"x\"",
        "\"SyncLoop (PLEG): event for pod\" pod=\"openshift-etcd/etcd-master-%d\" event={ID:abc Type:ContainerStarted}",
        "Trace[%d]: \"List\" url:/api/v1/namespaces/openshift-etcd/pods,user-agent:kubelet (total time: 512ms)",
    };

    private SyntheticMustGather() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) << 20;
        Path fixtures = Path.of(args.length > 2 ? args[2] : "fixtures");
        byte[] allocCalls = Files.readAllBytes(fixtures.resolve("slab/seed-sort-tail/capture/sys/kernel/slab/kmalloc-32/alloc_calls"));
        byte[] slabinfo = Files.readAllBytes(fixtures.resolve("slab/qemu-captures/host-6.18/proc/slabinfo"));
        Random r = new Random(7);
        long written = 0;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20);
             GZIPOutputStream gz = new GZIPOutputStream(file, 1 << 16) {
                 { def.setLevel(Deflater.DEFAULT_COMPRESSION); }
             };
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (int node = 0; node < 6; node++) {
                String n = ROOT + "nodes/worker-" + node + ".example.com/";
                written += put(tar, n + "proc/slabinfo", slabinfo);
                if (node == 3) {
                    written += put(tar, n + "sys/kernel/slab/kmalloc-32/alloc_calls", allocCalls);
                }
            }
            int pod = 0;
            while (written < target) {
                String ns = "openshift-ns-" + (pod % 40);
                String base = ROOT + "namespaces/" + ns + "/pods/app-" + pod + "/app/app/logs/";
                written += put(tar, base + "current.log", log(r, 4 << 20));
                written += put(tar, ROOT + "namespaces/" + ns + "/core/configmaps-" + pod + ".yaml", yaml(r, 256 << 10));
                pod++;
            }
        }
        System.out.printf(Locale.ROOT, "wrote %s: %d bytes uncompressed, %d compressed%n", out, written, Files.size(out));
    }

    private static long put(TarArchiveOutputStream tar, String name, byte[] data) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(data.length);
        tar.putArchiveEntry(e);
        tar.write(data);
        tar.closeArchiveEntry();
        return data.length;
    }

    private static byte[] log(Random r, int size) {
        StringBuilder sb = new StringBuilder(size + 512);
        long t = 1_000_000L * r.nextInt(86_400);
        while (sb.length() < size) {
            t += r.nextInt(50_000);
            char sev = "IIIIIIIWE".charAt(r.nextInt(9));
            String msg = String.format(Locale.ROOT, MESSAGES[r.nextInt(MESSAGES.length)], r.nextInt(50));
            sb.append(String.format(Locale.ROOT, "2026-11-24T%02d:%02d:%02d.%06dZ stderr F %c1124 %02d:%02d:%02d.%06d %7d %s.go:%d] %s%n",
                    t / 3_600_000_000L % 24, t / 60_000_000 % 60, t / 1_000_000 % 60, t % 1_000_000, sev,
                    t / 3_600_000_000L % 24, t / 60_000_000 % 60, t / 1_000_000 % 60, t % 1_000_000, 1 + r.nextInt(40),
                    "controller", 100 + r.nextInt(900), msg));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] yaml(Random r, int size) {
        StringBuilder sb = new StringBuilder(size + 256).append("apiVersion: v1\nitems:\n");
        int i = 0;
        while (sb.length() < size) {
            sb.append("- apiVersion: v1\n  data:\n    config.yaml: |\n      key").append(r.nextInt(1000)).append(": value")
                    .append(r.nextInt(100000)).append("\n  kind: ConfigMap\n  metadata:\n    name: cm-").append(i++)
                    .append("\n    namespace: openshift-config\n    resourceVersion: \"").append(r.nextInt(99999999)).append("\"\n");
        }
        return sb.append("kind: List\nmetadata:\n  resourceVersion: \"\"\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
