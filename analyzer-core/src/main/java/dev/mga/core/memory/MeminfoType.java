package dev.mga.core.memory;

import dev.mga.core.model.memory.Meminfo;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** {@code /proc/meminfo}, a NUMA node's meminfo, and pasted {@code cat}/{@code grep} of them. */
public final class MeminfoType implements ArtifactType {

    /** Keys only meminfo has: a file of {@code Key: N} lines naming one of them is meminfo. */
    private static final Set<String> KEYS = Set.of("MemTotal", "MemFree", "MemAvailable", "Buffers", "Cached",
            "SwapCached", "Slab", "SUnreclaim", "HugePages_Total", "HugePages_Free", "HugePages_Rsvd", "HugePages_Surp",
            "Hugepagesize", "Hugetlb", "AnonHugePages", "CommitLimit", "Committed_AS");

    /** Keys of smaps / smaps_rollup and /proc/PID/status that meminfo never has. */
    private static final Set<String> NOT_MEMINFO = Set.of("Rss", "Pss", "Shared_Clean", "Private_Dirty", "VmRSS",
            "VmPeak", "VmHWM");

    private final MeminfoParser parser = new MeminfoParser();

    @Override
    public String id() {
        return "memory.meminfo";
    }

    @Override
    public String family() {
        return "memory";
    }

    @Override
    public String description() {
        return "/proc/meminfo, a NUMA node's meminfo, or grep of them (also per-host HOSTNAME: loops)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/proc/meminfo", "**/sys/devices/system/node/node*/meminfo", "**/meminfo", "**/meminfo.txt");
    }

    /**
     * Meminfo lines naming a key only meminfo has, outnumbering the other lines (a pasted prompt,
     * a for loop around {@code cat /proc/meminfo}).
     */
    @Override
    public boolean sniff(ContentSample sample) {
        int matching = 0;
        int other = 0;
        boolean known = false;
        for (String l : sample.nonBlankLines(40)) {
            Matcher m = MeminfoParser.LINE.matcher(MeminfoParser.withoutFileName(l.strip()));
            if (m.matches()) {
                if (NOT_MEMINFO.contains(m.group(2))) {
                    return false; // smaps_rollup's and status's lines have the same shape
                }
                matching++;
                known |= KEYS.contains(m.group(2));
            } else if (ShellTranscript.hostname(l) == null) {
                other++;
            }
        }
        return known && matching >= other;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
