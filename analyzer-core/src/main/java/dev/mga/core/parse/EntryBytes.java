package dev.mga.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry read whole for a parser worker: its bytes in chunks of at most {@value #CHUNK} bytes,
 * so that a multi-MiB entry never becomes one humongous object for G1 on a small heap (regions of
 * 1 MiB under {@code -Xmx256m}; an array of half a region or more is humongous and costs a
 * concurrent cycle). When the stream broke while it was read, the bytes read come first, then
 * the same error, as the parser would have met it streaming.
 */
final class EntryBytes extends InputStream {

    static final int CHUNK = 128 << 10;

    private final List<byte[]> chunks;
    private final long length;
    private final Exception failure;
    private int chunk;
    private int pos;
    private long offset;
    private int markChunk;
    private int markPos;
    private long markOffset;
    private boolean thrown;

    private EntryBytes(List<byte[]> chunks, long length, Exception failure) {
        this.chunks = chunks;
        this.length = length;
        this.failure = failure;
    }

    /** Reads up to {@code limit} bytes of {@code in}; an error of the stream is kept, not thrown. */
    static EntryBytes read(InputStream in, long limit) {
        List<byte[]> chunks = new ArrayList<>();
        long total = 0;
        Exception failure = null;
        byte[] current = null;
        int filled = 0;
        try {
            while (total < limit) {
                if (current == null || filled == current.length) {
                    current = new byte[(int) Math.min(CHUNK, limit - total)];
                    chunks.add(current);
                    filled = 0;
                }
                int r = in.read(current, filled, current.length - filled);
                if (r < 0) {
                    break;
                }
                filled += r;
                total += r;
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        return new EntryBytes(chunks, total, failure);
    }

    long length() {
        return length;
    }

    Exception failure() {
        return failure;
    }

    /** Whether a reader met the stream's error (not counting a peek that was reset). */
    boolean thrown() {
        return thrown;
    }

    @Override
    public int read() throws IOException {
        if (offset >= length) {
            return end();
        }
        byte[] c = chunks.get(chunk);
        int v = c[pos] & 0xff;
        advance(c, 1);
        return v;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (offset >= length) {
            return end();
        }
        byte[] c = chunks.get(chunk);
        int k = (int) Math.min(Math.min(len, c.length - pos), length - offset);
        System.arraycopy(c, pos, b, off, k);
        advance(c, k);
        return k;
    }

    private void advance(byte[] c, int k) {
        pos += k;
        offset += k;
        if (pos == c.length && chunk + 1 < chunks.size()) {
            chunk++;
            pos = 0;
        }
    }

    private int end() throws IOException {
        if (failure == null) {
            return -1;
        }
        thrown = true;
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        throw (IOException) failure;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, length - offset);
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public synchronized void mark(int readlimit) {
        markChunk = chunk;
        markPos = pos;
        markOffset = offset;
    }

    @Override
    public synchronized void reset() {
        chunk = markChunk;
        pos = markPos;
        offset = markOffset;
        thrown = false; // a peek that met the error does not count: the bytes are read again
    }
}
