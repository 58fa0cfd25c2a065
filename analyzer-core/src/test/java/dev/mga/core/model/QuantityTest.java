package dev.mga.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.parse.Units;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Values as Kubernetes' resource.Quantity gives them (k8s.io/apimachinery/pkg/api/resource): the
 * record's whole-number and milli views, and its order. The reading itself, its properties and its
 * errors are in {@code parse.UnitsTest}.
 */
class QuantityTest {

    @Test
    void seedValues() {
        assertThat(Units.quantity("1894m").milliValue()).isEqualTo(1894);
        assertThat(Units.quantity("15272Mi").longValue()).isEqualTo(15272L << 20);
        assertThat(Units.quantity("1197632Ki").longValue()).isEqualTo(1197632L * 1024);
        assertThat(Units.quantity("16652928Ki").longValue()).isEqualTo(17052598272L);
        assertThat(Units.quantity("4Gi").longValue()).isEqualTo(4L << 30);
        assertThat(Units.quantity("115586611009").longValue()).isEqualTo(115586611009L);
        assertThat(Units.quantity("7500m").longValue()).isEqualTo(8);
        assertThat(Units.quantity("0").isZero()).isTrue();
    }

    @Test
    void decimalSuffixesExponentsAndSigns() {
        assertThat(Units.quantity("1k").value()).isEqualByComparingTo("1000");
        assertThat(Units.quantity("1M").value()).isEqualByComparingTo("1000000");
        assertThat(Units.quantity("1e3").value()).isEqualByComparingTo("1000");
        assertThat(Units.quantity("1E-2").value()).isEqualByComparingTo("0.01");
        assertThat(Units.quantity("0.5").milliValue()).isEqualTo(500);
        assertThat(Units.quantity(".5Gi").longValue()).isEqualTo(1L << 29);
        assertThat(Units.quantity("+3").value()).isEqualByComparingTo("3");
        assertThat(Units.quantity("-1.5k").value()).isEqualByComparingTo("-1500");
        assertThat(Units.quantity("100n").value()).isEqualByComparingTo(new BigDecimal("0.0000001"));
        assertThat(Units.quantity("1Gi").compareTo(Units.quantity("1G"))).isPositive();
    }
}
