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
        return "/proc/slabinfo (version 2.x)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/proc/slabinfo", "**/slabinfo", "**/slabinfo.txt");
    }

    @Override
    public boolean sniff(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(4);
        return lines.stream().anyMatch(l -> l.startsWith("slabinfo - version:"));
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
