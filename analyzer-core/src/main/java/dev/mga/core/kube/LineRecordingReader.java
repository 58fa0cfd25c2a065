package dev.mga.core.kube;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** Elision lines passed on blank: their numbers (the first {@link #MAX_ELISIONS}) and how many. */
    static final int MAX_ELISIONS = 16;
    private final List<Long> elisions = new ArrayList<>();
    private long elisionCount;

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        int start = current.length() == 0 ? off : -1; // where the current line starts in buf, when it starts here
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (c == '\n') {
                if (start >= 0 && elision(buf, start, i)) {
                    Arrays.fill(buf, start, i, ' '); // the parser sees a blank line; the ring keeps the line as captured
                    if (elisions.size() < MAX_ELISIONS) {
                        elisions.add(line);
                    }
                    elisionCount++;
                }
                start = i + 1;
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

    /**
     * A poster's elision on a line of its own inside an object ({@code     . . .}, {@code   ...},
     * {@code   …}): indented (a {@code ...} at the line's start ends a YAML document), only dots,
     * blanks and ellipses, at least three dots or one ellipsis. Such a line is no YAML or JSON, and the
     * whole capture failed on it.
     */
    private static boolean elision(char[] b, int from, int to) {
        int end = to > from && b[to - 1] == '\r' ? to - 1 : to;
        if (end - from > 80 || end - from < 2 || b[from] != ' ' && b[from] != '\t') {
            return false;
        }
        int dots = 0;
        for (int i = from; i < end; i++) {
            char c = b[i];
            if (c == '.') {
                dots++;
            } else if (c == '\u2026') {
                dots += 3;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return dots >= 3;
    }

    /** The lines read as blank because they were a poster's elision (the first {@link #MAX_ELISIONS}). */
    List<Long> elisions() {
        return List.copyOf(elisions);
    }

    /** How many elision lines were read as blank. */
    long elisionCount() {
        return elisionCount;
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
