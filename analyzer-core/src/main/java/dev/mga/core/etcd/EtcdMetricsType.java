package dev.mga.core.etcd;

import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;

/**
 * {@code etcd.metrics}: a member's {@code /metrics} scrape ({@code curl https://<member>:2379/metrics}, or the
 * {@code :9978/metrics} endpoint of OpenShift's etcd pods). No must-gather script writes one (gather_etcd_more keeps
 * Prometheus range queries as JSON), so it comes pasted or attached: recognised by content, and by name when the name
 * says etcd.
 */
final class EtcdMetricsType {

    private EtcdMetricsType() {
    }

    static ArtifactType declare() {
        return ArtifactType.declare("etcd.metrics")
                .describedAs("etcd /metrics scrape (Prometheus text): watch streams and watchers, DB size, leader changes,"
                        + " slow applies, process memory")
                .paths("**/etcd*metrics*", "**/metrics-etcd*")
                .accepts(EtcdMetricsType::etcdScrape)
                .sniffer(EtcdMetricsType::etcdScrape)
                .sniffPriority(4)
                .parser(new EtcdMetricsParser())
                .build();
    }

    /** Prometheus text whose samples are etcd's: a HELP/TYPE comment or a sample of an etcd_ series near the top. */
    static boolean etcdScrape(ContentSample sample) {
        if (sample.isBinary()) {
            return false;
        }
        String text = sample.text();
        return text.startsWith("# HELP etcd_") || text.startsWith("# TYPE etcd_") || text.startsWith("etcd_")
                || text.contains("\n# HELP etcd_") || text.contains("\netcd_server_") || text.contains("\netcd_debugging_mvcc_");
    }
}
