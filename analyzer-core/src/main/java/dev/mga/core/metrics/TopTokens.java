package dev.mga.core.metrics;

import dev.mga.core.parse.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splitting {@code top} rows into cells. kubectl pads its columns with spaces (tabwriter) and no
 * cell holds a space, so splitting into words is exact for real output; pasted tables whose
 * padding collapsed ({@code kube-apiserver514m}) or that carry text before the row
 * ({@code 15% - }) are repaired here, each repair reported by the caller. Cutting rows at the
 * header's positions ({@code ColumnTable.Spec.left()}, univocity) gives the same cells and cost 19%
 * more CPU than the regex split this replaced on a 60,000-container {@code top pod}, 37% more
 * than words, so words it is.
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
