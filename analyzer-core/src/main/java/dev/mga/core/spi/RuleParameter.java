package dev.mga.core.spi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parameter a Java {@link Rule} reads, declared as a {@code static final} constant of the rule
 * class: {@code static final RuleParameter<Long> MIN_OBJECTS = RuleParameter.integer("minObjects");}
 * and read with {@code ctx.param(MIN_OBJECTS)}. When the rule loads, the engine checks that its
 * YAML file declares each constant's parameter with the same type, and that the class reads every
 * parameter the file declares.
 *
 * @param <T> the class of the value: {@link Long} for integers and bytes, {@link Double} for
 *            numbers and percents (a share: 80% is 0.8), {@link Duration}, {@link String},
 *            {@link Boolean}, lists and maps of those
 */
public final class RuleParameter<T> {

    private final String name;
    private final ParamType type;

    private RuleParameter(String name, ParamType type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    public static RuleParameter<Long> integer(String name) {
        return new RuleParameter<>(name, ParamType.INTEGER);
    }

    public static RuleParameter<Double> number(String name) {
        return new RuleParameter<>(name, ParamType.NUMBER);
    }

    /** A share of a whole, written {@code 0.8} or {@code 80%} in the YAML file; read as 0.8. */
    public static RuleParameter<Double> percent(String name) {
        return new RuleParameter<>(name, ParamType.PERCENT);
    }

    /** A size in bytes, written {@code 8589934592} or {@code 8Gi} in the YAML file. */
    public static RuleParameter<Long> bytes(String name) {
        return new RuleParameter<>(name, ParamType.BYTES);
    }

    /** A duration, written {@code 15m} or {@code 1h30m} in the YAML file. */
    public static RuleParameter<Duration> duration(String name) {
        return new RuleParameter<>(name, ParamType.DURATION);
    }

    public static RuleParameter<String> string(String name) {
        return new RuleParameter<>(name, ParamType.STRING);
    }

    public static RuleParameter<Boolean> bool(String name) {
        return new RuleParameter<>(name, ParamType.BOOLEAN);
    }

    /** A {@code list<string>}. */
    public static RuleParameter<List<String>> strings(String name) {
        return new RuleParameter<>(name, ParamType.listOf(ParamType.STRING));
    }

    /** A {@code map<integer>}: text keys, whole-number values. */
    public static RuleParameter<Map<String, Long>> integerMap(String name) {
        return new RuleParameter<>(name, ParamType.mapOf(ParamType.INTEGER));
    }

    public String name() {
        return name;
    }

    public ParamType type() {
        return type;
    }

    @Override
    public String toString() {
        return name + ": " + type;
    }
}
