package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code /proc/PID/status}. */
public final class ProcessStatusType implements ArtifactType {

    private final ProcessStatusParser parser = new ProcessStatusParser();

    @Override
    public String id() {
        return "memory.status";
    }

    @Override
    public String family() {
        return "memory";
    }

    @Override
    public String description() {
        return "/proc/PID/status (VmRSS, HugetlbPages, …), also a paste of its memory lines";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/proc/*/status");
    }

    /**
     * Starts with {@code Name:} and has the {@code Pid:} and {@code VmRSS:} or {@code Threads:} lines of
     * a task; or, for a paste of part of it (the lines from {@code State:}, or only the memory lines),
     * at least three of the task's memory keys ({@code VmPeak:} … {@code VmSwap:}, {@code RssAnon:} …,
     * which no other kernel file prints) with the {@code Key: value} lines outnumbering the others.
     */
    @Override
    public boolean sniff(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(60);
        if (!lines.isEmpty() && lines.get(0).startsWith("Name:")
                && lines.stream().anyMatch(l -> l.startsWith("Pid:"))
                && lines.stream().anyMatch(l -> l.startsWith("VmRSS:") || l.startsWith("Threads:"))) {
            return true;
        }
        Set<String> memoryKeys = new HashSet<>();
        int keyed = 0;
        int other = 0;
        for (String l : lines) {
            int colon = l.indexOf(':');
            String key = colon > 0 ? l.substring(0, colon) : "";
            if (key.isEmpty() || key.indexOf(' ') >= 0) {
                other++;
                continue;
            }
            keyed++;
            if (MEMORY_KEYS.contains(key)) {
                memoryKeys.add(key);
            }
        }
        return memoryKeys.size() >= 3 && keyed > other;
    }

    /** The memory lines of /proc/PID/status (proc(5)); meminfo's are named otherwise (VmallocTotal, …). */
    private static final Set<String> MEMORY_KEYS = Set.of("VmPeak", "VmSize", "VmLck", "VmPin", "VmHWM", "VmRSS",
            "RssAnon", "RssFile", "RssShmem", "VmData", "VmStk", "VmExe", "VmLib", "VmPTE", "VmPMD", "VmSwap",
            "HugetlbPages");

    @Override
    public int sniffPriority() {
        return 5;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
