package dev.mga.core.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.Severity;
import org.junit.jupiter.api.Test;

/** The judgement of one memory.available threshold against one node, away from any capture. */
class KubeletEvictionThresholdRuleTest {

    private static final long GI = 1L << 30;
    private static final long MI = 1L << 20;
    private static final double WARN = 0.5;

    @Test
    void aThresholdAboveWhatIsLeftForPodsIsCritical() {
        // 16 GiB node, 1 GiB reserved: 15 GiB left for pods
        KubeletEvictionThresholdRule.Verdict v = KubeletEvictionThresholdRule.verdict("15Gi", 16 * GI, 0, GI, WARN);
        assertThat(v.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(v.forPodsBytes()).isEqualTo(15 * GI);
        assertThat(KubeletEvictionThresholdRule.verdict("15Gi", 16 * GI, 0, GI + 1, WARN).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(KubeletEvictionThresholdRule.verdict("15Gi", 16 * GI, 0, GI - MI, WARN).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void hugePagesLeaveLessForTheThreshold() {
        // 8 GiB of huge pages and 1 GiB reserved leave 7 GiB: a 7Gi threshold takes it all
        assertThat(KubeletEvictionThresholdRule.verdict("7Gi", 16 * GI, 8 * GI, GI, WARN).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(KubeletEvictionThresholdRule.verdict("7Gi", 16 * GI, 0, GI, WARN)).isNull();
    }

    @Test
    void aPercentageIsOfCapacityAndWarnsFromTheShare() {
        assertThat(KubeletEvictionThresholdRule.verdict("90%", 16 * GI, 0, GI, WARN).severity()).isEqualTo(Severity.WARNING);
        assertThat(KubeletEvictionThresholdRule.verdict("95%", 16 * GI, 0, GI, WARN).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(KubeletEvictionThresholdRule.verdict("50%", 16 * GI, 0, GI, WARN).severity()).isEqualTo(Severity.WARNING);
        assertThat(KubeletEvictionThresholdRule.verdict("49%", 16 * GI, 0, GI, WARN)).isNull();
    }

    @Test
    void documentedValuesAndDisabledThresholdsStayQuiet() {
        for (String t : new String[] {"100Mi", "500Mi", "1Gi", "1.5Gi", "10%", "0%", "100%", "0", "not-a-quantity"}) {
            assertThat(KubeletEvictionThresholdRule.verdict(t, 16 * GI, 0, GI, WARN)).as(t).isNull();
        }
        assertThat(KubeletEvictionThresholdRule.percentage("250%")).isEqualTo(2.5);
        assertThat(KubeletEvictionThresholdRule.percentage("100Mi")).isEqualTo(-1);
    }

    @Test
    void aNodeWithoutCapacityIsNotJudged() {
        assertThat(KubeletEvictionThresholdRule.verdict("16Gi", 0, 0, GI, WARN)).isNull();
        assertThat(KubeletEvictionThresholdRule.verdict("16Gi", 4 * GI, 4 * GI, 0, WARN)).isNull();
    }
}
