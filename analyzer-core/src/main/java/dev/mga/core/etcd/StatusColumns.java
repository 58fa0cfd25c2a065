package dev.mga.core.etcd;

import dev.mga.core.model.Location;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdctlFormat;
import dev.mga.core.parse.Units;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an {@link EtcdEndpointStatus} from named columns: a table row keyed by its header, or a
 * simple line given the header etcdctl would have printed. Known headers have aliases (the seed's
 * hand-abbreviated {@code LEADER}, {@code LEARNER}, {@code RT}, {@code RAFTINDEX}; o-must-gather's
 * {@code DB SIZE/IN USE}); any other column is kept in {@code otherColumns}.
 */
final class StatusColumns {

    /** etcdctl 3.4 and 3.5 {@code endpoint status} columns, also the order of their simple lines. */
    static final List<String> V34 = List.of("ENDPOINT", "ID", "VERSION", "DB SIZE", "IS LEADER", "IS LEARNER",
            "RAFT TERM", "RAFT INDEX", "RAFT APPLIED INDEX", "ERRORS");
    /** etcdctl 3.6 columns (and simple line order). */
    static final List<String> V36 = List.of("ENDPOINT", "ID", "VERSION", "STORAGE VERSION", "DB SIZE", "IN USE",
            "PERCENTAGE NOT IN USE", "QUOTA", "IS LEADER", "IS LEARNER", "RAFT TERM", "RAFT INDEX",
            "RAFT APPLIED INDEX", "ERRORS", "DOWNGRADE TARGET VERSION", "DOWNGRADE ENABLED");

    private static final Set<String> KNOWN = Set.of("ENDPOINT", "ID", "VERSION", "STORAGE VERSION", "DB SIZE",
            "IN USE", "DB SIZE IN USE", "DB SIZE/IN USE", "QUOTA", "IS LEADER", "LEADER", "IS LEARNER", "LEARNER",
            "RAFT TERM", "RT", "RAFT INDEX", "RAFTINDEX", "RAFT APPLIED INDEX", "ERRORS", "");

    private StatusColumns() {
    }

    static EtcdEndpointStatus of(Map<String, String> row, EtcdctlFormat format, Location at, String excerpt) {
        String dbSizeText = first(row, "DB SIZE");
        long inUse = -1;
        String combined = first(row, "DB SIZE/IN USE");
        if (!combined.isEmpty() && combined.contains("/")) {
            dbSizeText = combined.substring(0, combined.indexOf('/')).strip();
            inUse = Units.humanizeSize(combined.substring(combined.indexOf('/') + 1));
        }
        String inUseText = first(row, "IN USE", "DB SIZE IN USE");
        if (!inUseText.isEmpty()) {
            inUse = Units.humanizeSize(inUseText);
        }
        String quota = first(row, "QUOTA");
        Map<String, String> other = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (!KNOWN.contains(k)) {
                other.put(k, v);
            }
        });
        return new EtcdEndpointStatus(first(row, "ENDPOINT"), EtcdValues.hexId(first(row, "ID"), false),
                first(row, "VERSION"), first(row, "STORAGE VERSION"), Units.humanizeSize(dbSizeText), dbSizeText, inUse,
                quota.isEmpty() ? 0 : Math.max(0, Units.humanizeSize(quota)),
                Boolean.parseBoolean(first(row, "IS LEADER", "LEADER")), "",
                Boolean.parseBoolean(first(row, "IS LEARNER", "LEARNER")),
                EtcdValues.number(first(row, "RAFT TERM", "RT")), EtcdValues.number(first(row, "RAFT INDEX", "RAFTINDEX")),
                EtcdValues.number(first(row, "RAFT APPLIED INDEX")), EtcdValues.errors(first(row, "ERRORS")), other,
                format, at, excerpt);
    }

    /** True when a row has the cells a status needs: an endpoint and a parsable size and raft term. */
    static boolean usable(EtcdEndpointStatus s) {
        return !s.endpoint().isEmpty() && s.dbSizeBytes() >= 0 && s.raftTerm() >= 0;
    }

    private static String first(Map<String, String> row, String... names) {
        for (String n : names) {
            String v = row.get(n);
            if (v != null) {
                return v.strip();
            }
        }
        return "";
    }
}
