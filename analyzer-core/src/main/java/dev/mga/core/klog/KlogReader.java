package dev.mga.core.klog;

import dev.mga.core.model.Location;
import dev.mga.core.model.klog.KlogSeverity;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Streams a Kubernetes component log into klog entries: header lines ({@code Lmmdd hh:mm:ss.uuuuuu
 * threadid file:line] msg}), JSON log lines, each possibly after an RFC 3339 timestamp or a CRI
 * prefix (partial CRI lines are joined). Lines that are neither continue the entry before them
 * (multi-line values, stack traces); lines before the first entry are counted as not klog. Memory
 * stays bounded whatever the log's size: one entry is held at a time. One reader per log.
 *
 * <p>Most lines of a big log are INFO entries that a summary only counts: for a {@link Sink} that
 * says so, such lines are recognised on their bytes and never decoded, which keeps gigabyte logs
 * fast to read.
 */
public final class KlogReader {

    /** Option giving the year of klog headers when the lines carry no timestamp prefix. */
    public static final String YEAR_OPTION = "klog.year";

    private static final int MAX_LEADING_DIAGNOSTICS = 3;

    /** A consumer of entries that may decline to see plain INFO entries (it only counts them). */
    public interface Sink extends Consumer<KlogLine> {
        /** True when INFO entries without a CRI partial prefix need not be decoded for this sink. */
        default boolean countsInfoOnly() {
            return false;
        }

        /** An INFO entry this sink declined to see. */
        default void infoCounted() {
        }

        /**
         * True when INFO entries logged from this source file ({@code b[from, to)}, e.g.
         * {@code eviction_manager.go}) must be decoded all the same: a few files whose info lines
         * a family reads. Called on the bytes of every INFO line: must be cheap.
         */
        default boolean decodesInfoFrom(byte[] b, int from, int to) {
            return false;
        }
    }

    private final ParseInput input;
    private final ParseContext context;
    private final String yearOption;
    private final LogLinePrefix prefix = new LogLinePrefix();
    private final KlogLine current = new KlogLine(this);
    private final KlogJsonLine jsonLines = new KlogJsonLine();
    private boolean pending;
    private boolean sawHeader;
    private KlogHeaderGrammar grammar;
    private long headerlessEntries;
    private boolean countedEntryOpen;
    private long lines;
    private long entries;
    private long jsonEntries;
    private long otherLines;
    private long continuationLines;
    private String firstTime;
    // the last entry's time, kept cheaply: its header bytes (text entries) or its time (JSON entries)
    private byte[] lastHeader = new byte[96];
    private int lastHeaderLength = -1;
    private String lastText;
    private int lastContent;
    private int lastPrefixEnd;
    private String lastJsonTime;

    public KlogReader(ParseInput input, ParseContext context) {
        this.input = input;
        this.context = context;
        String y = input.option(YEAR_OPTION).orElse("");
        this.yearOption = y.length() == 4 && y.chars().allMatch(c -> c >= '0' && c <= '9') ? y : null;
    }

    /** Reads the whole log, handing every entry to {@code listener} once it is complete. */
    public void read(Consumer<KlogLine> listener) throws IOException {
        read(listener instanceof Sink s ? s : listener::accept);
    }

    /** Reads the whole log into {@code sink}. */
    public void read(Sink sink) throws IOException {
        Lines reader = input.lines();
        boolean fast = sink.countsInfoOnly();
        StringBuilder partial = null;
        while (reader.advance()) {
            lines++;
            byte[] b = reader.bytes();
            int off = reader.start();
            int len = reader.length();
            prefix.read(b, off, len);
            if (prefix.partial) {
                // a CRI 'P' line: the kubelet split a long line; the next 'F' line ends it
                if (partial == null) {
                    partial = new StringBuilder(reader.string());
                } else if (partial.length() < input.maxLineLength()) {
                    appendContent(partial, reader.string());
                }
                continue;
            }
            String line;
            if (partial != null) {
                line = appendContent(partial, reader.string()).toString();
                partial = null;
                prefix.read(line);
            } else if (fast && countedInfo(b, off, len, reader.lineNumber(), sink)) {
                continue;
            } else {
                line = reader.string();
            }
            line(line, reader.lineNumber(), sink);
        }
        flush(sink);
        if (entries == 0 && lines > 0) {
            context.diagnostic(0, "no klog line among " + lines + " lines (expected 'Lmmdd hh:mm:ss.uuuuuu threadid "
                    + "file:line] message' or a JSON log line with \"msg\")");
        }
    }

    /**
     * Appends what follows the CRI prefix of {@code line}: the prefix is ASCII, so its byte length is
     * its length in characters, but the rest of the line is counted in characters, not bytes.
     */
    private StringBuilder appendContent(StringBuilder partial, String line) {
        return partial.append(line, Math.min(prefix.contentStart, line.length()), line.length());
    }

    /** An INFO header line handled on its bytes for a sink that only counts them; false to decode it. */
    private boolean countedInfo(byte[] b, int off, int len, long number, Sink sink) {
        int c = off + prefix.contentStart;
        int payload = c >= off + len || b[c] != 'I' ? -1 : header(b, c, off + len);
        if (payload < 0 || decodesInfo(b, c, payload, sink)) {
            return false;
        }
        flush(sink);
        entries++;
        countedEntryOpen = true;
        int headerEnd = c + 21 - off;
        if (firstTime == null) {
            firstTime = time(new String(b, off, headerEnd, StandardCharsets.ISO_8859_1), prefix.contentStart,
                    prefix.timestampEnd);
        }
        if (lastHeader.length < headerEnd) {
            lastHeader = Arrays.copyOf(lastHeader, headerEnd);
        }
        System.arraycopy(b, off, lastHeader, 0, headerEnd);
        lastHeaderLength = headerEnd;
        lastContent = prefix.contentStart;
        lastPrefixEnd = prefix.timestampEnd;
        lastJsonTime = null;
        sink.infoCounted();
        return true;
    }

    private void line(String line, long number, Consumer<KlogLine> listener) {
        int c = prefix.contentStart;
        int payload = header(line, c);
        if (payload > 0) {
            flush(listener);
            sawHeader = true;
            start(line, c, payload, KlogSeverity.ofLetter(line.charAt(c)), null, number);
            return;
        }
        // the first entry of a paste after a Markdown label on the same line ("**scheduler logs:** I1228 ...")
        int labelled = pending || entries > 0 || countedEntryOpen ? -1 : afterLabel(line, c);
        if (labelled > 0) {
            flush(listener);
            sawHeader = true;
            start(line, labelled, header(line, labelled), KlogSeverity.ofLetter(line.charAt(labelled)), null, number);
            return;
        }
        // a line pasted from its "file.go:N] " on: only in a paste that has no full header (a fragment),
        // where it cannot be the continuation of an entry
        payload = sawHeader ? -1 : headerless(line, c);
        if (payload > 0) {
            flush(listener);
            start(line, c, payload, KlogSeverity.UNKNOWN, null, number);
            headerlessEntries++;
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
            current.lines = current.lines == Integer.MAX_VALUE ? current.lines : current.lines + 1;
            continuationLines++;
            if (current.continuation.size() < KlogLine.MAX_CONTINUATION_LINES
                    && current.continuationChars < KlogLine.MAX_CONTINUATION_CHARS) {
                String rest = line.substring(c);
                int room = KlogLine.MAX_CONTINUATION_CHARS - current.continuationChars;
                rest = rest.length() > room ? rest.substring(0, room) : rest;
                current.continuation.add(rest);
                current.continuationChars += rest.length();
            }
        } else if (countedEntryOpen) {
            continuationLines++;
        } else {
            otherLines++;
            if (otherLines <= MAX_LEADING_DIAGNOSTICS && !line.isBlank()) {
                context.diagnostic(number, "not a klog line (expected 'Lmmdd hh:mm:ss.uuuuuu threadid file:line] message')"
                        + almostHeader(line, c));
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
        current.continuationChars = 0;
        current.json = json;
        pending = true;
        countedEntryOpen = false;
        if (firstTime == null) {
            firstTime = current.time();
        }
        if (json != null || severity == KlogSeverity.UNKNOWN) {
            lastJsonTime = json != null ? json.time() : ""; // a header-less line has no time
        } else {
            lastJsonTime = null;
            lastHeaderLength = -1;
            lastText = line;
        }
        lastContent = content;
        lastPrefixEnd = prefix.timestampEnd;
    }

    private void flush(Consumer<KlogLine> listener) {
        if (pending) {
            pending = false;
            entries++;
            listener.accept(current);
        }
    }

    /** The time of the first entry, "" when there was none. */
    public String firstTime() {
        return firstTime == null ? "" : firstTime;
    }

    /** The time of the last entry, "" when there was none. */
    public String lastTime() {
        if (lastJsonTime != null) {
            return lastJsonTime;
        }
        if (lastHeaderLength >= 0) {
            return time(new String(lastHeader, 0, lastHeaderLength, StandardCharsets.ISO_8859_1), lastContent, lastPrefixEnd);
        }
        return lastText == null ? "" : time(lastText, lastContent, lastPrefixEnd);
    }

    /** Whether the sink wants the INFO line whose header starts at {@code c} and whose message starts at {@code payload}. */
    private static boolean decodesInfo(byte[] b, int c, int payload, Sink sink) {
        int close = payload - 1;
        while (close > c && b[close] != ']') {
            close--;
        }
        int colon = close;
        while (colon > c && b[colon] != ':') {
            colon--;
        }
        int start = colon;
        while (start > c && b[start - 1] != ' ') {
            start--;
        }
        return sink.decodesInfoFrom(b, start, colon);
    }

    /**
     * For a line that starts like a header (a severity letter and a digit) but is not one, what
     * its grammar expected where it failed; "" otherwise.
     */
    private String almostHeader(String line, int c) {
        if (line.length() < c + 2 || KlogSeverity.ofLetter(line.charAt(c)) == null || !Character.isDigit(line.charAt(c + 1))) {
            return "";
        }
        if (grammar == null) {
            grammar = new KlogHeaderGrammar();
        }
        String why = grammar.whyNot(line.substring(c));
        return why.isEmpty() ? "" : ": " + why;
    }

    /** {@link #header(byte[], int, int)} on a decoded line. */
    static int header(String s, int c) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1); // one byte per char: offsets are char offsets
        return header(b, c, b.length);
    }

    /**
     * The index where the message starts when a klog header begins at {@code c} (the line ends at
     * {@code n}), else -1. {@code Lmmdd hh:mm:ss.uuuuuu} is fixed-width; the thread id is padded;
     * then {@code file:line] }.
     */
    static int header(byte[] s, int c, int n) {
        if (n - c < 30 || KlogSeverity.ofLetter((char) s[c]) == null) {
            return -1;
        }
        if (!LogLinePrefix.digits(s, c + 1, 4) || s[c + 5] != ' ' || !LogLinePrefix.digits(s, c + 6, 2) || s[c + 8] != ':'
                || !LogLinePrefix.digits(s, c + 9, 2) || s[c + 11] != ':' || !LogLinePrefix.digits(s, c + 12, 2)
                || s[c + 14] != '.' || !LogLinePrefix.digits(s, c + 15, 6) || s[c + 21] != ' ') {
            return -1;
        }
        int i = c + 21;
        while (i < n && s[i] == ' ') {
            i++;
        }
        int tid = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
        if (i == tid || i >= n || s[i] != ' ') {
            return -1;
        }
        return source(s, i + 1, n);
    }

    /**
     * {@code file:line]} at {@code i}, then the end of the line or a space: the index where the
     * message starts, else -1. The file is a run of characters other than space, {@code :} and
     * {@code ]} (a base name, or a path with --add_dir_header), as the grammar says.
     */
    private static int source(byte[] s, int i, int n) {
        int file = i;
        while (i < n && s[i] != ' ' && s[i] != ':' && s[i] != ']' && s[i] != '\r' && s[i] != '\n') {
            i++;
        }
        if (i == file || i >= n || s[i] != ':') {
            return -1;
        }
        int digits = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
        if (i == digits || i >= n || s[i] != ']') {
            return -1;
        }
        return i + 1 == n ? n : s[i + 1] == ' ' ? i + 2 : -1;
    }

    /**
     * Where a klog header starts after a Markdown emphasis label that opens the line at {@code c}
     * ({@code **kube scheduler Logs :** I1228 ...}, {@code __Logs__: E0102 ...}), else -1. Only
     * emphasis markup counts as a label: a bare {@code word:} before a header is a syslog or
     * journald envelope, which is not a label.
     */
    static int afterLabel(String s, int c) {
        if (!s.startsWith("**", c) && !s.startsWith("__", c)) {
            return -1;
        }
        String mark = s.substring(c, c + 2);
        int close = s.indexOf(mark, c + 2);
        if (close < 0 || close - c > 200) {
            return -1;
        }
        int i = close + 2;
        if (i < s.length() && s.charAt(i) == ':') {
            i++;
        }
        int spaces = i;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i > spaces && header(s, i) > 0 ? i : -1;
    }

    /**
     * The index where the message starts when the line is a klog header cut before its
     * {@code file.go:line] } (a paste that starts there), else -1: a Go file name, a colon, digits,
     * {@code "] "}.
     */
    static int headerless(String s, int c) {
        int i = c;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-'
                || s.charAt(i) == '.')) {
            i++;
        }
        if (i - c < 4 || i >= s.length() || s.charAt(i) != ':' || !s.startsWith(".go", i - 3) || s.charAt(i - 4) == '.') {
            return -1;
        }
        int digits = ++i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits || !s.startsWith("]", i)) {
            return -1;
        }
        return i + 1 == s.length() ? i + 1 : s.charAt(i + 1) == ' ' ? i + 2 : -1;
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

    /** Entries whose line starts at {@code file.go:line]}: pasted without severity, time and thread id. */
    public long headerlessEntries() {
        return headerlessEntries;
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
