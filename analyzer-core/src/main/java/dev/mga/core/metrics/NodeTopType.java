package dev.mga.core.metrics;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/** {@code oc adm top node} / {@code kubectl top node} output pasted into a file. */
public final class NodeTopType implements ArtifactType {

    private static final Pattern COMMAND = Pattern.compile(".*\\btop\\s+(node|nodes|no)\\b.*");

    private final NodeTopParser parser = new NodeTopParser();

    @Override
    public String id() {
        return "metrics.top-node";
    }

    @Override
    public String family() {
        return "metrics";
    }

    @Override
    public String description() {
        return "oc adm top node / kubectl top node table (with or without --show-capacity, --no-headers)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/oc_adm_top_node*.txt", "**/top-node*.txt", "**/top_node*.txt");
    }

    /** A {@code top node} command line, or a NAME header with CPU% / MEMORY% columns. */
    @Override
    public boolean sniff(ContentSample sample) {
        int seen = 0;
        for (ContentSample.Line line : sample.all()) {
            String l = line.text();
            if (line.envelope().note() || !line.envelope().prompt() && l.isBlank()) {
                continue;
            }
            if (++seen > 3) {
                break;
            }
            TopCommand c = TopCommand.of(line);
            if (c != null) {
                return COMMAND.matcher(c.text()).matches();
            }
            List<String> tokens = TopTokens.split(l);
            if (TopTokens.isHeader(tokens)) {
                return tokens.get(0).equals("NAME") && tokens.stream().anyMatch(t -> t.startsWith("MEMORY") && t.contains("%"));
            }
        }
        return false;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
