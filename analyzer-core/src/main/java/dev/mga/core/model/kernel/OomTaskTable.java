package dev.mga.core.model.kernel;

import java.util.List;

/**
 * The task table of an OOM report, bounded: the largest tasks by RSS, and the count and RSS of all of them.
 *
 * @param columns  the header's column names, as this kernel prints them
 * @param largest  the tasks with the most RSS, largest first (at most a few)
 * @param tasks    how many rows the table had
 * @param rssPages the RSS of all rows, pages
 */
public record OomTaskTable(List<String> columns, List<OomTask> largest, long tasks, long rssPages) {

    public static final OomTaskTable NONE = new OomTaskTable(List.of(), List.of(), 0, 0);

    public OomTaskTable {
        columns = List.copyOf(columns);
        largest = List.copyOf(largest);
    }
}
