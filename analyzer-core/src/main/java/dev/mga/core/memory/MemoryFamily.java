package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactFamily;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.FactSubject;
import java.util.List;

/**
 * The memory family: a host's memory: meminfo, free, top, smaps, status, hugepages, sysctl. Each type is
 * data: its paths, how its content is recognised ({@link MemorySniffers}) and its parser.
 */
public final class MemoryFamily implements ArtifactFamily {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public List<ArtifactType> types() {
        return List.of(
                ArtifactType.declare("memory.meminfo")
                        .describedAs("/proc/meminfo, a NUMA node's meminfo, or grep of them (also per-host HOSTNAME: loops)")
                        .paths("**/proc/meminfo", "**/sys/devices/system/node/node*/meminfo", "**/meminfo", "**/meminfo.txt")
                        .sniffer(MemorySniffers::meminfo)
                        .parser(new MeminfoParser()).build(),
                ArtifactType.declare("memory.free")
                        .describedAs("free output (procps; -h -g -m -w -l -t, human units)")
                        .paths("**/sos_commands/memory/free", "**/sos_commands/memory/free_*", "**/free", "**/free_-*", "**/free.txt")
                        .sniffer(MemorySniffers::free)
                        .parser(new FreeParser()).build(),
                ArtifactType.declare("memory.top")
                        .describedAs("top -b batch output (procps-ng 3.3/4.x: -E, -e, -o, -w, -n N, HOSTNAME: loops)")
                        .paths("**/sos_commands/process/top*", "**/top", "**/top_-b*", "**/top -b*", "**/top.txt")
                        .sniffer(MemorySniffers::top)
                        .parser(new TopParser()).build(),
                ArtifactType.declare("memory.smaps")
                        .describedAs("/proc/PID/smaps, smaps_rollup, or grep -A3 fragments of them")
                        .paths("**/proc/*/smaps", "**/proc/*/smaps_rollup", "**/smaps", "**/smaps_rollup")
                        .sniffer(MemorySniffers::smaps)
                        .parser(new SmapsParser()).build(),
                ArtifactType.declare("memory.status")
                        .describedAs("/proc/PID/status (VmRSS, HugetlbPages, …), also a paste of its memory lines")
                        .paths("**/proc/*/status")
                        .sniffer(MemorySniffers::processStatus).sniffPriority(5)
                        .parser(new ProcessStatusParser()).build(),
                // sos copies the write-only demote file as 0 bytes: an empty file is not a counter, and is left
                // unrecognised rather than failed; one number alone says nothing, so no sniffer
                ArtifactType.declare("memory.hugepages-sysfs")
                        .describedAs("/sys/kernel/mm/hugepages/hugepages-<N>kB/* and /sys/devices/system/node/nodeN/hugepages/… counter files")
                        .paths("**/sys/kernel/mm/hugepages/hugepages-*kB/*", "**/sys/devices/system/node/node*/hugepages/hugepages-*kB/*")
                        .accepts(sample -> sample.length() > 0)
                        .parser(new HugepageSysfsParser()).build(),
                ArtifactType.declare("memory.hugepages-dump")
                        .describedAs("hugetlb sysfs counters as 'path: value' lines (grep -H . /sys/kernel/mm/hugepages/*/*), head blocks,"
                                + " 'name=value' lines after 'cd /sys/kernel/mm/hugepages/hugepages-<N>kB', or '$ cat <counter file>' + value")
                        .sniffer(MemorySniffers::hugepageDump)
                        .parser(new HugepageDumpParser()).build(),
                ArtifactType.declare("memory.sysctl")
                        .describedAs("sysctl output (key = value), e.g. sysctl -a | grep hugepages; sysctl.conf and sysctl.d files (configuration)")
                        .paths("**/sos_commands/kernel/sysctl_-a", "**/sysctl_-a", "**/sysctl-a*", "**/sysctl", "**/etc/sysctl.conf",
                                "**/etc/sysctl.d/*.conf")
                        .sniffer(MemorySniffers::sysctl)
                        .parser(new SysctlParser()).build(),
                ArtifactType.declare("memory.hugeadm")
                        .describedAs("hugeadm --pool-list / --list-all-mounts output (libhugetlbfs), mount lines of hugetlbfs")
                        .paths("**/hugeadm*")
                        .sniffer(MemorySniffers::hugeadm)
                        .parser(new HugeadmParser()).build(),
                ArtifactType.declare("memory.hugepage-sizes")
                        .describedAs("ls /sys/kernel/mm/hugepages (the page sizes a kernel offers)")
                        .paths("**/ls*sys*kernel*mm*hugepages*")
                        .sniffer(MemorySniffers::hugepageSizes)
                        .parser(new HugepageSizesParser()).build());
    }

    @Override
    public List<FactSubject> subjects() {
        return List.of(new MemorySubjects.Usage(), new MemorySubjects.Pool());
    }
}
