package dev.mga.core.memory;

import dev.mga.core.parse.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;

/**
 * Memory sizes as the procps tools print them, resolved to bytes: {@code free -h} ({@code 15Gi},
 * {@code 348Mi}, {@code 0B}, and {@code 15G} with {@code --si}), top's scaled fields
 * ({@code 1.7g}, {@code 11.3g}, {@code 220480} KiB), and sysfs/meminfo {@code 2048kB}.
 */
final class Sizes {

    private static final long KIB = 1024;

    private Sizes() {
    }

    /**
     * A human size from {@code free -h}: a number with {@code B Ki Mi Gi Ti Pi} (binary) or
     * {@code K M G T P} (decimal, {@code --si}); a bare number is {@code unitBytes} each.
     */
    static OptionalLong human(String text, long unitBytes) {
        String s = text.strip();
        int end = numberEnd(s);
        if (end == 0) {
            return OptionalLong.empty();
        }
        String suffix = s.substring(end);
        long mult = switch (suffix) {
            case "" -> unitBytes;
            case "B" -> 1;
            case "Ki" -> KIB;
            case "Mi" -> KIB * KIB;
            case "Gi" -> KIB * KIB * KIB;
            case "Ti" -> KIB * KIB * KIB * KIB;
            case "Pi" -> KIB * KIB * KIB * KIB * KIB;
            case "K", "k" -> 1000L;
            case "M" -> 1000L * 1000;
            case "G" -> 1000L * 1000 * 1000;
            case "T" -> 1000L * 1000 * 1000 * 1000;
            case "P" -> 1000L * 1000 * 1000 * 1000 * 1000;
            default -> -1;
        };
        return mult < 0 ? OptionalLong.empty() : times(s.substring(0, end), mult);
    }

    /**
     * A value from top's memory columns: KiB by default, or with a scaling suffix
     * {@code k m g t p e} (KiB MiB GiB TiB PiB EiB) as top prints it when the field is too narrow
     * or {@code -e} asks for it.
     */
    static OptionalLong top(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return OptionalLong.empty();
        }
        char last = Character.toLowerCase(s.charAt(s.length() - 1));
        int power = "kmgtpe".indexOf(last) + 1;
        String number = power > 0 ? s.substring(0, s.length() - 1) : s;
        if (numberEnd(number) != number.length() || number.isEmpty()) {
            return OptionalLong.empty();
        }
        long mult = KIB;
        for (int i = 1; i < Math.max(power, 1); i++) {
            mult *= KIB;
        }
        return times(number, mult);
    }

    /** The bytes of one unit of top's summary memory lines ({@code KiB Mem}, {@code GiB Swap}). */
    static long summaryUnit(String unit) {
        return switch (unit) {
            case "KiB" -> KIB;
            case "MiB" -> KIB * KIB;
            case "GiB" -> KIB * KIB * KIB;
            case "TiB" -> KIB * KIB * KIB * KIB;
            case "PiB" -> KIB * KIB * KIB * KIB * KIB;
            case "EiB" -> KIB * KIB * KIB * KIB * KIB * KIB;
            default -> -1;
        };
    }

    /** {@code 2048kB}, {@code 2048 kB} or a bare page count, as sysfs and meminfo print them. */
    static OptionalLong kilobytes(String text) {
        String s = text.strip();
        if (s.endsWith("kB")) {
            return times(s.substring(0, s.length() - 2).strip(), KIB);
        }
        return OptionalLong.empty();
    }

    static OptionalLong times(String number, long mult) {
        if (number.length() > Numbers.MAX_DIGITS) {
            return OptionalLong.empty(); // no 64-bit size is that long; BigDecimal would take seconds on it
        }
        if (number.indexOf('.') < 0) { // whole numbers (most of them) without BigDecimal
            try {
                return OptionalLong.of(Math.multiplyExact(Long.parseLong(number), mult));
            } catch (NumberFormatException | ArithmeticException e) {
                return OptionalLong.empty();
            }
        }
        try {
            return OptionalLong.of(new BigDecimal(number).multiply(BigDecimal.valueOf(mult))
                    .setScale(0, RoundingMode.DOWN).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    private static int numberEnd(String s) {
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        return i;
    }
}
