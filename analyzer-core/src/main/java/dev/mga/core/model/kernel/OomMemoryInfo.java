package dev.mga.core.model.kernel;

import java.util.List;

/**
 * The {@code Mem-Info:} section of a global OOM report: free pages, per-zone free and watermark, the huge page
 * pools, swap and RAM totals. Pages are the base page size, {@code pageSizeKb} (the smallest block of the free lists:
 * {@code Node 0 DMA32: 42*4kB …}; 4 on x86, 64 on most ppc64le kernels); -1 when not printed.
 */
public record OomMemoryInfo(long pageSizeKb, long freePages, long ramPages, long reservedPages, long freeSwapKb, long totalSwapKb,
                            List<OomZone> zones, List<OomHugepages> hugepages) {

    public OomMemoryInfo {
        zones = List.copyOf(zones);
        hugepages = List.copyOf(hugepages);
    }

    /** Pages in KiB, with 4 KiB pages assumed when the report's free lists were not captured. */
    public long kb(long pages) {
        return pages < 0 ? -1 : pages * (pageSizeKb > 0 ? pageSizeKb : 4);
    }

    /** Memory held in huge page pools, KiB: pages the OOM killer cannot free. */
    public long hugepagesKb() {
        long kb = 0;
        for (OomHugepages h : hugepages) {
            kb += Math.max(0, h.total()) * Math.max(0, h.pageSizeKb());
        }
        return kb;
    }
}
