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
