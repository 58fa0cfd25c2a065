package dev.mga.core.klog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mga.core.model.klog.KlogField;
import dev.mga.core.model.klog.KlogSeverity;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the Kubernetes JSON log format ({@code --logging-format=json}, k8s.io/component-base
 * {@code logs/json}): {@code {"ts":1580306777047.28,"caller":"x.go:12","msg":"…","v":0,…}} where
 * {@code ts} is milliseconds since the epoch, info lines carry their verbosity {@code v} and error
 * lines carry {@code err} instead. Lines written by zap with a {@code level} key (etcd and some
 * operators) are read the same way, their level giving the severity.
 */
final class KlogJsonLine {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** What a JSON line holds; null fields when absent. */
    record Parsed(KlogSeverity severity, String time, String caller, String message, List<KlogField> fields) {
    }

    private final JsonFactory factory = new JsonFactory();

    /** The line's content, or null when it is not a JSON object with a {@code msg}. */
    Parsed parse(String json) {
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String time = "";
            String caller = "";
            String msg = null;
            String level = null;
            boolean hasV = false;
            List<KlogField> fields = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "ts" -> time = time(p, v);
                    case "caller" -> caller = p.getValueAsString("");
                    case "msg" -> msg = p.getValueAsString("");
                    case "level" -> level = p.getValueAsString("");
                    case "v" -> hasV = true;
                    default -> fields.add(new KlogField(name, value(p, v)));
                }
            }
            if (t != JsonToken.END_OBJECT || msg == null) {
                return null;
            }
            return new Parsed(severity(level, hasV), time, caller, msg, fields);
        } catch (IOException e) {
            return null;
        }
    }

    private static KlogSeverity severity(String level, boolean hasV) {
        if (level == null) {
            return hasV ? KlogSeverity.INFO : KlogSeverity.ERROR;
        }
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "warn", "warning" -> KlogSeverity.WARNING;
            case "error", "dpanic" -> KlogSeverity.ERROR;
            case "fatal", "panic" -> KlogSeverity.FATAL;
            default -> KlogSeverity.INFO;
        };
    }

    private static String time(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_FLOAT || v == JsonToken.VALUE_NUMBER_INT) {
            BigDecimal ms = p.getDecimalValue();
            // 1e999999999 or 1e-999999999 are short to write but BigDecimal would build (or divide by) a
            // number of a billion digits: anything beyond an epoch time in nanoseconds is kept as written
            int integerDigits = ms.precision() - ms.scale();
            if (integerDigits > 15) {
                return p.getText();
            }
            if (integerDigits < -12) {
                ms = BigDecimal.ZERO; // below a nanosecond
            }
            // component-base writes milliseconds; zap's default EpochTimeEncoder writes seconds
            BigDecimal nanos = ms.compareTo(BigDecimal.valueOf(100_000_000_000L)) > 0
                    ? ms.movePointRight(6) : ms.movePointRight(9);
            long n;
            try {
                n = nanos.setScale(0, RoundingMode.FLOOR).longValueExact();
            } catch (ArithmeticException e) {
                return p.getText(); // beyond the nanoseconds a long holds (years after 2262)
            }
            return ISO.format(Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L)));
        }
        return p.getValueAsString("");
    }

    private static String value(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            StringBuilder b = new StringBuilder();
            String name = null;
            String namespace = null;
            boolean onlyRef = v == JsonToken.START_OBJECT;
            int depth = 0;
            JsonToken t = v;
            do {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                }
                if (t == JsonToken.FIELD_NAME && depth == 1) {
                    String key = p.currentName();
                    JsonToken inner = p.nextToken();
                    b.append(key).append(": ");
                    if (inner == JsonToken.START_OBJECT || inner == JsonToken.START_ARRAY) {
                        onlyRef = false;
                        t = inner;
                        depth++;
                        b.append(p.getText()).append(' ');
                        continue;
                    }
                    String text = inner == JsonToken.VALUE_NULL ? "" : p.getValueAsString("");
                    b.append(text).append(' ');
                    if (key.equals("name")) {
                        name = text;
                    } else if (key.equals("namespace")) {
                        namespace = text;
                    } else {
                        onlyRef = false;
                    }
                    continue;
                }
                b.append(t == JsonToken.FIELD_NAME ? p.currentName() + ":" : p.getText()).append(' ');
            } while (depth > 0 && (t = p.nextToken()) != null);
            if (onlyRef && name != null) {
                // klog.KObj(pod) in the JSON format: {"name":…,"namespace":…} (k8s.io/klog k8s_references.go,
                // ObjectRef.MarshalLog); its text form is namespace/name
                return namespace == null || namespace.isEmpty() ? name : namespace + "/" + name;
            }
            return b.toString().trim();
        }
        return v == JsonToken.VALUE_NULL ? "" : p.getValueAsString("");
    }
}
