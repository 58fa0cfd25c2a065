package dev.mga.core.model.vm;

import dev.mga.core.model.Location;
import dev.mga.core.model.memory.CapturedLine;

/**
 * One zone of {@code /proc/zoneinfo}: free pages and the watermarks kswapd and direct reclaim work against. Base
 * pages; -1 when not printed.
 *
 * @param location the zone's {@code Node 0, zone DMA32} line
 */
public record ZoneWatermarks(String host, int node, String zone, long freePages, long minPages, long lowPages,
                             long highPages, long presentPages, long managedPages, Location location, String excerpt)
        implements CapturedLine {
}
