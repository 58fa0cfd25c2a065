package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.etcd.EtcdMetrics;
import dev.mga.core.testing.Parsing;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real etcd 3.4.23 scrapes with known watch counts (fixtures/node/etcd-metrics). */
class EtcdMetricsParserTest {

    private static EtcdMetrics scrape(String dir, Map<String, String> options) throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(dev.mga.core.testing.Fixtures.path(
                "node/etcd-metrics/loopback-3.4.23/" + dir + "/metrics.txt"));
        Parsing p = Parsing.run(new EtcdMetricsParser(), "metrics.txt", bytes, options);
        assertThat(p.diagnostics).isEmpty();
        return (EtcdMetrics) p.records.get(0);
    }

    @Test
    void watchCountsAndTheRest() throws Exception {
        EtcdMetrics m = scrape("4-watch-11010", Map.of());
        assertThat(m.serverVersion()).isEqualTo("3.4.23");
        assertThat(m.watches()).isEqualTo(new EtcdMetrics.Watches(30, 11010, 30));
        assertThat(m.database()).isEqualTo(new EtcdMetrics.Database(65536, 65536, 2147483648L));
        assertThat(m.raft()).isEqualTo(new EtcdMetrics.Raft(1, 1, 0, 0, 0));
        assertThat(m.process()).isEqualTo(new EtcdMetrics.Process(51916800, 18382848, -1));
        assertThat(m.samples().get("etcd_debugging_mvcc_watcher_total").location().line()).isEqualTo(202);
        assertThat(m.sampleCount()).isEqualTo(1246);
    }

    @Test
    void closedStreamsAreHandled() throws Exception {
        EtcdMetrics m = scrape("5-after-close", Map.of());
        assertThat(m.watches()).isEqualTo(new EtcdMetrics.Watches(0, 0, 0));
    }

    @Test
    void theLimitOptionIsAQuantity() throws Exception {
        assertThat(scrape("6-watch-100000-limit-256Mi", Map.of("etcd.memory-limit", "256Mi")).process().limitBytes())
                .isEqualTo(256L << 20);
        Parsing bad = Parsing.run(new EtcdMetricsParser(), "metrics.txt",
                "etcd_server_has_leader 1\n".getBytes(StandardCharsets.UTF_8), Map.of("etcd.memory-limit", "lots"));
        assertThat(bad.diagnostics).singleElement().satisfies(d -> assertThat(d.message()).contains("etcd.memory-limit=lots"));
    }

    @Test
    void orderOfMagnitude() {
        assertThat(WatchMemoryRule.magnitude(4.9e6)).isEqualTo("a few megabytes (10^6 to 10^7 bytes)");
        assertThat(WatchMemoryRule.magnitude(35.3e6)).isEqualTo("tens of megabytes (10^7 to 10^8 bytes)");
        assertThat(WatchMemoryRule.magnitude(217e6)).isEqualTo("hundreds of megabytes (10^8 to 10^9 bytes)");
    }
}
