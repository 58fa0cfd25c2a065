package dev.mga.bench;

import dev.mga.core.parse.EnvelopeLines;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.CaptureEntry;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/** Runs a parser over an in-memory capture the way the pipeline does, records going to a blackhole. */
public final class BenchInputs {

    private BenchInputs() {
    }

    public static long parse(ArtifactParser parser, String path, byte[] content, Blackhole bh) throws IOException {
        CaptureEntry entry = new CaptureEntry("bench", path, path, content.length, 0);
        long[] records = new long[1];
        ParseContext ctx = new ParseContext() {
            @Override
            public void emit(Object record) {
                records[0]++;
                bh.consume(record);
            }

            @Override
            public void diagnostic(long line, String message) {
                bh.consume(message);
            }
        };
        parser.parse(new ParseInput(entry, new ByteArrayInputStream(content), "", Map.of(), 1 << 20, EnvelopeLines::open), ctx);
        return records[0];
    }
}
