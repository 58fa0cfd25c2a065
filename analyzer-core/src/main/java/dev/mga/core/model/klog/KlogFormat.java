package dev.mga.core.model.klog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a component log's entries are written. */
public enum KlogFormat {
    /** klog header lines ({@code Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg}) */
    TEXT,
    /** the JSON logging format ({@code --logging-format=json}) or zap JSON */
    JSON,
    /** both: a component that logs text before its JSON logger is set up */
    MIXED,
    /** no klog entry at all: a pod log of an application that does not log with klog */
    NONE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
