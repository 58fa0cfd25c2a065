package dev.mga.core.klog;

import dev.mga.core.model.Location;
import dev.mga.core.model.klog.KlogEntry;
import dev.mga.core.model.klog.KlogSeverity;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry a {@link KlogReader} has just assembled, as a cheap view: severity, header fields and
 * a prefix test on the message are read without allocating, and {@link #toEntry()} builds the full
 * {@link KlogEntry} (message unquoted, fields parsed) only for the entries a consumer keeps. The
 * view is reused for the next entry: keep the entry, not the view.
 */
public final class KlogLine {

    static final int MAX_CONTINUATION_LINES = 200;
    /** Characters of continuation kept per entry: a stack trace's worth, whatever the line length. */
    static final int MAX_CONTINUATION_CHARS = 1 << 16;

    private final KlogReader reader;
    /** The entry's first line as the tool wrote it (envelope removed). */
    String text;
    /** What to cite when the text is not the capture's own bytes (decoded or joined), else null. */
    String excerpt;
    int payload;
    KlogSeverity severity;
    /** The year the line's envelope gives the header, or -1. */
    int year = -1;
    long lineNumber;
    int lines;
    final List<String> continuation = new ArrayList<>();
    int continuationChars;
    KlogJsonLine.Parsed json;

    KlogLine(KlogReader reader) {
        this.reader = reader;
    }

    public KlogSeverity severity() {
        return severity;
    }

    /** True when the message (the quoted message of a structured line) starts with {@code prefix}. */
    public boolean messageStartsWith(String prefix) {
        if (json != null) {
            return json.message().startsWith(prefix);
        }
        if (text.startsWith("\"", payload)) {
            return text.startsWith(prefix, payload + 1);
        }
        return text.startsWith(prefix, payload);
    }

    /**
     * True when the message is exactly {@code message}: the quoted message of a structured line
     * ({@code "Number of evicted pods" totalEvicted=1}), the {@code msg} of a JSON line, or a printf
     * line with nothing after it.
     */
    public boolean messageIs(String message) {
        if (json != null) {
            return json.message().equals(message);
        }
        if (text.startsWith("\"", payload)) {
            int end = payload + 1 + message.length();
            return text.startsWith(message, payload + 1) && text.startsWith("\"", end)
                    && (end + 1 == text.length() || text.charAt(end + 1) == ' ');
        }
        return text.startsWith(message, payload) && text.length() == payload + message.length();
    }

    /** The {@code file.go} of the header's {@code file.go:line}, or the JSON caller's file. */
    public String sourceFile() {
        String src = source();
        int colon = src.lastIndexOf(':');
        return colon < 0 ? src : src.substring(0, colon);
    }

    /** {@code file.go:line} as the header prints it. */
    public String source() {
        if (json != null) {
            return json.caller();
        }
        int close = payload - 2;
        int start = close;
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        return text.substring(start, close);
    }

    /** The time of the entry: with the year when it is known, else {@code MM-DD hh:mm:ss.uuuuuu}. */
    public String time() {
        if (json != null) {
            return json.time();
        }
        if (severity == KlogSeverity.UNKNOWN) {
            return ""; // pasted without its header's time
        }
        return reader.time(text, year);
    }

    /**
     * The value of {@code key="value"} read straight from the line when it holds no escape, else
     * through {@link #toEntry()}; "" when absent. Cheap enough for every line of a large log.
     */
    public String quotedField(String key) {
        if (json == null && continuation.isEmpty()) {
            String needle = " " + key + "=\"";
            int at = text.indexOf(needle, payload);
            if (at < 0) {
                return "";
            }
            int start = at + needle.length();
            int end = text.indexOf('"', start);
            if (end >= 0 && text.indexOf('\\', start) < 0) {
                return text.substring(start, end);
            }
        }
        return toEntry().field(key);
    }

    public long lineNumber() {
        return lineNumber;
    }

    public Location location() {
        return reader.location(lineNumber);
    }

    /** The header line as the capture holds it: the log text, or the captured line when the text was decoded. */
    public String excerpt() {
        return excerpt != null ? excerpt : text;
    }

    /** The full entry: message unquoted and fields parsed. */
    public KlogEntry toEntry() {
        if (json != null) {
            return new KlogEntry(severity, json.time(), 0, json.caller(), json.message(), json.fields(), true,
                    location(), lines, excerpt());
        }
        String body = text.substring(payload);
        if (!continuation.isEmpty()) {
            StringBuilder b = new StringBuilder(body);
            for (String c : continuation) {
                b.append('\n').append(c);
            }
            body = b.toString();
        }
        KlogPayload.Parsed p = KlogPayload.parse(body);
        return new KlogEntry(severity, time(), threadId(), source(), p.message(), p.fields(), p.structured(),
                location(), lines, excerpt());
    }

    /**
     * The entry as the log summary keeps it: {@link #toEntry} without the fields, which are all
     * read only when someone asks for them (the summary groups error lines by message, source and time).
     */
    KlogEntry toSummaryEntry() {
        if (json != null) {
            return toEntry();
        }
        // the message is on the header's line: a quoted message cannot span lines, a printf one is kept to its first
        KlogPayload.Parsed p = KlogPayload.message(text.substring(payload));
        return new KlogEntry(severity, time(), threadId(), source(), p.message(), List.of(), p.structured(),
                location(), lines, excerpt());
    }

    private long threadId() {
        if (severity == KlogSeverity.UNKNOWN) {
            return -1;
        }
        int i = 22;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        long v = 0;
        int digits = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            if (++digits > 18) {
                return -1; // no thread id is that long: not a number worth reading
            }
            v = v * 10 + (text.charAt(i) - '0');
            i++;
        }
        return v;
    }
}
