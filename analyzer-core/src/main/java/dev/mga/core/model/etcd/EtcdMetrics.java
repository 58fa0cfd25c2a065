package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a member's {@code /metrics} scrape (Prometheus text format) says of its watches, database, raft health and
 * memory. Values are what the member exported; -1 when the scrape does not have the series.
 *
 * @param host          node or host the path names, or ""
 * @param serverVersion {@code etcd_server_version{server_version=…}}, or ""
 * @param samples       the samples behind the figures, by series name, to cite
 * @param sampleCount   samples in the scrape
 * @param location      the entry
 */
public record EtcdMetrics(String host, String serverVersion, Watches watches, Database database, Raft raft,
                          Process process, Map<String, EtcdMetricSample> samples, long sampleCount, Location location)
        implements Located {

    public EtcdMetrics {
        samples = Collections.unmodifiableMap(new LinkedHashMap<>(samples));
    }

    /**
     * @param streams     {@code etcd_debugging_mvcc_watch_stream_total}: open gRPC watch streams
     * @param watchers    {@code etcd_debugging_mvcc_watcher_total}: watchers on them
     * @param streamsOpen {@code etcdserverpb.Watch} streams started minus handled ({@code grpc_server_*_total})
     */
    public record Watches(long streams, long watchers, long streamsOpen) {
    }

    /**
     * @param sizeBytes  {@code etcd_mvcc_db_total_size_in_bytes} (3.3: {@code etcd_debugging_mvcc_db_total_size_in_bytes})
     * @param inUseBytes {@code etcd_mvcc_db_total_size_in_use_in_bytes}
     * @param quotaBytes {@code etcd_server_quota_backend_bytes}
     */
    public record Database(long sizeBytes, long inUseBytes, long quotaBytes) {
    }

    /**
     * @param hasLeader       {@code etcd_server_has_leader} (1 or 0)
     * @param leaderChanges   {@code etcd_server_leader_changes_seen_total}
     * @param slowApplies     {@code etcd_server_slow_apply_total}
     * @param slowReadIndexes {@code etcd_server_slow_read_indexes_total}
     * @param proposalsFailed {@code etcd_server_proposals_failed_total}
     */
    public record Raft(long hasLeader, long leaderChanges, long slowApplies, long slowReadIndexes, long proposalsFailed) {
    }

    /**
     * @param residentBytes  {@code process_resident_memory_bytes}
     * @param heapInuseBytes {@code go_memstats_heap_inuse_bytes}
     * @param limitBytes     the member's memory limit as the user stated it ({@code --option etcd.memory-limit=8Gi}), or -1
     */
    public record Process(long residentBytes, long heapInuseBytes, long limitBytes) {
    }
}
