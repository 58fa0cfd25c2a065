package dev.mga.core.model.vm;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;
import java.util.List;
import java.util.Map;

/**
 * {@code /proc/pagetypeinfo}: the page block order (the order huge pages and compaction work in), and per zone and
 * migrate type the free blocks by order and how many page blocks each type holds.
 *
 * @param pageBlockOrder {@code Page block order:}, -1 when absent
 * @param pagesPerBlock  {@code Pages per block:}, -1 when absent
 * @param free           the free lists per node, zone and migrate type
 * @param blocks         the "Number of blocks type" table: per node and zone, page blocks per migrate type
 */
public record PageTypeInfo(String host, int pageBlockOrder, long pagesPerBlock, List<MigrateTypeFree> free,
                           List<ZoneBlocks> blocks, Location location, String excerpt) implements CapturedLine {

    public PageTypeInfo {
        free = List.copyOf(free);
        blocks = List.copyOf(blocks);
    }

    /** One row of the free lists: {@code Node 0, zone DMA32, type Movable 43511 5 0 …}. */
    public record MigrateTypeFree(int node, String zone, String type, List<Long> freeByOrder, long line) {
        public MigrateTypeFree {
            freeByOrder = List.copyOf(freeByOrder);
        }
    }

    /** One row of the block counts: {@code Node 0, zone DMA32 41 202 5 0 0}. */
    public record ZoneBlocks(int node, String zone, Map<String, Long> blocksByType, long line) {
        public ZoneBlocks {
            blocksByType = Map.copyOf(blocksByType);
        }
    }
}
