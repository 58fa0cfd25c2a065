package dev.mga.core.model.etcd;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Map;

/**
 * One member's answer to {@code etcdctl endpoint status}, from a table row, a simple line, a
 * {@code -w fields} block or a {@code -w json} element. Numbers the capture did not carry are -1.
 *
 * @param endpoint         the client URL asked
 * @param memberId         the member id in hex, as tables print it ({@code e97ca8fed9268702})
 * @param version          etcd server version
 * @param storageVersion   storage version (etcd 3.6+), or ""
 * @param dbSizeBytes      backend database file size (physically allocated)
 * @param dbSizeText       the size as printed ({@code 128 MB}), or the byte count
 * @param dbSizeInUseBytes bytes logically in use (json/fields since 3.4, table since 3.6), or -1
 * @param quotaBytes       the backend quota the member reports (etcd 3.6+), 0 when not reported or not set
 * @param isLeader         the member says it is the leader
 * @param leaderId         the leader this member believes in, hex; "" when the format does not say (tables)
 * @param isLearner        the member is a raft learner
 * @param raftTerm         raft term
 * @param raftIndex        raft committed index
 * @param raftAppliedIndex raft applied index, or -1
 * @param errors           alarm and health errors the member reports ({@code etcdserver: no leader}, NOSPACE alarms)
 * @param otherColumns     columns mga does not interpret, by header, kept as printed
 * @param format           {@code table}, {@code simple}, {@code fields} or {@code json}
 * @param location         where it was read
 * @param excerpt          the row, line or element as captured
 */
public record EtcdEndpointStatus(String endpoint, String memberId, String version, String storageVersion,
                                 long dbSizeBytes, String dbSizeText, long dbSizeInUseBytes, long quotaBytes,
                                 boolean isLeader, String leaderId, boolean isLearner, long raftTerm, long raftIndex,
                                 long raftAppliedIndex, List<String> errors, Map<String, String> otherColumns,
                                 String format, Location location, String excerpt) implements Located {

    public EtcdEndpointStatus {
        errors = List.copyOf(errors);
        otherColumns = Map.copyOf(otherColumns);
    }

    /** The same status with the quota the user stated ({@code --option etcd.quota-backend-bytes=…}). */
    public EtcdEndpointStatus withQuota(long bytes) {
        return new EtcdEndpointStatus(endpoint, memberId, version, storageVersion, dbSizeBytes, dbSizeText, dbSizeInUseBytes,
                bytes, isLeader, leaderId, isLearner, raftTerm, raftIndex, raftAppliedIndex, errors, otherColumns, format,
                location, excerpt);
    }

    /** Share of the file not in use (0..1), or -1 when the capture has no in-use size. */
    @JsonProperty
    public double fragmentedShare() {
        if (dbSizeInUseBytes < 0 || dbSizeBytes <= 0) {
            return -1;
        }
        return Math.max(0, (double) (dbSizeBytes - dbSizeInUseBytes) / dbSizeBytes);
    }

    /** Errors that are raised alarms ({@code memberID:… alarm:NOSPACE}), judged by {@code etcd.alarm}. */
    @JsonIgnore
    public List<String> alarmErrors() {
        return errors.stream().filter(e -> e.contains("alarm:")).toList();
    }

    /** Errors other than alarms ({@code etcdserver: no leader}, …). */
    @JsonIgnore
    public List<String> healthErrors() {
        return errors.stream().filter(e -> !e.contains("alarm:")).toList();
    }
}
