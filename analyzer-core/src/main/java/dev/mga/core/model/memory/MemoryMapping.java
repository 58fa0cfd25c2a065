package dev.mga.core.model.memory;

import dev.mga.core.model.Located;
import dev.mga.core.model.Location;
import java.util.List;
import java.util.Map;

/**
 * One mapping of {@code /proc/PID/smaps} (or the {@code [rollup]} pseudo-mapping of
 * {@code smaps_rollup}, or a {@code grep -A3} fragment of one).
 *
 * @param start     first address, hex as printed
 * @param end       end address, hex as printed
 * @param sizeBytes end − start
 * @param perms     {@code rw-s}, {@code r-xp}…
 * @param offset    file offset, hex as printed
 * @param device    {@code major:minor}
 * @param inode     inode of the backing file, 0 for anonymous memory
 * @param path      the backing file or {@code [heap]}, {@code [stack]}, {@code /anon_hugepage}…, "" for
 *                  anonymous memory; without the {@code (deleted)} mark
 * @param deleted   the file was deleted while mapped
 * @param bytes     every {@code Key: N kB} field in bytes ({@code Rss}, {@code KernelPageSize},
 *                  {@code Private_Hugetlb}, …)
 * @param counts    every unit-less field ({@code THPeligible}, {@code ProtectionKey})
 * @param vmFlags   the {@code VmFlags} two-letter flags
 * @param hugetlb   backed by hugetlbfs: the {@code ht} flag, hugetlb fields above 0, or a kernel
 *                  page larger than 4 KiB with the mapping on a hugetlbfs path
 * @param location  the mapping's header line
 * @param excerpt   that line
 */
public record MemoryMapping(String start, String end, long sizeBytes, String perms, String offset, String device,
                            long inode, String path, boolean deleted, Map<String, Long> bytes,
                            Map<String, Long> counts, List<String> vmFlags, boolean hugetlb, Location location,
                            String excerpt) implements Located {

    public MemoryMapping {
        bytes = Map.copyOf(bytes);
        counts = Map.copyOf(counts);
        vmFlags = List.copyOf(vmFlags);
    }

    /** A {@code kB} field in bytes, or -1 when the mapping does not show it. */
    public long field(String key) {
        return bytes.getOrDefault(key, -1L);
    }

    /** Resident bytes ({@code Rss}), 0 when not shown. */
    public long residentBytes() {
        return Math.max(0, field("Rss"));
    }

    /** Huge-page bytes: {@code Private_Hugetlb + Shared_Hugetlb}, or the size of a hugetlb fragment without them. */
    public long hugetlbBytes() {
        long p = field("Private_Hugetlb");
        long s = field("Shared_Hugetlb");
        if (p < 0 && s < 0) {
            return hugetlb ? Math.max(0, field("Size")) : 0;
        }
        return Math.max(0, p) + Math.max(0, s);
    }
}
