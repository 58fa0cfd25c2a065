package dev.mga.core.model.vm;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;
import java.util.List;

/**
 * A transparent huge page setting of {@code /sys/kernel/mm/transparent_hugepage}: {@code enabled}
 * ({@code always [madvise] never}), {@code defrag}, {@code shmem_enabled}, {@code khugepaged/defrag}. The kernel
 * prints every choice and brackets the one in force.
 *
 * @param name     the file, relative to transparent_hugepage ({@code enabled}, {@code khugepaged/defrag})
 * @param selected the bracketed choice, or the value itself for a plain one ({@code 1}), "" when none
 * @param choices  every choice printed
 */
public record ThpSetting(String host, String name, String selected, List<String> choices, Location location,
                         String excerpt) implements CapturedLine {

    public ThpSetting {
        choices = List.copyOf(choices);
    }
}
