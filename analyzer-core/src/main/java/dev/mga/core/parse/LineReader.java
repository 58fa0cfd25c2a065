package dev.mga.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines from a byte stream with a bounded buffer: {@code \n} or {@code \r\n} ends a line;
 * a line longer than the limit is cut (see {@link #lastWasCut()}) and the rest of it skipped, so
 * memory stays bounded whatever the input. Bytes are decoded as UTF-8, invalid ones replaced.
 */
public final class LineReader {

    private final InputStream in;
    private final int maxLine;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private byte[] line = new byte[256];
    private long number;
    private boolean cut;
    private boolean eof;

    public LineReader(InputStream in, int maxLineLength) {
        this.in = in;
        this.maxLine = maxLineLength;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    public String next() throws IOException {
        cut = false;
        // fast path: the whole line is in the buffer, decode it from there without a copy
        for (int i = pos; i < end; i++) {
            if (buf[i] == '\n') {
                int start = pos;
                int stop = i;
                pos = i + 1;
                if (stop - start > maxLine) {
                    cut = true;
                    stop = start + maxLine;
                } else if (stop > start && buf[stop - 1] == '\r') {
                    stop--;
                }
                number++;
                return new String(buf, start, stop - start, StandardCharsets.UTF_8);
            }
        }
        return slowNext();
    }

    /** A line that crosses the buffer's end, or the last line: assembled in {@code line}. */
    private String slowNext() throws IOException {
        int len = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl >= 0 ? nl : end;
            len = append(start, stop, len);
            pos = nl >= 0 ? nl + 1 : end;
            if (nl >= 0) {
                break;
            }
        }
        number++;
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        return new String(line, 0, len, StandardCharsets.UTF_8);
    }

    private int append(int start, int stop, int len) {
        int n = stop - start;
        int room = maxLine - len;
        if (n > room) {
            cut = true;
            n = Math.max(room, 0);
        }
        if (n > 0) {
            if (len + n > line.length) {
                byte[] bigger = new byte[Math.min(maxLine, Math.max(line.length * 2, len + n))];
                System.arraycopy(line, 0, bigger, 0, len);
                line = bigger;
            }
            System.arraycopy(buf, start, line, len, n);
            len += n;
        }
        return len;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    /** 1-based number of the line last returned. */
    public long lineNumber() {
        return number;
    }

    /** True when the line last returned was longer than the limit and was cut. */
    public boolean lastWasCut() {
        return cut;
    }
}
