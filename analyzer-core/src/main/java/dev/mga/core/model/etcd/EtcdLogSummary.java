package dev.mga.core.model.etcd;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Map;

/**
 * What one etcd server log says, in bounded size: counts per kind of event, the worst (longest)
 * line of each kind, the first lines of each kind, and the times of leader elections.
 *
 * @param member          the member name the log gives ({@code starting an etcd server}), else the node the path names, else the file name
 * @param format          {@code zap} (JSON lines, 3.4+), {@code capnslog} (the older text form), {@code golog} (Go's
 *                        standard logger of an embedded etcd), {@code plain} (bare messages: etcd logging to a
 *                        journal), or "" for an empty file
 * @param lines           lines read
 * @param firstTime       the earliest timestamp, as written, or ""
 * @param lastTime        the latest timestamp, as written, or ""
 * @param counts          events per kind
 * @param minutes         per kind, how many distinct minutes (by timestamp) hold at least one such event: how long
 *                        a condition lasted, as alerts count it ("for: 10m")
 * @param worst           the event with the longest duration per kind (kinds with durations)
 * @param samples         the first events of each kind, in log order
 * @param elections       leader elections this member saw (time in epoch ms, -1 when unknown), in log order
 * @param quotaBytes      the backend quota the member logged at start, or 0
 * @param electionTimeoutMillis the election timeout the member logged at start, or -1
 * @param crashedAtEnd    the log ends with the member crashing (a panic or fatal line, its trace at most after it)
 * @param location        the log file
 */
public record EtcdLogSummary(String member, Format format, long lines, String firstTime, String lastTime,
                             Map<EtcdLogEvent.Kind, Long> counts, Map<EtcdLogEvent.Kind, Long> minutes, Map<EtcdLogEvent.Kind, EtcdLogEvent> worst, List<EtcdLogEvent> samples,
                             List<Long> elections, long quotaBytes, double electionTimeoutMillis,
                             boolean crashedAtEnd, Location location) implements Located {

    public EtcdLogSummary {
        counts = Map.copyOf(counts);
        minutes = Map.copyOf(minutes);
        worst = Map.copyOf(worst);
        samples = List.copyOf(samples);
        elections = List.copyOf(elections);
    }

    public long count(EtcdLogEvent.Kind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** How the log's lines are written. */
    public enum Format {
        /** zap JSON lines (etcd 3.4+) */
        ZAP("zap"),
        /** capnslog text and the raft library's own logger (etcd up to 3.4) */
        CAPNSLOG("capnslog"),
        /** Go's standard logger of an embedded etcd, or bare caller prefixes */
        GOLOG("golog"),
        /** bare messages (etcd logging to a journal), or a panic alone */
        PLAIN("plain"),
        /** an empty file */
        EMPTY("");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** Distinct minutes holding an event of the kind (0 when its lines carry no time). */
    public long minutes(EtcdLogEvent.Kind kind) {
        return minutes.getOrDefault(kind, 0L);
    }
}
