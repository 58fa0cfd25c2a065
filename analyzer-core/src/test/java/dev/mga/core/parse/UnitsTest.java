package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mga.core.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Every tool's sizes, held to the tool: real outputs where the machine can make them, properties where the rule is public. */
class UnitsTest {

    // ---- etcdctl: go-humanize ----

    /**
     * go-humanize's {@code Bytes} (base 1000, units B kB MB GB TB PB EB) and {@code IBytes} (base
     * 1024, KiB MiB …), as etcdctl's printer calls them for {@code DB SIZE} (etcdctl/ctlv3/command/
     * printer.go: {@code humanize.Bytes(uint64(status.Resp.DbSize))}): under 10 bytes {@code "%d B"};
     * else the value in the largest unit, rounded half up to a tenth, printed with one decimal below 10
     * and none from 10 up (go-humanize bytes.go humanateBytes).
     */
    static String humanize(long bytes, int base, String[] units) {
        if (bytes < 10) {
            return bytes + " B";
        }
        int e = (int) Math.floor(Math.log(bytes) / Math.log(base));
        double val = Math.floor(bytes / Math.pow(base, e) * 10 + 0.5) / 10;
        return String.format(Locale.ROOT, val < 10 ? "%.1f %s" : "%.0f %s", val, units[e]);
    }

    private static final String[] DECIMAL = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    /**
     * etcd 3.4.23's etcdctl (Debian's etcd-client) on a single loopback member filled with random
     * values: {@code endpoint status -w json} dbSize against {@code -w table} DB SIZE, taken together.
     */
    @Test
    void etcdctlPrintsWhatTheModelPrints() {
        long[][] pairs = {{2277376, 0}, {14217216, 1}, {26644480, 2}, {38330368, 3}};
        String[] printed = {"2.3 MB", "14 MB", "27 MB", "38 MB"};
        for (long[] p : pairs) {
            String text = printed[(int) p[1]];
            assertThat(humanize(p[0], 1000, DECIMAL)).isEqualTo(text);
            assertThat((double) Units.humanizeSize(text)).as(text).isCloseTo(p[0], Offset.offset(p[0] * 0.06));
        }
        assertThat(Units.humanizeSize("2.3 MB")).isEqualTo(2_300_000);
    }

    @Property(tries = 1000)
    void decimalSizesReadBackWithinTheirRounding(@ForAll @LongRange(min = 0, max = 1L << 50) long bytes) {
        String text = humanize(bytes, 1000, DECIMAL);
        assertThat((double) Units.humanizeSize(text)).as(text).isCloseTo(bytes, Offset.offset(bytes * 0.06 + 1));
    }

    @Property(tries = 1000)
    void binarySizesReadBackWithinTheirRounding(@ForAll @LongRange(min = 0, max = 1L << 50) long bytes) {
        String text = humanize(bytes, 1024, BINARY);
        assertThat((double) Units.humanizeSize(text)).as(text).isCloseTo(bytes, Offset.offset(bytes * 0.06 + 1));
    }

    @Property(tries = 300)
    void humanizeIsExactWhenThePrintingIsExact(@ForAll @LongRange(min = 10, max = 999) long n) {
        assertThat(Units.humanizeSize(n + " MB")).isEqualTo(n * 1_000_000);
        assertThat(Units.humanizeSize(n + " kB")).isEqualTo(n * 1_000);
        assertThat(Units.humanizeSize(n + " GiB")).isEqualTo(n << 30);
    }

    @Test
    void humanizeRefusesWhatGoHumanizeNeverPrints() {
        for (String s : List.of("", "MB", "5.", ".5 MB", "5 mb", "1.2.3 MB", "5 XB", "99999999999 EB", "5 MB/5 MB",
                "1" + "0".repeat(45) + " B")) {
            assertThat(Units.humanizeSize(s)).as(s).isEqualTo(-1);
        }
        assertThat(Units.humanizeSize("128MB")).isEqualTo(128_000_000);
        assertThat(Units.humanizeSize(" 0 B ")).isZero();
    }

    // ---- procps: free and top, on one machine at one moment ----

    /** A cell read back lies within one unit of its last printed digit of the exact value. */
    private static void withinLastDigit(String cell, long read, long exact, long unit) {
        int dot = cell.indexOf('.');
        int decimals = dot < 0 ? 0 : (int) cell.chars().skip(dot + 1).filter(Character::isDigit).count();
        double step = unit / Math.pow(10, decimals);
        assertThat((double) read).as(cell).isCloseTo(exact, Offset.offset(step));
    }

    private static String totalCell(String file, String rowStart, int index) {
        for (String line : Fixtures.read("memory/procps-units/" + file).split("\n")) {
            if (line.startsWith(rowStart)) {
                return line.substring(rowStart.length()).strip().split("\\s+")[index];
            }
        }
        throw new AssertionError("no " + rowStart + " in " + file);
    }

    @Test
    void freeTotalsInEveryUnitAreTheSameBytes() {
        long exact = Long.parseLong(totalCell("free_-b.txt", "Mem:", 0));
        assertThat(exact).isEqualTo(24684084L * 1024); // MemTotal at the time
        assertThat(Units.freeSize(totalCell("free_-k.txt", "Mem:", 0), Units.KIB)).isEqualTo(exact);
        withinLastDigit("x", Units.freeSize(totalCell("free_-m.txt", "Mem:", 0), Units.MIB), exact, Units.MIB);
        withinLastDigit("x", Units.freeSize(totalCell("free_-g.txt", "Mem:", 0), Units.GIB), exact, Units.GIB);
        String human = totalCell("free_-h.txt", "Mem:", 0);
        assertThat(human).isEqualTo("23Gi");
        withinLastDigit(human, Units.freeSize(human, Units.KIB), exact, Units.GIB);
        String si = totalCell("free_--si_-h.txt", "Mem:", 0);
        assertThat(si).isEqualTo("25G");
        withinLastDigit(si, Units.freeSize(si, Units.KIB, true), exact, 1_000_000_000L);
        assertThat(Units.freeSize(totalCell("free_-h.txt", "Swap:", 0), Units.KIB)).isZero(); // 0B
    }

    @Test
    void topSummaryTotalsInEveryUnitAreTheSameBytes() {
        long exact = 24684084L * 1024;
        for (String u : List.of("k", "m", "g")) {
            String file = "top_-E_" + u + ".txt";
            String unitName = u.toUpperCase(Locale.ROOT) + "iB";
            String cell = totalCell(file, unitName + " Mem :", 0);
            withinLastDigit(cell, Units.topSize(cell, Units.iecUnit(unitName)), exact, Units.iecUnit(unitName));
        }
    }

    @Test
    void topAndFreeDialects() {
        assertThat(Units.topSize("1.7g", Units.KIB)).isEqualTo((long) (1.7 * Units.GIB));
        assertThat(Units.topSize("220480", Units.KIB)).isEqualTo(220480L * 1024);
        assertThat(Units.topSize("11.3G", Units.KIB)).isEqualTo(new BigDecimal("11.3").multiply(BigDecimal.valueOf(Units.GIB)).longValue());
        assertThat(Units.topSize("1.5e", Units.KIB)).isEqualTo(Units.EIB + Units.EIB / 2);
        assertThat(Units.topSize("9e", Units.KIB)).isEqualTo(-1); // beyond 64 bits
        assertThat(Units.freeSize("5.2Gi", Units.KIB)).isEqualTo(new BigDecimal("5.2").multiply(BigDecimal.valueOf(Units.GIB)).longValue());
        assertThat(Units.freeSize("348Mi", Units.KIB)).isEqualTo(348 * Units.MIB);
        assertThat(Units.freeSize("0B", Units.KIB)).isZero();
        assertThat(Units.freeSize("15", Units.MIB)).isEqualTo(15 * Units.MIB);
        // procps before 3.3.13 printed binary sizes without the i (real-world blog-goinbigdata, gh-earlyoom20)
        assertThat(Units.freeSize("2.0G", Units.KIB)).isEqualTo(2 * Units.GIB);
        assertThat(Units.freeSize("566M", Units.KIB)).isEqualTo(566 * Units.MIB);
        assertThat(Units.freeSize("2.0G", Units.KIB, true)).isEqualTo(2_000_000_000L);
        for (String s : List.of("", "Gi", "1.2.3Gi", ".", "5 Gi", "5GiB", "-5", "5g")) {
            assertThat(Units.freeSize(s, Units.KIB)).as(s).isEqualTo(-1);
        }
        for (String s : List.of("", "g", "1.2.3g", "12kk", "5 g", "-5", "5b")) {
            assertThat(Units.topSize(s, Units.KIB)).as(s).isEqualTo(-1);
        }
        assertThat(Units.iecUnit("MiB")).isEqualTo(Units.MIB);
        assertThat(Units.iecUnit("MB")).isEqualTo(-1);
    }

    @Test
    void slabtopRoundsToTheNearestByte() {
        assertThat(Units.slabtopSize("0.04K")).isEqualTo(41); // 40.96
        assertThat(Units.slabtopSize("2292K")).isEqualTo(2292 * 1024);
        assertThat(Units.slabtopSize("1.5M")).isEqualTo(3 * Units.MIB / 2);
        assertThat(Units.slabtopSize("512")).isEqualTo(512);
        for (String s : List.of("", "K", ".", "1.2.3K", "5B", "NaN", "1e3K", "0x1p3", "1".repeat(25) + "K")) {
            assertThat(Units.slabtopSize(s)).as(s).isEqualTo(-1);
        }
    }

    @Test
    void pageSizeOptionsAndKilobytes() {
        assertThat(Units.pageSizeOption("16M")).isEqualTo(16 * Units.MIB);
        assertThat(Units.pageSizeOption("1G")).isEqualTo(Units.GIB);
        assertThat(Units.pageSizeOption("16777216")).isEqualTo(16 * Units.MIB);
        assertThat(Units.pageSizeOption("8388608T")).isEqualTo(-1); // beyond 64 bits
        assertThat(Units.pageSizeOption("16Mi")).isEqualTo(-1);
        assertThat(Units.kibToBytes(2048)).isEqualTo(2 * Units.MIB);
        assertThat(Units.kibToBytes(-1)).isEqualTo(-1);
        assertThat(Units.kibToBytes(Long.MAX_VALUE / 1000)).isEqualTo(-1);
    }

    // ---- Kubernetes quantities ----

    @Property
    void binarySuffixesAreExactPowersOfTwo(@ForAll @LongRange(min = 0, max = 1L << 30) long n) {
        assertThat(Units.quantity(n + "Ki").value()).isEqualByComparingTo(BigDecimal.valueOf(n << 10));
        assertThat(Units.quantity(n + "Mi").value()).isEqualByComparingTo(BigDecimal.valueOf(n << 20));
        assertThat(Units.quantity(n + "m").value()).isEqualByComparingTo(BigDecimal.valueOf(n, 3));
        assertThat(Units.quantity(n + "k").value()).isEqualByComparingTo(BigDecimal.valueOf(n * 1000));
    }

    /** Decimal suffixes and exponents scale the number exactly, as resource.Quantity defines them. */
    @Property(tries = 500)
    void decimalSuffixesAndExponentsAreExact(@ForAll @LongRange(min = -999_999, max = 999_999) long unscaled,
                                             @ForAll @IntRange(min = 0, max = 3) int scale,
                                             @ForAll("suffixes") String suffix) {
        BigDecimal mantissa = BigDecimal.valueOf(unscaled, scale);
        int exp = switch (suffix) {
            case "n" -> -9;
            case "u" -> -6;
            case "m" -> -3;
            case "" -> 0;
            case "k" -> 3;
            case "M" -> 6;
            case "G" -> 9;
            case "T" -> 12;
            case "P" -> 15;
            case "E" -> 18;
            default -> Integer.parseInt(suffix.substring(1));
        };
        assertThat(Units.quantity(mantissa.toPlainString() + suffix).value()).isEqualByComparingTo(mantissa.scaleByPowerOfTen(exp));
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.oneOf(Arbitraries.of("n", "u", "m", "", "k", "M", "G", "T", "P", "E"),
                Arbitraries.integers().between(-12, 12).map(e -> "e" + e),
                Arbitraries.integers().between(-12, 12).map(e -> "E" + e));
    }

    @Test
    void malformedQuantitiesSayWhatWasExpected() {
        assertThatThrownBy(() -> Units.quantity("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Units.quantity("Mi")).hasMessageContaining("does not start with a number");
        assertThatThrownBy(() -> Units.quantity("12MB")).hasMessageContaining("unknown suffix 'MB'");
        assertThatThrownBy(() -> Units.quantity("1..2")).hasMessageContaining("does not start with a number");
        assertThatThrownBy(() -> Units.quantity("1e5000")).hasMessageContaining("exponent out of range");
        assertThatThrownBy(() -> Units.quantity("1".repeat(100))).hasMessageContaining("more than 64 characters");
        assertThat(Units.tryQuantity("<unknown>")).isEmpty();
        assertThat(Units.quantity(" 4Gi ").text()).isEqualTo("4Gi");
    }

    @Test
    void sizesAsRuleFilesWriteThem() {
        assertThat(Units.writtenSize("8 GiB")).isEqualTo(8 * Units.GIB);
        assertThat(Units.writtenSize("100 MB")).isEqualTo(100_000_000);
        assertThat(Units.writtenSize("512kb")).isEqualTo(512_000);
        assertThat(Units.writtenSize("8Gi")).isEqualTo(8 * Units.GIB);
        assertThat(Units.writtenSize(" 8589934592 ")).isEqualTo(8 * Units.GIB);
        assertThatThrownBy(() -> Units.writtenSize("8 GB of RAM")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Units.writtenSize("0.5")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Units.writtenSize("16 EiB")).isInstanceOf(ArithmeticException.class);
    }

    // ---- writing ----

    @Property
    void binaryQuantityTextReadsBackExactly(@ForAll @LongRange(min = 0, max = 1L << 50) long bytes) {
        String text = Units.binaryQuantity(bytes);
        assertThat(Units.quantity(text).value()).isEqualByComparingTo(BigDecimal.valueOf(bytes));
    }

    @Test
    void writtenTheWayKubernetesAndKubectlWriteThem() {
        assertThat(Units.binaryQuantity(2L << 20)).isEqualTo("2Mi");
        assertThat(Units.binaryQuantity(16L << 30)).isEqualTo("16Gi");
        assertThat(Units.binaryQuantity(65536)).isEqualTo("64Ki");
        assertThat(Units.binaryQuantity(0)).isEqualTo("0");
        assertThat(Units.binaryQuantity(1000)).isEqualTo("1000");
        assertThat(Units.quantityLike(new BigDecimal(1197632L * 1024), "15272Mi").text()).isEqualTo("1197632Ki");
        assertThat(Units.quantityLike(new BigDecimal("0.850"), "386m").text()).isEqualTo("850m");
        assertThat(Units.quantityLike(new BigDecimal("3"), "1").text()).isEqualTo("3");
        assertThat(Units.wholeMebibytes(BigDecimal.valueOf(2452L << 20).add(BigDecimal.TEN))).isEqualTo("2452Mi");
        assertThat(Units.readable(1610612736)).isEqualTo("1.5 GiB");
        assertThat(Units.readable(512)).isEqualTo("512 B");
    }
}
