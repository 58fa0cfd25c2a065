package dev.mga.core.etcd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as etcdctl prints them: go-humanize {@code Bytes} (decimal: {@code 128 MB}, {@code 20 kB},
 * {@code 5.3 MB}, {@code 0 B}) and {@code IBytes} ({@code 1.5 GiB}). The value is what the text
 * says, so {@code 128 MB} is 128,000,000 bytes; etcdctl rounded it to three digits already.
 */
final class EtcdSizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKMGTPE]?)(i?)B");

    private EtcdSizes() {
    }

    /** Bytes, or -1 when the text is not a size. */
    static long parse(String text) {
        String t = text.strip();
        if (t.length() > EtcdValues.MAX_DIGITS) {
            return -1; // go-humanize prints three digits; BigDecimal would take seconds on a long run of them
        }
        Matcher m = SIZE.matcher(t);
        if (!m.matches()) {
            return -1;
        }
        BigDecimal n = new BigDecimal(m.group(1));
        String prefix = m.group(2).toUpperCase(Locale.ROOT).replace("K", "k");
        int power = prefix.isEmpty() ? 0 : "kMGTPE".indexOf(prefix) + 1;
        BigDecimal unit = m.group(3).isEmpty() ? BigDecimal.valueOf(1000).pow(power) : BigDecimal.valueOf(1024).pow(power);
        try {
            return n.multiply(unit).setScale(0, RoundingMode.DOWN).longValueExact();
        } catch (ArithmeticException e) {
            return -1; // beyond 64 bits: not a size etcd has
        }
    }
}
