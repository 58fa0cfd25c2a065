package dev.mga.core.model.memory;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.Map;

/**
 * One task row of a {@code top -b} snapshot.
 *
 * @param pid           process id
 * @param user          as printed (top cuts long names with {@code +})
 * @param residentBytes RES resolved to bytes ({@code 1.7g} → 1825361100), or -1 without a RES column
 * @param virtualBytes  VIRT in bytes, or -1
 * @param sharedBytes   SHR in bytes, or -1
 * @param cpuPercent    %CPU, or -1
 * @param memPercent    %MEM (RES as a share of physical memory), or -1
 * @param command       COMMAND as printed
 * @param commandCut    true when top cut the command to its column ({@code kube-ap+})
 * @param fields        every column as printed, by header name
 * @param location      where the row is
 * @param excerpt       the row as captured
 */
public record TopProcess(long pid, String user, long residentBytes, long virtualBytes, long sharedBytes,
                         double cpuPercent, double memPercent, String command, boolean commandCut,
                         Map<String, String> fields, Location location, String excerpt) implements Located {

    public TopProcess {
        fields = Map.copyOf(fields);
    }
}
