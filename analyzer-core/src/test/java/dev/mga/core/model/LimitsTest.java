package dev.mga.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void theBuilderStartsFromTheDefaultsAndChangesOnlyWhatIsSet() {
        Limits l = Limits.builder().maxEntries(10).maxLineLength(4096).build();
        Limits d = Limits.defaults();
        assertThat(l).isEqualTo(new Limits(d.maxTotalBytes(), d.maxEntryBytes(), 10, d.maxCompressionRatio(),
                d.ratioGraceBytes(), d.maxNestingDepth(), 4096));
        assertThat(l.toBuilder().maxEntries(20).build().maxEntries()).isEqualTo(20);
        assertThat(Limits.builder().build()).isEqualTo(d);
    }

    @Test
    void buildChecksTheLimitsTogether() {
        assertThatThrownBy(() -> Limits.builder().maxCompressionRatio(1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratio > 1");
        assertThatThrownBy(() -> Limits.builder().maxLineLength(79).build()).hasMessageContaining("line length >= 80");
        assertThatThrownBy(() -> Limits.builder().maxEntries(0).build()).hasMessageContaining("must be positive");
    }
}
