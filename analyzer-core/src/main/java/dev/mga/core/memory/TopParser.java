package dev.mga.core.memory;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.TopProcess;
import dev.mga.core.model.memory.TopSnapshot;
import dev.mga.core.parse.Numbers;
import dev.mga.core.parse.Units;
import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.regex.Pattern;

/**
 * Parses {@code top -b} (procps-ng 3.3 and 4.x): each {@code top -} line starts a snapshot
 * ({@code -n 2} gives two), its summary lines follow, then the task header — whatever columns in
 * whatever order ({@code -o}, {@code -w}, custom fields) — and one row per task. Memory columns are
 * resolved to bytes whatever their scale ({@code 2661824} KiB, {@code 1.7g}). {@code HOSTNAME: x}
 * lines (the seed's per-host loop) name the host of the snapshots below them. Lines before the
 * first snapshot (a pasted loop) are skipped, except top's memory lines copied on their own
 * ({@code KiB Mem :} then {@code KiB Swap:}), which make a snapshot without a {@code top -} line.
 * A snapshot without task rows (the summary of an interactive top) is kept when its memory was read. A snapshot keeps its {@link #KEPT_PROCESSES} most
 * resident tasks, so memory stays bounded however many tasks and iterations the capture has.
 */
public final class TopParser implements ArtifactParser {

    /** Rows kept per snapshot, the largest RES first: enough for any "top consumers" question. */
    public static final int KEPT_PROCESSES = 25;
    /** Hosts whose snapshots are numbered ({@code HOSTNAME:} lines of a per-host loop). */
    static final int MAX_HOSTS = 10_000;

    private static final Pattern HEADER_TOKEN = Pattern.compile("%?[A-Za-z][A-Za-z0-9+_()-]*");

    /** The summary grammar, built on a thread's first diagnosed line (one parser serves every input). */
    private static final ThreadLocal<TopSummaryGrammar> GRAMMAR = ThreadLocal.withInitial(TopSummaryGrammar::new);

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        Map<String, Integer> iterations = new HashMap<>();
        String host = input.host();
        Snapshot current = null;
        String line;
        while ((line = lines.next()) != null) {
            long n = lines.lineNumber();
            String t = line.strip();
            String hostname = ShellTranscript.hostname(line);
            if (hostname != null || lines.isPrompt()) {
                emit(current, context);
                current = null;
                host = hostname != null ? hostname : host;
                continue;
            }
            if (t.startsWith("top - ")) {
                emit(current, context);
                // hosts counted for the iteration number: bounded, a host beyond the cap is numbered 1
                int iteration = iterations.containsKey(host) || iterations.size() < MAX_HOSTS
                        ? iterations.merge(host, 1, Integer::sum) : 1;
                current = new Snapshot(host, iteration, input.location(n), line);
                if (!current.summary.first(t)) {
                    context.diagnostic(n, "not a top first line"
                            + " (expected 'top - HH:MM:SS up …, N users, load average: a, b, c')" + grammarSays(t));
                }
                continue;
            }
            if (current == null && TopSummary.isMemoryLine(t)) {
                // only the memory lines were copied (no 'top -' line): they make a snapshot of their own
                int iteration = iterations.containsKey(host) || iterations.size() < MAX_HOSTS
                        ? iterations.merge(host, 1, Integer::sum) : 1;
                current = new Snapshot(host, iteration, input.location(n), line);
            }
            if (current == null || t.isEmpty()) {
                continue;
            }
            if (current.columns == null) {
                if (isHeader(t)) {
                    current.columns = List.copyOf(Words.split(t));
                } else if (!current.summary.line(t)) {
                    context.diagnostic(n, "not a top summary line"
                            + " (expected Tasks:, %Cpu(s):, Mem or Swap lines, then the PID … COMMAND header)"
                            + (TopSummaryGrammar.startsLikeSummary(t) ? grammarSays(t) : ""));
                }
                continue;
            }
            if (!current.offer(line, input, n)) {
                context.diagnostic(n, "not a top task row (expected one value per column of "
                        + String.join(" ", current.columns) + ")");
            }
        }
        emit(current, context);
    }

    /**
     * Where the grammar of top's summary lines says {@code t} breaks ({@code ; column 31: mismatched
     * input 'x' expecting ...}), for a line the scanner refused; "" when the grammar takes it.
     */
    private static String grammarSays(String t) {
        String why = GRAMMAR.get().whyNot(t);
        return why.isEmpty() ? "" : "; " + why;
    }

    /** The task header: column names only ({@code PID USER … %MEM TIME+ COMMAND}), PID among them. */
    static boolean isHeader(String t) {
        List<String> tokens = Words.split(t);
        boolean pid = false;
        for (String tok : tokens) {
            if (!HEADER_TOKEN.matcher(tok).matches()) {
                return false;
            }
            pid |= tok.equals("PID");
        }
        return pid && tokens.size() >= 3;
    }

    /** A task row's fields by column, or null when they do not fit the header. */
    private static List<String> values(String raw, List<String> columns) {
        boolean commandLast = columns.get(columns.size() - 1).equals("COMMAND");
        List<String> v = Words.split(raw, commandLast ? columns.size() : 0);
        return v.size() == columns.size() ? v : null;
    }

    private static TopProcess process(List<String> columns, List<String> v, long resident, ParseInput input, long n,
                                      String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < v.size(); i++) {
            fields.put(columns.get(i), v.get(i));
        }
        long pid = fields.containsKey("PID") ? Numbers.whole(fields.get("PID")) : -1;
        if (pid < 0 && fields.containsKey("PID")) {
            throw new NumberFormatException("PID " + fields.get("PID"));
        }
        String command = fields.getOrDefault("COMMAND", "").strip();
        return new TopProcess(pid, fields.getOrDefault("USER", ""), resident, memory(fields, "VIRT"), memory(fields, "SHR"),
                percent(fields, "%CPU"), percent(fields, "%MEM"), command, command.endsWith("+"), fields,
                input.location(n), raw);
    }

    private static long memory(Map<String, String> fields, String column) {
        String v = fields.get(column);
        if (v == null) {
            return -1;
        }
        long bytes = Units.topSize(v, Units.KIB);
        if (bytes < 0) {
            throw new NumberFormatException(column + " " + v);
        }
        return bytes;
    }

    private static double percent(Map<String, String> fields, String column) {
        String v = fields.get(column);
        if (v == null) {
            return -1;
        }
        double d = Numbers.decimal(v); // top prints 0.0 or 12.3: NaN, Infinity or 1e5 are not its output
        if (Double.isNaN(d)) {
            throw new NumberFormatException(column + " " + v);
        }
        return d;
    }

    /**
     * A snapshot is kept when it has its task header or, without one (a summary copied from an
     * interactive top, as in procps 3.3.9-era pastes and graph mode), when its memory lines were read.
     */
    private static void emit(Snapshot s, ParseContext context) {
        if (s != null && (s.columns != null || !s.summary.memory.isEmpty())) {
            context.emit(s.build());
        }
    }

    /** One snapshot while it is read: its summary, header and the most resident rows so far. */
    private static final class Snapshot {
        /** Least worth keeping first: the smallest RES and, among equals (no RES column), the later row. */
        private static final Comparator<TopProcess> RESIDENT = Comparator.comparingLong(TopProcess::residentBytes)
                .thenComparing(Comparator.comparingLong((TopProcess p) -> p.location().line()).reversed());
        final String host;
        final int iteration;
        final Location location;
        final String excerpt;
        final TopSummary summary = new TopSummary();
        List<String> columns;
        final PriorityQueue<TopProcess> kept = new PriorityQueue<>(RESIDENT);
        int count;

        Snapshot(String host, int iteration, Location location, String excerpt) {
            this.host = host;
            this.iteration = iteration;
            this.location = location;
            this.excerpt = excerpt;
        }

        /**
         * Reads a task row: counted, and kept when it is among the most resident so far (rows that
         * would not be kept are not built). False when the row does not fit the header.
         */
        boolean offer(String raw, ParseInput input, long n) {
            List<String> v = values(raw, columns);
            if (v == null) {
                return false;
            }
            int res = columns.indexOf("RES");
            try {
                long resident = res < 0 ? -1 : Units.topSize(v.get(res), Units.KIB);
                if (res >= 0 && resident < 0) {
                    return false;
                }
                // without a RES column every row weighs -1 and the first rows, in top's order, stay
                if (kept.size() < KEPT_PROCESSES || resident > kept.peek().residentBytes()) {
                    kept.add(process(columns, v, resident, input, n, raw));
                    if (kept.size() > KEPT_PROCESSES) {
                        kept.poll();
                    }
                }
            } catch (NumberFormatException e) {
                return false;
            }
            count++;
            return true;
        }

        TopSnapshot build() {
            List<TopProcess> rows = new ArrayList<>(kept);
            rows.sort(Comparator.comparingLong(TopProcess::residentBytes).reversed()
                    .thenComparingLong(p -> p.location().line()));
            TopSummary s = summary;
            return new TopSnapshot(host, iteration, s.time, s.uptime, s.users, s.load, s.tasks, s.cpu, s.memoryUnit,
                    s.memory, s.swap, s.available, columns == null ? List.of() : columns, count, rows, location, excerpt);
        }
    }
}
