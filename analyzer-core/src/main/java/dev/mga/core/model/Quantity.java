package dev.mga.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A Kubernetes resource quantity ({@code 1894m}, {@code 15272Mi}, {@code 1197632Ki}, {@code 4Gi},
 * {@code 115586611009}, {@code 1e3}, {@code 0.5}), parsed exactly as Kubernetes defines it
 * (k8s.io/apimachinery {@code resource.Quantity}): a signed decimal number with a binary-SI suffix
 * ({@code Ki Mi Gi Ti Pi Ei}), a decimal-SI suffix ({@code n u m "" k M G T P E}) or a decimal
 * exponent ({@code e3}, {@code E-2}). The value is kept exactly as a {@link BigDecimal}; in JSON
 * and in CEL facts a quantity is {@code {"value": 4294967296, "text": "4Gi"}}.
 *
 * @param value the value in base units (bytes, cores); a double in CEL
 * @param text  as written ({@code 4Gi})
 */
public record Quantity(BigDecimal value, String text) implements Comparable<Quantity> {

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, "0");

    /** Longest number part read: Kubernetes' own quantities fit in 64 bits and a few decimals. */
    static final int MAX_NUMBER = 64;

    /** Bytes written the way Kubernetes writes binary quantities: {@code 2147483648} → {@code 2Gi}; {@code 0} → {@code 0}; not a whole binary multiple → plain bytes. */
    public static String binaryText(BigDecimal bytes) {
        if (bytes.signum() == 0) {
            return "0";
        }
        String[] units = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
        BigDecimal k = BigDecimal.valueOf(1024);
        BigDecimal v = bytes.stripTrailingZeros();
        int u = 0;
        while (u < units.length - 1 && v.remainder(k).signum() == 0 && v.compareTo(k) >= 0) {
            v = v.divide(k);
            u++;
        }
        return v.toPlainString() + units[u];
    }

    /** Parses a quantity; throws {@link IllegalArgumentException} saying what was expected. */
    public static Quantity parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty quantity");
        }
        int end = numberEnd(s);
        if (end == 0 || !hasDigit(s, end)) {
            throw new IllegalArgumentException("quantity '" + text + "' does not start with a number");
        }
        if (end > MAX_NUMBER) {
            // BigDecimal takes seconds to minutes on hundreds of thousands of digits; no quantity has them
            throw new IllegalArgumentException("quantity '" + s.substring(0, 20) + "…' has more than " + MAX_NUMBER
                    + " characters in its number");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(s.substring(0, end).replace("+", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("quantity '" + text + "' does not start with a number");
        }
        String suffix = s.substring(end);
        BigDecimal multiplier = multiplier(suffix, text);
        return new Quantity(number.multiply(multiplier).stripTrailingZeros(), s);
    }

    public static Optional<Quantity> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static int numberEnd(String s) {
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    private static boolean hasDigit(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal multiplier(String suffix, String text) {
        switch (suffix) {
            case "": return BigDecimal.ONE;
            case "Ki": return BigDecimal.valueOf(1L << 10);
            case "Mi": return BigDecimal.valueOf(1L << 20);
            case "Gi": return BigDecimal.valueOf(1L << 30);
            case "Ti": return BigDecimal.valueOf(1L << 40);
            case "Pi": return BigDecimal.valueOf(1L << 50);
            case "Ei": return BigDecimal.valueOf(1L << 60);
            case "n": return BigDecimal.ONE.scaleByPowerOfTen(-9);
            case "u": return BigDecimal.ONE.scaleByPowerOfTen(-6);
            case "m": return BigDecimal.ONE.scaleByPowerOfTen(-3);
            case "k": return BigDecimal.ONE.scaleByPowerOfTen(3);
            case "M": return BigDecimal.ONE.scaleByPowerOfTen(6);
            case "G": return BigDecimal.ONE.scaleByPowerOfTen(9);
            case "T": return BigDecimal.ONE.scaleByPowerOfTen(12);
            case "P": return BigDecimal.ONE.scaleByPowerOfTen(15);
            case "E": return BigDecimal.ONE.scaleByPowerOfTen(18);
            default:
                if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
                    try {
                        int exp = Integer.parseInt(suffix.substring(1).replace("+", ""));
                        if (Math.abs(exp) > 1000) {
                            throw new IllegalArgumentException("quantity '" + text + "' has an exponent out of range");
                        }
                        return BigDecimal.ONE.scaleByPowerOfTen(exp);
                    } catch (NumberFormatException e) {
                        // fall through to the error below
                    }
                }
                throw new IllegalArgumentException("quantity '" + text + "' has an unknown suffix '" + suffix
                        + "' (expected Ki Mi Gi Ti Pi Ei, n u m k M G T P E, or an exponent like e3)");
        }
    }

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
