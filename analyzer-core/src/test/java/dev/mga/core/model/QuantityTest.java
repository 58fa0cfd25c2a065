package dev.mga.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Values as Kubernetes' resource.Quantity gives them (k8s.io/apimachinery/pkg/api/resource). */
class QuantityTest {

    @Test
    void seedValues() {
        assertThat(Quantity.parse("1894m").milliValue()).isEqualTo(1894);
        assertThat(Quantity.parse("15272Mi").longValue()).isEqualTo(15272L << 20);
        assertThat(Quantity.parse("1197632Ki").longValue()).isEqualTo(1197632L * 1024);
        assertThat(Quantity.parse("16652928Ki").longValue()).isEqualTo(17052598272L);
        assertThat(Quantity.parse("4Gi").longValue()).isEqualTo(4L << 30);
        assertThat(Quantity.parse("115586611009").longValue()).isEqualTo(115586611009L);
        assertThat(Quantity.parse("7500m").longValue()).isEqualTo(8);
        assertThat(Quantity.parse("0").isZero()).isTrue();
    }

    @Test
    void decimalSuffixesExponentsAndSigns() {
        assertThat(Quantity.parse("1k").value()).isEqualByComparingTo("1000");
        assertThat(Quantity.parse("1M").value()).isEqualByComparingTo("1000000");
        assertThat(Quantity.parse("1e3").value()).isEqualByComparingTo("1000");
        assertThat(Quantity.parse("1E-2").value()).isEqualByComparingTo("0.01");
        assertThat(Quantity.parse("0.5").milliValue()).isEqualTo(500);
        assertThat(Quantity.parse(".5Gi").longValue()).isEqualTo(1L << 29);
        assertThat(Quantity.parse("+3").value()).isEqualByComparingTo("3");
        assertThat(Quantity.parse("-1.5k").value()).isEqualByComparingTo("-1500");
        assertThat(Quantity.parse("100n").value()).isEqualByComparingTo(new BigDecimal("0.0000001"));
        assertThat(Quantity.parse("1Gi").compareTo(Quantity.parse("1G"))).isPositive();
    }

    @Test
    void malformedQuantitiesSayWhatWasExpected() {
        assertThatThrownBy(() -> Quantity.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Quantity.parse("Mi")).hasMessageContaining("does not start with a number");
        assertThatThrownBy(() -> Quantity.parse("12MB")).hasMessageContaining("unknown suffix 'MB'");
        assertThatThrownBy(() -> Quantity.parse("1..2")).hasMessageContaining("does not start with a number");
        assertThat(Quantity.tryParse("<unknown>")).isEmpty();
    }

    @Property
    void binarySuffixesAreExactPowersOfTwo(@ForAll @LongRange(min = 0, max = 1L << 30) long n) {
        assertThat(Quantity.parse(n + "Ki").longValue()).isEqualTo(n << 10);
        assertThat(Quantity.parse(n + "Mi").longValue()).isEqualTo(n << 20);
        assertThat(Quantity.parse(n + "m").milliValue()).isEqualTo(n);
        assertThat(Quantity.parse(n + "k").longValue()).isEqualTo(n * 1000);
    }

    /** Decimal suffixes and exponents scale the number exactly, as resource.Quantity defines them. */
    @Property(tries = 500)
    void decimalSuffixesAndExponentsAreExact(@ForAll @LongRange(min = -999_999, max = 999_999) long unscaled,
                                             @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int scale,
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
        Quantity q = Quantity.parse(mantissa.toPlainString() + suffix);
        assertThat(q.value()).isEqualByComparingTo(mantissa.scaleByPowerOfTen(exp));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> suffixes() {
        return net.jqwik.api.Arbitraries.oneOf(net.jqwik.api.Arbitraries.of("n", "u", "m", "", "k", "M", "G", "T", "P", "E"),
                net.jqwik.api.Arbitraries.integers().between(-12, 12).map(e -> "e" + e),
                net.jqwik.api.Arbitraries.integers().between(-12, 12).map(e -> "E" + e));
    }
}
