package dev.mga.core.etcd;

import dev.mga.core.model.etcd.EtcdLogEvent.Kind;
import dev.mga.core.model.etcd.EtcdLogSummary;
import java.util.Locale;

/** How the log rules word durations and time spans. */
final class LogFigures {

    private LogFigures() {
    }

    /** "etcd <member>", or "etcd" when the log does not say which member it is. */
    static String member(EtcdLogSummary log) {
        return log.member().isEmpty() ? "etcd" : "etcd " + log.member();
    }

    /** The worst duration of a kind as a figure in seconds, when the log has one. */
    static void worst(dev.mga.core.spi.RuleContext.FindingBuilder f, EtcdLogSummary log, Kind kind, String figure) {
        dev.mga.core.model.etcd.EtcdLogEvent w = log.worst().get(kind);
        if (w != null && w.durationMillis() >= 0) {
            f.figure(figure, w.durationMillis() / 1000);
        }
    }

    static String duration(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    /** " between <earliest> and <latest>" as the log writes its times, or "" when its lines carry none. */
    static String between(EtcdLogSummary log) {
        return log.firstTime().isEmpty() ? "" : " between " + log.firstTime() + " and " + log.lastTime();
    }
}
