package dev.mga.core.etcd;

import dev.mga.core.model.Location;
import dev.mga.core.model.etcd.EtcdAlarm;
import dev.mga.core.model.etcd.EtcdEndpointHealth;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdMember;
import dev.mga.core.model.etcd.EtcdctlFormat;
import dev.mga.core.parse.Units;
import dev.mga.core.parse.Words;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * etcdctl's default ({@code -w simple}) lines: comma-separated status and member rows, health
 * sentences, alarm lines. Each method returns false when the line is not its shape.
 */
final class SimpleLines {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{1,16}");
    private static final Pattern HEALTH = Pattern.compile(
            "^(\\S+) is (healthy|unhealthy): (.*?)(?:: took = (\\S+))?$");
    /** etcdctl joins a simple line's fields with ", " (compiled once: String.split compiles a two-character separator each call). */
    private static final Pattern FIELDS = Pattern.compile(", ");
    /** {@code memberID:<decimal id> alarm:NOSPACE}; documentation pages redact the id ({@code memberID:XXXXX}). */
    static final Pattern ALARM = Pattern.compile("^(?:memberID|member_id):(\\w+) alarm:([A-Z_]+)\\s*$");
    /**
     * etcdctl v2 {@code cluster-health} (etcd 2.x–3.3): one verdict per member and URL; etcd 2.0 printed
     * the verdict without the URL ({@code member 924e2e83e93f2560 is unhealthy}, etcd PR #2259).
     */
    static final Pattern V2_HEALTH = Pattern.compile("^member ([0-9a-f]{1,16}) is (healthy|unhealthy)(?:: got (?:healthy|unhealthy) result from (\\S+))?$");
    /** v2 {@code cluster-health} when no client URL of a member answered. */
    static final Pattern V2_UNREACHABLE = Pattern.compile("^member ([0-9a-f]{1,16}) is unreachable: (?:\\[([^\\]]*)] are all unreachable|(.*))$");
    /** v2 {@code cluster-health} when one URL failed ({@code failed to check the health of member <id> on <url>: <err>}). */
    static final Pattern V2_FAILED = Pattern.compile("^failed to check the health of member ([0-9a-f]{1,16}) on (\\S+): (.*)$");
    /** v2 {@code cluster-health}'s last line, and its watch mode's pause. */
    static final Pattern V2_VERDICT = Pattern.compile("^(?:cluster is (?:healthy|degraded|unavailable)|next check after \\d+ second\\.\\.\\.)$");
    /** etcdctl v2 {@code member list}: {@code <id>: name=<n> peerURLs=<u> clientURLs=<u> isLeader=<bool>}, or {@code <id>[unstarted]: peerURLs=<u>}. */
    static final Pattern V2_MEMBER = Pattern.compile(
            "^([0-9a-f]{1,16})(?:: name=(\\S*) peerURLs=(\\S*) clientURLs=(\\S*) isLeader=(?:true|false)|\\[unstarted]: peerURLs=(\\S*))$");

    private SimpleLines() {
    }

    static boolean status(String line, long n, EtcdctlCapture capture) {
        // etcdctl ends the line with ", " and an empty error list; the caller may have stripped the space
        String[] f = FIELDS.split(line.endsWith(",") ? line + " " : line, -1);
        if (f.length < 9 || !HEX.matcher(f[1].strip()).matches()) {
            return false;
        }
        List<String> header = f.length >= StatusColumns.V36.size() && Units.humanizeSize(f[4]) >= 0
                ? StatusColumns.V36 : StatusColumns.V34;
        if (Units.humanizeSize(f[header.indexOf("DB SIZE")]) < 0) {
            return false;
        }
        Map<String, String> row = new HashMap<>();
        int errors = header.indexOf("ERRORS");
        for (int i = 0; i < header.size() && i < f.length; i++) {
            row.put(header.get(i), f[i]);
        }
        // errors are joined with ", " too, so they take the fields up to what follows them
        int tail = header.size() - 1 - errors;
        if (f.length > header.size()) {
            row.put("ERRORS", String.join(", ", Arrays.copyOfRange(f, errors, f.length - tail)));
            for (int i = 1; i <= tail; i++) {
                row.put(header.get(errors + i), f[f.length - tail - 1 + i]);
            }
        }
        EtcdEndpointStatus s = StatusColumns.of(row, EtcdctlFormat.SIMPLE, capture.at(n), line);
        if (!StatusColumns.usable(s)) {
            return false;
        }
        capture.status(s);
        return true;
    }

    static boolean member(String line, long n, EtcdctlCapture capture) {
        String[] f = FIELDS.split(line, -1);
        if (f.length < 5 || f.length > 6 || !HEX.matcher(f[0].strip()).matches()
                || !(f[1].equals("started") || f[1].equals("unstarted"))) {
            return false;
        }
        capture.member(new EtcdMember(f[0].strip(), f[1].equals("started"), f[2].strip(), urls(f[3]), urls(f[4]),
                f.length == 6 && f[5].strip().equals("true"), capture.at(n), line), EtcdctlFormat.SIMPLE);
        return true;
    }

    static boolean health(String line, long n, EtcdctlCapture capture) {
        Matcher m = HEALTH.matcher(line.strip());
        if (!m.matches()) {
            return false;
        }
        boolean healthy = m.group(2).equals("healthy");
        String took = m.group(4) == null ? "" : m.group(4);
        capture.health(new EtcdEndpointHealth(m.group(1), "", healthy, took, took.isEmpty() ? -1 : EtcdValues.millis(took),
                healthy ? "" : m.group(3), EtcdctlFormat.SIMPLE, capture.at(n), line));
        return true;
    }

    static boolean alarm(String line, long n, EtcdctlCapture capture) {
        Matcher m = ALARM.matcher(line.strip());
        if (!m.matches()) {
            return false;
        }
        Location at = capture.at(n);
        // a redacted id (XXXXX) is kept as written: the alarm is raised, by a member the page does not name
        String id = m.group(1).chars().allMatch(Character::isDigit) ? EtcdValues.hexId(m.group(1), true) : m.group(1);
        capture.alarm(new EtcdAlarm(id, m.group(2), EtcdAlarm.Source.ALARM_LIST, at, line), EtcdctlFormat.SIMPLE);
        return true;
    }

    /** etcdctl v2 {@code cluster-health} lines; the verdict line is read and carries nothing a member line does not. */
    static boolean v2Health(String line, long n, EtcdctlCapture capture) {
        String t = line.strip();
        Matcher m = V2_HEALTH.matcher(t);
        if (m.matches()) {
            boolean healthy = m.group(2).equals("healthy");
            capture.health(new EtcdEndpointHealth(m.group(3) == null ? "" : m.group(3), m.group(1), healthy, "", -1,
                    healthy ? "" : m.group(3) == null ? "unhealthy" : "got unhealthy result",
                    EtcdctlFormat.V2, capture.at(n), line));
            return true;
        }
        m = V2_FAILED.matcher(t);
        if (m.matches()) {
            capture.health(new EtcdEndpointHealth(m.group(2), m.group(1), false, "", -1, m.group(3), EtcdctlFormat.V2, capture.at(n), line));
            return true;
        }
        m = V2_UNREACHABLE.matcher(t);
        if (m.matches()) {
            String urls = m.group(2) == null ? "" : m.group(2).strip();
            String first = urls.isEmpty() ? "" : Words.split(urls).get(0);
            capture.health(new EtcdEndpointHealth(first, m.group(1), false, "", -1,
                    m.group(2) == null ? m.group(3) : "all client URLs unreachable", EtcdctlFormat.V2, capture.at(n), line));
            return true;
        }
        return V2_VERDICT.matcher(t).matches();
    }

    /** etcdctl v2 {@code member list} lines. */
    static boolean v2Member(String line, long n, EtcdctlCapture capture) {
        Matcher m = V2_MEMBER.matcher(line.strip());
        if (!m.matches()) {
            return false;
        }
        boolean started = m.group(5) == null;
        capture.member(new EtcdMember(m.group(1), started, started ? m.group(2) : "", urls(started ? m.group(3) : m.group(5)),
                started ? urls(m.group(4)) : List.of(), false, capture.at(n), line), EtcdctlFormat.V2);
        return true;
    }

    private static List<String> urls(String s) {
        if (s == null) {
            return List.of();
        }
        return s.isBlank() ? List.of() : List.of(s.strip().split(","));
    }
}
