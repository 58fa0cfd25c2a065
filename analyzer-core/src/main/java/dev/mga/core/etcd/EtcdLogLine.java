package dev.mga.core.etcd;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the etcd server log lines mga cares about, in the words etcd uses in its zap
 * messages ({@code "msg":"slow fdatasync"}) and in the older capnslog text
 * ({@code W | wal: sync duration of 1.2s, expected less than 1s}), and the events they stand for.
 */
final class EtcdLogLine {

    /** A recognised event: its kind, duration (-1) and detail. */
    record Event(String kind, double durationMillis, String detail) {
    }

    private static final Pattern SYNC = Pattern.compile("sync duration of (\\S+), expected less than");
    private static final Pattern EXECUTE = Pattern.compile("took too long \\((\\S+)\\) to execute");
    private static final Pattern APPLY_ENTRIES = Pattern.compile("apply entries took too long \\[(\\S+) for");
    private static final Pattern HEARTBEAT = Pattern.compile("timeout for (\\S+?),");
    private static final Pattern ELECTED = Pattern.compile("elected leader (\\S+) at term (\\d+)");
    private static final Pattern LOST = Pattern.compile("lost leader (\\S+) at term (\\d+)");
    private static final Pattern COMPACTED = Pattern.compile("finished scheduled compaction at (\\d+) \\(took (\\S+)\\)");
    // zap writes offsets as +0000; OffsetDateTime wants +00:00
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d\\d)(\\d\\d)$");
    private static final DateTimeFormatter CAPNSLOG = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter RAFT_LOG = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private EtcdLogLine() {
    }

    /**
     * The event a message stands for, or null.
     *
     * @param msg  the zap {@code msg} or the capnslog text after {@code pkg: }
     * @param took the zap {@code took} field, or ""
     */
    static Event classify(String msg, String took, String exceeded, String request) {
        if (msg.equals("slow fdatasync")) {
            return new Event("slow-fdatasync", EtcdValues.millis(took), "");
        }
        Matcher m = SYNC.matcher(msg);
        if (m.find()) {
            return new Event("slow-fdatasync", EtcdValues.millis(m.group(1)), "");
        }
        if (msg.startsWith("apply request took too long")) {
            return new Event("slow-apply", EtcdValues.millis(took), request);
        }
        m = EXECUTE.matcher(msg);
        if (m.find()) {
            return new Event("slow-apply", EtcdValues.millis(m.group(1)), msg.substring(0, Math.min(200, m.start())).strip());
        }
        m = APPLY_ENTRIES.matcher(msg);
        if (m.find()) {
            return new Event("slow-apply", EtcdValues.millis(m.group(1)), "");
        }
        if (msg.startsWith("waiting for ReadIndex response took too long")) {
            return new Event("slow-read-index", -1, "");
        }
        if (msg.contains("failed to send out heartbeat on time")) {
            m = HEARTBEAT.matcher(msg);
            double d = !exceeded.isEmpty() ? EtcdValues.millis(exceeded) : m.find() ? EtcdValues.millis(m.group(1)) : -1;
            return new Event("heartbeat-late", d, "");
        }
        m = ELECTED.matcher(msg);
        if (m.find()) {
            return new Event("leader-elected", -1, "leader " + m.group(1) + " at term " + m.group(2));
        }
        m = LOST.matcher(msg);
        if (m.find()) {
            return new Event("leader-lost", -1, "leader " + m.group(1) + " at term " + m.group(2));
        }
        if (msg.contains("database space exceeded")) {
            return new Event("no-space", -1, "");
        }
        if (msg.startsWith("finished scheduled compaction")) {
            m = COMPACTED.matcher(msg);
            return new Event("compaction", m.find() ? EtcdValues.millis(m.group(2)) : EtcdValues.millis(took), "");
        }
        // zap: "finished defragment"; capnslog (v3rpc): "finished defragmenting the storage backend"
        if (msg.equals("finished defragment") || msg.startsWith("finished defragmenting directory")
                || msg.startsWith("finished defragmenting the storage backend")) {
            return new Event("defragmentation", EtcdValues.millis(took), "");
        }
        return null;
    }

    /** Epoch milliseconds of a zap {@code ts} (ISO 8601, or epoch seconds in old versions), or -1. */
    static long zapTime(String ts) {
        try {
            return OffsetDateTime.parse(COMPACT_OFFSET.matcher(ts).replaceFirst("$1:$2")).toInstant().toEpochMilli();
        } catch (ArithmeticException e) {
            return -1; // a year like +999999999 parses but has no epoch milliseconds
        } catch (DateTimeParseException e) {
            try {
                return (long) (Double.parseDouble(ts) * 1000);
            } catch (NumberFormatException n) {
                return -1;
            }
        }
    }

    /** capnslog's {@code 2022-06-25 00:10:58.123456} (no zone: read as UTC), or -1. */
    static long capnslogTime(String ts) {
        try {
            return LocalDateTime.parse(ts, CAPNSLOG).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    /** The raft library's own {@code raft2022/06/25 00:10:58} prefix time, or -1. */
    static long raftTime(String ts) {
        try {
            return LocalDateTime.parse(ts, RAFT_LOG).toInstant(ZoneOffset.UTC).toEpochMilli();
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
