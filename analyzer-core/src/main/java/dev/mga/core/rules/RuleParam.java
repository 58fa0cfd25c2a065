package dev.mga.core.rules;

import dev.mga.core.spi.ParamType;
import java.util.Objects;

/**
 * A rule parameter: its declared type, its value (checked against the type, as the Java class
 * {@link ParamType.Kind#javaType()} names) and why it has that value (with its source).
 */
public record RuleParam(ParamType type, Object value, String reason) {

    public RuleParam {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** The value as the YAML file would write it ({@code 80%}, {@code 15m}, {@code [a, b]}), for documents. */
    public String text() {
        return ParamValues.text(type, value);
    }
}
