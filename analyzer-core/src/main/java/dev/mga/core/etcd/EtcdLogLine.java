package dev.mga.core.etcd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mga.core.model.etcd.EtcdLogEvent.Kind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes an etcd server log line comes in, once out of its envelope (journal, pod-log time,
 * docker), and the events mga cares about in etcd's own words: its zap messages
 * ({@code "msg":"slow fdatasync"}), the older capnslog text ({@code W | wal: sync duration of 1.2s,
 * expected less than 1s}), the raft library's logger, Go's standard logger of an embedded etcd
 * ({@code 2017/06/20 12:54:01 wal.go:403: Warning: …}), and a Go panic.
 */
final class EtcdLogLine {

    /** How a line is written. */
    enum Shape {
        /** zap JSON ({@code {"level":…,"ts":…,"caller":…,"msg":…}}), etcd 3.4+ */
        ZAP,
        /** capnslog text ({@code 2022-06-25 00:10:58.123456 W | etcdserver: …}), etcd up to 3.4 */
        CAPNSLOG,
        /** the raft library's default logger in 3.4 ({@code raft2022/06/25 00:10:58 INFO: …}) */
        RAFT,
        /** Go's standard logger with a file:line ({@code 2017/06/20 12:54:01 wal.go:403: Warning: …}), or a bare caller prefix */
        GOLOG,
        /** a Go runtime panic's first line ({@code panic: …}) */
        PANIC,
        /** a message with nothing around it (etcd logging to journald strips its own prefix) */
        PLAIN
    }

    /**
     * A scanned line.
     *
     * @param shape  how it is written
     * @param time   its own timestamp as written, or ""
     * @param epoch  that time in epoch milliseconds (UTC when the line gives no zone), or -1
     * @param level  its level word or letter as written ({@code warn}, {@code W}, {@code Warning}), or ""
     * @param caller the package or file that logged it ({@code etcdserver/util.go:163}, {@code wal}), or ""
     * @param msg    the message
     * @param zap    the zap line's fields, or null
     */
    record Scanned(Shape shape, String time, long epoch, String level, String caller, String msg, JsonNode zap) {

        String field(String name) {
            return zap == null ? "" : zap.path(name).asText("");
        }
    }

    /** A recognised event: its kind, duration (-1) and detail. */
    record Event(Kind kind, double durationMillis, String detail) {
    }

    /** Leaf package directories of etcd's server code (zap prints {@code <dir>/<file>.go:<line>} as caller), 3.0–3.6. */
    static final Set<String> PACKAGES = Set.of("etcdserver", "embed", "raft", "rafthttp", "wal", "mvcc", "etcdmain", "v3rpc",
            "membership", "backend", "api", "txn", "apply", "schema", "storage", "etcdhttp", "v3compactor", "snap", "cindex",
            "lease", "auth", "v2store", "v3alarm", "fileutil", "traceutil", "transport", "v2http", "v2v3", "v3discovery",
            "verify", "version", "osutil", "flags", "logutil", "wait", "grpcproxy", "proxy", "v2discovery", "snapshot",
            "datadir", "config", "leasehttp", "v3client", "v3election", "v3lock", "etcdutl", "bootstrap", "errors", "features");

    private static final Pattern CAPNSLOG = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+) ([CEWNID]) \\| ([\\w/.-]+): (.*)$");
    private static final Pattern RAFT = Pattern.compile("^raft(\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d) ([A-Z]+): (.*)$");
    /** Go's log package: date and time, then (Lshortfile) a file:line; capnslog's log formatter adds a level word. */
    private static final Pattern GOLOG = Pattern.compile(
            "^(?:(\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?) )?((?:[\\w.-]+/)*[\\w.-]+\\.go:\\d+):? (?:(Debug|Info|Notice|Warning|Error|Critical|Fatal|Panic): )?(.*)$");

    private static final Pattern SYNC = Pattern.compile("sync duration of (\\S+), expected less than");
    private static final Pattern EXECUTE = Pattern.compile("took too long \\((\\S+)\\) to execute");
    private static final Pattern APPLY_ENTRIES = Pattern.compile("apply entries took too long \\[(\\S+) for");
    private static final Pattern HEARTBEAT = Pattern.compile("timeout for (\\S+?),|deadline exceeded for (\\S+?)\\)");
    private static final Pattern ELECTED = Pattern.compile("elected leader (\\S+) at term (\\d+)");
    private static final Pattern LOST = Pattern.compile("lost leader (\\S+) at term (\\d+)");
    private static final Pattern COMPACTED = Pattern.compile("finished scheduled compaction at (\\d+) \\(took (\\S+)\\)");
    private static final Pattern REJECTED = Pattern.compile("rejected connection from \"([^\"]*)\" \\(error \"([^\"]*)\"");
    private static final Pattern RAISED_BY = Pattern.compile("raised by peer ([0-9a-f]{1,16})");
    private static final Pattern ELECTION = Pattern.compile("^election = (\\d+)ms$");
    /** bbolt's own words when its file is damaged (freelist and page checks, open-time checks). */
    private static final Pattern DB_CORRUPT = Pattern.compile(
            "freepages: failed to get all reachable pages|multiple references|page \\d+ already freed|invalid database"
                    + "|unexpected page type|checksum error|invalid page type|file size too small|version mismatch");
    /** Phrases only etcd logs, for lines that classify as no event (what detection counts as etcd). */
    private static final Pattern ETCD_WORDS = Pattern.compile(
            "avoid queries with large range/delete range|server is likely overloaded|store\\.index: |raft\\.node: "
                    + "|etcdserver: |rafthttp: |authorized user, token is |the clock difference against peer|published \\{Name:|ready to serve client requests");

    // zap writes offsets as +0000; OffsetDateTime wants +00:00
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d\\d)(\\d\\d)$");
    private static final DateTimeFormatter CAPNSLOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private EtcdLogLine() {
    }

    /** A non-JSON line's shape and parts; never null ({@link Shape#PLAIN} when nothing else fits). */
    static Scanned scan(String text) {
        if (text.startsWith("panic: ")) {
            return new Scanned(Shape.PANIC, "", -1, "panic", "", text.substring(7), null);
        }
        Matcher c = CAPNSLOG.matcher(text);
        if (c.matches()) {
            return new Scanned(Shape.CAPNSLOG, c.group(1), capnslogTime(c.group(1)), c.group(2), c.group(3), c.group(4), null);
        }
        Matcher r = RAFT.matcher(text);
        if (r.matches()) {
            return new Scanned(Shape.RAFT, r.group(1), goTime(r.group(1)), r.group(2), "raft", r.group(3), null);
        }
        Matcher g = GOLOG.matcher(text);
        if (g.matches() && (g.group(1) != null || g.group(3) != null || PACKAGES.contains(firstDir(g.group(2))))) {
            String time = g.group(1) == null ? "" : g.group(1);
            return new Scanned(Shape.GOLOG, time, time.isEmpty() ? -1 : goTime(time), g.group(3) == null ? "" : g.group(3),
                    g.group(2), g.group(4), null);
        }
        return new Scanned(Shape.PLAIN, "", -1, "", "", text, null);
    }

    /** A zap line's parts. */
    static Scanned zap(JsonNode z) {
        String ts = z.path("ts").isNumber() ? z.path("ts").asText() : z.path("ts").asText("");
        return new Scanned(Shape.ZAP, ts, ts.isEmpty() ? -1 : zapTime(ts), z.path("level").asText(""), z.path("caller").asText(""),
                z.path("msg").asText(""), z);
    }

    /** True when a scanned line is etcd's: its shape names an etcd package, or its words are etcd's. */
    static boolean isEtcd(Scanned s) {
        return switch (s.shape()) {
            case ZAP -> PACKAGES.contains(firstDir(s.caller())) || s.zap().has("local-member-id")
                    || classify(s) != null && !s.caller().contains("retry_interceptor");
            case CAPNSLOG -> PACKAGES.contains(firstDir(s.caller())) || s.caller().startsWith("pkg/") || s.caller().equals("etcdserver/api");
            case RAFT -> true;
            case GOLOG, PLAIN -> classify(s) != null || ETCD_WORDS.matcher(s.msg()).find()
                    || s.shape() == Shape.GOLOG && s.time().isEmpty() && PACKAGES.contains(firstDir(s.caller()));
            case PANIC -> false; // a panic is etcd's only with an etcd frame under it
        };
    }

    /** The election timeout a start-up line states ({@code "election-timeout":"2.5s"}, capnslog {@code election = 5000ms}), or -1. */
    static double electionTimeout(Scanned s) {
        if (s.zap() != null) {
            String v = s.field("election-timeout");
            return v.isEmpty() ? -1 : EtcdValues.millis(v);
        }
        Matcher m = ELECTION.matcher(s.msg());
        return m.matches() ? Double.parseDouble(m.group(1)) : -1;
    }

    /** The event a line stands for, or null. */
    static Event classify(Scanned s) {
        String msg = s.msg();
        if (s.shape() == Shape.PANIC || isFatal(s)) {
            return new Event(DB_CORRUPT.matcher(msg).find() || DB_CORRUPT.matcher(s.field("error")).find() ? Kind.DB_CORRUPT : Kind.PANIC,
                    -1, cut(msg + (s.field("error").isEmpty() ? "" : ": " + s.field("error"))));
        }
        if (msg.equals("slow fdatasync")) {
            return new Event(Kind.SLOW_FDATASYNC, EtcdValues.millis(s.field("took")), "");
        }
        Matcher m = SYNC.matcher(msg);
        if (m.find()) {
            return new Event(Kind.SLOW_FDATASYNC, EtcdValues.millis(m.group(1)), "");
        }
        if (msg.startsWith("apply request took too long")) {
            return new Event(Kind.SLOW_APPLY, EtcdValues.millis(s.field("took")), cut(s.field("request")));
        }
        m = EXECUTE.matcher(msg);
        if (m.find()) {
            return new Event(Kind.SLOW_APPLY, EtcdValues.millis(m.group(1)), msg.substring(0, Math.min(200, m.start())).strip());
        }
        m = APPLY_ENTRIES.matcher(msg);
        if (m.find()) {
            return new Event(Kind.SLOW_APPLY, EtcdValues.millis(m.group(1)), "");
        }
        if (msg.startsWith("apply entries took too long")) {
            return new Event(Kind.SLOW_APPLY, EtcdValues.millis(s.field("took")), "");
        }
        if (msg.startsWith("waiting for ReadIndex response took too long")) {
            return new Event(Kind.SLOW_READ_INDEX, -1, "");
        }
        if (msg.contains("failed to send out heartbeat on time")) {
            m = HEARTBEAT.matcher(msg);
            String exceeded = s.field("exceeded-duration");
            double d = !exceeded.isEmpty() ? EtcdValues.millis(exceeded)
                    : m.find() ? EtcdValues.millis(m.group(1) != null ? m.group(1) : m.group(2)) : -1;
            return new Event(Kind.HEARTBEAT_LATE, d, "");
        }
        m = ELECTED.matcher(msg);
        if (m.find()) {
            return new Event(Kind.LEADER_ELECTED, -1, "leader " + m.group(1) + " at term " + m.group(2));
        }
        m = LOST.matcher(msg);
        if (m.find()) {
            return new Event(Kind.LEADER_LOST, -1, "leader " + m.group(1) + " at term " + m.group(2));
        }
        if (msg.contains("stepped down to follower since quorum is not active")) {
            return new Event(Kind.LEADER_STEPPED_DOWN, -1, "quorum not active");
        }
        if (noSpace(s)) {
            // the member that raised it, when the line says ("alarm NOSPACE raised by peer <id>", zap "from")
            m = RAISED_BY.matcher(msg);
            return new Event(Kind.NO_SPACE, -1, m.find() ? m.group(1) : s.field("from"));
        }
        m = REJECTED.matcher(msg);
        boolean text = m.find();
        if (text || msg.equals("rejected connection")) {
            String error = text ? m.group(2) : s.field("error");
            String from = text ? m.group(1) : s.field("remote-addr");
            return new Event(TlsRejectionsRule.certificateError(error) ? Kind.CERTIFICATE_REJECTED : Kind.CONNECTION_REJECTED, -1,
                    error + " from " + from);
        }
        if (msg.startsWith("finished scheduled compaction")) {
            m = COMPACTED.matcher(msg);
            return new Event(Kind.COMPACTION, m.find() ? EtcdValues.millis(m.group(2)) : EtcdValues.millis(s.field("took")), "");
        }
        // zap: "finished defragment"; capnslog (v3rpc): "finished defragmenting the storage backend"
        if (msg.equals("finished defragment") || msg.startsWith("finished defragmenting directory")
                || msg.startsWith("finished defragmenting the storage backend")) {
            return new Event(Kind.DEFRAGMENTATION, EtcdValues.millis(s.field("took")), "");
        }
        return null;
    }

    /** The NOSPACE alarm in etcd's words: raised, refusing a write, or failing /health. */
    private static boolean noSpace(Scanned s) {
        String msg = s.msg();
        return msg.contains("database space exceeded") || msg.contains("etcdserver: no space")
                || msg.contains("ALARM NOSPACE") || msg.contains("alarm NOSPACE raised")
                || msg.equals("alarm raised") && s.field("alarm").equals("NOSPACE")
                // etcd 3.5's etcdhttp/metrics.go: the alarm as AlarmMember prints it ("memberID:… alarm:NOSPACE ")
                || msg.equals("serving /health false due to an alarm") && s.field("alarm").contains("alarm:NOSPACE")
                || msg.startsWith("/health error") && (s.field("output").contains("NOSPACE") || msg.contains("NOSPACE"))
                || s.field("error").contains("etcdserver: no space") || s.field("error").contains("database space exceeded");
    }

    /** zap's fatal and panic levels, capnslog's C (critical: Fatal and Panic), Go log's Fatal/Panic words. */
    private static boolean isFatal(Scanned s) {
        String l = s.level().toLowerCase(Locale.ROOT);
        return switch (s.shape()) {
            case ZAP -> l.equals("fatal") || l.equals("panic") || l.equals("dpanic");
            case CAPNSLOG -> l.equals("c");
            case GOLOG -> l.equals("fatal") || l.equals("panic") || l.equals("critical");
            default -> false;
        };
    }

    private static String firstDir(String caller) {
        int slash = caller.indexOf('/');
        return slash < 0 ? caller : caller.substring(0, slash);
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Epoch milliseconds of a zap {@code ts} (ISO 8601, or epoch seconds in old versions), or -1. */
    static long zapTime(String ts) {
        try {
            return OffsetDateTime.parse(COMPACT_OFFSET.matcher(ts).replaceFirst("$1:$2")).toInstant().toEpochMilli();
        } catch (ArithmeticException e) {
            return -1; // a year like +999999999 parses but has no epoch milliseconds
        } catch (DateTimeParseException e) {
            try {
                double seconds = Double.parseDouble(ts);
                return Double.isFinite(seconds) && Math.abs(seconds) < 1e14 ? (long) (seconds * 1000) : -1;
            } catch (NumberFormatException n) {
                return -1;
            }
        }
    }

    /** capnslog's {@code 2022-06-25 00:10:58.123456} (no zone: read as UTC), or -1. */
    static long capnslogTime(String ts) {
        try {
            return LocalDateTime.parse(ts, CAPNSLOG_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    /** Go's log time ({@code 2022/06/25 00:10:58}, raft's prefix too; no zone: UTC), or -1. */
    static long goTime(String ts) {
        try {
            String t = ts.indexOf('.') > 0 ? ts.substring(0, ts.indexOf('.')) : ts;
            return LocalDateTime.parse(t, GO_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    /** An RFC 3339 timestamp (the kubelet's prefix of pod log lines), or -1. */
    static long rfc3339(String ts) {
        try {
            return Instant.parse(ts).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            return -1;
        }
    }
}
