package dev.mga.core.model.klog;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * One klog message: a header line ({@code E0506 19:59:10.298440       1 evictions.go:158] …}) with
 * its continuation lines, or one JSON log line. Entries are handed to the consumers of a log as it
 * streams; the model keeps only aggregates and samples of them, never every entry of a large log.
 *
 * @param severity   I, W, E or F
 * @param time       {@code 2022-05-06T19:59:10.298440Z} when the year is known (from the line's
 *                   RFC 3339 prefix or the {@code klog.year} option), else {@code 05-06 19:59:10.298440}
 * @param threadId   the thread id column (the process id in containers is usually 1)
 * @param source     {@code file.go:line} of the call, "" when the JSON line has no caller
 * @param message    the message: the quoted one of a structured line unquoted, or the printf text
 * @param fields     the key/value pairs of a structured line, in order
 * @param structured true when the message was a quoted string followed by key/value pairs (or JSON)
 * @param location   the header line
 * @param lines      how many lines the entry spans (multi-line values)
 * @param excerpt    the header line as captured, prefix included
 */
public record KlogEntry(KlogSeverity severity, String time, long threadId, String source, String message,
                        List<KlogField> fields, boolean structured, Location location, int lines, String excerpt)
        implements Located {

    public KlogEntry {
        fields = List.copyOf(fields);
    }

    /** The value of the first field with this key, or "" when there is none. */
    public String field(String key) {
        for (KlogField f : fields) {
            if (f.key().equals(key)) {
                return f.value();
            }
        }
        return "";
    }

    public boolean has(String key) {
        for (KlogField f : fields) {
            if (f.key().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
