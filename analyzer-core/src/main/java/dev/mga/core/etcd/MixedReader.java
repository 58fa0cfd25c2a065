package dev.mga.core.etcd;

import com.fasterxml.jackson.core.JsonParser;
import dev.mga.core.parse.LineUnwrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a capture that mixes text lines and JSON documents, as etcdctl output redirected with its
 * stderr is: a client log line, the {@code -w json} document (one line of any length), an
 * {@code Error:} line. Text lines come out one at a time with a bounded buffer; a JSON document is
 * handed to a streaming parser over the same bytes, so a gigabyte-long {@code get -w json} line is
 * never held in memory. Line numbers count both.
 */
final class MixedReader {

    private final InputStream in;
    private final int maxLine;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private long line;
    private boolean cut;

    MixedReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** 1-based number of the last line read (or where the last JSON document ended). */
    long lineNumber() {
        return line;
    }

    boolean lastWasCut() {
        return cut;
    }

    /** True when the next line starts (after blanks) with {@code {} or {@code [}. */
    boolean jsonNext() throws IOException {
        int i = pos;
        while (true) {
            if (i - pos > maxLine) {
                return false; // a run of blanks longer than a line: a (cut) text line, not JSON; the buffer stays bounded
            }
            if (i == end) {
                if (!more()) {
                    return false;
                }
                i = pos;
                while (i < end && (buf[i] == ' ' || buf[i] == '\t')) {
                    i++;
                }
                if (i == end) {
                    continue;
                }
            }
            byte b = buf[i];
            if (b == ' ' || b == '\t') {
                i++;
                continue;
            }
            if (b == '{') {
                return true;
            }
            return b == '[' && arrayStart(i + 1);
        }
    }

    /**
     * Whether what follows a {@code [} starts a JSON array as etcdctl and jq print them (an object, a
     * string, an empty array, or the end of the line), and not a prompt such as {@code [root@master01 ~]#}.
     */
    private boolean arrayStart(int from) throws IOException {
        int i = from;
        while (true) {
            if (i - pos > maxLine) {
                return false;
            }
            if (i == end) {
                int before = pos;
                if (!more()) {
                    return true; // "[" at the end of the input: let the JSON reader say what is wrong
                }
                i -= before - pos; // more() moved the bytes to the buffer's start
                continue;
            }
            byte b = buf[i];
            if (b == ' ' || b == '\t') {
                i++;
                continue;
            }
            return b == '{' || b == '[' || b == ']' || b == '"' || b == '\n' || b == '\r';
        }
    }

    /** Where the line holding {@code i} ends in the buffer (its newline, or the buffer's end), looking a prompt's length ahead. */
    private int lineEnd(int i) {
        int k = i;
        while (k < end && k - i < 512 && buf[k] != '\n') {
            k++;
        }
        return k;
    }

    /** The next text line without terminator, or null at the end. */
    String nextLine() throws IOException {
        cut = false;
        ByteArrayOutputStream longLine = null;
        while (true) {
            if (pos == end && !more()) {
                if (longLine == null) {
                    return null;
                }
                line++;
                return text(longLine.toByteArray(), longLine.size());
            }
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl >= 0 ? nl : end;
            if (longLine == null && nl >= 0) {
                String s = text(buf, pos, stop - pos);
                pos = nl + 1;
                line++;
                return s;
            }
            if (longLine == null) {
                longLine = new ByteArrayOutputStream();
            }
            int room = maxLine - longLine.size();
            if (stop - pos > room) {
                cut = true;
            }
            longLine.write(buf, pos, Math.max(0, Math.min(room, stop - pos)));
            pos = nl >= 0 ? nl + 1 : end;
            if (nl >= 0) {
                line++;
                return text(longLine.toByteArray(), longLine.size());
            }
        }
    }

    /**
     * The bytes from the current position on, for a JSON parser; call {@link #resume} with that
     * parser once it has read one document.
     */
    InputStream jsonStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (pos == end && !more()) {
                    return -1;
                }
                return buf[pos++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos == end && !more()) {
                    return -1;
                }
                int n = Math.min(len, end - pos);
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    /** Takes back what the parser read ahead, skips the rest of the document's last line. */
    void resume(JsonParser parser, long startLine) throws IOException {
        ByteArrayOutputStream ahead = new ByteArrayOutputStream();
        parser.releaseBuffered(ahead);
        byte[] back = ahead.toByteArray();
        byte[] rest = new byte[Math.max(buf.length, back.length + (end - pos))];
        System.arraycopy(back, 0, rest, 0, back.length);
        System.arraycopy(buf, pos, rest, back.length, end - pos);
        end = back.length + (end - pos);
        pos = 0;
        buf = rest;
        line = startLine + parser.currentLocation().getLineNr() - 1;
        // the document's own line ends here: what follows on it (a newline, blanks) is not a new line
        while (true) {
            if (pos == end && !more()) {
                return;
            }
            byte b = buf[pos];
            if (b == '\n') {
                pos++;
                return;
            }
            if (b != ' ' && b != '\t' && b != '\r') {
                return;
            }
            pos++;
        }
    }

    /** Line number the next document or line starts on. */
    long nextLineNumber() {
        return line + 1;
    }

    private boolean more() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        if (end == buf.length) {
            byte[] bigger = new byte[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, end);
            buf = bigger;
        }
        int n = in.read(buf, end, buf.length - end);
        if (n <= 0) {
            eof = true;
            return false;
        }
        end += n;
        return true;
    }

    private static String text(byte[] b, int len) {
        return text(b, 0, len);
    }

    private static String text(byte[] b, int off, int len) {
        if (len > 0 && b[off + len - 1] == '\r') {
            len--;
        }
        return new String(b, off, len, StandardCharsets.UTF_8);
    }
}
