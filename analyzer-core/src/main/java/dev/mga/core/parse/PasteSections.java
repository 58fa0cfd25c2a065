package dev.mga.core.parse;

import dev.mga.core.detect.ArtifactTypes;
import dev.mga.core.detect.Detection;
import dev.mga.core.spi.Lines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits a pasted file that holds several kinds of output into sections, each detected on its own
 * (issue 10): people paste a terminal session ({@code # free}, then {@code # cat /proc/meminfo}),
 * or quote in one mail block a meminfo, a blank line and a few slabtop rows. Content detection
 * reads a file's first bytes, so the file became the first kind only and the other kinds' lines
 * were rejected line by line.
 *
 * <p>A section may start at a command line (a shell prompt or a bare command, as the envelope layer
 * recognises them) or after a blank line, and stays apart when it is another kind than the section
 * before it. The same kind stays apart only at a command, and only for types whose every command's
 * output is an artifact of its own ({@link dev.mga.core.spi.ArtifactType#onePerCommand()}: two
 * {@code cat …/alloc_calls} are two caches' listings, whereas a grep run on four hosts over ssh is
 * one file that parser reads whole). A section of no known kind joins the section before it, so its
 * lines are still seen by that parser, as they were before; one at the start of the file stays
 * apart and is reported as not read. Sections keep the file's line numbers: the file is split only when
 * that gives two sections of known kinds, or one where the whole file was of none.
 *
 * <p>Only small files are split ({@link #MAX_BYTES}), and at most {@link #MAX_CANDIDATES} places are
 * looked at: pastes are small; logs and listings of thousands of lines are one kind.
 */
public final class PasteSections {

    /** Files larger than this are read as one kind. */
    public static final int MAX_BYTES = 256 << 10;
    /** A file with more places to cut than this is a log or a listing, not a handful of pasted outputs. */
    static final int MAX_CANDIDATES = 64;

    /**
     * One part of the file.
     *
     * @param firstLine its first line's number in the file (1-based)
     * @param lastLine  its last line's number
     * @param from      its first byte's offset in the file
     * @param to        the offset after its last byte
     * @param detection its kind, or null when it is none mga reads
     * @param command   the command it starts with, or empty
     */
    public record Section(long firstLine, long lastLine, int from, int to, Detection detection, String command) {
    }

    private PasteSections() {
    }

    /**
     * The sections of {@code b[0, length)}, or an empty list when the file is read as one kind.
     *
     * @param whole the kind of the whole file (from its first bytes), or null when it has none
     */
    public static List<Section> split(byte[] b, int length, ArtifactTypes types, Detection whole, int maxLineLength) {
        if (length > MAX_BYTES) {
            return List.of();
        }
        int[] starts = lineStarts(b, length);
        List<Cut> cuts = cuts(b, length, maxLineLength);
        if (cuts == null || cuts.isEmpty()) {
            return List.of();
        }
        int lines = starts.length;
        List<Section> sections = new ArrayList<>();
        long first = 1;
        String command = "";
        int c = 0;
        if (cuts.get(0).line == 1) {
            command = cuts.get(0).command;
            c = 1;
        }
        Detection current = sniff(b, starts, length, first, next(cuts, c, lines), types);
        for (; c < cuts.size(); c++) {
            Cut cut = cuts.get(c);
            Detection d = sniff(b, starts, length, cut.line, next(cuts, c + 1, lines), types);
            // another kind starts a section; at a command, so does the same kind when each command's output is one
            boolean apart = d != null && (!sameKind(d, current) || cut.command != null && d.type().onePerCommand());
            if (apart) {
                sections.add(section(first, cut.line - 1, starts, length, current, command));
                first = cut.line;
                command = cut.command == null ? "" : cut.command;
                current = d;
            }
        }
        sections.add(section(first, lines, starts, length, current, command));
        if (sections.get(0).detection() == null && blank(b, sections.get(0).from(), sections.get(0).to())) {
            sections.remove(0); // blank lines before the first command: nothing left unread
        }
        long known = sections.stream().filter(s -> s.detection() != null).count();
        if (known >= 2 || known == 1 && whole == null && sections.size() >= 2) {
            return List.copyOf(sections);
        }
        return List.of();
    }

    /** Only blanks, tabs and line ends in {@code b[from, to)}. */
    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean sameKind(Detection a, Detection b) {
        return b != null && a.type().id().equals(b.type().id());
    }

    /** The line of the cut after {@code cuts[i]}, or the line after the last one. */
    private static long next(List<Cut> cuts, int i, int lines) {
        return i < cuts.size() ? cuts.get(i).line : lines + 1L;
    }

    private static Section section(long first, long last, int[] starts, int length, Detection d, String command) {
        int from = starts[(int) first - 1];
        int to = last >= starts.length ? length : starts[(int) last];
        return new Section(first, last, from, to, d, command);
    }

    /** The kind of the lines {@code [first, end)}, from their first bytes. */
    private static Detection sniff(byte[] b, int[] starts, int length, long first, long end, ArtifactTypes types) {
        int from = starts[(int) first - 1];
        int to = end - 1 >= starts.length ? length : starts[(int) end - 1];
        int n = Math.min(to - from, ArtifactDispatcher.SAMPLE_BYTES);
        if (n <= 0) {
            return null;
        }
        byte[] head = Arrays.copyOfRange(b, from, from + n);
        Optional<Detection> d = types.sniff(Samples.of(head, n, n == to - from));
        return d.orElse(null);
    }

    /** A place where a section may start: a command line, or the line after a blank one. */
    private record Cut(long line, String command) {
    }

    /** Where sections may start, in order; null when there are too many places (a log, not a paste). */
    private static List<Cut> cuts(byte[] b, int length, int maxLineLength) {
        List<Cut> cuts = new ArrayList<>();
        Lines lines = EnvelopeLines.open(new ByteArrayInputStream(b, 0, length), maxLineLength, length);
        boolean blank = false;
        boolean content = false;
        try {
            while (lines.advance()) {
                long n = lines.lineNumber();
                if (lines.isPrompt()) {
                    cuts.add(new Cut(n, lines.command()));
                    blank = false;
                } else if (blank(lines.bytes(), lines.start(), lines.start() + lines.length())) {
                    blank = content;
                } else {
                    if (blank) {
                        cuts.add(new Cut(n, null));
                    }
                    blank = false;
                    content = true;
                }
                if (cuts.size() > MAX_CANDIDATES) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return cuts;
    }

    /** The offset of each line's first byte. */
    private static int[] lineStarts(byte[] b, int length) {
        int count = 1;
        for (int i = 0; i < length; i++) {
            if (b[i] == '\n' && i + 1 < length) {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < length && k < count; i++) {
            if (b[i] == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }
}
