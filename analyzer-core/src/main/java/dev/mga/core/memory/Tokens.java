package dev.mga.core.memory;

/** The kernel's {@code Key: N kB} lines split without regular expressions, on the parsers' hot paths. */
final class Tokens {

    private Tokens() {
    }

    /**
     * A {@code Key: N} or {@code Key: N kB} line (meminfo, smaps, status) split into its key,
     * number and unit, or null when the line is not one. The key is what precedes the first colon.
     */
    static KeyValue keyValue(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        int n = line.length();
        int i = colon + 1;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == colon + 1) {
            return null; // the kernel always puts spaces (or a tab) between key and number
        }
        int start = i;
        long v = 0;
        while (i < n && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            if (v > (Long.MAX_VALUE - 9) / 10) {
                return null;
            }
            v = v * 10 + (line.charAt(i) - '0');
            i++;
        }
        if (i == start) {
            return null;
        }
        String unit = "";
        if (line.startsWith(" kB", i)) {
            unit = "kB";
            i += 3;
        }
        while (i < n && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i == n ? new KeyValue(line.substring(0, colon), v, unit) : null;
    }

    /** A {@code Key: N [kB]} line's parts. */
    record KeyValue(String key, long value, String unit) {
    }
}
