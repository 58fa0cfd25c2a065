package dev.mga.core.model.metrics;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.model.Quantity;
import java.util.List;

/**
 * One {@code top pod} table.
 *
 * @param command        the command line pasted above the table, ""
 * @param allNamespaces  a NAMESPACE column ({@code -A})
 * @param containers     one row per container ({@code --containers})
 * @param sortBy         {@code cpu} or {@code memory} from {@code --sort-by}, ""
 * @param header         the header line, "" for {@code --no-headers}
 * @param rows           the rows in order
 * @param totalCpu       the {@code --sum} line's CPU, null without one
 * @param totalMemory    the {@code --sum} line's memory, null without one
 * @param location       the file
 */
public record PodTopTable(String command, boolean allNamespaces, boolean containers, String sortBy, String header,
                          List<PodUsage> rows, Quantity totalCpu, Quantity totalMemory, Location location)
        implements Located {

    public PodTopTable {
        rows = List.copyOf(rows);
    }
}
