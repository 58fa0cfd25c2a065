package dev.mga.core.capture;

import dev.mga.core.spi.ContentSample;
import java.util.List;

/** How the capture family recognises its artifacts by content (see {@link CaptureFamily}). */
final class CaptureSniffers {

    private CaptureSniffers() {
    }

    /**
     * A must-gather {@code timestamp} file: its first lines all Go {@code time.Now()} values. Other tools
     * write files named timestamp too: only Go's time format is this one.
     */
    static boolean mustGatherTimestamp(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(4);
        return !lines.isEmpty() && lines.stream().allMatch(l -> GoTime.parse(l.strip()) != null);
    }
}
