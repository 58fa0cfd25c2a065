package dev.mga.core.model.descheduler;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The mode a KubeDescheduler runs the descheduler in (operator.openshift.io/v1 {@code spec.mode}).
 */
public enum DeschedulerMode {
    /** The descheduler runs with --dry-run: it logs the evictions it would do and evicts nothing (the v1 default). */
    PREDICTIVE("Predictive"),
    /** The descheduler evicts. */
    AUTOMATIC("Automatic"),
    /** A mode the operator does not define, as written. */
    OTHER("Other");

    private final String id;

    DeschedulerMode(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The mode named {@code text} (as the CRD spells it), or {@link #OTHER}. */
    public static DeschedulerMode of(String text) {
        for (DeschedulerMode m : values()) {
            if (m.id.equals(text)) {
                return m;
            }
        }
        return OTHER;
    }
}
