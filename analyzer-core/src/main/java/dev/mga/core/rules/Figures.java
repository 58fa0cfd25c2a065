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

    /** {@code 406.87} → {@code "6.8 min"}; seconds under two minutes, minutes under two hours, then hours and days. */
    public static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        if (seconds < 172800) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", seconds / 86400);
    }

    /** {@code 19861376} → {@code "19,861,376"}. */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
