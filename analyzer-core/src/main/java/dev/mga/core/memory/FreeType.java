package dev.mga.core.memory;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/** {@code free} output in any variant (sos: {@code sos_commands/memory/free}, {@code free_-m}). */
public final class FreeType implements ArtifactType {

    private static final Pattern HEADER = Pattern.compile("total +used +free +shared +(?:buff/cache|buffers)(?: .*)?");

    private final FreeParser parser = new FreeParser();

    @Override
    public String id() {
        return "memory.free";
    }

    @Override
    public String family() {
        return "memory";
    }

    @Override
    public String description() {
        return "free output (procps; -h -g -m -w -l -t, human units)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/sos_commands/memory/free", "**/sos_commands/memory/free_*", "**/free", "**/free_-*", "**/free.txt");
    }

    /** free's header ({@code total used free …}) followed by a {@code Mem:} row. */
    @Override
    public boolean sniff(ContentSample sample) {
        boolean header = false;
        for (String l : sample.nonBlankLines(12)) {
            String t = l.strip();
            if (HEADER.matcher(t).matches()) {
                header = true;
            } else if (header && t.startsWith("Mem:")) {
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
