package dev.mga.core.metrics;

import dev.mga.core.model.Quantity;
import dev.mga.core.model.metrics.NodeMemoryCapacity;
import dev.mga.core.parse.Units;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.Lines;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code <node> - <memory quantity>} lines (the seed's jq one-liner over {@code oc get nodes -o json}). */
public final class NodeMemoryParser implements ArtifactParser {

    static final Pattern LINE = Pattern.compile("\\s*(\\S+) - (\\S+)\\s*");

    @Override
    public void parse(ParseInput input, ParseContext context) throws IOException {
        Lines lines = input.lines();
        String line;
        while ((line = lines.nextContent()) != null) {
            long n = lines.lineNumber();
            if (line.isBlank() || line.startsWith("$") || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            Optional<Quantity> q = m.matches() ? Units.tryQuantity(m.group(2)) : Optional.empty();
            if (q.isEmpty()) {
                context.diagnostic(n, "not a node memory line (expected '<node> - <quantity>', e.g. 'master-0 - 16652928Ki')");
                continue;
            }
            context.emit(new NodeMemoryCapacity(m.group(1), q.get(), input.location(n), line));
        }
    }
}
