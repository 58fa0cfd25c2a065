package dev.mga.core.metrics;

import dev.mga.core.model.Quantity;
import dev.mga.core.model.metrics.NodeTopTable;
import dev.mga.core.model.metrics.NodeUsage;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code oc adm top node} / {@code kubectl top node} output: with or without
 * {@code --show-capacity} (percentages of capacity instead of allocatable), both header spellings
 * ({@code CPU%}, {@code CPU(%)} since kubectl 1.29 or so), {@code --no-headers}, {@code <unknown>}
 * rows, and pasted tables whose columns collapsed: cells are then read by their units (m for CPU,
 * Ki/Mi/Gi for memory, % for percentages) and the row gets a diagnostic.
 */
public final class NodeTopParser implements ArtifactParser {

    private static final int COLUMNS = 4;

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        TopLines top = new TopLines(input.lines(), context);
        TopCommand command = TopCommand.NONE;
        String header = "";
        List<NodeUsage> rows = new ArrayList<>();
        while (top.next()) {
            String line = top.line();
            long n = top.number();
            TopCommand c = top.command();
            List<String> tokens = top.cells();
            if (c != null) {
                if (!rows.isEmpty()) {
                    emit(input, context, command, header, rows);
                    rows = new ArrayList<>();
                    header = "";
                }
                command = c;
                continue;
            }
            if (TopTokens.isHeader(tokens)) {
                header = line;
                continue;
            }
            String share = TopTokens.stripPastedShare(tokens);
            if (!share.isEmpty()) {
                context.diagnostic(n, "text '" + share + " - ' before the row is not kubectl output; ignored");
            }
            String bold = TopTokens.unbold(tokens);
            if (!bold.isEmpty()) {
                context.diagnostic(n, "Markdown emphasis around '" + bold + "' is not kubectl output; read without it");
            }
            NodeUsage row = row(tokens, input, n, line, context);
            if (row != null) {
                rows.add(row);
            }
        }
        if (!rows.isEmpty()) {
            emit(input, context, command, header, rows);
        }
    }

    private static void emit(ParseInput input, ParseContext context, TopCommand command, String header, List<NodeUsage> rows) {
        String percentOf = command.text().isEmpty() ? "unknown" : command.showCapacity() ? "capacity" : "allocatable";
        context.emit(new NodeTopTable(command.text(), percentOf, header, rows, input.location(0)));
    }

    private static NodeUsage row(List<String> tokens, ParseInput input, long n, String line, ParseContext context) {
        if (tokens.size() < 2) {
            context.diagnostic(n, "not a top node row (expected 'NAME CPU(cores) CPU% MEMORY(bytes) MEMORY%')");
            return null;
        }
        String node = tokens.get(0);
        List<String> cells = tokens.subList(1, tokens.size());
        if (cells.stream().allMatch(TopTokens.UNKNOWN::equals)) {
            return new NodeUsage(node, null, -1, null, -1, false, input.location(n), line);
        }
        Quantity cpu = null;
        Quantity memory = null;
        int cpuPct = -1;
        int memPct = -1;
        for (String cell : cells) {
            // the unit patterns say which column a cell is; Quantity still refuses numbers no kubectl prints
            Quantity q = Units.tryQuantity(cell).orElse(null);
            if (TopTokens.PERCENT.matcher(cell).matches()) {
                int v = Integer.parseInt(cell.substring(0, cell.length() - 1));
                if (memory == null && cpuPct < 0) {
                    cpuPct = v;
                } else {
                    memPct = v;
                }
            } else if (q != null && cpu == null && memory == null && TopTokens.CPU.matcher(cell).matches()) {
                cpu = q;
            } else if (q != null && memory == null && TopTokens.MEMORY.matcher(cell).matches()) {
                memory = q;
            } else if (!cell.equals(TopTokens.UNKNOWN)) {
                context.diagnostic(n, "cell '" + cell + "' is not a CPU, memory or percentage value (expected e.g. 1894m, 15272Mi, 93%)");
                return null;
            }
        }
        if (cells.size() != COLUMNS) {
            context.diagnostic(n, String.format(Locale.ROOT, "%d values for %d columns (expected CPU(cores) CPU%% "
                    + "MEMORY(bytes) MEMORY%%): read by their units as CPU %s, CPU%% %s, MEMORY %s, MEMORY%% %s",
                    cells.size(), COLUMNS, cpu == null ? "-" : cpu.text(), cpuPct < 0 ? "-" : cpuPct + "%",
                    memory == null ? "-" : memory.text(), memPct < 0 ? "-" : memPct + "%"));
        }
        return new NodeUsage(node, cpu, cpuPct, memory, memPct, true, input.location(n), line);
    }
}
