package dev.mga.core.model.memory;

import dev.mga.core.model.Location;

/**
 * One line of {@code /proc/meminfo} or a NUMA node's meminfo: {@code MemTotal: 16652928 kB},
 * {@code HugePages_Total: 20}. Keys the parser does not know are kept the same way.
 *
 * @param key      as printed, e.g. {@code MemAvailable}, {@code Active(anon)}, {@code HugePages_Rsvd}
 * @param value    the number as printed
 * @param unit     {@code kB}, or "" for counts (huge pages)
 * @param bytes    the value in bytes for {@code kB} lines, or -1 for counts
 * @param location where the line is
 * @param excerpt  the line as captured
 */
public record MeminfoField(String key, long value, String unit, long bytes, Location location, String excerpt)
        implements CapturedLine {
}
