package dev.mga.core.metrics;

import dev.mga.core.parse.ColumnTable;
import dev.mga.core.parse.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of {@code top} rows. kubectl pads its columns with spaces (Go's tabwriter: a cell
 * starts where its header word starts), so a row is cut at its header's positions
 * ({@link ColumnTable}, {@link #TABLE}); a row that no longer lines up with the header, or a table
 * without one, is read by words, which is exact for real output as no cell holds a space. Pasted
 * tables whose padding collapsed ({@code kube-apiserver514m}) or that carry text before the row
 * ({@code 15% - }) are repaired here, each repair reported by the caller.
 */
final class TopTokens {

    static final Pattern PERCENT = Pattern.compile("\\d{1,9}%");
    static final Pattern CPU = Pattern.compile("\\d+(?:\\.\\d+)?[num]?");
    static final Pattern MEMORY = Pattern.compile("\\d+(?:\\.\\d+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?");
    static final Pattern BINARY_MEMORY = Pattern.compile("\\d+(?:\\.\\d+)?(?:Ki|Mi|Gi|Ti|Pi|Ei)");
    private static final Pattern GLUED_CPU = Pattern.compile("(.*[A-Za-z_.-])(\\d+m)");
    private static final Pattern PASTED_SHARE = Pattern.compile("\\d+(?:\\.\\d+)?%");
    static final String UNKNOWN = "<unknown>";

    private TopTokens() {
    }

    /** How kubectl's tabwriter lays out a top table. */
    static final ColumnTable.Spec TABLE = ColumnTable.Spec.left();

    /** A row's cells: by the header's positions when there is a header, else by words. */
    static List<String> cells(String line, ColumnTable header) {
        return header == null ? Words.split(line) : header.read(line).cells();
    }

    static List<String> split(String line) {
        return Words.split(line);
    }

    /** Removes a leading {@code 15% - } (text pasted before the row); returns it, or "" when absent. */
    static String stripPastedShare(List<String> tokens) {
        if (tokens.size() > 2 && PASTED_SHARE.matcher(tokens.get(0)).matches() && tokens.get(1).equals("-")) {
            String share = tokens.get(0);
            tokens.remove(0);
            tokens.remove(0);
            return share;
        }
        return "";
    }

    /**
     * Splits a name cell glued to the CPU cell after it ({@code kube-apiserver514m} →
     * {@code kube-apiserver}, {@code 514m}); returns false when the cell does not end in a CPU value.
     */
    static boolean unglue(List<String> tokens, int index) {
        Matcher m = GLUED_CPU.matcher(tokens.get(index));
        if (!m.matches()) {
            return false;
        }
        tokens.set(index, m.group(1));
        tokens.add(index + 1, m.group(2));
        return true;
    }

    static boolean isHeader(List<String> tokens) {
        return !tokens.isEmpty() && (tokens.get(0).equals("NAME") || tokens.get(0).equals("NAMESPACE")
                || tokens.get(0).equals("POD")) && tokens.stream().anyMatch(t -> t.startsWith("CPU"));
    }
}
