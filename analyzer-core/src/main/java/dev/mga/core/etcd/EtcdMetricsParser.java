package dev.mga.core.etcd;

import dev.mga.core.model.Quantity;
import dev.mga.core.model.etcd.EtcdMetricSample;
import dev.mga.core.model.etcd.EtcdMetrics;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import dev.mga.core.spi.ParserOption;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An etcd member's {@code /metrics} scrape in the Prometheus text exposition format: {@code # HELP}/{@code # TYPE}
 * comments and {@code name{label="value",…} value [timestamp]} samples. Only the series the model needs are kept; the
 * rest (about 1,500 samples on etcd 3.4) are counted.
 */
final class EtcdMetricsParser implements ArtifactParser {

    /** Option stating the member's memory limit when the capture does not ({@code --option etcd.memory-limit=8Gi}). */
    static final String LIMIT_OPTION = "etcd.memory-limit";
    static final ParserOption LIMIT_OPTION_DECLARED = new ParserOption(LIMIT_OPTION, "8Gi", "the etcd member's memory limit"
            + " (a Kubernetes quantity) when the capture does not state it, for the watch-memory estimate",
            "[0-9]{1,18}(\\.[0-9]{1,6})?(Ki|Mi|Gi|Ti|k|M|G|T)?");
    private static final Pattern SAMPLE = Pattern.compile(
            "^([a-zA-Z_:][a-zA-Z0-9_:]{0,200})(\\{[^}]{0,4000}\\})?\\s+(\\S{1,40})(?:\\s+-?\\d{1,20})?\\s*$");
    private static final Set<String> KEPT = Set.of("etcd_debugging_mvcc_watch_stream_total", "etcd_debugging_mvcc_watcher_total",
            "etcd_mvcc_db_total_size_in_bytes", "etcd_debugging_mvcc_db_total_size_in_bytes",
            "etcd_mvcc_db_total_size_in_use_in_bytes", "etcd_server_quota_backend_bytes", "etcd_server_has_leader",
            "etcd_server_leader_changes_seen_total", "etcd_server_slow_apply_total", "etcd_server_slow_read_indexes_total",
            "etcd_server_proposals_failed_total", "process_resident_memory_bytes", "go_memstats_heap_inuse_bytes");
    private static final Pattern VERSION = Pattern.compile("server_version=\"([^\"]{1,40})\"");
    private static final String WATCH_STREAM = "grpc_method=\"Watch\"";
    private static final String WATCH_SERVICE = "grpc_service=\"etcdserverpb.Watch\"";

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        Map<String, EtcdMetricSample> kept = new LinkedHashMap<>();
        String version = "";
        double started = -1;
        double handled = 0;
        long samples = 0;
        int bad = 0;
        String line;
        while ((line = lines.nextContent()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            double value = m.matches() ? value(m.group(3)) : Double.NaN;
            if (Double.isNaN(value) && !(m.matches() && m.group(3).equals("NaN"))) {
                if (++bad <= 20) {
                    context.diagnostic(lines.lineNumber(), "not a Prometheus sample (expected 'name{labels} value')");
                }
                continue;
            }
            samples++;
            String name = m.group(1);
            String labels = m.group(2) == null ? "" : m.group(2);
            if (KEPT.contains(name) && !kept.containsKey(name)) {
                kept.put(name, new EtcdMetricSample(name, labels, value, input.location(lines.lineNumber()), line));
            } else if (name.equals("etcd_server_version")) {
                Matcher v = VERSION.matcher(labels);
                version = v.find() ? v.group(1) : version;
            } else if (labels.contains(WATCH_STREAM) && labels.contains(WATCH_SERVICE)) {
                if (name.equals("grpc_server_started_total")) {
                    started = Math.max(started, 0) + value;
                } else if (name.equals("grpc_server_handled_total")) {
                    handled += value;
                }
            }
        }
        if (bad > 20) {
            context.diagnostic(0, (bad - 20) + " more lines were not Prometheus samples");
        }
        if (samples == 0) {
            context.diagnostic(0, "no metric sample found (expected a /metrics scrape in the Prometheus text format)");
            return;
        }
        context.emit(new EtcdMetrics(input.host(), version,
                new EtcdMetrics.Watches(whole(kept, "etcd_debugging_mvcc_watch_stream_total"),
                        whole(kept, "etcd_debugging_mvcc_watcher_total"), started < 0 ? -1 : Math.round(started - handled)),
                new EtcdMetrics.Database(first(kept, "etcd_mvcc_db_total_size_in_bytes", "etcd_debugging_mvcc_db_total_size_in_bytes"),
                        whole(kept, "etcd_mvcc_db_total_size_in_use_in_bytes"), whole(kept, "etcd_server_quota_backend_bytes")),
                new EtcdMetrics.Raft(whole(kept, "etcd_server_has_leader"), whole(kept, "etcd_server_leader_changes_seen_total"),
                        whole(kept, "etcd_server_slow_apply_total"), whole(kept, "etcd_server_slow_read_indexes_total"),
                        whole(kept, "etcd_server_proposals_failed_total")),
                new EtcdMetrics.Process(whole(kept, "process_resident_memory_bytes"), whole(kept, "go_memstats_heap_inuse_bytes"),
                        limit(input, context)),
                kept, samples, input.location(0)));
    }

    /** The member's memory limit the user stated, in bytes; -1 when not stated (a bad value is reported). */
    private static long limit(ParseInput input, ParseContext context) {
        Optional<String> text = input.option(LIMIT_OPTION);
        if (text.isEmpty()) {
            return -1;
        }
        Optional<Quantity> q = Units.tryQuantity(text.get());
        if (q.isEmpty() || q.get().value().signum() <= 0 || q.get().value().compareTo(java.math.BigDecimal.valueOf(1L << 62)) > 0) {
            context.diagnostic(0, "option " + LIMIT_OPTION + "=" + text.get() + " is not a memory quantity (expected e.g. 8Gi)");
            return -1;
        }
        return q.get().longValue();
    }

    /** A Prometheus value: a Go float ({@code 2.147483648e+09}), {@code +Inf}, {@code NaN}; NaN when it is none. */
    static double value(String text) {
        switch (text) {
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
        }
    }

    private static long whole(Map<String, EtcdMetricSample> kept, String name) {
        EtcdMetricSample s = kept.get(name);
        return s == null || !Double.isFinite(s.value()) || s.value() < 0 ? -1 : Math.round(s.value());
    }

    private static long first(Map<String, EtcdMetricSample> kept, String a, String b) {
        long v = whole(kept, a);
        return v >= 0 ? v : whole(kept, b);
    }
}
