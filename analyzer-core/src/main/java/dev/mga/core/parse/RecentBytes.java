package dev.mga.core.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An input stream that remembers the last bytes it delivered (a bounded window), so that a streaming
 * parser's byte offsets (Jackson's {@code getByteOffset()}) can be turned back into the capture's own
 * text for evidence: a JSON value is cited as written, never re-serialised ({@code "ts":1700000000.1234567}
 * stays that, not {@code 1.7000000001234567E9}). Memory stays bounded whatever the input's size.
 */
public final class RecentBytes extends FilterInputStream {

    private final byte[] ring;
    private long delivered;

    /** @param window how many of the last bytes stay available (a value that ends further back is not) */
    public RecentBytes(InputStream in, int window) {
        super(in);
        this.ring = new byte[window];
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            ring[(int) (delivered++ % ring.length)] = (byte) b;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        for (int i = 0; i < n; i++) {
            ring[(int) ((delivered + i) % ring.length)] = b[off + i];
        }
        if (n > 0) {
            delivered += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes are not remembered: read them through the window instead
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        int r = read(sink, 0, sink.length);
        return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * The text of the bytes at stream offsets {@code [from, to)}, cut after {@code max} characters
     * (then ending with {@code …}), or null when they are no longer (or not yet) in the window.
     */
    public String text(long from, long to, int max) {
        if (from < 0 || to < from || to > delivered || from < delivered - ring.length) {
            return null;
        }
        int n = (int) Math.min(to - from, (long) max * 4);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = ring[(int) ((from + i) % ring.length)];
        }
        String s = new String(out, StandardCharsets.UTF_8);
        boolean cut = n < to - from;
        if (s.length() > max) {
            s = s.substring(0, max);
            cut = true;
        }
        if (cut) {
            // a character cut in the middle of its UTF-8 bytes decodes as U+FFFD: not the capture's bytes
            while (!s.isEmpty() && s.charAt(s.length() - 1) == '\uFFFD') {
                s = s.substring(0, s.length() - 1);
            }
            if (!s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1))) {
                s = s.substring(0, s.length() - 1);
            }
            return s + "…";
        }
        return s;
    }

    /** How many bytes were delivered so far (the offset of the next one). */
    public long position() {
        return delivered;
    }
}
