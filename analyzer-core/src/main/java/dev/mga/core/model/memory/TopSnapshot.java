package dev.mga.core.model.memory;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Map;

/**
 * One iteration of {@code top -b}: its summary lines and the tasks holding the most resident
 * memory (all of them when there are at most 25).
 *
 * @param host          node or host named by the path or a {@code HOSTNAME:} line, or ""
 * @param iteration     1 for the first snapshot of this host in the file, 2 for the next ({@code -n 2})
 * @param time          the clock time top printed ({@code 23:41:40})
 * @param uptime        as printed ({@code 7 days, 11:58})
 * @param users         logged-in users
 * @param load          the three load averages
 * @param tasks         {@code total running sleeping stopped zombie} → count ({@code Threads:} with {@code -H})
 * @param cpu           {@code us sy ni id wa hi si st} → percent
 * @param memoryUnit    the unit of the summary ({@code KiB}… {@code EiB}, chosen with {@code -E})
 * @param memory        {@code total free used buff/cache} (or {@code buffers}) → bytes, rounded as printed
 * @param swap          {@code total free used} → bytes
 * @param availableBytes {@code avail Mem} in bytes, or -1
 * @param columns       the task header's columns, in order (none when only the summary was captured)
 * @param processCount  task rows in the snapshot
 * @param processes     the rows kept: the most resident first
 * @param location      the {@code top -} line
 * @param excerpt       that line
 */
public record TopSnapshot(String host, int iteration, String time, String uptime, int users, List<Double> load,
                          Map<String, Long> tasks, Map<String, Double> cpu, String memoryUnit, Map<String, Long> memory,
                          Map<String, Long> swap, long availableBytes, List<String> columns, int processCount,
                          List<TopProcess> processes, Location location, String excerpt) implements Located {

    public TopSnapshot {
        load = List.copyOf(load);
        tasks = Map.copyOf(tasks);
        cpu = Map.copyOf(cpu);
        memory = Map.copyOf(memory);
        swap = Map.copyOf(swap);
        columns = List.copyOf(columns);
        processes = List.copyOf(processes);
    }

    /** Physical memory in bytes as the summary gives it, or -1. */
    public long memoryTotalBytes() {
        return memory.getOrDefault("total", -1L);
    }
}
