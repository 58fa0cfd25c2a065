package dev.mga.core.metrics;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.regex.Pattern;

/** {@code oc adm top pod} / {@code kubectl top pod} output pasted into a file. */
public final class PodTopType implements ArtifactType {

    private static final Pattern COMMAND = Pattern.compile(".*\\btop\\s+(pod|pods|po)\\b.*");

    private final PodTopParser parser = new PodTopParser();

    @Override
    public String id() {
        return "metrics.top-pod";
    }

    @Override
    public String family() {
        return "metrics";
    }

    @Override
    public String description() {
        return "oc adm top pod / kubectl top pod table (-A, --containers, --no-headers, --sort-by, --sum)";
    }

    @Override
    public List<String> pathPatterns() {
        return List.of("**/oc_adm_top_pod*.txt", "**/top-pod*.txt", "**/top_pod*.txt");
    }

    /** A {@code top pod} command line, or a header with CPU(cores) and MEMORY(bytes) but no percentages. */
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
                return tokens.contains("MEMORY(bytes)") && tokens.stream().noneMatch(t -> t.contains("%"));
            }
        }
        return false;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }
}
