package dev.mga.core.parse;

import dev.mga.core.spi.Envelope;
import dev.mga.core.spi.LineEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the envelopes of one captured line, outside-in, and keeps what they carried as offsets
 * into the line (no allocation per line): quoting may wrap anything, {@code kubectl logs --prefix} may
 * wrap an RFC 3339 or CRI prefix, and the other envelopes are innermost. The first byte decides which
 * envelope can start at a position, so most lines (klog headers, meminfo keys, table rows) cost a
 * switch and a few comparisons. Mutable and reused for every line of an entry.
 *
 * <p>Offsets are relative to the start of the line; {@link #decoded} says the inner text is in
 * {@link #decodedBytes} (docker's JSON string) rather than in the line.
 */
final class EnvelopeScan {

    private static final int MAX_LAYERS = 4;
    private static final Envelope[] KINDS = Envelope.values();

    /** Envelope ordinals, outermost first. */
    final int[] layers = new int[MAX_LAYERS];
    int count;
    /** Nested quote levels ({@code > > } is 2). */
    int quoteDepth;
    /** The inner text: {@code [inner, innerEnd)} of the line, or {@link #decodedBytes} when {@link #decoded}. */
    int inner;
    int innerEnd;
    boolean decoded;
    /** The decoded text is also, byte for byte, a part of the line (a docker line without escapes in its text). */
    boolean decodedVerbatim;
    byte[] decodedBytes = new byte[256];
    int decodedLength;
    /** A CRI {@code P} line, or a docker line whose text does not end with {@code \n}: continued by the next. */
    boolean partial;
    boolean prompt;
    /** A journal note ({@code -- No entries --}). */
    boolean note;
    /** A {@code > } line continuing the command of the prompt before it (the shell's PS2). */
    boolean continuation;
    int timeStart;
    int timeEnd;
    int streamStart;
    int streamEnd;
    int hostStart;
    int hostEnd;
    int identStart;
    int identEnd;
    int pidStart;
    int pidEnd;
    int podStart;
    int podEnd;
    int containerStart;
    int containerEnd;
    int commandStart;
    int commandEnd;

    /**
     * Scans the line {@code b[off, off + len)}.
     *
     * @param afterOpenPrompt true when the line before was a prompt whose command is unfinished: a
     *                        leading {@code > } is then the shell's continuation prompt, not quoting
     */
    void scan(byte[] b, int off, int len, boolean afterOpenPrompt) {
        reset();
        int end = off + len;
        int p = off;
        inner = 0;
        innerEnd = len;
        if (afterOpenPrompt && len > 0 && b[off] == '>' && (len == 1 || b[off + 1] == ' ')) {
            add(Envelope.SHELL_PROMPT);
            prompt = true;
            continuation = true;
            command(b, off, Math.min(off + 2, end), end);
            return;
        }
        while (p < end && count < MAX_LAYERS) {
            int next = layer(b, off, p, end);
            if (next < 0) {
                break;
            }
            p = next;
            if (prompt || note || decoded || count > 0 && !opensInner(layers[count - 1])) {
                break;
            }
        }
        if (prompt || note) {
            // a prompt or a note is its own text: the parser sees it after the outer envelopes
            inner = innerStartBeforePrompt;
        } else if (!decoded) {
            inner = p - off;
            if (!onlyQuoting()) {
                return; // Markdown and a person's notes are around what a person pasted, not inside a log's envelope
            }
            if (innerEnd - inner >= 3 && boldEnd(b, off + innerEnd)) {
                innerEnd -= 2;
                if (!has(Envelope.MARKDOWN) && count < MAX_LAYERS) {
                    add(Envelope.MARKDOWN);
                }
            }
            int a = annotation(b, off + inner, off + innerEnd);
            if (a >= 0 && count < MAX_LAYERS) {
                innerEnd = a - off;
                add(Envelope.ANNOTATION);
            }
        }
    }

    /**
     * Where a person's note after a {@code Key: N [unit]} line starts (the blanks before it included), or
     * -1: a key of letters, digits, {@code _} and parentheses, {@code :}, a whole number, at most a
     * three-letter unit, blanks, then {@code #}, {@code //}, {@code <-}, {@code <<}, {@code <=} or
     * {@code ←}. A tool's own line never has anything after its value there (meminfo, status,
     * smaps, vmstat-like counters); other lines fail at their first bytes.
     */
    static int annotation(byte[] b, int p, int end) {
        int i = p;
        if (i >= end || !Ascii.letter(b[i])) {
            return -1;
        }
        while (i < end && i - p < 40 && (Ascii.letter(b[i]) || Ascii.digit(b[i]) || b[i] == '_' || b[i] == '(' || b[i] == ')')) {
            i++;
        }
        if (i >= end || b[i] != ':') {
            return -1;
        }
        i++;
        while (i < end && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        int d = i;
        while (i < end && Ascii.digit(b[i])) {
            i++;
        }
        if (i == d) {
            return -1;
        }
        int valueEnd = i;
        if (i + 1 < end && b[i] == ' ' && Ascii.letter(b[i + 1])) {
            int k = i + 1;
            while (k < end && Ascii.letter(b[k]) && k - i <= 3) {
                k++;
            }
            if (k < end && (b[k] == ' ' || b[k] == '\t')) {
                valueEnd = k;
                i = k;
            }
        }
        int blanks = i;
        while (i < end && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i > blanks && i + 1 < end && marker(b, i) ? valueEnd : -1;
    }

    private static boolean marker(byte[] b, int i) {
        byte c = b[i];
        byte n = b[i + 1];
        return c == '#' || c == '/' && n == '/' || c == '<' && (n == '-' || n == '<' || n == '=')
                || c == (byte) 0xe2 && n == (byte) 0x86; // ← and the other arrows
    }

    /** No envelope but quoting and Markdown so far. */
    private boolean onlyQuoting() {
        for (int i = 0; i < count; i++) {
            if (layers[i] != Envelope.QUOTE.ordinal() && layers[i] != Envelope.MARKDOWN.ordinal()) {
                return false;
            }
        }
        return true;
    }

    /** Markdown's {@code **} glued after a letter, a digit or a {@code :} (a line's end at {@code end}). */
    static boolean boldEnd(byte[] b, int end) {
        return b[end - 1] == '*' && b[end - 2] == '*' && (Ascii.letter(b[end - 3]) || Ascii.digit(b[end - 3]));
    }

    /**
     * Markdown's {@code **} glued before a letter or a digit (at {@code p}), bolding the rest of the line:
     * no other {@code **} follows but at the line's end ({@code **label:** text} is a label the parser reads).
     */
    private static boolean boldStart(byte[] b, int p, int end) {
        if (p + 2 >= end || b[p] != '*' || b[p + 1] != '*' || !(Ascii.letter(b[p + 2]) || Ascii.digit(b[p + 2]))) {
            return false;
        }
        for (int i = p + 2; i + 1 < end - 2; i++) {
            if (b[i] == '*' && b[i + 1] == '*') {
                return false;
            }
        }
        return true;
    }

    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    private static final byte BLANK = 2;
    private static final byte MAYBE = 3;
    /** What a line's first byte says: {@code OTHER} starts no envelope ({@code | + / " ( …}). */
    private static final byte[] FIRST = new byte[256];

    static {
        for (int c = 'a'; c <= 'z'; c++) {
            FIRST[c] = LETTER;
            FIRST[c - 'a' + 'A'] = LETTER;
        }
        FIRST[' '] = BLANK;
        FIRST['\t'] = BLANK;
        for (char c : "0123456789>[{-$#_~*".toCharArray()) {
            FIRST[c] = MAYBE;
        }
    }

    /**
     * True when no envelope can start the line {@code b[p, end)}: a journal time needs {@code "Xxx "},
     * a prompt that starts with a letter is one word ending in {@code #} or {@code $}, an indented prompt
     * starts with {@code $ [}, a letter or {@code _} after the blanks.
     */
    static boolean plain(byte[] b, int p, int length) {
        if (length == 0) {
            return true;
        }
        if (length >= 3 && b[p + length - 1] == '*' && boldEnd(b, p + length)) {
            return false;
        }
        byte kind = FIRST[b[p] & 0xff];
        return kind == OTHER || kind == LETTER && plainLetter(b, p, p + length) || kind == BLANK && plainBlank(b, p, p + length)
                || kind == MAYBE && plainDigit(b, p, length);
    }

    /**
     * A line starting with a digit can only start with an RFC 3339 time ({@code 2024-06-12T…}, see
     * {@link PodLogPrefix}): without the year's dash it is content (a slab call-site line with a count
     * of a million or more, a table row), and most of a large alloc_calls listing is such lines.
     */
    private static boolean plainDigit(byte[] b, int p, int length) {
        byte c = b[p];
        return c >= '0' && c <= '9' && (length < 5 || b[p + 4] != '-');
    }

    private static boolean plainLetter(byte[] b, int p, int end) {
        return (end - p < 16 || b[p + 3] != ' ') && !ShellPrompt.promptWord(b, p, end) && ShellPrompt.bareCommand(b, p, end) < 0
                && annotation(b, p, end) < 0;
    }

    private static boolean plainBlank(byte[] b, int p, int end) {
        int i = p;
        while (i < end && i - p < 8 && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i == end || b[i] != '$' && b[i] != '['
                && !((FIRST[b[i] & 0xff] == LETTER || b[i] == '_') && ShellPrompt.promptWord(b, i, end))
                && (i - p != 1 || ShellPrompt.bareCommand(b, p, end) < 0);
    }

    /** Where the prompt or note started (after quoting or a prefix). */
    private int innerStartBeforePrompt;

    /** One envelope starting at {@code p}: the index after it, or -1. */
    private int layer(byte[] b, int off, int p, int end) {
        boolean first = count == 0;
        boolean afterQuote = count > 0
                && (layers[count - 1] == Envelope.QUOTE.ordinal() || layers[count - 1] == Envelope.MARKDOWN.ordinal());
        boolean any = first || afterQuote;
        byte c = b[p];
        if (c == '>' && any && quoteDepth == 0) {
            return quote(b, p, end);
        }
        int q = c == '[' && any ? KubectlPrefix.at(b, p, end) : -1;
        if (q > 0) {
            podStart = p + 5 - off;
            podEnd = KubectlPrefix.podEnd(b, p, end) - off;
            containerStart = podEnd + 1;
            containerEnd = q - 1 - off - (b[q - 1] == ' ' ? 1 : 0);
            add(Envelope.KUBECTL_PREFIX);
            return q;
        }
        if (c >= '0' && c <= '9') {
            boolean afterPrefix = count > 0 && layers[count - 1] == Envelope.KUBECTL_PREFIX.ordinal();
            return any || afterPrefix ? PodLogPrefix.scan(this, b, off, p, end, !afterPrefix) : -1;
        }
        if (!any) {
            return -1;
        }
        if (c == '{') {
            return DockerJsonLine.scan(this, b, off, p, end);
        }
        if (c == '*') {
            if (!boldStart(b, p, end)) {
                return -1;
            }
            add(Envelope.MARKDOWN);
            return p + 2;
        }
        if (c == '-') {
            return journalNote(b, off, p, end);
        }
        if (c >= 'A' && c <= 'Z') {
            int j = JournalPrefix.scanShort(this, b, off, p, end);
            if (j >= 0) {
                return j;
            }
        }
        q = ShellPrompt.end(b, p, end);
        if (q < 0) {
            q = ShellPrompt.bareCommand(b, p, end);
        }
        if (q >= 0) {
            innerStartBeforePrompt = p - off;
            add(Envelope.SHELL_PROMPT);
            prompt = true;
            command(b, off, q, end);
            return end;
        }
        return -1;
    }

    /** {@code >}, {@code > > }, {@code >>}: every level, and the one blank after the last. */
    private int quote(byte[] b, int p, int end) {
        int i = p;
        while (i < end && b[i] == '>') {
            quoteDepth++;
            i++;
            if (i + 1 < end && b[i] == ' ' && b[i + 1] == '>') {
                i++;
            }
        }
        if (i < end && b[i] == ' ') {
            i++;
        }
        add(Envelope.QUOTE);
        return i;
    }

    /** journalctl's notes: {@code -- Logs begin at … --}, {@code -- Journal begins at … --}, {@code -- No entries --}, boots. */
    private int journalNote(byte[] b, int off, int p, int end) {
        if (end - p < 8 || b[p + 1] != '-' || b[p + 2] != ' ' || b[end - 1] != '-' || b[end - 2] != '-' || b[end - 3] != ' ') {
            return -1;
        }
        if (!Ascii.startsWith(b, p + 3, end, "Logs begin at ") && !Ascii.startsWith(b, p + 3, end, "Journal begins at ")
                && !Ascii.startsWith(b, p + 3, end, "No entries") && !Ascii.startsWith(b, p + 3, end, "Boot ")
                && !Ascii.startsWith(b, p + 3, end, "Reboot")) {
            return -1;
        }
        innerStartBeforePrompt = p - off;
        add(Envelope.JOURNAL);
        note = true;
        return end;
    }

    private void command(byte[] b, int off, int from, int end) {
        while (from < end && (b[from] == ' ' || b[from] == '\t')) {
            from++;
        }
        int to = end;
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
            to--;
        }
        commandStart = from - off;
        commandEnd = to - off;
    }

    /** Whether an envelope may hold another one inside (quoting and --prefix do; the others hold text). */
    private static boolean opensInner(int kind) {
        return kind == Envelope.QUOTE.ordinal() || kind == Envelope.KUBECTL_PREFIX.ordinal() || kind == Envelope.MARKDOWN.ordinal();
    }

    /** Records an envelope; scanners write a field's offsets only when they recognise their envelope. */
    void add(Envelope e) {
        layers[count++] = e.ordinal();
        dirty = true;
    }

    /** Some field was written since the last reset. */
    private boolean dirty = true;

    boolean has(Envelope e) {
        for (int i = 0; i < count; i++) {
            if (layers[i] == e.ordinal()) {
                return true;
            }
        }
        return false;
    }

    boolean any() {
        return count > 0;
    }

    /** The decoded inner text's buffer, grown to hold {@code n} bytes. */
    byte[] decodedRoom(int n) {
        if (decodedBytes.length < n) {
            decodedBytes = new byte[Math.max(n, decodedBytes.length * 2)];
        }
        return decodedBytes;
    }

    /** What the envelopes carried, read from the line {@code b[off, …)} the offsets refer to. */
    LineEnvelope envelope(byte[] b, int off) {
        if (count == 0) {
            return LineEnvelope.NONE;
        }
        List<Envelope> kinds = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            kinds.add(KINDS[layers[i]]);
        }
        String pid = text(b, off, pidStart, pidEnd);
        return new LineEnvelope(kinds, text(b, off, timeStart, timeEnd), text(b, off, streamStart, streamEnd),
                text(b, off, hostStart, hostEnd), text(b, off, identStart, identEnd),
                pid.isEmpty() ? -1 : Long.parseLong(pid), text(b, off, podStart, podEnd),
                text(b, off, containerStart, containerEnd), prompt, text(b, off, commandStart, commandEnd), note);
    }

    private static String text(byte[] b, int off, int from, int to) {
        return from < 0 || to <= from ? "" : new String(b, off + from, to - from, StandardCharsets.UTF_8);
    }

    /**
     * What every line needs reset. The fields' offsets are written only by a recognised envelope, so
     * they need resetting only after a line that had one (most lines of a log have none).
     */
    private void reset() {
        if (dirty) {
            resetFields();
            dirty = false;
        }
        count = 0;
        quoteDepth = 0;
        decoded = false;
        decodedVerbatim = false;
        partial = false;
        prompt = false;
        note = false;
        continuation = false;
        innerStartBeforePrompt = 0;
    }

    private void resetFields() {
        timeStart = -1;
        streamStart = -1;
        hostStart = -1;
        identStart = -1;
        pidStart = -1;
        podStart = -1;
        containerStart = -1;
        commandStart = -1;
        decodedLength = 0;
    }
}
