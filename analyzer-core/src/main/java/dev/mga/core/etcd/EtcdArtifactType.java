package dev.mga.core.etcd;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The etcd family's artifact types: an id, the paths that name it, and a strict content check. */
abstract class EtcdArtifactType implements ArtifactType {

    /**
     * Lines a pasted capture may carry above the output besides prompts (which the envelope layer keeps
     * out of the sample's lines): a comment, a stderr line, a client log line.
     */
    static final Pattern PREAMBLE = Pattern.compile("^(?:#|Error:|Failed to get|\\{\"level\").*");

    private final String id;
    private final String description;
    private final List<String> patterns;
    private final ArtifactParser parser;
    private final Predicate<List<String>> sniffer;

    EtcdArtifactType(String id, String description, List<String> patterns, ArtifactParser parser,
                     Predicate<List<String>> sniffer) {
        this.id = id;
        this.description = description;
        this.patterns = List.copyOf(patterns);
        this.parser = parser;
        this.sniffer = sniffer;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String family() {
        return "etcd";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> pathPatterns() {
        return patterns;
    }

    @Override
    public boolean sniff(ContentSample sample) {
        List<String> whole = sample.nonBlankLines(30);
        if (whole.isEmpty() && !sample.text().isBlank()) {
            // one line longer than the sample (a -w json listing): judge by its start
            whole = List.of(sample.text().strip());
        }
        List<String> lines = whole.stream().map(String::strip)
                .filter(l -> !skipsPreamble() || !PREAMBLE.matcher(l).matches()).limit(12).toList();
        return !lines.isEmpty() && sniffer.test(lines);
    }

    /** Whether comment and stderr lines above the output are ignored when sniffing (not for logs: their lines look alike). */
    boolean skipsPreamble() {
        return true;
    }

    @Override
    public int sniffPriority() {
        return 5;
    }

    @Override
    public ArtifactParser parser() {
        return parser;
    }

    static boolean any(List<String> lines, Pattern p) {
        return lines.stream().anyMatch(l -> p.matcher(l).find());
    }
}
