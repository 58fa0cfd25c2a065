package dev.mga.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.model.CaptureTime;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import dev.mga.core.testing.Parsing;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MustGatherTimestampTest {

    private final ArtifactType type = ArtifactTypes.discover().byId("capture.must-gather-timestamp").orElseThrow();

    @Test
    void realFileInUtcGivesTheStartAndTheEnd() {
        Parsing p = Parsing.fixture(type.parser(), "capture/must-gather-timestamp/utc/timestamp");
        assertThat(p.diagnostics).isEmpty();
        assertThat(p.all(CaptureTime.class)).extracting(CaptureTime::at).containsExactly(
                OffsetDateTime.parse("2026-11-25T21:14:09.814768599Z"), OffsetDateTime.parse("2026-11-25T21:14:11.315149512Z"));
        CaptureTime end = p.all(CaptureTime.class).get(1);
        assertThat(end.location().line()).isEqualTo(2);
        assertThat(end.excerpt()).isEqualTo("2026-11-25 21:14:11.315149512 +0000 UTC m=+1.500479698");
        assertThat(end.source()).isEqualTo("must-gather timestamp");
    }

    @Test
    void realFileInAZoneWithAnOffsetKeepsIt() {
        CaptureTime start = Parsing.fixture(type.parser(), "capture/must-gather-timestamp/cet/timestamp").all(CaptureTime.class).get(0);
        assertThat(start.at()).isEqualTo(OffsetDateTime.parse("2026-11-25T22:14:11.673779576+01:00"));
        assertThat(start.time()).isEqualTo("2026-11-25T22:14:11.673779576+01:00");
    }

    @Test
    void everyFormGoPrintsAndWhatItDoesNot() {
        // a whole second has no fraction; a zone without abbreviation repeats its offset; no monotonic part
        assertThat(GoTime.parse("2024-01-02 03:04:05 +0300 +03")).isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05+03:00"));
        assertThat(GoTime.parse("2024-07-01 10:00:00.5 -0430 -0430 m=-12.000000001"))
                .isEqualTo(OffsetDateTime.parse("2024-07-01T10:00:00.5-04:30"));
        assertThat(GoTime.parse("2024-07-01T10:00:00Z")).isNull();
        assertThat(GoTime.parse("2024-02-30 10:00:00 +0000 UTC")).as("no such day").isNull();
        assertThat(GoTime.parse("2024-07-01 10:00:00 +0000 UTC trailing")).isNull();
    }

    @Test
    void badLinesAreDiagnosedWithTheirLineAndTheRestIsRead() {
        Parsing p = Parsing.run(type.parser(), "mg/timestamp", "2026-11-25 21:14:09.8 +0000 UTC\nnot a time\n\n"
                + "2026-11-25 21:20:00 +0000 UTC\n");
        assertThat(p.all(CaptureTime.class)).hasSize(2);
        assertThat(p.diagnostics).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).contains("expected e.g. '2026-11-25 21:14:09.814768599 +0000 UTC");
        });
    }

    @Test
    void onlyGoTimesAreTakenForATimestampFile() {
        assertThat(type.accepts(ContentSample.of("2026-11-25 21:14:09.814768599 +0000 UTC m=+0.000098785\n"))).isTrue();
        assertThat(type.accepts(ContentSample.of("1732569249\n"))).as("an epoch written by another tool").isFalse();
        assertThat(type.accepts(ContentSample.of(""))).isFalse();
        assertThat(type.sniff(ContentSample.of("2026-11-25 21:14:09 +0000 UTC\nI1125 16:42:09.283140 1 x.go:1] y\n"))).isFalse();
    }
}
