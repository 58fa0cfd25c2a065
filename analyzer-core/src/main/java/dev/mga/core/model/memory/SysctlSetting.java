package dev.mga.core.model.memory;

import dev.mga.core.model.Location;

/**
 * One line of {@code sysctl -a} (or {@code sysctl vm.nr_hugepages}, {@code sysctl -w …}):
 * {@code vm.nr_hugepages = 642}.
 *
 * A line of a configuration file ({@code /etc/sysctl.conf}, {@code /etc/sysctl.d/*.conf}: what the
 * host applies at boot, not what it runs with now) is marked {@code configuration}.
 *
 * @param host          node or host named by the path or a {@code HOSTNAME:} line, or ""
 * @param key           dotted name
 * @param value         as printed
 * @param configuration true for a line of a sysctl configuration file (by its path, or by its
 *                      {@code #} / {@code ;} comment lines, which {@code sysctl} output never has)
 * @param location      where the line is
 * @param excerpt       the line as captured
 */
public record SysctlSetting(String host, String key, String value, boolean configuration, Location location,
                            String excerpt) implements CapturedLine {

    /** The value as a whole number, or -1 when it is not one. */
    public long number() {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
