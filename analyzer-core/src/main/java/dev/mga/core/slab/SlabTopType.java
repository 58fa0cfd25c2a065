package dev.mga.core.slab;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/** {@code slabtop -o} output (procps-ng). */
public final class SlabTopType implements ArtifactType {

    private static final Pattern HEADER = Pattern.compile("OBJS +ACTIVE +USE +OBJ SIZE +SLABS.*");

    private final SlabTopParser parser = new SlabTopParser();

    @Override
    public String id() {
        return "slab.slabtop";
    }

    @Override
    public String family() {
        return "slab";
    }

    @Override
    public String description() {
        return "slabtop -o output (procps-ng)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/slabtop", "**/slabtop{_,-,.}*");
    }

    @Override
    public boolean sniff(ContentSample sample) {
        for (String l : sample.nonBlankLines(12)) {
            String t = l.strip();
            if (t.startsWith("Active / Total Objects (% used)") || HEADER.matcher(t).matches()) {
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
