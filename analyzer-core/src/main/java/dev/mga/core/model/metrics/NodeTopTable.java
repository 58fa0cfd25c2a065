package dev.mga.core.model.metrics;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * One {@code top node} table.
 *
 * @param command   the command line pasted above the table, "" when there was none
 * @param percentOf what the percentages are of: {@code capacity} ({@code --show-capacity}) or
 *                  {@code allocatable} (kubectl's default); {@code unknown} without a command line
 * @param header    the header line, "" for {@code --no-headers}
 * @param rows      the rows in order
 * @param location  the file
 */
public record NodeTopTable(String command, String percentOf, String header, List<NodeUsage> rows, Location location)
        implements Located {

    public NodeTopTable {
        rows = List.copyOf(rows);
    }

    /** Nodes printed as {@code <unknown>}. */
    public List<NodeUsage> missing() {
        return rows.stream().filter(r -> !r.metricsAvailable()).toList();
    }
}
