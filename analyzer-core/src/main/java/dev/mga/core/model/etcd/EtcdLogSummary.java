package dev.mga.core.model.etcd;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Map;

/**
 * What one etcd server log says, in bounded size: counts per kind of event, the worst (longest)
 * line of each kind, the first lines of each kind, and the times of leader elections.
 *
 * @param member          the member name the log gives ({@code starting an etcd server}), else the node the path names, else the file name
 * @param format          {@code zap} (JSON lines, 3.4+) or {@code capnslog} (the older text form)
 * @param lines           lines read
 * @param firstTime       earliest timestamp (the first line's when times cannot be compared), or ""
 * @param lastTime        latest timestamp (the last line's when times cannot be compared), or ""
 * @param counts          events per kind
 * @param worst           the event with the longest duration per kind (kinds with durations)
 * @param samples         the first events of each kind, in log order
 * @param elections       leader elections this member saw (time in epoch ms, -1 when unknown), in log order
 * @param quotaBytes      the backend quota the member logged at start, or 0
 * @param location        the log file
 */
public record EtcdLogSummary(String member, String format, long lines, String firstTime, String lastTime,
                             Map<String, Long> counts, Map<String, EtcdLogEvent> worst, List<EtcdLogEvent> samples,
                             List<Long> elections, long quotaBytes, Location location) implements Located {

    public EtcdLogSummary {
        counts = Map.copyOf(counts);
        worst = Map.copyOf(worst);
        samples = List.copyOf(samples);
        elections = List.copyOf(elections);
    }

    public long count(String kind) {
        return counts.getOrDefault(kind, 0L);
    }
}
