package dev.mga.core.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ParamType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks rule parameter values against their declared {@link ParamType} and gives them the Java
 * class rules read: {@code Long} (integer, bytes), {@code Double} (number, percent as a share),
 * {@code Duration}, {@code String}, {@code Boolean}, and lists and maps of those. Values come from
 * the YAML file (already numbers, lists, maps) or as text ({@code --set rule.param=80%}).
 */
final class ParamValues {

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h|d)");

    private ParamValues() {
    }

    /** Built on first use: only a list or map given as text needs it, not loading a rule pack. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }

    /** A value from the YAML file, checked; throws {@link IllegalArgumentException} saying what was expected. */
    static Object of(ParamType type, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("no value (expected " + expected(type) + ")");
        }
        return switch (type.kind()) {
            case INTEGER -> integer(value);
            case NUMBER -> number(value);
            case PERCENT -> percent(value);
            case BYTES -> bytes(value);
            case DURATION -> duration(value);
            case STRING -> string(value);
            case BOOLEAN -> bool(value);
            case LIST -> list(type, value);
            case MAP -> map(type, value);
        };
    }

    /**
     * A value written as text (a command-line option): scalars as written; lists and maps in
     * YAML flow form ({@code [a, b]}, {@code {pods: 1000}}); a list may also be comma-separated.
     */
    static Object parse(ParamType type, String text) {
        String t = text.strip();
        switch (type.kind()) {
            case STRING:
                return text;
            case LIST:
                if (!t.startsWith("[")) {
                    List<Object> parts = new ArrayList<>();
                    for (String p : t.isEmpty() ? new String[0] : t.split(",")) {
                        parts.add(parse(type.element(), p.strip()));
                    }
                    return List.copyOf(parts);
                }
                return of(type, flow(t));
            case MAP:
                if (!t.startsWith("{")) {
                    throw new IllegalArgumentException("'" + text + "' is not a map: write it as {key: value, ...}");
                }
                return of(type, flow(t));
            default:
                return of(type, t);
        }
    }

    private static Object flow(String text) {
        try {
            return Yaml.MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("'" + text + "' is not a YAML list or map: " + e.getOriginalMessage());
        }
    }

    /** What a value of the type looks like, for messages. */
    static String expected(ParamType type) {
        return switch (type.kind()) {
            case INTEGER -> "a whole number";
            case NUMBER -> "a number";
            case PERCENT -> "a share between 0 and 1, or a percentage such as 80%";
            case BYTES -> "a number of bytes, or a size such as 8Gi, 512Mi or 100MB";
            case DURATION -> "a duration such as 90s, 15m or 1h30m";
            case STRING -> "text";
            case BOOLEAN -> "true or false";
            case LIST -> "a list of " + expected(type.element());
            case MAP -> "a map from names to " + expected(type.element());
        };
    }

    private static Long integer(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                // fall through to the message
            }
        }
        throw notA(v, ParamType.INTEGER);
    }

    private static Double number(Object v) {
        if (v instanceof Number n && !(v instanceof BigDecimal bd && bd.precision() > 20)) {
            return finite(n.doubleValue(), v, ParamType.NUMBER);
        }
        if (v instanceof String s) {
            try {
                return finite(Double.parseDouble(s.strip()), v, ParamType.NUMBER);
            } catch (NumberFormatException e) {
                // fall through to the message
            }
        }
        throw notA(v, ParamType.NUMBER);
    }

    private static double finite(double d, Object v, ParamType t) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw notA(v, t);
        }
        return d;
    }

    private static Double percent(Object v) {
        double share;
        if (v instanceof String s && s.strip().endsWith("%")) {
            String digits = s.strip();
            try {
                share = Double.parseDouble(digits.substring(0, digits.length() - 1).strip()) / 100;
            } catch (NumberFormatException e) {
                throw notA(v, ParamType.PERCENT);
            }
        } else if (v instanceof Number || v instanceof String) {
            try {
                share = number(v);
            } catch (IllegalArgumentException e) {
                throw notA(v, ParamType.PERCENT);
            }
        } else {
            throw notA(v, ParamType.PERCENT);
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("'" + v + "' is outside 0 to 1 (0% to 100%)");
        }
        return share;
    }

    private static Long bytes(Object v) {
        long n;
        if (v instanceof String s) {
            n = size(s);
        } else {
            n = integer(v);
        }
        if (n < 0) {
            throw new IllegalArgumentException("'" + v + "' is a negative size");
        }
        return n;
    }

    /** {@code 8589934592}, a Kubernetes quantity ({@code 8Gi}, {@code 100M}) or {@code 8 GiB} / {@code 100 MB}. */
    private static long size(String text) {
        try {
            return Units.writtenSize(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw notA(text, ParamType.BYTES);
        }
    }

    private static Duration duration(Object v) {
        if (!(v instanceof String s) || s.isBlank()) {
            throw notA(v, ParamType.DURATION);
        }
        String t = s.strip();
        if (t.startsWith("P") || t.startsWith("p")) {
            try {
                return nonNegative(Duration.parse(t), v);
            } catch (java.time.format.DateTimeParseException e) {
                throw notA(v, ParamType.DURATION);
            }
        }
        Matcher m = DURATION_PART.matcher(t);
        Duration d = Duration.ZERO;
        int at = 0;
        while (at < t.length()) {
            if (!m.find(at) || m.start() != at) {
                throw notA(v, ParamType.DURATION);
            }
            d = d.plus(part(new BigDecimal(m.group(1)), m.group(2)));
            at = m.end();
        }
        return nonNegative(d, v);
    }

    private static Duration part(BigDecimal n, String unit) {
        long nanosPerUnit = switch (unit) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 86_400_000_000_000L;
        };
        try {
            return Duration.ofNanos(n.multiply(BigDecimal.valueOf(nanosPerUnit)).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + n + unit + "' is not a whole number of nanoseconds below 292 years");
        }
    }

    private static Duration nonNegative(Duration d, Object v) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("'" + v + "' is a negative duration");
        }
        return d;
    }

    private static String string(Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw notA(v, ParamType.STRING);
    }

    private static Boolean bool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.strip().equals("true") || s.strip().equals("false"))) {
            return Boolean.valueOf(s.strip());
        }
        throw notA(v, ParamType.BOOLEAN);
    }

    private static List<Object> list(ParamType type, Object v) {
        if (!(v instanceof List<?> l)) {
            throw notA(v, type);
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            try {
                out.add(of(type.element(), l.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("item " + (i + 1) + ": " + e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, Object> map(ParamType type, Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            throw notA(v, type);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            try {
                out.put(String.valueOf(e.getKey()), of(type.element(), e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("key '" + e.getKey() + "': " + ex.getMessage());
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A checked value written back as a rule file would write it: {@code 80%}, {@code 2Gi}, {@code 15m}, {@code [a, b]}. */
    static String text(ParamType type, Object value) {
        return switch (type.kind()) {
            case NUMBER -> plain((Double) value);
            case PERCENT -> plain(BigDecimal.valueOf((Double) value).movePointRight(2).doubleValue()) + "%";
            case BYTES -> Units.binaryQuantity((Long) value);
            case DURATION -> durationText((Duration) value);
            case LIST -> {
                List<String> parts = new ArrayList<>();
                ((List<?>) value).forEach(v -> parts.add(text(type.element(), v)));
                yield "[" + String.join(", ", parts) + "]";
            }
            case MAP -> {
                List<String> parts = new ArrayList<>();
                ((Map<?, ?>) value).forEach((k, v) -> parts.add(k + ": " + text(type.element(), v)));
                yield "{" + String.join(", ", parts) + "}";
            }
            default -> String.valueOf(value);
        };
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String durationText(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long h = d.toHours();
        if (h > 0) {
            sb.append(h).append('h');
        }
        if (d.toMinutesPart() > 0) {
            sb.append(d.toMinutesPart()).append('m');
        }
        if (d.toSecondsPart() > 0) {
            sb.append(d.toSecondsPart()).append('s');
        }
        if (d.toNanosPart() > 0) {
            sb.append(d.toNanosPart() % 1_000_000 == 0 ? d.toMillisPart() + "ms" : d.toNanosPart() + "ns");
        }
        return sb.toString();
    }

    private static IllegalArgumentException notA(Object v, ParamType type) {
        String shown = v instanceof String s ? "'" + s + "'" : String.valueOf(v);
        return new IllegalArgumentException(shown + " is not " + expected(type));
    }
}
