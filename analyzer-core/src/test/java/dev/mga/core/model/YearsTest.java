package dev.mga.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.model.klog.KlogCounts;
import dev.mga.core.model.klog.KlogFormat;
import dev.mga.core.model.klog.KlogLogSource;
import dev.mga.core.model.klog.KlogLogSummary;
import dev.mga.core.model.klog.KlogMessageCount;
import dev.mga.core.model.klog.KlogSeverity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearsTest {

    @Test
    void aTimeTakesTheCapturesYearUnlessItWouldBeLaterThanTheCapture() {
        Years jan2 = new Years(LocalDate.of(2025, 1, 2));
        assertThat(jan2.complete("01-02 08:00:00.000001")).isEqualTo("2025-01-02T08:00:00.000001");
        assertThat(jan2.complete("01-01 23:59:59.999999")).isEqualTo("2025-01-01T23:59:59.999999");
        assertThat(jan2.complete("12-31 23:59:59.999999")).isEqualTo("2024-12-31T23:59:59.999999");
        assertThat(jan2.complete("01-03 00:00:00.000000")).as("a day after the capture: last year's").isEqualTo("2024-01-03T00:00:00.000000");
    }

    @Test
    void timesWithAYearOrNoneAtAllAreLeftAsTheyAre() {
        Years y = new Years(LocalDate.of(2026, 11, 25));
        assertThat(y.complete("2024-06-12T09:58:03.101214")).isEqualTo("2024-06-12T09:58:03.101214");
        assertThat(y.complete("")).isEmpty();
        assertThat(y.complete("2024-06-12T09:58:03.101255512Z")).isEqualTo("2024-06-12T09:58:03.101255512Z");
    }

    @Test
    void theModelCompletesYearlessRecordsFromTheLatestCaptureTime() {
        Location at = new Location("in", "x.log", 1);
        KlogMessageCount m = new KlogMessageCount(KlogSeverity.ERROR, "boom", "x.go:1", 2, "12-30 10:00:00.000000",
                "12-31 10:00:00.000000", at, "E1230 …", at);
        KlogLogSummary s = new KlogLogSummary(new KlogLogSource("", "", "", "x.log", false, ""), KlogFormat.TEXT,
                new KlogCounts(3, 3, 1, 0, 2, 0, 0), "12-30 09:00:00.000000", "01-01 10:00:00.000000", List.of(m), 1, at);

        CaptureModel.Builder without = CaptureModel.builder("in");
        without.add(s);
        assertThat(without.build().all(KlogLogSummary.class)).containsExactly(s);

        CaptureModel.Builder with = CaptureModel.builder("in");
        with.add(new CaptureTime("2025-01-01T10:00:00Z", "must-gather timestamp", at, "start"));
        with.add(s);
        with.add(new CaptureTime("2025-01-02T10:00:00Z", "must-gather timestamp", at, "end"));
        KlogLogSummary done = with.build().all(KlogLogSummary.class).get(0);
        assertThat(done.firstTime()).isEqualTo("2024-12-30T09:00:00.000000");
        assertThat(done.lastTime()).isEqualTo("2025-01-01T10:00:00.000000");
        assertThat(done.topErrors().get(0).firstTime()).isEqualTo("2024-12-30T10:00:00.000000");
        assertThat(done.topErrors().get(0).lastTime()).isEqualTo("2024-12-31T10:00:00.000000");
        assertThat(done.counts().errors()).isEqualTo(2);
    }
}
