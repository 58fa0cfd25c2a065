package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/** {@code hugeadm --pool-list} and {@code hugeadm --list-all-mounts} output (libhugetlbfs). */
public final class HugeadmType implements ArtifactType {

    private final HugeadmParser parser = new HugeadmParser();

    @Override
    public String id() {
        return "memory.hugeadm";
    }

    @Override
    public String family() {
        return "memory";
    }

    @Override
    public String description() {
        return "hugeadm --pool-list / --list-all-mounts output (libhugetlbfs), mount lines of hugetlbfs";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/hugeadm*");
    }

    /**
     * The {@code Size Minimum Current Maximum Default} or {@code Mount Point Options} header near the
     * top, or {@code mount} lines of hugetlbfs only.
     */
    @Override
    public boolean sniff(ContentSample sample) {
        int mounts = 0;
        for (String l : sample.nonBlankLines(8)) {
            String t = l.strip();
            if (HugeadmParser.POOL_HEADER.matcher(t).matches() || HugeadmParser.MOUNT_HEADER.matcher(t).matches()) {
                return true;
            }
            if (HugeadmParser.MOUNT_LINE.matcher(t).matches()) {
                mounts++;
            } else {
                return false; // prompt lines are not in the sample's lines
            }
        }
        return mounts > 0;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
