package dev.mga.core.capture;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/**
 * The {@code timestamp} file {@code oc adm must-gather} writes at the top of its output folder:
 * the time the gathering started and the time it ended, one line each, as Go prints
 * {@code time.Now()} (oc's {@code logTimestamp}: {@code fmt.Sprintf("%v\n", time.Now())}). It
 * gives a year to the klog times of the same input that have none.
 */
public final class MustGatherTimestampType implements ArtifactType {

    private final MustGatherTimestampParser parser = new MustGatherTimestampParser();

    @Override
    public String id() {
        return "capture.must-gather-timestamp";
    }

    @Override
    public String family() {
        return "capture";
    }

    @Override
    public String description() {
        return "must-gather timestamp file (when the gathering started and ended)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/timestamp");
    }

    /** Other tools write files named timestamp too: only Go's time format is this one. */
    @Override
    public boolean accepts(ContentSample sample) {
        return sniff(sample);
    }

    @Override
    public boolean sniff(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(4);
        return !lines.isEmpty() && lines.stream().allMatch(l -> GoTime.parse(l.strip()) != null);
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
