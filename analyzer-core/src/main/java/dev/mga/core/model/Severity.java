package dev.mga.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How urgent a finding is; ordered from least to most severe. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("severity must be one of info, warning, critical; got '" + text + "'");
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
