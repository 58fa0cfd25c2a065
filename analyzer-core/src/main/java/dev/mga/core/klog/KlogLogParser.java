package dev.mga.core.klog;

import dev.mga.core.model.klog.KlogLogSummary;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;

/** Reads a component log into one {@link KlogLogSummary}, streaming. */
public final class KlogLogParser implements ArtifactParser {

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        KlogReader reader = new KlogReader(input, context);
        KlogSummaryBuilder summary = new KlogSummaryBuilder();
        reader.read(summary);
        if (!summary.isEmpty()) {
            context.emit(summary.build(input, reader));
        }
    }
}
