package dev.mga.core.memory;

import dev.mga.core.model.memory.FreeOutput;
import dev.mga.core.model.memory.FreeRow;
import dev.mga.core.parse.ColumnTable;
import dev.mga.core.parse.Units;
import dev.mga.core.parse.Words;
import dev.mga.core.source.EntryNames;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code free} (procps-ng 3.3 and 4.x, procps 3.2's {@code -/+ buffers/cache} row, and BusyBox's
 * {@code total used free shared buffers} header with its {@code -/+ buffers:} row): the
 * header names the columns ({@code buff/cache}, or {@code buffers cache} with {@code -w}), rows
 * follow ({@code Mem Low High Swap Total}). Bare numbers are KiB unless the command shown in the
 * capture ({@code $ free -m}) or the file name ({@code sos_commands/memory/free_-m}) says otherwise;
 * {@code -h} sizes ({@code 15Gi}, {@code 348Mi}, {@code 0B}) carry their unit. free prints each
 * value right-aligned in a {@code printf} width under its header word, so a row's values are cut
 * at the header's positions (its label blanked, as the header has no word over it); a value wider
 * than its column pushes the row right and the row is read by words. A header and labels procps-ng
 * translated ({@code gesamt benutzt frei …}, {@code Speicher:}, {@code 内存：}) are read back to the
 * English names ({@link FreeLanguages}) and their rows by words, since a translated word does not
 * stand over its values; a header with columns of no known name is reported.
 */
public final class FreeParser implements ArtifactParser {

    /** Rows kept under one header: free prints at most six. */
    static final int MAX_ROWS = 64;
    private static final ColumnTable.Spec TABLE = ColumnTable.Spec.right();

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String host = input.host();
        String command = commandFromFileName(EntryNames.fileName(input.entry().detectName()));
        List<String> columns = null;
        ColumnTable table = null;
        boolean byWords = false;
        List<FreeRow> rows = new ArrayList<>();
        long headerLine = 0;
        String line;
        while ((line = lines.next()) != null) {
            long n = lines.lineNumber();
            String hostname = ShellTranscript.hostname(line);
            if (hostname != null || lines.isPrompt()) {
                emit(input, context, host, command, columns, rows, headerLine);
                columns = null;
                rows = new ArrayList<>();
                if (hostname != null) {
                    host = hostname;
                } else {
                    String free = freeCommand(lines.command());
                    command = free.isEmpty() ? command : free;
                }
                continue;
            }
            line = withoutCommandWord(line);
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            List<String> translated = FreeLanguages.columns(t);
            if (translated != null || t.startsWith("total ")) {
                emit(input, context, host, command, columns, rows, headerLine);
                table = TABLE.table(line, table);
                byWords = translated != null;
                columns = byWords ? translated : table.names();
                rows = new ArrayList<>();
                headerLine = n;
                List<String> unknown = columns.stream().filter(c -> !ENGLISH.contains(c)).toList();
                if (!unknown.isEmpty()) {
                    context.diagnostic(n, "free header with columns mga does not know (" + String.join(", ", unknown)
                            + "; expected procps's 'total used free shared buff/cache available' or a translation of it"
                            + " procps-ng ships): the rules that need them cannot judge this host");
                }
                continue;
            }
            if (columns == null) {
                context.diagnostic(n, "not a free header (expected 'total used free shared buff/cache available')");
                continue;
            }
            FreeRow row = row(line, table, byWords ? columns : null, command, input, n);
            if (row != null && rows.size() >= MAX_ROWS) {
                context.diagnostic(n, "more than " + MAX_ROWS + " rows under one header (expected free's few rows);"
                        + " this one is left out");
            } else if (row == null) {
                context.diagnostic(n, "not a free row (expected 'Mem:', 'Swap:', 'Low:', 'High:' or 'Total:'"
                        + " and one size per column)");
            } else {
                rows.add(row);
            }
        }
        emit(input, context, host, command, columns, rows, headerLine);
    }

    private static void emit(ParseInput input, ParseContext context, String host, String command, List<String> columns,
                             List<FreeRow> rows, long headerLine) {
        if (columns != null && !rows.isEmpty()) {
            implausibleUnit(context, command, rows);
            context.emit(new FreeOutput(host, command, unitBytes(command), human(command), columns, rows,
                    input.location(headerLine)));
        }
    }

    /** Below this many KiB, a bare Mem total is no Linux host's: the numbers were printed in a larger unit. */
    private static final long MIN_HOST_KIB = 4096;

    /**
     * Says so when free's unit is assumed (no unit option in a command line or file name) and the Mem
     * total read in KiB is smaller than any host: {@code free -m} or {@code -g} pasted without its
     * command. The unit is not guessed ({@code 251} is a 251 MiB host under {@code -m} and a 251 GiB
     * one under {@code -g}); the sizes stay in KiB and only their ratios hold.
     */
    private static void implausibleUnit(ParseContext context, String command, List<FreeRow> rows) {
        if (hasUnitOption(command)) {
            return;
        }
        for (FreeRow r : rows) {
            Long total = r.bytes().get("total");
            String cells = r.excerpt().substring(Math.max(0, r.excerpt().indexOf(':') + 1)).strip();
            String first = cells.isEmpty() ? "" : Words.split(cells).get(0);
            if (r.label().equals("Mem") && total != null && total < MIN_HOST_KIB * 1024 && !first.isEmpty()
                    && first.chars().allMatch(Character::isDigit)) {
                context.diagnostic(r.location().line(), "free's unit is not in the capture (no command line or file name"
                        + " with -b, -k, -m, -g or -h) and a Mem total of " + first + " KiB is no host's: the output was"
                        + " made with -m or -g; sizes are kept in KiB as free's default, and only their ratios hold");
                return;
            }
        }
    }

    /** free's options that choose the unit of its numbers. */
    private static final java.util.Set<String> UNIT_OPTIONS = java.util.Set.of("--bytes", "--kilo", "--kibi", "--mega",
            "--mebi", "--giga", "--gibi", "--tera", "--tebi", "--peta", "--pebi", "--human");

    private static boolean hasUnitOption(String command) {
        for (String arg : Words.split(command)) {
            if (UNIT_OPTIONS.contains(arg) || !arg.startsWith("--") && arg.startsWith("-")
                    && arg.chars().anyMatch(c -> c == 'b' || c == 'k' || c == 'm' || c == 'g' || c == 'h')) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param translated the English columns of a translated header, whose words do not stand over
     *                   their values (a row is then read by words), or null for an English header
     */
    private static FreeRow row(String raw, ColumnTable table, List<String> translated, String command, ParseInput input, long n) {
        int colon = FreeLanguages.labelEnd(raw);
        int start = 0;
        while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) {
            start++;
        }
        if (colon <= start) {
            return null;
        }
        String label = FreeLanguages.label(raw.substring(start, colon));
        boolean words = translated != null || !ascii(raw, colon);
        List<String> values = words ? Words.split(raw.substring(colon + 1))
                : table.read(" ".repeat(colon + 1) + raw.substring(colon + 1)).cells();
        // procps 3.2's "-/+ buffers/cache:" row gives used and free without the buffers and cache,
        // BusyBox's "-/+ buffers:" (its free has no cached column) without the buffers
        List<String> names = label.equals("-/+ buffers/cache") || label.equals("-/+ buffers") ? List.of("used", "free")
                : translated != null ? translated : table.names();
        if (values.isEmpty() || values.size() > names.size()) {
            return null;
        }
        long unit = unitBytes(command);
        boolean si = si(command);
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            long b = Units.freeSize(values.get(i), unit, si);
            if (b < 0) {
                return null;
            }
            bytes.put(names.get(i), b);
        }
        return new FreeRow(label, bytes, input.location(n), raw);
    }

    /**
     * The line with the word {@code free} blanked when it stands before free's header ({@code free
     * total used free …}: the command typed over the header's leading blanks); any other line as it is.
     * Blanks keep every column where free printed it.
     */
    static String withoutCommandWord(String line) {
        int at = 0;
        while (at < line.length() && line.charAt(at) == ' ') {
            at++;
        }
        if (!line.startsWith("free ", at) || !line.substring(at + 5).stripLeading().startsWith("total ")) {
            return line;
        }
        return line.substring(0, at) + "    " + line.substring(at + 4);
    }

    /** Whether the text before {@code end} is ASCII: a label in another script is wider on screen than in characters. */
    private static boolean ascii(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** The column names of procps's English headers (default, -w, procps 3.2 and BusyBox's). */
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("total", "used", "free", "shared", "buff/cache",
            "buffers", "cache", "cached", "available");

    /**
     * The {@code free …} of a command line, also when it follows another command ({@code numfmt … && free -h},
     * {@code sync; free -m}, {@code sudo free -g}); empty when the line runs no free.
     */
    static String freeCommand(String command) {
        List<String> words = Words.split(command);
        int from = -1;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("free") && (i == 0 || separator(words.get(i - 1)) || words.get(i - 1).equals("sudo"))) {
                from = i;
            }
        }
        if (from < 0) {
            return "";
        }
        StringBuilder out = new StringBuilder("free");
        for (int i = from + 1; i < words.size(); i++) {
            String w = words.get(i);
            boolean last = w.endsWith(";");
            if (last && w.length() > 1) {
                out.append(' ').append(w, 0, w.length() - 1); // "free -h; uptime"
            } else if (!last && !separator(w)) {
                out.append(' ').append(w);
                continue;
            }
            break;
        }
        return out.toString().strip();
    }

    private static boolean separator(String word) {
        return word.equals("&&") || word.equals("||") || word.equals(";") || word.equals("|") || word.endsWith(";");
    }

    /** sos names command outputs after the command: {@code free}, {@code free_-m}. */
    static String commandFromFileName(String file) {
        String f = file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
        return f.startsWith("free") ? f.replace('_', ' ').strip() : "";
    }

    /** True when free ran with {@code --si}: powers of 1000. */
    static boolean si(String command) {
        return Words.split(command).contains("--si");
    }

    /** Bytes per unit of a bare number, from free's unit options (the last one wins, as in free). */
    static long unitBytes(String command) {
        long unit = 1024;
        List<String> args = Words.split(command);
        long k = si(command) ? 1000 : 1024;
        for (String arg : args) {
            if (arg.startsWith("--")) {
                unit = switch (arg) {
                    case "--bytes" -> 1;
                    case "--kilo", "--kibi" -> k;
                    case "--mega", "--mebi" -> k * k;
                    case "--giga", "--gibi" -> k * k * k;
                    case "--tera", "--tebi" -> k * k * k * k;
                    case "--peta", "--pebi" -> k * k * k * k * k;
                    default -> unit;
                };
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                for (char c : arg.substring(1).toCharArray()) {
                    unit = switch (c) {
                        case 'b' -> 1;
                        case 'k' -> k;
                        case 'm' -> k * k;
                        case 'g' -> k * k * k;
                        default -> unit;
                    };
                }
            }
        }
        return unit;
    }

    static boolean human(String command) {
        for (String arg : Words.split(command)) {
            if (arg.equals("--human") || (arg.startsWith("-") && !arg.startsWith("--") && arg.indexOf('h') > 0)) {
                return true;
            }
        }
        return false;
    }
}
