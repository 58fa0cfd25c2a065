package dev.mga.core.memory;

import dev.mga.core.parse.Words;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/** {@code ls /sys/kernel/mm/hugepages}: the page sizes the kernel offers. */
public final class HugepageSizesType implements ArtifactType {

    private final HugepageSizesParser parser = new HugepageSizesParser();

    @Override
    public String id() {
        return "memory.hugepage-sizes";
    }

    @Override
    public String family() {
        return "memory";
    }

    @Override
    public String description() {
        return "ls /sys/kernel/mm/hugepages (the page sizes a kernel offers)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/ls*sys*kernel*mm*hugepages*");
    }

    /** Only {@code hugepages-<N>kB} names after an optional prompt. */
    @Override
    public boolean sniff(ContentSample sample) {
        int names = 0;
        for (String l : sample.nonBlankLines(10)) {
            for (String token : Words.split(l)) {
                if (!HugepageSizesParser.NAME.matcher(token).matches()) {
                    return false;
                }
                names++;
            }
        }
        return names > 0;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
