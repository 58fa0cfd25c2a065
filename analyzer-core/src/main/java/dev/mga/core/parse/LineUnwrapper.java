package dev.mga.core.parse;

import dev.mga.core.spi.LineEnvelope;
import java.nio.charset.StandardCharsets;

/**
 * The envelope layer for readers that cut their own lines (etcdctl output mixes text lines with JSON
 * documents of any length, so it cannot go through {@link EnvelopeLines}): one line at a time, no
 * joining of partial lines. Reused for the lines of one entry; not thread-safe.
 */
public final class LineUnwrapper {

    /** A line out of its envelopes: the inner text and what was removed (a prompt or a journal note keeps its text). */
    public record Unwrapped(String text, LineEnvelope envelope) {
        public boolean isPrompt() {
            return envelope.prompt();
        }

        public boolean isContent() {
            return envelope.content();
        }
    }

    private final EnvelopeScan scan = new EnvelopeScan();

    /** {@code line} without its envelopes. */
    public Unwrapped unwrap(String line) {
        if (line.isEmpty() || !mayOpen(line.charAt(0))) {
            return new Unwrapped(line, LineEnvelope.NONE); // a key, a table row, a "Field" : value line
        }
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        scan.scan(b, 0, b.length, false);
        if (!scan.any()) {
            return new Unwrapped(line, LineEnvelope.NONE);
        }
        String text = scan.decoded ? new String(scan.decodedBytes, 0, scan.decodedLength, StandardCharsets.UTF_8)
                : new String(b, scan.inner, scan.innerEnd - scan.inner, StandardCharsets.UTF_8);
        return new Unwrapped(text, scan.envelope(b, 0));
    }

    /** Whether an envelope can start with {@code c}: no envelope starts with {@code / | + " }. */
    private static boolean mayOpen(char c) {
        return c != '/' && c != '|' && c != '+' && c != '"';
    }

    /** True when a shell prompt starts at {@code b[from]} on a line that ends at or after {@code to}. */
    public static boolean promptAt(byte[] b, int from, int to) {
        return ShellPrompt.end(b, from, to) >= 0;
    }
}
