package dev.mga.core.model.memory;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * One output of {@code free}, in any of its variants.
 *
 * @param host      node or host named by the path or a {@code HOSTNAME:} line, or ""
 * @param command   the command when the capture shows it ({@code free -g -h -l}), else ""
 * @param unitBytes what one unit of a bare number is: 1024 for the default KiB, 1048576 for
 *                  {@code -m}…; human sizes ({@code -h}) carry their own unit
 * @param human     true for {@code -h}: values are rounded to what was printed (e.g. {@code 5.2Gi})
 * @param columns   the header's columns, in order
 * @param rows      the rows, in order
 * @param location  the header line
 */
public record FreeOutput(String host, String command, long unitBytes, boolean human, List<String> columns,
                         List<FreeRow> rows, Location location) implements Located {

    public FreeOutput {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public Optional<FreeRow> row(String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst();
    }
}
