package dev.mga.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mga.core.spi.ParamType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamValuesTest {

    private static final ParamType STRINGS = ParamType.listOf(ParamType.STRING);

    @Test
    void typesReadAsWrittenInRuleFiles() {
        assertThat(ParamType.parse("list<list<string>>")).isEqualTo(ParamType.listOf(STRINGS));
        assertThat(ParamType.parse(" map<integer> ")).isEqualTo(ParamType.mapOf(ParamType.INTEGER));
        assertThat(ParamType.parse("map<integer>").toString()).isEqualTo("map<integer>");
        assertThatThrownBy(() -> ParamType.parse("list")).hasMessageContaining("'list' is not a parameter type");
        assertThatThrownBy(() -> ParamType.parse("set<string>")).hasMessageContaining("is not a parameter type");
    }

    @Test
    void percentsAreShares() {
        assertThat(ParamValues.parse(ParamType.PERCENT, "80%")).isEqualTo(0.8);
        assertThat(ParamValues.of(ParamType.PERCENT, 0.45)).isEqualTo(0.45);
        assertThat(ParamValues.of(ParamType.PERCENT, 1)).isEqualTo(1.0);
        assertThatThrownBy(() -> ParamValues.parse(ParamType.PERCENT, "85")).hasMessageContaining("outside 0 to 1");
        assertThatThrownBy(() -> ParamValues.parse(ParamType.PERCENT, "a lot")).hasMessageContaining("is not a share");
        assertThat(ParamValues.text(ParamType.PERCENT, 0.95)).isEqualTo("95%");
        assertThat(ParamValues.text(ParamType.PERCENT, 0.05)).isEqualTo("5%");
    }

    @Test
    void bytesTakeSizes() {
        assertThat(ParamValues.of(ParamType.BYTES, 2147483648L)).isEqualTo(2147483648L);
        assertThat(ParamValues.parse(ParamType.BYTES, "8Gi")).isEqualTo(8589934592L);
        assertThat(ParamValues.parse(ParamType.BYTES, "1.5 GiB")).isEqualTo(1610612736L);
        assertThat(ParamValues.parse(ParamType.BYTES, "100 MB")).isEqualTo(100_000_000L);
        assertThat(ParamValues.parse(ParamType.BYTES, "100M")).isEqualTo(100_000_000L);
        assertThat(ParamValues.parse(ParamType.BYTES, "20kB")).isEqualTo(20_000L);
        assertThat(ParamValues.parse(ParamType.BYTES, "512 B")).isEqualTo(512L);
        assertThatThrownBy(() -> ParamValues.parse(ParamType.BYTES, "-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> ParamValues.parse(ParamType.BYTES, "100m")).hasMessageContaining("is not a number of bytes");
        assertThatThrownBy(() -> ParamValues.parse(ParamType.BYTES, "lots")).hasMessageContaining("is not a number of bytes");
        assertThat(ParamValues.text(ParamType.BYTES, 8589934592L)).isEqualTo("8Gi");
        assertThat(ParamValues.text(ParamType.BYTES, 100_000_000L)).isEqualTo("100000000");
    }

    @Test
    void durationsTakeGoAndIsoForms() {
        assertThat(ParamValues.parse(ParamType.DURATION, "15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(ParamValues.parse(ParamType.DURATION, "1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(ParamValues.parse(ParamType.DURATION, "1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(ParamValues.parse(ParamType.DURATION, "PT2H")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> ParamValues.parse(ParamType.DURATION, "15")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> ParamValues.parse(ParamType.DURATION, "15 minutes")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> ParamValues.of(ParamType.DURATION, 15)).hasMessageContaining("is not a duration");
        assertThat(ParamValues.text(ParamType.DURATION, Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(ParamValues.text(ParamType.DURATION, Duration.ofMillis(1500))).isEqualTo("1s500ms");
    }

    @Test
    void scalarsAreStrict() {
        assertThat(ParamValues.of(ParamType.INTEGER, 1000)).isEqualTo(1000L);
        assertThat(ParamValues.parse(ParamType.INTEGER, "1_000_000")).isEqualTo(1_000_000L);
        assertThatThrownBy(() -> ParamValues.of(ParamType.INTEGER, 1.5)).hasMessageContaining("1.5 is not a whole number");
        assertThat(ParamValues.of(ParamType.NUMBER, 1.5)).isEqualTo(1.5);
        assertThatThrownBy(() -> ParamValues.parse(ParamType.NUMBER, "NaN")).hasMessageContaining("is not a number");
        assertThat(ParamValues.parse(ParamType.BOOLEAN, "true")).isEqualTo(true);
        assertThatThrownBy(() -> ParamValues.of(ParamType.STRING, 12)).hasMessageContaining("12 is not text");
        assertThat(ParamValues.parse(ParamType.STRING, " as is ")).isEqualTo(" as is ");
    }

    @Test
    void listsAndMapsCheckEachItem() {
        assertThat(ParamValues.parse(STRINGS, "kmalloc-, dma-kmalloc-")).isEqualTo(List.of("kmalloc-", "dma-kmalloc-"));
        assertThat(ParamValues.parse(STRINGS, "[a, 'b, c']")).isEqualTo(List.of("a", "b, c"));
        assertThat(ParamValues.parse(ParamType.listOf(STRINGS), "[[a, b], [c, d]]")).isEqualTo(List.of(List.of("a", "b"), List.of("c", "d")));
        ParamType limits = ParamType.mapOf(ParamType.INTEGER);
        assertThat(ParamValues.parse(limits, "{pods: 1000, secrets: 80000}")).isEqualTo(Map.of("pods", 1000L, "secrets", 80000L));
        assertThatThrownBy(() -> ParamValues.parse(limits, "{pods: many}")).hasMessageContaining("key 'pods': 'many' is not a whole number");
        assertThatThrownBy(() -> ParamValues.parse(limits, "pods=1")).hasMessageContaining("write it as {key: value, ...}");
        assertThatThrownBy(() -> ParamValues.of(ParamType.listOf(ParamType.INTEGER), List.of(1, "x")))
                .hasMessageContaining("item 2: 'x' is not a whole number");
        assertThat(ParamValues.text(limits, Map.of("pods", 1L))).isEqualTo("{pods: 1}");
    }
}
