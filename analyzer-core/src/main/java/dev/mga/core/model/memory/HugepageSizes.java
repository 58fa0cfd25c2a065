package dev.mga.core.model.memory;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;

/**
 * The page sizes a host's kernel offers: {@code ls /sys/kernel/mm/hugepages} ({@code hugepages-16384kB
 * hugepages-16777216kB}).
 *
 * @param host          node or host named by the path, or ""
 * @param pageSizesBytes each offered size, in the order listed
 * @param location      the listing's first line
 * @param excerpt       that line
 */
public record HugepageSizes(String host, List<Long> pageSizesBytes, Location location, String excerpt)
        implements Located {

    public HugepageSizes {
        pageSizesBytes = List.copyOf(pageSizesBytes);
    }
}
