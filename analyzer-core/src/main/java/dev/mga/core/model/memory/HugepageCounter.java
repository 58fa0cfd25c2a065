package dev.mga.core.model.memory;

import dev.mga.core.model.Location;
import dev.mga.core.parse.Numbers;
import dev.mga.core.parse.Units;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hugetlb sysfs counter: {@code /sys/kernel/mm/hugepages/hugepages-2048kB/resv_hugepages}
 * (the whole host) or {@code /sys/devices/system/node/node0/hugepages/hugepages-2048kB/free_hugepages}
 * (one NUMA node), read from the file itself or from a {@code path: value} dump.
 *
 * @param host          node or host named by the path, or ""
 * @param numaNode      the NUMA node, or -1 for the host's global pool
 * @param pageSizeBytes the pool's page size, from {@code hugepages-<N>kB}
 * @param counter       {@code nr_hugepages}, {@code free_hugepages}, {@code resv_hugepages},
 *                      {@code surplus_hugepages}, {@code nr_overcommit_hugepages}, {@code nr_hugepages_mempolicy},
 *                      {@code demote_size}, {@code demote}, …
 * @param value         pages, or kB for {@code demote_size}
 * @param unit          "" for pages, {@code kB} for sizes
 * @param location      where the value is
 * @param excerpt       the line as captured
 */
public record HugepageCounter(String host, int numaNode, long pageSizeBytes, String counter, long value, String unit,
                              Location location, String excerpt) implements CapturedLine {

    private static final Pattern PATH = Pattern.compile(
            "(?:^|/)sys/(?:kernel/mm|devices/system/node/node(\\d+))/hugepages/hugepages-(\\d+)kB/(\\w+)$");
    private static final Pattern VALUE = Pattern.compile("^(\\d+)\\s*(kB)?$");

    /** Where a sysfs path puts a counter: NUMA node (-1 for global), page size and name. */
    public record Place(int numaNode, long pageSizeBytes, String counter) {
    }

    public static Optional<Place> place(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.find()) {
            return Optional.empty();
        }
        long node = m.group(1) == null ? -1 : Numbers.whole(m.group(1));
        long size = Units.kibToBytes(Numbers.whole(m.group(2)));
        if (node > Integer.MAX_VALUE || m.group(1) != null && node < 0 || size < 0) {
            return Optional.empty(); // numbers no kernel prints: not a sysfs path
        }
        return Optional.of(new Place((int) node, size, m.group(3)));
    }

    /** A counter from its place and the value text ({@code 17}, {@code 2048kB}); empty when not a number. */
    public static Optional<HugepageCounter> of(String host, Place p, String value, Location at, String excerpt) {
        Matcher v = VALUE.matcher(value.strip());
        if (!v.matches()) {
            return Optional.empty();
        }
        long count = Numbers.whole(v.group(1));
        return count < 0 ? Optional.empty() : Optional.of(new HugepageCounter(host, p.numaNode(), p.pageSizeBytes(),
                p.counter(), count, v.group(2) == null ? "" : "kB", at, excerpt));
    }
}
