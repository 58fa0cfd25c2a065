package dev.mga.core.model.klog;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.YearlessTimes;
import dev.mga.core.model.Years;
import java.util.List;

/**
 * What one Kubernetes component log holds, in aggregate: its size, entries per severity, the time
 * it covers and its most frequent error messages. A log can be gigabytes, so this, not every entry,
 * is what goes into the model.
 *
 * @param namespace      pod namespace from the path ({@code namespaces/<ns>/pods/…}, {@code /var/log/pods/<ns>_…}), or ""
 * @param pod            pod name from the path, or ""
 * @param container      container name from the path, or ""
 * @param component      the component as a support engineer names it: {@code namespace/container}, or the file name
 * @param previous       true for the log of the previous container instance ({@code previous.log})
 * @param host           node named by the path, or ""
 * @param format         {@code text}, {@code json} or {@code mixed}
 * @param lines          lines read
 * @param entries        klog entries (a multi-line entry counts once)
 * @param infos          entries per severity
 * @param warnings       entries per severity
 * @param errors         entries per severity
 * @param fatals         entries per severity
 * @param firstTime      time of the first entry, "" when there is none
 * @param lastTime       time of the last entry
 * @param notKlogLines   lines before the first entry that were not klog
 * @param topErrors      the most frequent error and fatal messages, most frequent first
 * @param errorMessages  distinct error messages seen (may exceed the ones listed)
 * @param location       the file
 */
public record KlogLogSummary(String namespace, String pod, String container, String component, boolean previous,
                             String host, String format, long lines, long entries, long infos, long warnings,
                             long errors, long fatals, String firstTime, String lastTime, long notKlogLines,
                             List<KlogMessageCount> topErrors, long errorMessages, Location location)
        implements Located, YearlessTimes {

    public KlogLogSummary {
        topErrors = List.copyOf(topErrors);
    }

    @Override
    public KlogLogSummary withYears(Years years) {
        return new KlogLogSummary(namespace, pod, container, component, previous, host, format, lines, entries, infos,
                warnings, errors, fatals, years.complete(firstTime), years.complete(lastTime), notKlogLines,
                topErrors.stream().map(m -> m.withYears(years)).toList(), errorMessages, location);
    }

    /** Error and fatal entries together. */
    public long errorEntries() {
        return errors + fatals;
    }
}
