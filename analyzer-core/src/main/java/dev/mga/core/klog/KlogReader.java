package dev.mga.core.klog;

import dev.mga.core.model.Location;
import dev.mga.core.parse.LineReader;
import dev.mga.core.parse.ParseContext;
import dev.mga.core.parse.ParseInput;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Streams a Kubernetes component log into klog entries: header lines ({@code Lmmdd hh:mm:ss.uuuuuu
 * threadid file:line] msg}), JSON log lines, each possibly after an RFC 3339 timestamp or a CRI
 * prefix (partial CRI lines are joined). Lines that are neither continue the entry before them
 * (multi-line values, stack traces); lines before the first entry are counted as not klog. Memory
 * stays bounded whatever the log's size: one entry is held at a time. One reader per log.
 */
public final class KlogReader {

    /** Option giving the year of klog headers when the lines carry no timestamp prefix. */
    public static final String YEAR_OPTION = "klog.year";

    private static final int MAX_LEADING_DIAGNOSTICS = 3;

    private final ParseInput input;
    private final ParseContext context;
    private final String yearOption;
    private final LogLinePrefix prefix = new LogLinePrefix();
    private final KlogLine current = new KlogLine(this);
    private final KlogJsonLine jsonLines = new KlogJsonLine();
    private boolean pending;
    private long lines;
    private long entries;
    private long jsonEntries;
    private long otherLines;
    private long continuationLines;

    public KlogReader(ParseInput input, ParseContext context) {
        this.input = input;
        this.context = context;
        String y = input.option(YEAR_OPTION).orElse("");
        this.yearOption = y.matches("\\d{4}") ? y : null;
    }

    /** Reads the whole log, handing every entry to {@code listener} once it is complete. */
    public void read(Consumer<KlogLine> listener) throws IOException {
        LineReader reader = input.lines();
        StringBuilder partial = null;
        String line;
        while ((line = reader.next()) != null) {
            lines++;
            prefix.read(line);
            if (prefix.partial) {
                // a CRI 'P' line: the kubelet split a long line; the next 'F' line ends it
                if (partial == null) {
                    partial = new StringBuilder(line);
                } else if (partial.length() < input.maxLineLength()) {
                    partial.append(line, prefix.contentStart, line.length());
                }
                continue;
            }
            if (partial != null) {
                line = partial.append(line, prefix.contentStart, line.length()).toString();
                partial = null;
                prefix.read(line);
            }
            line(line, reader.lineNumber(), listener);
        }
        flush(listener);
        if (entries == 0 && lines > 0) {
            context.diagnostic(0, "no klog line among " + lines + " lines (expected 'Lmmdd hh:mm:ss.uuuuuu threadid "
                    + "file:line] message' or a JSON log line with \"msg\")");
        }
    }

    private void line(String line, long number, Consumer<KlogLine> listener) {
        int c = prefix.contentStart;
        int payload = header(line, c);
        if (payload > 0) {
            flush(listener);
            start(line, c, payload, KlogSeverity.ofLetter(line.charAt(c)), null, number);
            return;
        }
        if (c < line.length() && line.charAt(c) == '{') {
            KlogJsonLine.Parsed p = jsonLines.parse(line.substring(c));
            if (p != null) {
                flush(listener);
                start(line, c, c, p.severity(), p, number);
                jsonEntries++;
                return;
            }
        }
        if (pending) {
            current.lines++;
            continuationLines++;
            if (current.continuation.size() < KlogLine.MAX_CONTINUATION_LINES) {
                current.continuation.add(line.substring(c));
            }
        } else {
            otherLines++;
            if (otherLines <= MAX_LEADING_DIAGNOSTICS && !line.isBlank()) {
                context.diagnostic(number, "not a klog line (expected 'Lmmdd hh:mm:ss.uuuuuu threadid file:line] message')");
            }
        }
    }

    private void start(String line, int content, int payload, KlogSeverity severity, KlogJsonLine.Parsed json, long n) {
        current.text = line;
        current.content = content;
        current.payload = payload;
        current.severity = severity;
        current.prefixEnd = prefix.timestampEnd;
        current.lineNumber = n;
        current.lines = 1;
        current.continuation.clear();
        current.json = json;
        pending = true;
    }

    private void flush(Consumer<KlogLine> listener) {
        if (pending) {
            pending = false;
            entries++;
            listener.accept(current);
        }
    }

    /**
     * The index where the message starts when a klog header begins at {@code c}, else -1.
     * {@code Lmmdd hh:mm:ss.uuuuuu} is fixed-width; the thread id is padded; {@code file:line] }.
     */
    static int header(String s, int c) {
        int n = s.length();
        if (n - c < 30 || KlogSeverity.ofLetter(s.charAt(c)) == null) {
            return -1;
        }
        if (!digits(s, c + 1, 4) || s.charAt(c + 5) != ' ' || !digits(s, c + 6, 2) || s.charAt(c + 8) != ':'
                || !digits(s, c + 9, 2) || s.charAt(c + 11) != ':' || !digits(s, c + 12, 2) || s.charAt(c + 14) != '.'
                || !digits(s, c + 15, 6) || s.charAt(c + 21) != ' ') {
            return -1;
        }
        int i = c + 21;
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        int tid = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == tid || i >= n || s.charAt(i) != ' ') {
            return -1;
        }
        int close = s.indexOf("] ", i + 1);
        int closeEnd = close;
        if (close < 0) {
            if (!s.endsWith("]")) {
                return -1;
            }
            close = n - 1;
            closeEnd = n - 1;
        }
        int colon = s.lastIndexOf(':', close);
        if (colon <= i || !digits(s, colon + 1, close - colon - 1) || close - colon - 1 == 0) {
            return -1;
        }
        return Math.min(closeEnd + 2, n);
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            char ch = s.charAt(k);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /** The header time with the year of the prefix (or the option) when there is one. */
    String time(String s, int c, int prefixEnd) {
        String mm = s.substring(c + 1, c + 3);
        String dd = s.substring(c + 3, c + 5);
        String clock = s.substring(c + 6, c + 21);
        String year = year(mm, prefixEnd < 0 ? null : s);
        return year == null ? mm + "-" + dd + " " + clock : year + "-" + mm + "-" + dd + "T" + clock;
    }

    private String year(String headerMonth, String prefixTime) {
        if (prefixTime == null) {
            return yearOption;
        }
        int y = Integer.parseInt(prefixTime.substring(0, 4));
        // a line logged on 31 December and received on 1 January belongs to the year before
        if (headerMonth.equals("12") && prefixTime.startsWith("01", 5)) {
            y--;
        }
        return Integer.toString(y);
    }

    Location location(long line) {
        return input.location(line);
    }

    public long lines() {
        return lines;
    }

    public long entries() {
        return entries;
    }

    public long jsonEntries() {
        return jsonEntries;
    }

    /** Lines before the first entry that were not klog. */
    public long otherLines() {
        return otherLines;
    }

    /** Lines that continued an entry (multi-line values, stack traces, stray output). */
    public long continuationLines() {
        return continuationLines;
    }
}
