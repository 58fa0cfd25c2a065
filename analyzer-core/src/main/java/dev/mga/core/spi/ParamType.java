package dev.mga.core.spi;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The type of a rule parameter, as written after {@code type:} in the rule's YAML file:
 * {@code integer}, {@code number}, {@code percent} (a share of a whole: {@code 0.8} or
 * {@code 80%}), {@code bytes} ({@code 8589934592} or {@code 8Gi}), {@code duration}
 * ({@code 15m}, {@code 1h30m}), {@code string}, {@code boolean}, {@code list<T>} and
 * {@code map<T>} (text keys). The engine checks every value against its type when the rule loads.
 *
 * @param kind    what the value is
 * @param element the type of the elements of a list or of the values of a map; null otherwise
 */
public record ParamType(Kind kind, ParamType element) {

    /** The kinds of parameter values, with the Java class a rule reads them as. */
    public enum Kind {
        INTEGER(Long.class), NUMBER(Double.class), PERCENT(Double.class), BYTES(Long.class),
        DURATION(Duration.class), STRING(String.class), BOOLEAN(Boolean.class), LIST(List.class), MAP(Map.class);

        private final Class<?> javaType;

        Kind(Class<?> javaType) {
            this.javaType = javaType;
        }

        /** The class of the values a rule reads. */
        public Class<?> javaType() {
            return javaType;
        }

        /** The name written in the YAML file. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final ParamType INTEGER = new ParamType(Kind.INTEGER, null);
    public static final ParamType NUMBER = new ParamType(Kind.NUMBER, null);
    public static final ParamType PERCENT = new ParamType(Kind.PERCENT, null);
    public static final ParamType BYTES = new ParamType(Kind.BYTES, null);
    public static final ParamType DURATION = new ParamType(Kind.DURATION, null);
    public static final ParamType STRING = new ParamType(Kind.STRING, null);
    public static final ParamType BOOLEAN = new ParamType(Kind.BOOLEAN, null);

    /** What {@link #parse} accepts, for messages. */
    public static final String KNOWN = "integer, number, percent, bytes, duration, string, boolean, list<T>, map<T>";

    public ParamType {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.LIST || kind == Kind.MAP) != (element != null)) {
            throw new IllegalArgumentException("a list or map type needs an element type, and only they do");
        }
    }

    public static ParamType listOf(ParamType element) {
        return new ParamType(Kind.LIST, Objects.requireNonNull(element));
    }

    public static ParamType mapOf(ParamType element) {
        return new ParamType(Kind.MAP, Objects.requireNonNull(element));
    }

    /** Reads a type as written in a rule file ({@code list<string>}); throws saying what exists. */
    public static ParamType parse(String text) {
        String s = text == null ? "" : text.strip();
        int open = s.indexOf('<');
        if (open > 0 && s.endsWith(">")) {
            String outer = s.substring(0, open).strip();
            ParamType inner = parse(s.substring(open + 1, s.length() - 1));
            if (outer.equals("list")) {
                return listOf(inner);
            }
            if (outer.equals("map")) {
                return mapOf(inner);
            }
        } else {
            for (Kind k : Kind.values()) {
                if (k != Kind.LIST && k != Kind.MAP && k.id().equals(s)) {
                    return new ParamType(k, null);
                }
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a parameter type (types: " + KNOWN + ")");
    }

    @Override
    public String toString() {
        return element == null ? kind.id() : kind.id() + "<" + element + ">";
    }
}
