package dev.mga.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads its source on a second thread, a few chunks ahead, so that decompressing an archive and
 * parsing its entries run on two cores instead of taking turns on one. Memory is bounded:
 * {@value #CHUNKS} chunks of {@value #CHUNK} bytes. An exception of the source is rethrown to the
 * reader; closing stops the thread.
 */
final class ReadAheadInputStream extends InputStream {

    static final int CHUNK = 1 << 20;
    static final int CHUNKS = 4;

    private static final byte[] END = new byte[0];

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread reader;
    private byte[] current = new byte[0];
    private int pos;
    private int len;
    private boolean done;

    ReadAheadInputStream(InputStream source, String name) {
        reader = new Thread(() -> pump(source), "mga-read-ahead " + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(InputStream source) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                byte[] chunk = new byte[CHUNK];
                int n = source.readNBytes(chunk, 0, CHUNK);
                if (n <= 0) {
                    break;
                }
                queue.put(new Chunk(chunk, n));
                if (n < CHUNK) {
                    break;
                }
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            try {
                queue.put(e);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Chunk(byte[] data, int length) {
    }

    private boolean next() throws IOException {
        if (done) {
            return false;
        }
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
        if (o == END) {
            done = true;
            return false;
        }
        if (o instanceof IOException e) {
            done = true;
            throw e;
        }
        if (o instanceof RuntimeException e) {
            done = true;
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
        Chunk c = (Chunk) o;
        current = c.data();
        len = c.length();
        pos = 0;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (pos == len && !next()) {
            return -1;
        }
        return current[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
        if (n == 0) {
            return 0;
        }
        if (pos == len && !next()) {
            return -1;
        }
        int k = Math.min(n, len - pos);
        System.arraycopy(current, pos, b, off, k);
        pos += k;
        return k;
    }

    @Override
    public void close() {
        reader.interrupt();
        queue.clear();
    }
}
