package dev.mga.spark;

import dev.mga.core.Analyzer;
import dev.mga.core.model.Limits;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every executor needs to build the same analyzer as the driver: the limits and the parser
 * options. A plain value, so it travels with the tasks.
 */
record JobSettings(long maxTotalBytes, long maxEntryBytes, long maxEntries, double maxRatio, int maxDepth,
                   int maxLineLength, Map<String, String> options) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One analyzer per settings and per JVM: building one loads and compiles the rule pack (about
     * a second), far more than analysing a small capture, and an analyzer is immutable and
     * thread-safe, so an executor's task threads share it. The only static state of the job.
     */
    private static final Map<JobSettings, Analyzer> ANALYZERS = new ConcurrentHashMap<>();

    JobSettings {
        options = new TreeMap<>(options);
    }

    static JobSettings of(Limits l, Map<String, String> options) {
        return new JobSettings(l.maxTotalBytes(), l.maxEntryBytes(), l.maxEntries(), l.maxCompressionRatio(),
                l.maxNestingDepth(), l.maxLineLength(), options);
    }

    Limits limits() {
        return Limits.defaults().withMaxTotalBytes(maxTotalBytes).withMaxEntryBytes(maxEntryBytes).withMaxEntries(maxEntries)
                .withMaxCompressionRatio(maxRatio).withMaxNestingDepth(maxDepth).withMaxLineLength(maxLineLength);
    }

    Analyzer analyzer() {
        return ANALYZERS.computeIfAbsent(this, s -> {
            Analyzer.Builder b = Analyzer.builder().limits(s.limits());
            s.options().forEach(b::option);
            return b.build();
        });
    }
}
