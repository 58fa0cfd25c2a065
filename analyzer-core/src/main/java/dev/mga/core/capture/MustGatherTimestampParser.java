package dev.mga.core.capture;

import dev.mga.core.model.CaptureTime;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.time.OffsetDateTime;

/** Each line of a must-gather {@code timestamp} file becomes a {@link CaptureTime}. */
final class MustGatherTimestampParser implements ArtifactParser {

    /** oc writes two lines (start and end); a file of more is not one it wrote. */
    static final int MAX_LINES = 100;

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String line;
        int times = 0;
        while ((line = lines.nextContent()) != null) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (++times > MAX_LINES) {
                context.diagnostic(lines.lineNumber(), "more than " + MAX_LINES + " lines; the rest is not read");
                return;
            }
            OffsetDateTime at = GoTime.parse(t);
            if (at == null) {
                context.diagnostic(lines.lineNumber(), "not a time as oc writes it (expected e.g. "
                        + "'2026-11-25 21:14:09.814768599 +0000 UTC m=+0.000098785')");
                continue;
            }
            context.emit(new CaptureTime(at.toString(), "must-gather timestamp", input.location(lines.lineNumber()), line));
        }
    }
}
