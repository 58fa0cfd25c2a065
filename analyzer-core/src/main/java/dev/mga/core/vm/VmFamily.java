package dev.mga.core.vm;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The vm family: the page allocator's state ({@code /proc/buddyinfo}, {@code pagetypeinfo}, {@code zoneinfo},
 * {@code vmstat}) and the transparent huge page settings. sos copies buddyinfo and zoneinfo in its kernel plugin,
 * pagetypeinfo, vmstat and {@code /sys/kernel/mm/transparent_hugepage} in its memory plugin.
 */
public final class VmFamily implements ArtifactFamily {

    private static final Pattern BUDDY = BuddyInfoParser.LINE;
    private static final Pattern ZONE = Pattern.compile("^Node \\d{1,4}, zone +\\w{1,16}\\s*$");

    @Override
    public String name() {
        return "vm";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                ArtifactType.declare("vm.buddyinfo")
                        .describedAs("/proc/buddyinfo: free blocks per order, per zone")
                        .paths("**/proc/buddyinfo", "**/buddyinfo.txt") // sos kernel.py add_copy_spec("/proc/buddyinfo")
                        .accepts(VmFamily::text)
                        .sniffer(s -> allLines(s, BUDDY))
                        .parser(new BuddyInfoParser())
                        .build(),
                ArtifactType.declare("vm.pagetypeinfo")
                        .describedAs("/proc/pagetypeinfo: page block order, free blocks per migrate type, blocks per type")
                        .paths("**/proc/pagetypeinfo", "**/pagetypeinfo.txt") // sos memory.py "/proc/pagetypeinfo"
                        .accepts(VmFamily::text)
                        .sniffer(s -> s.text().startsWith("Page block order:"))
                        .parser(new PageTypeInfoParser())
                        .build(),
                ArtifactType.declare("vm.zoneinfo")
                        .describedAs("/proc/zoneinfo: free pages and watermarks per zone")
                        .paths("**/proc/zoneinfo", "**/zoneinfo.txt") // sos kernel.py add_copy_spec("/proc/zoneinfo")
                        .accepts(VmFamily::text)
                        .sniffer(VmFamily::zoneinfo)
                        .parser(new ZoneInfoParser())
                        .build(),
                ArtifactType.declare("vm.vmstat")
                        .describedAs("/proc/vmstat: memory event counters (compaction, huge page allocation, reclaim)")
                        .paths("**/proc/vmstat", "**/proc-vmstat.txt") // sos memory.py "/proc/vmstat"
                        .accepts(VmFamily::text)
                        .sniffer(VmFamily::vmstat)
                        .parser(new VmStatParser())
                        .build(),
                ArtifactType.declare("vm.thp")
                        .describedAs("/sys/kernel/mm/transparent_hugepage/{enabled,defrag,shmem_enabled,khugepaged/defrag}")
                        // sos memory.py: "/sys/kernel/mm/transparent_hugepage/enabled" (4.0), the whole folder upstream
                        .paths("**/sys/kernel/mm/transparent_hugepage/{enabled,defrag,shmem_enabled,khugepaged/defrag}")
                        .accepts(VmFamily::text)
                        .sniffer(s -> false) // "always [madvise] never" alone does not say which setting it is
                        .parser(new ThpParser())
                        .build());
    }

    static boolean text(ContentSample s) {
        return s.length() > 0 && !s.isBinary();
    }

    private static boolean allLines(ContentSample s, Pattern p) {
        List<String> lines = s.nonBlankLines(16);
        return !lines.isEmpty() && lines.stream().allMatch(l -> p.matcher(l).matches());
    }

    /** zoneinfo opens with a zone header followed by its counters. */
    private static boolean zoneinfo(ContentSample s) {
        List<String> lines = s.nonBlankLines(3);
        return lines.size() >= 2 && ZONE.matcher(lines.get(0)).matches()
                && (lines.get(1).strip().equals("per-node stats") || lines.get(1).strip().startsWith("pages free"));
    }

    /** vmstat opens with nr_free_pages and is name-value lines only. */
    private static boolean vmstat(ContentSample s) {
        List<String> lines = s.nonBlankLines(30);
        return lines.size() >= 10 && lines.get(0).startsWith("nr_free_pages ")
                && lines.stream().allMatch(l -> VmStatParser.LINE.matcher(l).matches());
    }
}
