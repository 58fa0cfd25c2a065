package dev.mga.core.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it; {@link #onBytes} may veto further reading by throwing. */
class MeteredInputStream extends FilterInputStream {

    private long count;

    MeteredInputStream(InputStream in) {
        super(in);
    }

    long count() {
        return count;
    }

    /** Hook called after every successful read with the new total. */
    protected void onBytes(long total) throws IOException {
        // nothing by default
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
            onBytes(count);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
            onBytes(count);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // read instead of skipping so that every byte is metered and guarded
        byte[] buf = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long left = n;
        while (left > 0) {
            int r = read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                break;
            }
            left -= r;
        }
        return n - left;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: counts would go wrong
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }
}
