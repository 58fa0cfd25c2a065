package dev.mga.core.metrics;

import dev.mga.core.model.Quantity;
import dev.mga.core.model.metrics.PodTopTable;
import dev.mga.core.model.metrics.PodUsage;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code oc adm top pod} / {@code kubectl top pod} output in its shapes: plain
 * ({@code NAME CPU(cores) MEMORY(bytes)}), {@code -A} (NAMESPACE first), {@code --containers}
 * (POD and NAME), both together, {@code --no-headers} (the shape then comes from the pasted
 * command line, else from the number of cells), {@code --sort-by} and {@code --sum}. Pasted rows
 * with text before them or a name glued to its CPU cell are repaired with a diagnostic.
 */
public final class PodTopParser implements ArtifactParser {

    /**
     * Which name columns a table has, and whether CPU% and MEMORY% columns follow CPU and memory (a
     * kubectl built from kubernetes#123123, never released, prints them).
     */
    private record Shape(boolean namespace, boolean containers, boolean percents) {
        int nameColumns() {
            return 1 + (namespace ? 1 : 0) + (containers ? 1 : 0);
        }

        int valueColumns() {
            return percents ? 4 : 2;
        }
    }

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        TopLines top = new TopLines(input.lines(), context);
        TopCommand command = TopCommand.NONE;
        Shape shape = null;
        String header = "";
        List<PodUsage> rows = new ArrayList<>();
        Quantity[] sum = new Quantity[2];
        while (top.next()) {
            String line = top.line();
            long n = top.number();
            TopCommand c = top.command();
            List<String> tokens = top.cells();
            if (c == null && line.strip().startsWith("_")) {
                continue; // the underline above the --sum line
            }
            if (c != null) {
                emit(input, context, command, shape, header, rows, sum);
                rows = new ArrayList<>();
                sum = new Quantity[2];
                header = "";
                command = c;
                shape = c.noHeaders() ? new Shape(c.allNamespaces(), c.containers(), false) : null;
                continue;
            }
            if (TopTokens.isHeader(tokens)) {
                header = line;
                shape = new Shape(tokens.contains("NAMESPACE"), tokens.contains("POD"),
                        tokens.contains("CPU%") && tokens.contains("MEMORY%"));
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
            if (tokens.size() == 2 && tokens.stream().allMatch(t -> (TopTokens.MEMORY.matcher(t).matches()
                    || TopTokens.CPU.matcher(t).matches()) && Units.tryQuantity(t).isPresent())) {
                sum[0] = Units.quantity(tokens.get(0)); // the --sum line under the underscores
                sum[1] = Units.quantity(tokens.get(1));
                continue;
            }
            if (shape == null) {
                shape = guess(tokens.size(), n, context);
                if (shape == null) {
                    continue;
                }
            }
            row(tokens, shape, command, input, n, line, context).ifPresent(rows::add);
        }
        emit(input, context, command, shape, header, rows, sum);
    }

    private static Shape guess(int cells, long n, ParseContext context) {
        switch (cells) {
            case 3:
                return new Shape(false, false, false);
            case 5:
                return new Shape(true, true, false);
            case 4:
                context.diagnostic(n, "no header or command line: 4 columns read as NAMESPACE NAME CPU MEMORY "
                        + "(-A); with --containers they would be POD NAME CPU MEMORY");
                return new Shape(true, false, false);
            default:
                context.diagnostic(n, "not a top pod row (expected NAME CPU(cores) MEMORY(bytes), with NAMESPACE "
                        + "and/or POD columns before it)");
                return null;
        }
    }

    private static Optional<PodUsage> row(List<String> tokens, Shape shape, TopCommand command, ParseInput input,
                                          long n, String line, ParseContext context) {
        int names = shape.nameColumns();
        int values = shape.valueColumns();
        if (tokens.size() == names + values - 1 && TopTokens.unglue(tokens, names - 1)) {
            context.diagnostic(n, "name and CPU ran together in '" + line.strip() + "'; read as "
                    + tokens.get(names - 1) + " " + tokens.get(names));
        }
        if (tokens.size() != names + values) {
            context.diagnostic(n, tokens.size() + " cells where " + (names + values) + " were expected ("
                    + (shape.namespace() ? "NAMESPACE " : "") + (shape.containers() ? "POD NAME" : "NAME")
                    + (shape.percents() ? " CPU(cores) CPU% MEMORY(bytes) MEMORY%)" : " CPU(cores) MEMORY(bytes))"));
            return Optional.empty();
        }
        int memoryAt = shape.percents() ? names + 2 : names + 1;
        Optional<Quantity> cpu = Units.tryQuantity(tokens.get(names));
        Optional<Quantity> memory = Units.tryQuantity(tokens.get(memoryAt));
        if (cpu.isEmpty() || memory.isEmpty()) {
            context.diagnostic(n, "CPU '" + tokens.get(names) + "' or memory '" + tokens.get(memoryAt)
                    + "' is not a quantity (expected e.g. 386m and 2452Mi)");
            return Optional.empty();
        }
        if (shape.percents() && !(TopTokens.PERCENT.matcher(tokens.get(names + 1)).matches()
                && TopTokens.PERCENT.matcher(tokens.get(names + 3)).matches())) {
            context.diagnostic(n, "CPU% '" + tokens.get(names + 1) + "' or MEMORY% '" + tokens.get(names + 3)
                    + "' is not a percentage (expected e.g. 0% and 1%)");
            return Optional.empty();
        }
        String namespace = shape.namespace() ? tokens.get(0) : command.namespace();
        int podIndex = shape.namespace() ? 1 : 0;
        String pod = tokens.get(podIndex);
        String container = shape.containers() ? tokens.get(podIndex + 1) : "";
        return Optional.of(new PodUsage(namespace, pod, container, cpu.get(), memory.get(), input.location(n), line));
    }

    private static void emit(ParseInput input, ParseContext context, TopCommand command, Shape shape, String header,
                             List<PodUsage> rows, Quantity[] sum) {
        if (rows.isEmpty()) {
            return;
        }
        context.emit(new PodTopTable(command.text(), shape.namespace(), shape.containers(), command.sortBy(), header,
                rows, sum[0], sum[1], input.location(0)));
    }
}
