package dev.mga.core.parse;

import dev.mga.core.spi.Envelope;
import dev.mga.core.spi.LineEnvelope;
import dev.mga.core.spi.Lines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The analyzer's lines ({@link #open}): a {@link LineReader}'s lines with their envelopes removed
 * ({@link EnvelopeScan}). The parser sees the inner text; the captured line stays available for
 * evidence ({@code raw()}, {@code excerpt()}). CRI {@code P} lines and docker lines without their
 * {@code \n} are joined with the lines that continue them (same envelope, same stream), up to the
 * line limit; the joined line is numbered by its first line. This class holds the state of the lines
 * that have an envelope; the reader hands out the others itself. Not thread-safe; one per entry.
 */
public final class EnvelopeLines {

    private final LineReader physical;
    private final int maxLine;
    private EnvelopeScan head = new EnvelopeScan();
    private EnvelopeScan ahead = new EnvelopeScan();
    /** The physical reader's current line is scanned into {@link #ahead} and not handed out yet. */
    private boolean pending;
    private boolean promptOpen;
    /** The command typed at the last prompt and its continuation lines, while it is unfinished. */
    private String openCommand = "";
    private int continued;
    private static final int MAX_CONTINUATION = 20;
    private byte[] cur;
    private int curStart;
    private int curLength;
    private byte[] rawBytes;
    private int rawStart;
    private int rawLength;
    private long number;
    private int spans;
    private boolean cut;
    private byte[] joined = new byte[0];
    private byte[] rawCopy = new byte[0];
    private LineEnvelope envelope;

    EnvelopeLines(LineReader physical, int maxLineLength) {
        this.physical = physical;
        this.maxLine = maxLineLength;
    }

    /** Lines of {@code content} as the analyzer reads them (the {@link dev.mga.core.spi.ParseInput.LineOpener}). */
    public static Lines open(InputStream content, int maxLineLength, long sizeHint) {
        return new LineReader(content, maxLineLength, sizeHint, true);
    }

    /** A line is pending or a prompt's command is open: the next line is this layer's to hand out. */
    boolean busy() {
        return pending || promptOpen;
    }

    /** The next line, while {@link #busy()}. */
    boolean advance() throws IOException {
        return enveloped();
    }

    /** A line that may have an envelope (the physical reader is on it, or it is pending in {@link #ahead}). */
    boolean enveloped() throws IOException {
        envelope = null;
        if (pending) {
            pending = false;
            EnvelopeScan t = head;
            head = ahead;
            ahead = t;
        } else {
            if (promptOpen && !physical.nextPhysical()) {
                return false;
            }
            head.scan(physical.physicalBytes(), physical.physicalStart(), physical.physicalLength(), promptOpen);
        }
        number = physical.physicalNumber();
        spans = 1;
        cut = physical.physicalCut();
        rawBytes = physical.physicalBytes();
        rawStart = physical.physicalStart();
        rawLength = physical.physicalLength();
        if (head.partial) {
            join();
        } else if (!head.decoded && !head.prompt && !head.note
                && CallSiteWrap.head(rawBytes, rawStart + head.inner, rawStart + head.innerEnd)) {
            joinWrapped();
        } else if (head.decoded) {
            cur = head.decodedBytes;
            curStart = 0;
            curLength = head.decodedLength;
        } else {
            cur = rawBytes;
            curStart = rawStart + head.inner;
            curLength = head.innerEnd - head.inner;
        }
        follow();
        return true;
    }

    /** Keeps track of an unfinished command, whose next lines the shell prompts for with {@code > }. */
    private void follow() {
        if (!head.prompt || head.has(Envelope.QUOTE) || head.commandStart < 0) {
            promptOpen = false;
            openCommand = "";
            return;
        }
        String typed = new String(rawBytes, rawStart + head.commandStart, head.commandEnd - head.commandStart,
                StandardCharsets.UTF_8);
        continued = head.continuation ? continued + 1 : 0;
        openCommand = head.continuation && openCommand.length() < 4096 ? openCommand + "\n" + typed : typed;
        // a command typed over more lines than anyone types is not one: what follows is content
        promptOpen = continued < MAX_CONTINUATION && ShellPrompt.unfinished(openCommand);
    }

    /**
     * Keeps the current raw line in a buffer of its own (the reader's moves on while the next lines are
     * read) and starts the joined line with {@link #head}'s text; returns the joined length so far.
     */
    private int startJoin() {
        rawCopy = room(rawCopy, rawLength);
        System.arraycopy(rawBytes, rawStart, rawCopy, 0, rawLength);
        rawBytes = rawCopy;
        rawStart = 0;
        return append(0, head);
    }

    /** Joins the partial line in {@link #head} with the lines that continue it. */
    private void join() throws IOException {
        int len = startJoin();
        while (head.partial && physical.nextPhysical()) {
            ahead.scan(physical.physicalBytes(), physical.physicalStart(), physical.physicalLength(), false);
            if (!continues(ahead)) {
                pending = true;
                break;
            }
            len = append(len, ahead);
            spans++;
            cut |= physical.physicalCut();
            if (!ahead.partial) {
                break;
            }
        }
        cur = joined;
        curStart = 0;
        curLength = len;
    }

    /**
     * Joins a slab call-site line a mail client wrapped ({@link CallSiteWrap}) with the lines that
     * continue it under the same envelopes; the joined line is numbered by its first line.
     */
    private void joinWrapped() throws IOException {
        int len = startJoin();
        while (spans < CallSiteWrap.MAX_LINES && physical.nextPhysical()) {
            ahead.scan(physical.physicalBytes(), physical.physicalStart(), physical.physicalLength(), false);
            int from = physical.physicalStart() + ahead.inner;
            int to = physical.physicalStart() + ahead.innerEnd;
            int sep = ahead.count != head.count || !Arrays.equals(ahead.layers, 0, ahead.count, head.layers, 0, head.count)
                    || ahead.decoded || ahead.prompt || ahead.note ? -1
                    : CallSiteWrap.continuation(joined, len, physical.physicalBytes(), from, to);
            if (sep < 0) {
                pending = true;
                break;
            }
            if (sep > 0 && len < maxLine) {
                joined = room(joined, len + 1);
                joined[len++] = ' ';
            }
            len = append(len, ahead);
            spans++;
            cut |= physical.physicalCut();
        }
        cur = joined;
        curStart = 0;
        curLength = len;
    }

    /** Appends the inner text of the line {@code s} describes (the physical reader's, or {@link #rawCopy} for the head). */
    private int append(int len, EnvelopeScan s) {
        byte[] from;
        int start;
        int n;
        if (s.decoded) {
            from = s.decodedBytes;
            start = 0;
            n = s.decodedLength;
        } else {
            from = s == head ? rawBytes : physical.physicalBytes();
            start = (s == head ? rawStart : physical.physicalStart()) + s.inner;
            n = s.innerEnd - s.inner;
        }
        if (len + n > maxLine) {
            cut = true;
            n = Math.max(0, maxLine - len);
        }
        joined = room(joined, len + n);
        System.arraycopy(from, start, joined, len, n);
        return len + n;
    }

    /** The next line continues the head: the same envelopes and the same stream. */
    private boolean continues(EnvelopeScan next) {
        if (next.count != head.count || !Arrays.equals(next.layers, 0, next.count, head.layers, 0, head.count)) {
            return false;
        }
        int a = head.streamStart;
        int b = next.streamStart;
        byte[] nb = physical.physicalBytes();
        int ns = physical.physicalStart();
        return a >= 0 && b >= 0 && rawBytes[rawStart + a + 4] == nb[ns + b + 4];
    }

    private static byte[] room(byte[] b, int n) {
        return b.length >= n ? b : Arrays.copyOf(b, Math.max(n, b.length * 2));
    }

    String string() {
        return new String(cur, curStart, curLength, StandardCharsets.UTF_8);
    }

    byte[] bytes() {
        return cur;
    }

    int start() {
        return curStart;
    }

    int length() {
        return curLength;
    }

    long lineNumber() {
        return number;
    }

    boolean lastWasCut() {
        return cut;
    }

    LineEnvelope envelope() {
        if (envelope == null) {
            envelope = head.envelope(rawBytes, rawStart);
        }
        return envelope;
    }

    boolean isContent() {
        return !head.prompt && !head.note;
    }

    boolean isPrompt() {
        return head.prompt;
    }

    String command() {
        return head.prompt ? envelope().command() : "";
    }

    String raw() {
        return new String(rawBytes, rawStart, rawLength, StandardCharsets.UTF_8);
    }

    boolean isVerbatim() {
        return spans == 1 && (!head.decoded || head.decodedVerbatim);
    }

    int physicalLines() {
        return spans;
    }
}
