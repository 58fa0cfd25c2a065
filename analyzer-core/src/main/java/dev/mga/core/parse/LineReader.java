package dev.mga.core.parse;

import dev.mga.core.spi.LineEnvelope;
import dev.mga.core.spi.Lines;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines from a byte stream with a bounded buffer: {@code \n} or {@code \r\n} ends a line;
 * a line longer than the limit is cut (see {@link #lastWasCut()}) and the rest of it skipped, so
 * memory stays bounded whatever the input. Bytes are decoded as UTF-8, invalid ones replaced.
 *
 * <p>Parsers of very large inputs can look at a line's bytes before deciding to decode it:
 * {@link #advance()}, then {@link #bytes()}/{@link #start()}/{@link #length()}, and
 * {@link #string()} only for the lines they keep.
 *
 * <p>The analyzer's readers ({@link EnvelopeLines#open}) also remove envelopes: a line the first
 * bytes show to have none is handed out as it is (one table look-up more per line: the reading
 * loop stays small enough for the JIT to inline into parsers' loops); the others go through
 * {@link EnvelopeLines}. {@code new LineReader(…)} reads lines as captured.
 */
public final class LineReader implements Lines {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final InputStream in;
    private final int maxLine;
    private final byte[] buf;
    private int pos;
    private int end;
    private byte[] line = new byte[256];
    private long number;
    private boolean cut;
    private boolean eof;
    // the current physical line: a slice of buf, or of line when it crossed the buffer's end
    private byte[] cur;
    private int curStart;
    private int curLength;
    /** The envelope layer, or null for lines as captured. */
    private final EnvelopeLines envelopes;
    /** The current line had no envelope: it is the physical line. */
    private boolean plainLine = true;

    public LineReader(InputStream in, int maxLineLength) {
        this(in, maxLineLength, -1);
    }

    /**
     * @param sizeHint the content's size when known (else -1): a small file gets a buffer its size,
     *                 so that parsing thousands of small files does not clear 64 KiB for each
     */
    public LineReader(InputStream in, int maxLineLength, long sizeHint) {
        this(in, maxLineLength, sizeHint, false);
    }

    LineReader(InputStream in, int maxLineLength, long sizeHint, boolean unwrap) {
        this.in = in;
        this.maxLine = maxLineLength;
        this.buf = new byte[sizeHint < 0 ? 1 << 16 : (int) Math.max(1 << 12, Math.min(1 << 16, sizeHint + 1))];
        this.envelopes = unwrap ? new EnvelopeLines(this, maxLineLength) : null;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    @Override
    public String next() throws IOException {
        return advance() ? string() : null;
    }

    /** Moves to the next line; false at the end of the stream. The line's bytes stay valid until the next call. */
    @Override
    public boolean advance() throws IOException {
        if (envelopes != null && envelopes.busy()) {
            plainLine = false;
            return envelopes.advance();
        }
        if (!nextPhysical()) {
            return false;
        }
        if (envelopes == null || EnvelopeScan.plain(cur, curStart, curLength) && !wrapAhead()) {
            plainLine = true;
            return true;
        }
        plainLine = false;
        return envelopes.enveloped();
    }

    /** Moves to the next line as captured; false at the end of the stream. */
    boolean nextPhysical() throws IOException {
        cut = false;
        int i = indexOfNewline(buf, pos, end);
        if (i >= 0) {
            // the whole line is in the buffer: a view on it, no copy
            int stop = i;
            int start = pos;
            pos = i + 1;
            if (stop - start > maxLine) {
                cut = true;
                stop = start + maxLine;
            } else if (stop > start && buf[stop - 1] == '\r') {
                stop--;
            }
            number++;
            cur = buf;
            curStart = start;
            curLength = stop - start;
            return true;
        }
        return assemble();
    }

    /** The current line decoded. */
    @Override
    public String string() {
        return plainLine ? physicalString() : envelopes.string();
    }

    /** The array holding the current line's bytes (shared: read only, valid until the next line). */
    @Override
    public byte[] bytes() {
        return plainLine ? cur : envelopes.bytes();
    }

    /** Where the current line starts in {@link #bytes()}. */
    @Override
    public int start() {
        return plainLine ? curStart : envelopes.start();
    }

    /** The current line's length in bytes, without its terminator. */
    @Override
    public int length() {
        return plainLine ? curLength : envelopes.length();
    }

    @Override
    public LineEnvelope envelope() {
        return plainLine ? LineEnvelope.NONE : envelopes.envelope();
    }

    @Override
    public boolean isContent() {
        return plainLine || envelopes.isContent();
    }

    @Override
    public boolean isPrompt() {
        return !plainLine && envelopes.isPrompt();
    }

    @Override
    public String command() {
        return plainLine ? "" : envelopes.command();
    }

    @Override
    public String raw() {
        return plainLine ? physicalString() : envelopes.raw();
    }

    @Override
    public boolean isVerbatim() {
        return plainLine || envelopes.isVerbatim();
    }

    @Override
    public int physicalLines() {
        return plainLine ? 1 : envelopes.physicalLines();
    }

    // the physical line, for the envelope layer

    String physicalString() {
        return new String(cur, curStart, curLength, StandardCharsets.UTF_8);
    }

    byte[] physicalBytes() {
        return cur;
    }

    int physicalStart() {
        return curStart;
    }

    int physicalLength() {
        return curLength;
    }

    long physicalNumber() {
        return number;
    }

    boolean physicalCut() {
        return cut;
    }

    /**
     * Whether the next line may be the rest of this one that a mail client wrapped (a slab call-site
     * line, {@link CallSiteWrap}): it starts with {@code pid=}, {@code cpus=} or {@code nodes=}, or
     * with a digit after a line that ends with a comma. Then the line goes through the envelope layer,
     * which joins the two when they are that. Two byte looks per line; when the next line is not
     * whole in the buffer yet, the envelope layer decides.
     */
    private boolean wrapAhead() {
        if (curLength == 0) {
            return false;
        }
        if (pos >= end) {
            return !eof;
        }
        byte c = buf[pos];
        if (c >= '0' && c <= '9') {
            return cur[curStart + curLength - 1] == ',';
        }
        if (c != 'p' && c != 'c' && c != 'n') {
            return false;
        }
        int n = end - pos;
        return n < 6 || Ascii.startsWith(buf, pos, end, "pid=") || Ascii.startsWith(buf, pos, end, "cpus=")
                || Ascii.startsWith(buf, pos, end, "nodes=");
    }

    /**
     * The first {@code \n} in {@code b[from, to)}, or -1: eight bytes at a time (a byte equal to
     * {@code \n} becomes zero after the xor; the classic zero-byte test finds the lowest one), which
     * reads large logs about twice as fast as a byte loop.
     */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long w = (long) LONGS.get(b, i) ^ NEWLINES;
            long zeros = (w - ONES) & ~w & HIGHS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** A line that crosses the buffer's end, or the last line: assembled in {@code line}. */
    private boolean assemble() throws IOException {
        int len = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            int nl = indexOfNewline(buf, pos, end);
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
        cur = line;
        curStart = 0;
        curLength = len;
        return true;
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

    /** 1-based number of the line last returned (of its first line, when it was joined). */
    @Override
    public long lineNumber() {
        return plainLine ? number : envelopes.lineNumber();
    }

    /** True when the line last returned was longer than the limit and was cut. */
    @Override
    public boolean lastWasCut() {
        return plainLine ? cut : envelopes.lastWasCut();
    }
}
