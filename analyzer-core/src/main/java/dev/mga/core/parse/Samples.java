package dev.mga.core.parse;

import dev.mga.core.spi.ContentSample;
import dev.mga.core.spi.Lines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Content samples as detection sees them: through the envelope layer ({@link EnvelopeLines}). Registered
 * as the {@link ContentSample.Unwrapper} service, so that {@code new ContentSample(…)} and
 * {@link ContentSample#of(String)} see through envelopes too.
 */
public final class Samples implements ContentSample.Unwrapper {

    private static final ContentSample.Unwrapper UNWRAPPER = new Samples();

    /** The service instance; {@link #of} gives samples. */
    public Samples() {
    }

    @Override
    public List<ContentSample.Line> lines(byte[] head, int length) {
        return unwrap(head, length);
    }

    /** The sample of an entry's first {@code length} bytes; {@code complete} when the entry ends there. */
    public static ContentSample of(byte[] head, int length, boolean complete) {
        return new ContentSample(head, length, complete, UNWRAPPER);
    }

    /** A whole entry's text. */
    public static ContentSample of(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return of(b, b.length, true);
    }

    private static List<ContentSample.Line> unwrap(byte[] head, int length) {
        List<ContentSample.Line> out = new ArrayList<>();
        Lines lines = EnvelopeLines.open(new ByteArrayInputStream(head, 0, length), length + 1, length);
        try {
            while (lines.advance()) {
                out.add(new ContentSample.Line(lines.raw(), lines.string(), lines.envelope(), true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        if (!out.isEmpty() && length > 0 && head[length - 1] != '\n') {
            ContentSample.Line last = out.remove(out.size() - 1);
            out.add(new ContentSample.Line(last.raw(), last.text(), last.envelope(), false));
        }
        return out;
    }
}
