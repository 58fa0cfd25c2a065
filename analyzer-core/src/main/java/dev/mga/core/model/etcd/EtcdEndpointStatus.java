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
                                 EtcdctlFormat format, Location location, String excerpt) implements Located {

    public EtcdEndpointStatus {
        errors = List.copyOf(errors);
        otherColumns = Map.copyOf(otherColumns);
    }

    /** A status being read: set what the capture carries, the rest keeps "not carried" (-1, "", 0 quota). */
    public static Builder builder(String endpoint, EtcdctlFormat format, Location location, String excerpt) {
        return new Builder(endpoint, format, location, excerpt);
    }

    /** This status to change one thing, e.g. the quota the user stated ({@code --option etcd.quota-backend-bytes=…}). */
    public Builder toBuilder() {
        return new Builder(endpoint, format, location, excerpt).member(memberId, version, storageVersion)
                .db(dbSizeBytes, dbSizeText, dbSizeInUseBytes).quota(quotaBytes).role(isLeader, leaderId, isLearner)
                .raft(raftTerm, raftIndex, raftAppliedIndex).errors(errors).otherColumns(otherColumns);
    }

    /** Builds an {@link EtcdEndpointStatus} by group (member, database, role, raft) instead of 19 positions. */
    public static final class Builder {
        private final String endpoint;
        private final EtcdctlFormat format;
        private final Location location;
        private final String excerpt;
        private String memberId = "";
        private String version = "";
        private String storageVersion = "";
        private long dbSizeBytes = -1;
        private String dbSizeText = "";
        private long dbSizeInUseBytes = -1;
        private long quotaBytes;
        private boolean isLeader;
        private String leaderId = "";
        private boolean isLearner;
        private long raftTerm = -1;
        private long raftIndex = -1;
        private long raftAppliedIndex = -1;
        private List<String> errors = List.of();
        private Map<String, String> otherColumns = Map.of();

        private Builder(String endpoint, EtcdctlFormat format, Location location, String excerpt) {
            this.endpoint = endpoint;
            this.format = format;
            this.location = location;
            this.excerpt = excerpt;
        }

        /** Who answered: member id (hex), server version, storage version (3.6+). */
        public Builder member(String id, String serverVersion, String storage) {
            this.memberId = id;
            this.version = serverVersion;
            this.storageVersion = storage;
            return this;
        }

        /** The backend file's size (bytes and as printed) and the bytes in use (-1 when not carried). */
        public Builder db(long sizeBytes, String sizeText, long inUseBytes) {
            this.dbSizeBytes = sizeBytes;
            this.dbSizeText = sizeText;
            this.dbSizeInUseBytes = inUseBytes;
            return this;
        }

        /** The space quota the member reports or the user stated (0: not known). */
        public Builder quota(long bytes) {
            this.quotaBytes = bytes;
            return this;
        }

        /** Whether it leads, the leader it follows ("" when the format does not say), whether it is a learner. */
        public Builder role(boolean leader, String followedLeaderId, boolean learner) {
            this.isLeader = leader;
            this.leaderId = followedLeaderId;
            this.isLearner = learner;
            return this;
        }

        public Builder raft(long term, long index, long appliedIndex) {
            this.raftTerm = term;
            this.raftIndex = index;
            this.raftAppliedIndex = appliedIndex;
            return this;
        }

        public Builder errors(List<String> e) {
            this.errors = e;
            return this;
        }

        public Builder otherColumns(Map<String, String> columns) {
            this.otherColumns = columns;
            return this;
        }

        public EtcdEndpointStatus build() {
            return new EtcdEndpointStatus(endpoint, memberId, version, storageVersion, dbSizeBytes, dbSizeText, dbSizeInUseBytes,
                    quotaBytes, isLeader, leaderId, isLearner, raftTerm, raftIndex, raftAppliedIndex, errors, otherColumns, format,
                    location, excerpt);
        }
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
