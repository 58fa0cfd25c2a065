package dev.mga.core.metrics;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;

/** Node memory capacity lines, {@code <node> - <quantity>}, as pasted into a case. */
public final class NodeMemoryType implements ArtifactType {

    private final NodeMemoryParser parser = new NodeMemoryParser();

    @Override
    public String id() {
        return "metrics.node-memory";
    }

    @Override
    public String family() {
        return "metrics";
    }

    @Override
    public String description() {
        return "node memory capacity lines '<node> - <quantity>' (jq over oc get nodes -o json)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of();
    }

    /** Every non-blank line (after an optional prompt) is {@code name - quantity} with a memory suffix. */
    @Override
    public boolean sniff(ContentSample sample) {
        List<String> lines = sample.nonBlankLines(50);
        int ok = 0;
        for (String l : lines) {
            if (ok == 0 && (l.startsWith("$") || l.startsWith("#"))) {
                continue;
            }
            var m = NodeMemoryParser.LINE.matcher(l);
            if (!m.matches() || !TopTokens.BINARY_MEMORY.matcher(m.group(2)).matches()) {
                return false;
            }
            ok++;
        }
        return ok > 0;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
