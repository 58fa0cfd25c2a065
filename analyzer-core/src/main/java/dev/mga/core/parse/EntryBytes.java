package dev.mga.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry read whole for a parser worker. When the stream broke while it was read, the bytes
 * read come first, then the same error, as the parser would have met it streaming.
 *
 * <p>An entry of up to {@value #CHUNK} bytes is one array. Reading the 4 MB pod logs of the
 * 600 MB bench in 128 KiB chunks instead (to keep them below G1's humongous size under
 * {@code -Xmx256m}) made things worse: the chunks outlived young collections while they waited
 * for a worker and were promoted, live heap after GC went from 72 to 123 MB and GC CPU from
 * 0.15-0.21 s to 0.28-0.44 s, whereas a humongous array is reclaimed eagerly at the first young
 * collection after its entry is parsed.
 */
final class EntryBytes extends InputStream {

    static final int CHUNK = 16 << 20;

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
        return read(in, limit, CHUNK);
    }

    /** As {@link #read(InputStream, long)}, in arrays of at most {@code chunkSize} bytes. */
    static EntryBytes read(InputStream in, long limit, int chunkSize) {
        List<byte[]> chunks = new ArrayList<>();
        long total = 0;
        Exception failure = null;
        byte[] current = null;
        int filled = 0;
        try {
            while (total < limit) {
                if (current == null || filled == current.length) {
                    current = new byte[(int) Math.min(chunkSize, limit - total)];
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
