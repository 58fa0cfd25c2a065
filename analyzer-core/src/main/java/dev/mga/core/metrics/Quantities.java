package dev.mga.core.metrics;

import dev.mga.core.model.Quantity;
import java.math.BigDecimal;
import java.util.Locale;

/** Writing computed quantities back in the units a support engineer reads them in. */
final class Quantities {

    private static final BigDecimal KI = BigDecimal.valueOf(1024);
    private static final BigDecimal MI = BigDecimal.valueOf(1024L * 1024);

    private Quantities() {
    }

    /** A quantity for {@code value}, written like {@code like}: Ki/Mi/Gi values in Ki, CPU in millicores. */
    static Quantity of(BigDecimal value, String like) {
        if (like.endsWith("i") && value.remainder(KI).signum() == 0) {
            return new Quantity(value, value.divide(KI).toBigInteger() + "Ki");
        }
        if (value.scale() > 0 || like.endsWith("m")) {
            BigDecimal milli = value.movePointRight(3);
            if (milli.stripTrailingZeros().scale() <= 0) {
                return new Quantity(value, milli.toBigInteger() + "m");
            }
        }
        return new Quantity(value, value.toPlainString());
    }

    /** Bytes as kubectl top prints them: whole mebibytes ({@code 2452Mi}). */
    static String mebibytes(Quantity q) {
        return String.format(Locale.ROOT, "%dMi", q.value().divideToIntegralValue(MI).longValue());
    }
}
