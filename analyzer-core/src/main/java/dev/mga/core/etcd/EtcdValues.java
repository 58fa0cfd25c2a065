package dev.mga.core.etcd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mga.core.parse.Numbers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small conversions between the ways etcdctl prints the same values. */
final class EtcdValues {

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|μs|ms|s|m|h)");
    /** Longest number or id text worth reading (a uint64 has 20 decimal digits), as for every parser. */
    static final int MAX_DIGITS = Numbers.MAX_DIGITS;

    private static final Pattern ERROR_START = Pattern.compile("(?=etcdserver: |memberID:|member_id:)");
    private static final Pattern COMMA_SPACE = Pattern.compile(", ");
    private static final Pattern ALARM_MEMBER = Pattern.compile("(?:memberID|member_id):(\\d+)");

    private EtcdValues() {
    }

    /** A member id printed in decimal (fields, JSON) or hex (tables, {@code --hex}) as tables print it: lower-case hex. */
    static String hexId(String text, boolean decimal) {
        String t = text.strip();
        if (t.isEmpty()) {
            return "";
        }
        if (t.length() > MAX_DIGITS) {
            return t.toLowerCase(Locale.ROOT); // not a uint64; BigInteger would take seconds on a long run of digits
        }
        try {
            return decimal ? new BigInteger(t).toString(16) : new BigInteger(t, 16).toString(16);
        } catch (NumberFormatException e) {
            return t.toLowerCase(Locale.ROOT);
        }
    }

    /** A Go duration ({@code 4.391225ms}, {@code 1.2s}, {@code 1m2.5s}) in milliseconds, or -1. */
    static double millis(String text) {
        String t = text.strip();
        if (t.length() > 64) {
            return -1; // a Go duration is short; a long run of digits is not one (and BigDecimal would be slow on it)
        }
        Matcher m = DURATION_PART.matcher(t);
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        int at = 0;
        while (m.find()) {
            if (m.start() != at) {
                return -1;
            }
            // decimal arithmetic: 1.766976918s is 1766.976918 ms, not 1766.9769179999998
            java.math.BigDecimal n = new java.math.BigDecimal(m.group(1));
            total = total.add(switch (m.group(2)) {
                case "ns" -> n.movePointLeft(6);
                case "us", "µs", "μs" -> n.movePointLeft(3);
                case "ms" -> n;
                case "s" -> n.movePointRight(3);
                case "m" -> n.multiply(java.math.BigDecimal.valueOf(60_000));
                default -> n.multiply(java.math.BigDecimal.valueOf(3_600_000));
            });
            at = m.end();
        }
        return at == t.length() && at > 0 ? total.doubleValue() : -1;
    }

    /** An unsigned number as etcdctl prints counts, sizes, revisions and raft indexes; -1 when it is not one within 63 bits. */
    static long number(String text) {
        return Numbers.whole(text.strip());
    }

    /** {@link #number(String)} of a JSON value: an integer within [0, 2^63), or -1 (floats, strings, uint64 beyond long). */
    static long number(JsonNode n) {
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.longValue() < 0 ? -1 : n.longValue();
        }
        return n.isTextual() ? number(n.asText()) : -1;
    }

    /**
     * Errors as etcdctl joins them: {@code ", "} in tables and simple lines, Go's {@code [a b]} in
     * fields; split where a new etcd error or alarm starts.
     */
    static List<String> errors(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        List<String> out = new ArrayList<>();
        for (String part : ERROR_START.split(t)) {
            for (String p : COMMA_SPACE.split(part)) {
                String e = p.strip();
                if (e.endsWith(",")) {
                    e = e.substring(0, e.length() - 1).strip();
                }
                if (!e.isEmpty()) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The alarm type of an error or alarm line ({@code memberID:123 alarm:NOSPACE}), or "". */
    static String alarmType(String text) {
        int i = text.indexOf("alarm:");
        if (i < 0) {
            return "";
        }
        String rest = text.substring(i + 6).strip();
        int sp = rest.indexOf(' ');
        return sp < 0 ? rest : rest.substring(0, sp);
    }

    /** The member id (decimal in etcd's alarm text) of an alarm line, as hex, or "". */
    static String alarmMember(String text) {
        Matcher m = ALARM_MEMBER.matcher(text);
        return m.find() ? hexId(m.group(1), true) : "";
    }

    /** etcd's alarm enum as JSON prints it (etcdserverpb.AlarmType). */
    static String alarmName(String value) {
        return switch (value.strip()) {
            case "0" -> "NONE";
            case "1" -> "NOSPACE";
            case "2" -> "CORRUPT";
            default -> value.strip();
        };
    }
}
