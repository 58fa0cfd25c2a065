package dev.mga.core.etcd;

import dev.mga.core.model.Location;
import dev.mga.core.model.etcd.EtcdAlarm;
import dev.mga.core.model.etcd.EtcdEndpointHealth;
import dev.mga.core.model.etcd.EtcdEndpointStatus;
import dev.mga.core.model.etcd.EtcdMember;
import dev.mga.core.parse.Units;
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
    static final Pattern ALARM = Pattern.compile("^(?:memberID|member_id):(\\d+) alarm:([A-Z_]+)\\s*$");

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
        EtcdEndpointStatus s = StatusColumns.of(row, "simple", capture.at(n), line);
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
                f.length == 6 && f[5].strip().equals("true"), capture.at(n), line), "simple");
        return true;
    }

    static boolean health(String line, long n, EtcdctlCapture capture) {
        Matcher m = HEALTH.matcher(line.strip());
        if (!m.matches()) {
            return false;
        }
        boolean healthy = m.group(2).equals("healthy");
        String took = m.group(4) == null ? "" : m.group(4);
        capture.health(new EtcdEndpointHealth(m.group(1), healthy, took, took.isEmpty() ? -1 : EtcdValues.millis(took),
                healthy ? "" : m.group(3), "simple", capture.at(n), line));
        return true;
    }

    static boolean alarm(String line, long n, EtcdctlCapture capture) {
        Matcher m = ALARM.matcher(line.strip());
        if (!m.matches()) {
            return false;
        }
        Location at = capture.at(n);
        capture.alarm(new EtcdAlarm(EtcdValues.hexId(m.group(1), true), m.group(2), "alarm list", at, line), "simple");
        return true;
    }

    private static List<String> urls(String s) {
        return s.isBlank() ? List.of() : List.of(s.strip().split(","));
    }
}
