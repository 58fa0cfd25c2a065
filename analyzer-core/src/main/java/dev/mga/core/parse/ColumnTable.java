package dev.mga.core.parse;

import dev.mga.shaded.univocity.common.TextParsingException;
import dev.mga.shaded.univocity.fixed.FixedWidthFields;
import dev.mga.shaded.univocity.fixed.FixedWidthParser;
import dev.mga.shaded.univocity.fixed.FixedWidthParserSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * A blank-padded column table as command-line tools print them ({@code slabtop}, {@code free},
 * {@code hugeadm --pool-list}; {@code kubectl}/{@code oc} tables), its columns placed by the words
 * of its header line. Rows are cut at those positions by univocity-parsers' fixed-width parser.
 *
 * <p>Tools place a cell by its header word in one of two ways ({@link Spec#left} and
 * {@link Spec#right}), and neither holds for every row a support engineer has: C's {@code printf}
 * widths are minimums, so a value wider than its column pushes the rest of the row right (real
 * {@code hugeadm} output does it for a 16 GiB page size, slabtop for seven-digit object counts);
 * pasted tables lose their padding ({@code kube-apiserver514m 2232Mi}). A row whose cells do not
 * sit at the header's positions — a word crosses a column boundary, a cell holds a blank (other than
 * the last, when it {@link Spec#lastColumnTakesRest takes the rest}) or is empty before a filled
 * one — is read by blank-separated words ({@link Words}) instead. {@link Row#aligned} says which
 * reading a row had. Where both readings apply they give the same cells (a property test holds
 * them to it), so a row never reads differently for lining up.
 *
 * <p>Which readers use it, measured (thread CPU per capture, interleaved A/B against the readers
 * it replaced; see TablesBenchmark): slabtop -36%, free -58%, hugeadm -3%. kubectl top (+19% on
 * 60,000 containers), etcdctl's boxed tables (+39%: a parser set up for a table of a few rows) and
 * top -b's task table (+73%) stay on their hand split, which gives the same cells. Cutting a row
 * costs univocity 60-85% more than splitting it into words; its place is a table whose cells hold
 * blanks (the RESTARTS column of {@code oc get pods -o wide}: {@code 3 (2d ago)}).
 */
public final class ColumnTable {
    // one per table being read: univocity's parser keeps state between rows, so a table is not shared between threads


    /** Columns cut by position; the widest table mga reads has 16 (etcdctl 3.6), a header of more words is read by words. */
    public static final int MAX_COLUMNS = 64;

    /**
     * Characters of a blank-padded table's last column read by position: univocity holds a row's
     * cells in one buffer of the fields' total width. A longer row is read by words.
     */
    static final int LAST_CELL_MAX = 4096;

    /** One row's cells, and whether they were cut at the header's positions (false: read by words). */
    public record Row(List<String> cells, boolean aligned) {
    }

    /**
     * How a tool lays out a blank-padded table: where a cell sits against its header word, whether
     * the last column may hold blanks (top's COMMAND, slabtop's NAME), and which header names hold
     * a blank ({@code OBJ SIZE}).
     */
    public record Spec(boolean rightAligned, boolean lastTakesRest, List<String> multiWordNames) {

        /** Cells start where their header word starts: Go's tabwriter ({@code kubectl}, {@code oc}). */
        public static Spec left() {
            return new Spec(false, false, List.of());
        }

        /** Cells end where their header word ends: C's {@code printf("%8ld")} (procps, libhugetlbfs). */
        public static Spec right() {
            return new Spec(true, false, List.of());
        }

        /** The last column runs to the end of the line and may hold blanks. */
        public Spec lastColumnTakesRest() {
            return new Spec(rightAligned, true, multiWordNames);
        }

        /** Header names that hold a blank, read as one column. */
        public Spec names(String... multiWord) {
            return new Spec(rightAligned, lastTakesRest, List.of(multiWord));
        }

        /** The table whose header line this is. */
        public ColumnTable table(String header) {
            return ColumnTable.spaced(header, this);
        }

        /**
         * The table of this header line: {@code current} when it was made from the same line (a
         * per-host loop repeats one header thousands of times), else a new one.
         */
        public ColumnTable table(String header, ColumnTable current) {
            boolean same = current != null && current.header.equals(header) && current.spec.equals(this);
            return same ? current : table(header);
        }
    }

    private final String header;
    /** How the table was laid out. */
    private final Spec spec;
    private final List<String> names;
    /** Where each column's cells start and end (the last column: to the end of the line). */
    private final int[] starts;
    private final int[] ends;
    /** Null when the header has more than {@link #MAX_COLUMNS} columns: every row is then read by words. */
    private final FixedWidthParser parser;

    private ColumnTable(String header, Spec spec, List<String> names, int[] starts, int[] ends) {
        this.header = header;
        this.spec = spec;
        this.names = names;
        this.starts = starts;
        this.ends = ends;
        this.parser = starts.length == 0 || starts.length > MAX_COLUMNS ? null : parser(starts, ends);
    }

    /** A blank-padded table, its columns placed by the words of its header line. */
    static ColumnTable spaced(String header, Spec spec) {
        List<String> names = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(header.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            String name = multiWordName(header, i, spec.multiWordNames());
            if (name != null) {
                i += name.length();
            } else {
                while (i < n && !Character.isWhitespace(header.charAt(i))) {
                    i++;
                }
                name = header.substring(start, i);
            }
            names.add(name);
            spans.add(new int[] {start, i});
        }
        int k = spans.size();
        int[] starts = new int[k];
        int[] ends = new int[k];
        for (int c = 0; c < k; c++) {
            starts[c] = c == 0 ? 0 : spec.rightAligned() ? spans.get(c - 1)[1] : spans.get(c)[0];
        }
        for (int c = 0; c < k; c++) {
            ends[c] = c == k - 1 ? starts[c] + LAST_CELL_MAX : starts[c + 1];
        }
        return new ColumnTable(header, spec, List.copyOf(names), starts, ends);
    }

    /** The header's column names (blank-padded tables). */
    public List<String> names() {
        return names;
    }

    /** Reads one row of the table. */
    public Row read(String line) {
        if (parser != null && lineFits(line)) {
            String[] cells;
            try {
                cells = parser.parseLine(line + "\n");
            } catch (TextParsingException e) {
                cells = null; // univocity refused the row: it is read the other way
            }
            List<String> kept = cells == null || cells.length == 0 ? null : cellsFit(cells);
            if (kept != null) {
                return new Row(kept, true);
            }
        }
        return new Row(Words.split(line, spec.lastTakesRest() ? starts.length : 0), false);
    }

    /** True when no word of the line crosses a column boundary. */
    private boolean lineFits(String line) {
        int n = line.length();
        if (n > ends[ends.length - 1]) {
            return false;
        }
        for (int c = 1; c < starts.length; c++) {
            int b = starts[c];
            if (b >= n) {
                return true;
            }
            // right-aligned: the cell before ends at its header word's end, so the next character is a blank;
            // left-aligned: this cell starts at its header word, so the character before it is a blank
            if (!Character.isWhitespace(line.charAt(spec.rightAligned() ? b : b - 1))) {
                return false;
            }
        }
        return true;
    }

    /** The cells as kept (trailing empty ones dropped), or null when one holds a blank or is empty before a filled one. */
    private List<String> cellsFit(String[] cells) {
        int filled = cells.length;
        while (filled > 0 && cells[filled - 1].isEmpty()) {
            filled--;
        }
        for (int c = 0; c < filled; c++) {
            String cell = cells[c];
            if (cell.isEmpty() || !(spec.lastTakesRest() && c == starts.length - 1) && hasBlank(cell)) {
                return null;
            }
            if (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(cell.length() - 1))) {
                return null; // a tab or another blank than the padding: words would cut elsewhere
            }
        }
        List<String> out = new ArrayList<>(filled);
        for (int c = 0; c < filled; c++) {
            out.add(cells[c]);
        }
        return out;
    }

    private static boolean hasBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String multiWordName(String header, int at, List<String> names) {
        for (String name : names) {
            int end = at + name.length();
            if (header.startsWith(name, at) && (end == header.length() || Character.isWhitespace(header.charAt(end)))) {
                return name;
            }
        }
        return null;
    }

    private static FixedWidthParser parser(int[] starts, int[] ends) {
        FixedWidthFields fields = new FixedWidthFields();
        for (int c = 0; c < starts.length; c++) {
            fields.addField(starts[c], ends[c]);
        }
        FixedWidthParserSettings s = new FixedWidthParserSettings(fields);
        s.getFormat().setLineSeparator("\n");
        s.getFormat().setPadding(' ');
        s.getFormat().setComment('\0'); // univocity skips lines starting with '#' by default; a cell may start with one
        s.setLineSeparatorDetectionEnabled(false);
        s.setRecordEndsOnNewline(true);
        s.setSkipTrailingCharsUntilNewline(true);
        s.setSkipEmptyLines(false);
        // padding (blanks) is cut; other whitespace stays in the cell, where cellsFit sees it
        s.setKeepPadding(false);
        s.setIgnoreLeadingWhitespaces(false);
        s.setIgnoreTrailingWhitespaces(false);
        s.setNullValue("");
        s.setMaxCharsPerColumn(-1); // a cell is as long as the line, which the line reader bounds already
        s.setInputBufferSize(4096);
        return new FixedWidthParser(s);
    }
}
