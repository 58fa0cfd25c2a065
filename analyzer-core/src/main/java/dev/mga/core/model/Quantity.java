package dev.mga.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A Kubernetes resource quantity ({@code 1894m}, {@code 15272Mi}, {@code 1197632Ki}, {@code 4Gi},
 * {@code 115586611009}, {@code 1e3}, {@code 0.5}), parsed exactly as Kubernetes defines it
 * (k8s.io/apimachinery {@code resource.Quantity}): a signed decimal number with a binary-SI suffix
 * ({@code Ki Mi Gi Ti Pi Ei}), a decimal-SI suffix ({@code n u m "" k M G T P E}) or a decimal
 * exponent ({@code e3}, {@code E-2}). The value is kept exactly as a {@link BigDecimal}; in JSON
 * and in CEL facts a quantity is {@code {"value": 4294967296, "text": "4Gi"}}. The parsing
 * toolkit's units module reads it.
 *
 * @param value the value in base units (bytes, cores); a double in CEL
 * @param text  as written ({@code 4Gi})
 */
public record Quantity(BigDecimal value, String text) implements Comparable<Quantity> {

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, "0");

    /** The value rounded up to a whole number, as Kubernetes' {@code Value()} does (bytes, cores×1). */
    public long longValue() {
        return value.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** The value in thousandths rounded up, as Kubernetes' {@code MilliValue()} (millicores). */
    public long milliValue() {
        return value.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** True when the quantity is zero. */
    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Quantity o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return text;
    }
}
