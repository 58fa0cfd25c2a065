package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

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
        return "/proc/PID/status (VmRSS, HugetlbPages, …)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/proc/*/status");
    }

    /** Starts with {@code Name:} and has the {@code Pid:} and {@code VmRSS:} or {@code Threads:} lines of a task. */
    @Override
    public boolean sniff(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(60);
        return !lines.isEmpty() && lines.get(0).startsWith("Name:")
                && lines.stream().anyMatch(l -> l.startsWith("Pid:"))
                && lines.stream().anyMatch(l -> l.startsWith("VmRSS:") || l.startsWith("Threads:"));
    }

    @Override
    public int sniffPriority() {
        return 5;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
