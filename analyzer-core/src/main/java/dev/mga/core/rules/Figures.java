package dev.mga.core.rules;

import java.util.Locale;

/**
 * How figures read in finding summaries, the same in Java rules and in CEL rules (whose
 * {@code percent} and {@code grouped} functions call these; sizes read through
 * {@link dev.mga.core.parse.Units#readable}).
 */
public final class Figures {

    private Figures() {
    }

    /** {@code 0.873} → {@code "87.3%"}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** {@code 19861376} → {@code "19,861,376"}. */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
