package dev.mga.core.model.etcd;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * One captured {@code etcdctl endpoint status}: every member that answered, as one snapshot of
 * the cluster (a file, or one table or JSON document of a pasted file). The derived numbers let
 * rules compare members without code.
 *
 * @param format   {@code table}, {@code simple}, {@code fields} or {@code json}
 * @param statuses the members that answered, in captured order
 * @param location where the snapshot starts
 */
public record EtcdStatusReport(EtcdctlFormat format, List<EtcdEndpointStatus> statuses, Location location) implements Located {

    public EtcdStatusReport {
        statuses = List.copyOf(statuses);
    }

    /** The highest raft index of the members, -1 without members. */
    @JsonProperty
    public long maxRaftIndex() {
        return statuses.stream().mapToLong(EtcdEndpointStatus::raftIndex).max().orElse(-1);
    }

    /** The highest raft applied index of the members, -1 without members. */
    @JsonProperty
    public long maxRaftAppliedIndex() {
        return statuses.stream().mapToLong(EtcdEndpointStatus::raftAppliedIndex).max().orElse(-1);
    }

    /** The largest database file of the members, in bytes; -1 without members. */
    @JsonProperty
    public long maxDbSizeBytes() {
        return statuses.stream().mapToLong(EtcdEndpointStatus::dbSizeBytes).max().orElse(-1);
    }

    /** The smallest database file size a member reported, in bytes; -1 when none did. */
    @JsonProperty
    public long minDbSizeBytes() {
        return statuses.stream().mapToLong(EtcdEndpointStatus::dbSizeBytes).filter(s -> s >= 0).min().orElse(-1);
    }

    /** Members that say they are the leader. */
    @JsonProperty
    public long leaderCount() {
        return statuses.stream().filter(EtcdEndpointStatus::isLeader).count();
    }
}
