package dev.mga.core.model.memory;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import dev.mga.core.parse.Units;
import java.util.List;

/**
 * One host's pool of one huge page size (or one NUMA node's share of it), joined from whatever the
 * capture has: the sysfs counters, meminfo's {@code HugePages_*} lines (the default size),
 * {@code hugeadm --pool-list} or {@code sysctl vm.nr_hugepages}. Counts are pages; -1 is "not captured".
 *
 * @param host          node or host, or ""
 * @param numaNode      the NUMA node, or -1 for the host
 * @param pageSizeBytes the page size, 0 when only {@code sysctl} named the (default) pool and no
 *                      meminfo says which size that is
 * @param source        what the counts come from: {@code sysfs}, {@code meminfo}, {@code hugeadm}, {@code sysctl}
 * @param total         pages in the pool ({@code nr_hugepages}, {@code HugePages_Total}), surplus included
 * @param free          pages not allocated to any mapping ({@code free_hugepages}, {@code HugePages_Free})
 * @param reserved      free pages promised to mappings not yet touched ({@code resv_hugepages}, {@code HugePages_Rsvd})
 * @param surplus       pages above the persistent pool, from overcommit ({@code surplus_hugepages})
 * @param overcommit    the overcommit allowance ({@code nr_overcommit_hugepages})
 * @param memTotalBytes the host's MemTotal (meminfo or free), or -1
 * @param evidence      the captured lines the counts come from
 * @param location      the first of them
 */
public record HugepagePool(String host, int numaNode, long pageSizeBytes, String source, long total, long free,
                           long reserved, long surplus, long overcommit, long memTotalBytes,
                           List<CapturedLine> evidence, Location location) implements Located {

    public HugepagePool {
        evidence = List.copyOf(evidence);
    }

    /** Free pages nobody has reserved: what a new mapping can still get from the pool; -1 when unknown. */
    @JsonProperty("unreserved")
    public long unreserved() {
        return free < 0 || reserved < 0 ? -1 : free - reserved;
    }

    /**
     * Pages a new mapping can get: the unreserved free pages plus what overcommit may still add
     * as surplus pages; -1 when unknown.
     */
    @JsonProperty("headroom")
    public long headroom() {
        long u = unreserved();
        if (u < 0) {
            return -1;
        }
        long room = overcommit < 0 ? 0 : Math.max(0, overcommit - Math.max(0, surplus));
        return Math.max(0, u) + room;
    }

    /** The pool's memory: total pages × page size. */
    @JsonProperty("poolBytes")
    public long poolBytes() {
        return total < 0 ? -1 : total * pageSizeBytes;
    }

    /** The pool's share of the host's memory, or -1 when MemTotal is not captured. */
    @JsonProperty("shareOfMemory")
    public double shareOfMemory() {
        return memTotalBytes <= 0 || total < 0 ? -1 : (double) poolBytes() / memTotalBytes;
    }

    /** The page size as Kubernetes names it ({@code 2Mi}, {@code 1Gi}, {@code 16Mi}). */
    @JsonProperty("pageSizeName")
    public String pageSizeName() {
        return pageSizeBytes <= 0 ? "default" : Units.binaryQuantity(pageSizeBytes);
    }
}
