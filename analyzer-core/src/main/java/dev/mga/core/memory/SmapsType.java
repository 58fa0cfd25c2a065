package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/** {@code /proc/PID/smaps}, {@code smaps_rollup}, and pasted {@code grep -A3 … smaps} fragments. */
public final class SmapsType implements ArtifactType {

    private final SmapsParser parser = new SmapsParser();

    @Override
    public String id() {
        return "memory.smaps";
    }

    @Override
    public String family() {
        return "memory";
    }

    @Override
    public String description() {
        return "/proc/PID/smaps, smaps_rollup, or grep -A3 fragments of them";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/proc/*/smaps", "**/proc/*/smaps_rollup", "**/smaps", "**/smaps_rollup");
    }

    /**
     * Among the first four lines (after a prompt or a command line: {@code a52q:/proc/10660 # cat
     * smaps_rollup}, {@code  cat /proc/PID/smaps_rollup}), a mapping header followed by its
     * {@code Size:} (or rollup {@code Rss:}) line.
     */
    @Override
    public boolean sniff(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(8);
        for (int i = 0; i + 1 < lines.size() && i < 4; i++) {
            if (SmapsParser.HEADER.matcher(lines.get(i).strip()).matches()
                    && (lines.get(i + 1).startsWith("Size:") || lines.get(i + 1).startsWith("Rss:"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
