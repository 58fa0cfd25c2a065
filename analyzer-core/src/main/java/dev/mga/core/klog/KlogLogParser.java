package dev.mga.core.klog;

import dev.mga.core.model.klog.KlogLogSummary;
import dev.mga.core.model.klog.KubeletEvictions;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;

/**
 * Reads a component log into one {@link KlogLogSummary}, streaming, and into {@link KubeletEvictions}
 * when it holds the kubelet eviction manager's lines; 0 bytes give nothing (an empty log).
 */
public final class KlogLogParser implements ArtifactParser {

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        KlogReader reader = new KlogReader(input, context);
        KlogSummaryBuilder summary = new KlogSummaryBuilder();
        KubeletEvictionsBuilder evictions = new KubeletEvictionsBuilder();
        reader.read(new KlogReader.Sink() {
            @Override
            public boolean countsInfoOnly() {
                return true;
            }

            @Override
            public void infoCounted() {
                summary.infoCounted();
            }

            @Override
            public boolean decodesInfoFrom(byte[] b, int from, int to) {
                return KubeletEvictionsBuilder.isEvictionManager(b, from, to);
            }

            @Override
            public void accept(KlogLine line) {
                summary.accept(line);
                evictions.accept(line);
            }
        });
        if (reader.lines() > 0) {
            // a log with no klog line is still read: its lines are counted (a pod log's path names it)
            KlogLogSummary s = summary.build(input, reader);
            context.emit(s);
            if (!evictions.isEmpty()) {
                context.emit(evictions.build(s.source().host(), s.component()));
            }
        }
    }
}
