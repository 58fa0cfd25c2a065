package dev.mga.core.klog;

import dev.mga.core.model.klog.KlogLogSummary;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;

/** Reads a component log into one {@link KlogLogSummary}, streaming; 0 bytes give none (an empty log). */
public final class KlogLogParser implements ArtifactParser {

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        KlogReader reader = new KlogReader(input, context);
        KlogSummaryBuilder summary = new KlogSummaryBuilder();
        reader.read(summary);
        if (reader.lines() > 0) {
            // a log with no klog line is still read: its lines are counted (a pod log's path names it)
            context.emit(summary.build(input, reader));
        }
    }
}
