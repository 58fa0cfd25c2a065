package dev.mga.core.slab;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/** {@code /proc/slabinfo}. */
public final class SlabInfoType implements ArtifactType {

    private final SlabInfoParser parser = new SlabInfoParser();

    @Override
    public String id() {
        return "slab.slabinfo";
    }

    @Override
    public String family() {
        return "slab";
    }

    @Override
    public String description() {
        return "/proc/slabinfo (version 2.x and 1.x; also rows without the version line)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/proc/slabinfo", "**/slabinfo", "**/slabinfo.txt");
    }

    /**
     * The version line among the first lines; or, for rows without it (a {@code grep} or
     * {@code sort | head} of the file), at least two 2.x rows ({@code … : tunables … : slabdata …})
     * among the first twelve lines.
     */
    @Override
    public boolean sniff(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(4);
        if (lines.stream().anyMatch(l -> l.startsWith("slabinfo - version:"))) {
            return true;
        }
        int rows = 0;
        for (String l : sample.nonBlankLines(12)) {
            int tun = l.indexOf(" : tunables ");
            if (tun > 0 && l.indexOf(" : slabdata ", tun) > 0 && ++rows == 2) {
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
