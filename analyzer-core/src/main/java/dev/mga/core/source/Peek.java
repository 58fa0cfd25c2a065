package dev.mga.core.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Looks at the first bytes of a stream without consuming them. A stream that breaks within those
 * bytes (a corrupt gzip trailer right after a small tar, a truncated entry) still shows what came
 * before the break; the error surfaces again when the content is read for real, where it is
 * reported with its context.
 */
public final class Peek {

    private Peek() {
    }

    /**
     * Reads up to {@code head.length} bytes into {@code head} and resets {@code in} to where it
     * was. {@code in} must support mark/reset. Returns how many bytes were read.
     */
    public static int head(InputStream in, byte[] head) throws IOException {
        in.mark(head.length + 1);
        int[] n = new int[1];
        try {
            fill(in, head, n);
        } catch (IOException e) {
            if (n[0] == 0) {
                throw e;
            }
        }
        in.reset();
        return n[0];
    }

    /**
     * Reads up to {@code b.length} bytes into {@code b} and resets {@code in} to where it was, or
     * returns -1 (reset too) when the stream breaks within them: the error is met again, and
     * reported, when the content is read for real. {@code in} must support mark/reset.
     */
    public static int whole(InputStream in, byte[] b) {
        in.mark(b.length + 1);
        int[] n = new int[1];
        int got;
        try {
            fill(in, b, n);
            got = n[0];
        } catch (IOException | RuntimeException e) {
            got = -1;
        }
        try {
            in.reset();
        } catch (IOException e) {
            return -1;
        }
        return got;
    }

    private static void fill(InputStream in, byte[] b, int[] n) throws IOException {
        while (n[0] < b.length) {
            int r = in.read(b, n[0], b.length - n[0]);
            if (r < 0) {
                break;
            }
            n[0] += r;
        }
    }
}
