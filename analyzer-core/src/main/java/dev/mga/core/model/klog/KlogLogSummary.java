package dev.mga.core.model.klog;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.YearlessTimes;
import dev.mga.core.model.Years;
import java.util.List;

/**
 * What one Kubernetes component log holds, in aggregate: whose it is, its entries per severity, the
 * time it covers and its most frequent error messages. A log can be gigabytes, so this, not every
 * entry, is what goes into the model.
 *
 * @param source        whose log it is (namespace, pod, container or unit, node)
 * @param format        how its entries are written
 * @param counts        lines and entries per severity
 * @param firstTime     time of the first entry, "" when there is none or it has no time
 * @param lastTime      time of the last entry
 * @param topErrors     the most frequent error and fatal messages, most frequent first
 * @param errorMessages distinct error messages seen (may exceed the ones listed)
 * @param location      the file
 */
public record KlogLogSummary(KlogLogSource source, KlogFormat format, KlogCounts counts, String firstTime,
                             String lastTime, List<KlogMessageCount> topErrors, long errorMessages, Location location)
        implements Located, YearlessTimes {

    public KlogLogSummary {
        topErrors = List.copyOf(topErrors);
    }

    @Override
    public KlogLogSummary withYears(Years years) {
        return new KlogLogSummary(source, format, counts, years.complete(firstTime), years.complete(lastTime),
                topErrors.stream().map(m -> m.withYears(years)).toList(), errorMessages, location);
    }

    /** Error and fatal entries together. */
    public long errorEntries() {
        return counts.errors() + counts.fatals();
    }

    /** {@link KlogLogSource#component()}. */
    public String component() {
        return source.component();
    }
}
