package dev.mga.core.klog;

import dev.mga.core.model.Location;
import dev.mga.core.model.klog.KlogSeverity;
import dev.mga.core.parse.EnvelopeGrammar;
import dev.mga.core.spi.LineEnvelope;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Streams a Kubernetes component log into klog entries: header lines ({@code Lmmdd hh:mm:ss.uuuuuu
 * threadid file:line] msg}) and JSON log lines, read through the analyzer's envelope layer (an RFC 3339
 * or CRI prefix, a journald prefix, docker json-file, {@code --prefix}, quoting are removed there, CRI
 * partial lines joined; the RFC 3339 or journald time gives the header its year). Lines that are
 * neither continue the entry before them (multi-line values, stack traces); lines before the first
 * entry are counted as not klog; prompt lines and journal notes are skipped. Memory stays bounded
 * whatever the log's size: one entry is held at a time. One reader per log.
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
        /** True when INFO entries read verbatim need not be decoded for this sink. */
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
    private final int yearOption;
    private final KlogLine current = new KlogLine(this);
    private final KlogJsonLine jsonLines = new KlogJsonLine();
    private String envelopeHost;
    private EnvelopeGrammar grammar;
    private boolean pending;
    private boolean sawHeader;
    private KlogHeaderGrammar headerGrammar;
    private long headerlessEntries;
    private boolean countedEntryOpen;
    private long lines;
    private long entries;
    private long jsonEntries;
    private long otherLines;
    private long continuationLines;
    private String firstTime;
    // the last entry's time, kept cheaply: its header bytes and year (text entries) or its time (JSON entries)
    private final byte[] lastHeader = new byte[HEADER];
    private int lastYear = -1;
    private boolean lastCounted;
    private String lastText;
    private String lastJsonTime;
    // the envelope's year is read again only when the header's month changes (see year())
    private int yearMonth = -1;
    private int yearOfMonth = -1;

    private static final int HEADER = 21;

    public KlogReader(ParseInput input, ParseContext context) {
        this.input = input;
        this.context = context;
        String y = input.option(YEAR_OPTION).orElse("");
        this.yearOption = y.length() == 4 && y.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(y) : -1;
    }

    /** Reads the whole log, handing every entry to {@code listener} once it is complete. */
    public void read(Consumer<KlogLine> listener) throws IOException {
        read(listener instanceof Sink s ? s : listener::accept);
    }

    /** Reads the whole log into {@code sink}. */
    public void read(Sink sink) throws IOException {
        Lines reader = input.lines();
        boolean fast = sink.countsInfoOnly();
        while (reader.advance()) {
            lines += reader.physicalLines();
            if (!reader.isContent()) {
                continue; // a prompt pasted above the log, the journal's "-- Logs begin at … --"
            }
            byte[] b = reader.bytes();
            int off = reader.start();
            int len = reader.length();
            if (fast && reader.isVerbatim() && countedInfo(b, off, len, reader, sink)) {
                continue;
            }
            line(reader.string(), reader, sink);
        }
        flush(sink);
        if (entries == 0 && lines > 0) {
            context.diagnostic(0, "no klog line among " + lines + " lines (expected 'Lmmdd hh:mm:ss.uuuuuu threadid "
                    + "file:line] message' or a JSON log line with \"msg\")");
        }
    }

    /** An INFO header line handled on its bytes for a sink that only counts them; false to decode it. */
    private boolean countedInfo(byte[] b, int off, int len, Lines reader, Sink sink) {
        int payload = len == 0 || b[off] != 'I' ? -1 : header(b, off, off + len);
        if (payload < 0 || decodesInfo(b, off, payload, sink)) {
            return false;
        }
        flush(sink);
        entries++;
        countedEntryOpen = true;
        sawHeader = true;
        int year = year(reader, b, off);
        System.arraycopy(b, off, lastHeader, 0, HEADER);
        lastYear = year;
        lastCounted = true;
        lastJsonTime = null;
        if (firstTime == null) {
            firstTime = time(new String(b, off, HEADER, StandardCharsets.ISO_8859_1), year);
        }
        sink.infoCounted();
        return true;
    }

    private void line(String line, Lines reader, Consumer<KlogLine> listener) {
        long number = reader.lineNumber();
        int payload = header(line);
        if (payload > 0) {
            flush(listener);
            sawHeader = true;
            byte[] b = reader.bytes();
            int year = b.length > 0 ? year(reader, b, reader.start()) : -1;
            start(line, payload, KlogSeverity.ofLetter(line.charAt(0)), null, number, year, reader);
            return;
        }
        // the first entry of a paste after a Markdown label on the same line ("**scheduler logs:** I1228 ...")
        int labelled = pending || entries > 0 || countedEntryOpen ? -1 : afterLabel(line, 0);
        if (labelled > 0) {
            // the entry is the header on: a verbatim part of the line, as evidence must be
            String entry = line.substring(labelled);
            flush(listener);
            sawHeader = true;
            start(entry, header(entry), KlogSeverity.ofLetter(entry.charAt(0)), null, number, -1, reader);
            return;
        }
        // a line pasted from its "file.go:N] " on: only in a paste that has no full header (a fragment),
        // where it cannot be the continuation of an entry
        payload = sawHeader ? -1 : headerless(line, 0);
        if (payload > 0) {
            flush(listener);
            start(line, payload, KlogSeverity.UNKNOWN, null, number, -1, reader);
            headerlessEntries++;
            return;
        }
        if (line.startsWith("{")) {
            KlogJsonLine.Parsed p = jsonLines.parse(line);
            if (p != null) {
                flush(listener);
                start(line, 0, p.severity(), p, number, -1, reader);
                jsonEntries++;
                return;
            }
        }
        if (pending) {
            current.lines = current.lines == Integer.MAX_VALUE ? current.lines : current.lines + 1;
            continuationLines++;
            if (current.continuation.size() < KlogLine.MAX_CONTINUATION_LINES
                    && current.continuationChars < KlogLine.MAX_CONTINUATION_CHARS) {
                String rest = line;
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
                // a line that starts like a journal or timestamp prefix the envelope layer did not take: say where it broke
                String why = reader.envelope().kinds().isEmpty() ? grammar().explain(line) : "";
                context.diagnostic(number, "not a klog line (expected 'Lmmdd hh:mm:ss.uuuuuu threadid file:line] message')"
                        + (why.isEmpty() ? "" : "; " + why) + almostHeader(line, 0));
            }
        }
    }

    /** The host the first entry's envelope names (journald, syslog), or empty. */
    public String envelopeHost() {
        return envelopeHost == null ? "" : envelopeHost;
    }

    private EnvelopeGrammar grammar() {
        if (grammar == null) {
            grammar = new EnvelopeGrammar();
        }
        return grammar;
    }

    private void start(String line, int payload, KlogSeverity severity, KlogJsonLine.Parsed json, long n, int year,
                       Lines reader) {
        if (envelopeHost == null) {
            envelopeHost = reader.envelope().host(); // a journal or syslog line names its host
        }
        current.text = line;
        current.excerpt = reader.isVerbatim() ? null : reader.excerpt();
        current.payload = payload;
        current.severity = severity;
        current.year = year;
        current.lineNumber = n;
        current.lines = reader.physicalLines();
        current.continuation.clear();
        current.continuationChars = 0;
        current.json = json;
        pending = true;
        countedEntryOpen = false;
        if (firstTime == null) {
            firstTime = current.time();
        }
        lastCounted = false;
        if (json != null || severity == KlogSeverity.UNKNOWN) {
            lastJsonTime = json != null ? json.time() : ""; // a header-less line has no time
        } else {
            lastJsonTime = null;
            lastText = line;
            lastYear = year;
        }
    }

    /**
     * The year of the header at {@code b[c…]} from the line's envelope (RFC 3339, journald short-iso),
     * or -1: a line logged on 31 December and received on 1 January belongs to the year before. The
     * envelope is read again only when the header's month changes, which keeps counted lines cheap.
     */
    private int year(Lines reader, byte[] b, int c) {
        int month = (b[c + 1] - '0') * 10 + (b[c + 2] - '0');
        if (month != yearMonth) {
            yearMonth = month;
            LineEnvelope e = reader.envelope();
            int y = e.year();
            yearOfMonth = y < 0 ? -1 : month == 12 && e.month() == 1 ? y - 1 : y;
        }
        return yearOfMonth;
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
        if (lastCounted) {
            return time(new String(lastHeader, 0, HEADER, StandardCharsets.ISO_8859_1), lastYear);
        }
        return lastText == null ? "" : time(lastText, lastYear);
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
        if (headerGrammar == null) {
            headerGrammar = new KlogHeaderGrammar();
        }
        String why = headerGrammar.whyNot(line.substring(c));
        return why.isEmpty() ? "" : ": " + why;
    }

    /** {@link #header(byte[], int, int)} on a decoded line. */
    static int header(String s) {
        if (s.length() < 30) {
            return -1;
        }
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1); // one byte per char: offsets are char offsets
        return header(b, 0, b.length);
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
        if (!digits(s, c + 1, 4) || s[c + 5] != ' ' || !digits(s, c + 6, 2) || s[c + 8] != ':'
                || !digits(s, c + 9, 2) || s[c + 11] != ':' || !digits(s, c + 12, 2)
                || s[c + 14] != '.' || !digits(s, c + 15, 6) || s[c + 21] != ' ') {
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
        return i > spaces && header(s.substring(i)) > 0 ? i : -1;
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

    /** The header time with {@code year} (or the option's) when one is known, else {@code MM-DD hh:mm:ss.uuuuuu}. */
    String time(String s, int year) {
        String mm = s.substring(1, 3);
        String dd = s.substring(3, 5);
        String clock = s.substring(6, 21);
        int y = year >= 0 ? year : yearOption;
        return y < 0 ? mm + "-" + dd + " " + clock : y + "-" + mm + "-" + dd + "T" + clock;
    }

    static boolean digits(byte[] s, int from, int n) {
        if (from + n > s.length) {
            return false;
        }
        for (int k = from; k < from + n; k++) {
            if (s[k] < '0' || s[k] > '9') {
                return false;
            }
        }
        return true;
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
