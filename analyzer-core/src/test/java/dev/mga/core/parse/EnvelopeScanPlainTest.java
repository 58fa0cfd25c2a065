package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader hands a line out as captured when {@link EnvelopeScan#plain} says no envelope can start
 * it: that short cut must never hide an envelope the full scan would find.
 */
class EnvelopeScanPlainTest {

    private static final long MAX_FILE = 4L << 20;

    @Test
    void noFixtureLineTheShortCutPassesHasAnEnvelope() throws IOException {
        List<String> missed = new ArrayList<>();
        long plain = 0;
        long lines = 0;
        EnvelopeScan scan = new EnvelopeScan();
        try (Stream<Path> files = Files.walk(Fixtures.root())) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (Files.size(f) > MAX_FILE || f.toString().endsWith(".gz") || f.toString().endsWith(".tar")) {
                    continue;
                }
                byte[] b = Files.readAllBytes(f);
                int start = 0;
                for (int i = 0; i <= b.length; i++) {
                    if (i == b.length || b[i] == '\n') {
                        int len = i - start;
                        lines++;
                        if (EnvelopeScan.plain(b, start, len)) {
                            plain++;
                            scan.scan(b, start, len, false);
                            if (scan.any() || scan.prompt || scan.note || scan.partial) {
                                missed.add(f + ": " + new String(b, start, Math.min(len, 120), StandardCharsets.UTF_8));
                            }
                        }
                        start = i + 1;
                    }
                }
            }
        }
        assertThat(missed).as("lines the short cut passed but the scan finds an envelope in").isEmpty();
        assertThat(plain).as("most fixture lines take the short cut").isGreaterThan(lines / 2);
    }

    /**
     * A command line without a prompt is recognised conservatively: no line of any capture among the
     * fixtures (the real-world pastes aside, whose command lines are what it is for) is taken for one,
     * and the real-world lines it takes are all commands.
     */
    @Test
    void noOutputLineIsTakenForABareCommand() throws IOException {
        List<String> taken = new ArrayList<>();
        List<String> realWorld = new ArrayList<>();
        List<String> bold = new ArrayList<>();
        EnvelopeScan scan = new EnvelopeScan();
        try (Stream<Path> files = Files.walk(Fixtures.root())) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (Files.size(f) > MAX_FILE || f.toString().endsWith(".gz") || f.toString().endsWith(".tar")) {
                    continue;
                }
                if (f.toString().endsWith(".sh") || f.toString().endsWith(".py") || f.toString().endsWith(".md")) {
                    continue; // the scripts that made fixtures (commands, by nature) and the notes (Markdown)
                }
                boolean real = Fixtures.root().relativize(f).toString().startsWith("real-world");
                byte[] b = Files.readAllBytes(f);
                int start = 0;
                for (int i = 0; i <= b.length; i++) {
                    if (i == b.length || b[i] == '\n') {
                        int len = i - start;
                        scan.scan(b, start, len, false);
                        if (!real && (scan.has(dev.mga.core.spi.Envelope.MARKDOWN) || scan.has(dev.mga.core.spi.Envelope.ANNOTATION))) {
                            bold.add(Fixtures.root().relativize(f) + ": " + new String(b, start, Math.min(len, 120),
                                    StandardCharsets.UTF_8));
                        }
                        if (ShellPrompt.bareCommand(b, start, start + len) >= 0) {
                            String line = new String(b, start, Math.min(len, 120), StandardCharsets.UTF_8);
                            (real ? realWorld : taken).add(Fixtures.root().relativize(f) + ": " + line);
                        }
                        start = i + 1;
                    }
                }
            }
        }
        // the fixtures outside the real-world corpus that hold a command line without a prompt
        assertThat(taken).as("output lines taken for a command").containsExactlyInAnyOrder(
                "node/nfd/platform9-luigi-72/nfd-master-logs.txt:  kubectl logs nfd-master-7d854b87d-dwzhb -n node-feature-discovery",
                "redaction/seed-oc-login.txt: oc login --token=sha256~1111-g --server=https://api..sslip.io:6443");
        assertThat(bold).as("output lines taken for Markdown bold or a person's annotation").isEmpty();
        assertThat(realWorld).as("the real-world pastes' command lines").isNotEmpty()
                .allSatisfy(l -> assertThat(l).containsAnyOf(": cat /", ":  cat /", ": hugeadm --", ": kubectl logs ", ": cat /proc/meminfo",
                        ": etcdctl ", ": grep ", ": oc ", "kubectl ", ": for ", ": cd /", ": slabtop", ": free", ": top -", ": sysctl ", ": dmesg", ": journalctl "));
    }

    @Test
    void bareCommandsAndPromptVariants() {
        byte[] label = "**kube scheduler Logs  :** I1228 16:59:28.077293 1 leaderelection.go:241] x".getBytes(StandardCharsets.UTF_8);
        EnvelopeScan labelled = new EnvelopeScan();
        labelled.scan(label, 0, label.length, false);
        assertThat(labelled.any()).as("a bold label is the klog reader's").isFalse();
        for (String[] c : new String[][] {{"MemAvailable:   551693760 kB #       << here", "MemAvailable:   551693760 kB"},
                {"Hugepagesize:    1048576 kB //default_hugepagesz 1G", "Hugepagesize:    1048576 kB"},
                {"Hugetlb:         4194304 kB  //total huge pages memory 4G", "Hugetlb:         4194304 kB"},
                {"HugePages_Free:   0   <- why?", "HugePages_Free:   0"}}) {
            byte[] b = c[0].getBytes(StandardCharsets.UTF_8);
            EnvelopeScan scan = new EnvelopeScan();
            scan.scan(b, 0, b.length, false);
            assertThat(EnvelopeScan.plain(b, 0, b.length)).as(c[0]).isFalse();
            assertThat(new String(b, scan.inner, scan.innerEnd - scan.inner, StandardCharsets.UTF_8)).isEqualTo(c[1]);
        }
        for (String line : List.of("HugePages_Free:        2 ", "MemTotal:       601685376 kB", "Mem:  1024  512 # x")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertThat(EnvelopeScan.annotation(b, 0, b.length)).as(line).isLessThan(0);
        }
        for (String line : List.of("**HugePages_Total:   53342", "HugePages_Free:    11904**", "**Hugepagesize:       2048 kB**")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            EnvelopeScan scan = new EnvelopeScan();
            scan.scan(b, 0, b.length, false);
            assertThat(EnvelopeScan.plain(b, 0, b.length)).as(line).isFalse();
            assertThat(new String(b, scan.inner, scan.innerEnd - scan.inner, StandardCharsets.UTF_8)).as(line)
                    .doesNotContain("*").isEqualTo(line.replace("**", ""));
        }
        for (String line : List.of("cat /proc/meminfo | grep -i huge", "hugeadm --pool-list", " kubectl logs nfd-master-7d -n nfd",
                "cat /sys/kernel/slab/kmalloc-512/alloc_calls  ", "slabtop", "for i in 1 2; do cat x; done")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertThat(ShellPrompt.bareCommand(b, 0, b.length)).as(line).isGreaterThanOrEqualTo(0);
        }
        for (String line : List.of("top - 10:00:01 up 3 days,  1:02,  1 user", "for the record", "sort of", "cat food",
                "echo server started", "free", "kubectl")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            if (!line.equals("free") && !line.equals("kubectl")) {
                assertThat(ShellPrompt.bareCommand(b, 0, b.length)).as(line).isLessThan(0);
            }
        }
        for (String line : List.of("cybozu@worker-1 ~ $ docker exec -it etcd etcdctl member list", " $> etcdctl endpoint status",
                "postgres@tstsdb21:~=> eee mem list", "postgres@devudb01:/postgres/admin/etcd=> eee member list",
                "[root@localhost home]#cat /proc/meminfo")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            EnvelopeScan scan = new EnvelopeScan();
            scan.scan(b, 0, b.length, false);
            assertThat(scan.prompt).as("a prompt: %s", line).isTrue();
            assertThat(EnvelopeScan.plain(b, 0, b.length)).as(line).isFalse();
        }
    }

    @Test
    void everyFormTheScanKnowsIsSentToIt() {
        for (String line : List.of("Nov 10 14:17:42 guest kernel[7]: a", "Mon 2024-06-10 12:00:01 UTC host kubelet[1]: b",
                "2024-06-12T10:00:01.2Z stdout F c", "{\"log\":\"d\\n\",\"stream\":\"stdout\",\"time\":\"2024-06-12T10:00:01.2Z\"}", "[pod/etcd-0/etcd] e",
                "> f", "$ cat /proc/meminfo", "# cat /proc/meminfo", "[root@master1 /]# cat x", "sh-4.4# cat x",
                "bash-5.1$ cat x", "user@host:~$ cat x", "  $ cat x", "  user@host:~$ cat x", "  _user@host$ cat x",
                "hugepages-2048kB]# cat x", "~]$ cat x", "_user@host$ cat x", "-- No entries --")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            EnvelopeScan scan = new EnvelopeScan();
            scan.scan(b, 0, b.length, false);
            assertThat(scan.any()).as("the scan recognises %s", line).isTrue();
            assertThat(EnvelopeScan.plain(b, 0, b.length)).as(line).isFalse();
        }
    }
}
