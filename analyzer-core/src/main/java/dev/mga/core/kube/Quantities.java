package dev.mga.core.kube;

import java.math.BigDecimal;

/** Amounts of bytes written the way Kubernetes writes binary quantities. */
final class Quantities {

    private Quantities() {
    }

    /** {@code 2147483648} → {@code 2Gi}; {@code 0} → {@code 0}; not a whole binary multiple → plain bytes. */
    static String text(BigDecimal bytes) {
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
}
