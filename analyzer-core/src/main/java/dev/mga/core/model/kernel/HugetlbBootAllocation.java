package dev.mga.core.model.kernel;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;

/**
 * What the kernel logged when it filled a huge page pool at boot from the {@code hugepages=} argument:
 * {@code HugeTLB: registered 2.00 MiB page size, pre-allocated 64 pages} or
 * {@code HugeTLB: allocating 2 of page size 1.00 GiB failed.  Only allocated 0 hugepages.}
 *
 * @param requested pages asked for, or -1 when the line does not say (the {@code registered} line)
 * @param allocated pages the pool got
 */
public record HugetlbBootAllocation(String host, long pageSizeBytes, long requested, long allocated, Location location,
                                    String excerpt) implements CapturedLine {

    public boolean failed() {
        return requested >= 0 && allocated < requested;
    }
}
