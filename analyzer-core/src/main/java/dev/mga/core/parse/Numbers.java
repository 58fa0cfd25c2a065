package dev.mga.core.parse;

/**
 * Numbers read from captured text, bounded: the kernel, the procps tools and etcdctl print 64-bit
 * values, so digits beyond them (or a product beyond them) mean the text is not what the format
 * says. Every method returns -1 (or null, NaN) for that, never throws, so a parser can report the
 * line and go on.
 */
public final class Numbers {

    /** Longest number text worth reading: 64-bit values have at most 20 digits. */
    public static final int MAX_DIGITS = 40;

    private Numbers() {
    }

    /** Decimal digits as a non-negative long, or -1 when they are empty, not all ASCII digits or beyond 64 bits. */
    public static long whole(String digits) {
        int n = digits.length();
        if (n == 0 || n > MAX_DIGITS) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9' || v > (Long.MAX_VALUE - (c - '0')) / 10) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Hex digits as an unsigned 64-bit value (a negative long above 2^63), or null when they are not 1–16 hex digits. */
    public static Long hex(String digits) {
        if (digits.isEmpty() || digits.length() > 16) {
            return null;
        }
        try {
            return Long.parseUnsignedLong(digits, 16);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code a + b} held at {@link Long#MAX_VALUE}: totals of captured values never wrap negative. */
    public static long sum(long a, long b) {
        long s = a + b;
        return ((a ^ s) & (b ^ s)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : s;
    }

    /** A decimal as the procps tools print one ({@code 12}, {@code 0.3}, {@code 99.9}); NaN when it is not one. */
    public static double decimal(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_DIGITS) {
            return Double.NaN;
        }
        boolean digit = false;
        boolean dot = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return Double.NaN;
            }
        }
        return digit ? Double.parseDouble(text) : Double.NaN;
    }
}
