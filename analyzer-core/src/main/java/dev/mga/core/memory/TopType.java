package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/** {@code top -b} output (procps-ng 3.3 and 4.x), one or several snapshots, one or several hosts. */
public final class TopType implements ArtifactType {

    private final TopParser parser = new TopParser();

    @Override
    public String id() {
        return "memory.top";
    }

    @Override
    public String family() {
        return "memory";
    }

    @Override
    public String description() {
        return "top -b batch output (procps-ng 3.3/4.x: -E, -e, -o, -w, -n N, HOSTNAME: loops)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/sos_commands/process/top*", "**/top", "**/top_-b*", "**/top -b*", "**/top.txt");
    }

    /**
     * A {@code top - … load average:} line followed by the {@code Tasks:} (or {@code Threads:}) line;
     * or top's two memory lines on their own, as the first lines ({@code KiB Mem :} then {@code KiB Swap:}).
     */
    @Override
    public boolean sniff(ContentSample sample) {
        boolean first = false;
        boolean memory = false;
        int seen = 0;
        for (String l : sample.nonBlankLines(30)) {
            String t = l.strip();
            seen++;
            if (t.startsWith("top - ") && t.contains(" load average")) {
                first = true;
            } else if (first) {
                return t.startsWith("Tasks:") || t.startsWith("Threads:");
            } else if (memory) {
                return TopSummary.isMemoryLine(t) && t.contains("Swap");
            } else if (seen == 1 && TopSummary.isMemoryLine(t) && t.contains("Mem")) {
                memory = true;
            }
        }
        return false;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
