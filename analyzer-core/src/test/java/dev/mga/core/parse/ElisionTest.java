package dev.mga.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElisionTest {

    @ParameterizedTest
    @ValueSource(strings = {"...", "......", "  ...  ", "…", "……", "[...]", "[…]", "(...)", "<snip>", "[snip]", "<snipped>", "# [...]", "#  ..."})
    void markersAPosterLeavesInAPaste(String line) {
        assertThat(Elision.is(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "..", ".", "[]", "()", "... 12 more", "[rollup]", "(none)", "<not-available>",
        ".alloc_fair_sched_group+0x1c/0x240", "MemTotal:       16268028 kB", "[..]", "# name", "#", "# # [...]"})
    void contentIsNot(String line) {
        assertThat(Elision.is(line)).isFalse();
    }
}
