package dev.mga.core.kube;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers the most recent lines it passed on (a ring of {@link #KEPT_LINES}, each
 * cut to {@link #MAX_EXCERPT} characters), so that a streaming parser's token can be cited with
 * the raw line it came from while memory stays bounded. The parser reads ahead by a buffer at most,
 * far less than the ring holds.
 */
final class LineRecordingReader extends Reader {

    static final int KEPT_LINES = 8192;
    static final int MAX_EXCERPT = 400;

    private final Reader in;
    private final String[] ring = new String[KEPT_LINES];
    private final StringBuilder current = new StringBuilder();
    private final long firstLine;
    private long line;

    /** @param firstLine the number of the first line this reader passes on (1 unless lines were skipped) */
    LineRecordingReader(Reader in, long firstLine) {
        this.in = in;
        this.firstLine = firstLine;
        this.line = firstLine;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (c == '\n') {
                int end = current.length() > 0 && current.charAt(current.length() - 1) == '\r' ? current.length() - 1
                        : current.length();
                ring[(int) (line % KEPT_LINES)] = current.substring(0, end);
                current.setLength(0);
                line++;
            } else if (current.length() < MAX_EXCERPT) {
                current.append(c);
            }
        }
        return n;
    }

    /** Shifts a parser's 1-based line to this input's line numbers. */
    long inputLine(int parserLine) {
        return parserLine + firstLine - 1;
    }

    /** The raw text of an input line, or "" when it is no longer (or not yet) kept. */
    String text(long inputLine) {
        if (inputLine == line) {
            return current.toString();
        }
        if (inputLine < line && inputLine >= firstLine && line - inputLine < KEPT_LINES) {
            String s = ring[(int) (inputLine % KEPT_LINES)];
            return s == null ? "" : s;
        }
        return "";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
