package dev.mga.core.model.vm;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;
import java.util.List;

/**
 * One line of {@code /proc/buddyinfo}: the free blocks of one zone of one NUMA node, per order (a block of order n
 * is 2^n contiguous base pages).
 *
 * @param host        node or host, or ""
 * @param node        the NUMA node
 * @param zone        {@code DMA}, {@code DMA32}, {@code Normal}, {@code Movable}
 * @param freeByOrder free blocks of order 0, 1, 2, … (11 orders up to 6.x x86 kernels, more on some arches)
 */
public record FreeBlocks(String host, int node, String zone, List<Long> freeByOrder, Location location, String excerpt)
        implements CapturedLine {

    public FreeBlocks {
        freeByOrder = List.copyOf(freeByOrder);
    }

    /** Free base pages in the zone: each block of order n is 2^n pages. */
    public long freePages() {
        long pages = 0;
        for (int o = 0; o < freeByOrder.size() && o < 62; o++) {
            pages += freeByOrder.get(o) << o;
        }
        return pages;
    }

    /** Free blocks of at least {@code order}. */
    public long blocksAtOrAbove(int order) {
        long n = 0;
        for (int o = Math.max(0, order); o < freeByOrder.size(); o++) {
            n += freeByOrder.get(o);
        }
        return n;
    }
}
