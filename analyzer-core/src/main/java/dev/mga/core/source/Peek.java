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
        int n = 0;
        try {
            while (n < head.length) {
                int r = in.read(head, n, head.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (IOException e) {
            if (n == 0) {
                throw e;
            }
        }
        in.reset();
        return n;
    }
}
