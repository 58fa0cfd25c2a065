package dev.mga.core.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Sizes as etcdctl prints them: go-humanize's {@code Bytes} (base 1000, units B kB MB GB TB PB EB,
 * one decimal below 10, none above, rounded half up; see go-humanize bytes.go humanateBytes) and
 * {@code IBytes} (base 1024, KiB MiB …). Parsing what that printing makes of a byte count gives the
 * count back within the printing's own rounding: to a tenth, then to a whole number from 10
 * up, at most 6%.
 */
class EtcdSizesPropertyTest {

    static String humanize(long bytes, int base, String[] units) {
        if (bytes < 10) {
            return bytes + " B";
        }
        int e = (int) Math.floor(Math.log(bytes) / Math.log(base));
        double val = Math.floor(bytes / Math.pow(base, e) * 10 + 0.5) / 10;
        return String.format(Locale.ROOT, val < 10 ? "%.1f %s" : "%.0f %s", val, units[e]);
    }

    @Property(tries = 1000)
    void decimalSizes(@ForAll @LongRange(min = 0, max = 1L << 50) long bytes) {
        String text = humanize(bytes, 1000, new String[] {"B", "kB", "MB", "GB", "TB", "PB", "EB"});
        long parsed = EtcdSizes.parse(text);
        assertThat((double) parsed).as(text).isCloseTo(bytes, org.assertj.core.data.Offset.offset(bytes * 0.06 + 1));
    }

    @Property(tries = 1000)
    void binarySizes(@ForAll @LongRange(min = 0, max = 1L << 50) long bytes) {
        String text = humanize(bytes, 1024, new String[] {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"});
        long parsed = EtcdSizes.parse(text);
        assertThat((double) parsed).as(text).isCloseTo(bytes, org.assertj.core.data.Offset.offset(bytes * 0.06 + 1));
    }

    @Property(tries = 300)
    void exactWhenThePrintingIsExact(@ForAll @LongRange(min = 10, max = 999) long n) {
        assertThat(EtcdSizes.parse(n + " MB")).isEqualTo(n * 1_000_000);
        assertThat(EtcdSizes.parse(n + " kB")).isEqualTo(n * 1_000);
        assertThat(EtcdSizes.parse(n + " GiB")).isEqualTo(n << 30);
    }
}
