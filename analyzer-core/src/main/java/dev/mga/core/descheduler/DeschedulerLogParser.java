package dev.mga.core.descheduler;

import dev.mga.core.klog.KlogLine;
import dev.mga.core.klog.KlogReader;
import dev.mga.core.klog.KlogSummaryBuilder;
import dev.mga.core.klog.PodLogPath;
import dev.mga.core.model.descheduler.DeschedulerLog;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;

/**
 * Reads a descheduler pod log in one pass into a {@link DeschedulerLog} and, like any component
 * log, a {@link dev.mga.core.model.klog.KlogLogSummary} (so its errors count with the other components').
 */
public final class DeschedulerLogParser implements ArtifactParser {

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        KlogReader reader = new KlogReader(input, context);
        KlogSummaryBuilder summary = new KlogSummaryBuilder();
        DeschedulerLogBuilder descheduler = new DeschedulerLogBuilder();
        reader.read((KlogLine line) -> {
            summary.accept(line);
            descheduler.accept(line);
        });
        if (reader.lines() > 0) {
            context.emit(summary.build(input, reader));
        }
        if (descheduler.isEmpty()) {
            return;
        }
        PodLogPath where = PodLogPath.of(input.entry().detectName());
        context.emit(descheduler.build(input, where.namespace(), where.pod(), where.previous()));
    }
}
