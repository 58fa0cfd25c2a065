package dev.mga.spark;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Limits;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every executor needs to build the same analyzer as the driver: the limits and the parser
 * options. A plain value, so it travels with the tasks.
 */
record JobSettings(long maxTotalBytes, long maxEntryBytes, long maxEntries, double maxRatio, int maxDepth,
                   int maxLineLength, Map<String, String> options, List<String> disabled, List<String> only,
                   Map<String, String> params, List<String> redact) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One analyzer per settings and per JVM: building one loads and compiles the rule pack (about
     * a second), far more than analysing a small capture, and an analyzer is immutable and
     * thread-safe, so an executor's task threads share it. The only static state of the job.
     */
    private static final Map<JobSettings, Analyzer> ANALYZERS = new ConcurrentHashMap<>();

    JobSettings {
        options = new TreeMap<>(options);
        disabled = new ArrayList<>(disabled);
        only = new ArrayList<>(only);
        params = new TreeMap<>(params);
        redact = new ArrayList<>(redact);
    }

    /** The defaults of {@code mga analyze}, with these limits and parser options. */
    static JobSettings of(Limits l, Map<String, String> options) {
        return new JobSettings(l.maxTotalBytes(), l.maxEntryBytes(), l.maxEntries(), l.maxCompressionRatio(),
                l.maxNestingDepth(), l.maxLineLength(), options, List.of(), List.of(), Map.of(), List.of());
    }

    JobSettings withRules(List<String> disable, List<String> onlyRules, Map<String, String> set, List<String> redaction) {
        return new JobSettings(maxTotalBytes, maxEntryBytes, maxEntries, maxRatio, maxDepth, maxLineLength, options, disable,
                onlyRules, set, redaction);
    }

    Limits limits() {
        return Limits.builder().maxTotalBytes(maxTotalBytes).maxEntryBytes(maxEntryBytes).maxEntries(maxEntries)
                .maxCompressionRatio(maxRatio).maxNestingDepth(maxDepth).maxLineLength(maxLineLength).build();
    }

    Analyzer analyzer() {
        return ANALYZERS.computeIfAbsent(this, s -> {
            Analyzer.Builder b = Analyzer.builder().limits(s.limits());
            s.options().forEach(b::option);
            s.disabled().forEach(b::disableRule);
            s.only().forEach(b::onlyRules);
            s.params().forEach((key, value) -> {
                int dot = key.lastIndexOf('.');
                if (dot <= 0 || dot == key.length() - 1) {
                    throw new IllegalArgumentException("--set takes RULE.PARAM=VALUE, not '" + key + "=" + value + "'");
                }
                b.ruleParam(key.substring(0, dot), key.substring(dot + 1), value);
            });
            s.redact().forEach(r -> b.redact(switch (r.trim().toLowerCase(Locale.ROOT)) {
                case "hosts", "host" -> Analyzer.Redaction.HOSTS;
                case "ips", "ip", "addresses" -> Analyzer.Redaction.IPS;
                default -> throw new IllegalArgumentException("--redact takes hosts, ips or both, not '" + r + "'");
            }));
            return b.build();
        });
    }
}
