package dev.mga.core.etcd;

import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.ArtifactType;
import dev.mga.core.spi.ContentSample;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The etcd family's artifact types: an id, the paths that name it, and a strict content check. */
abstract class EtcdArtifactType implements ArtifactType {

    /** Lines a pasted capture may carry above the output: a prompt, a stderr line, a client log line. */
    static final Pattern PREAMBLE = Pattern.compile("^(?:\\$|#|\\S+@\\S+[$#]|sh-[\\d.]+[$#]|Error:|Failed to get|\\{\"level\").*");
    /** A shell prompt and the command typed after it (until the envelope layer hands prompts over). */
    static final Pattern PROMPT = Pattern.compile("^(?:\\$|#|\\S+@\\S+[$#]|sh-[\\d.]+[$#])\\s*(.*)$");

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
        List<String> lines = skipsPreamble() ? output(whole) : whole.stream().map(String::strip).limit(12).toList();
        if (skipsPreamble() && !lines.isEmpty() && (lines.get(0).equals("[") || lines.get(0).equals("{"))) {
            // pretty-printed JSON (jq ., python -m json.tool): judged as etcdctl's compact line would be
            lines = List.of(compact(String.join("\n", output(sample.nonBlankLines(200)))));
        }
        return !lines.isEmpty() && sniffer.test(lines);
    }

    /** The first lines of etcdctl's own output: prompts, commands (and their continuations), stderr and client logs left out. */
    static List<String> output(List<String> whole) {
        TranscriptLines transcript = new TranscriptLines();
        List<String> out = new java.util.ArrayList<>();
        for (String raw : whole) {
            String l = raw.strip();
            java.util.regex.Matcher prompt = PROMPT.matcher(l);
            if (prompt.matches()) {
                transcript.prompt(prompt.group(1));
            } else if (!PREAMBLE.matcher(l).matches() && transcript.next(l) == TranscriptLines.Kind.OUTPUT) {
                out.add(l);
                if (out.size() == 12) {
                    break;
                }
            }
        }
        return out;
    }

    /** JSON text without the whitespace between its tokens (strings kept as they are). */
    static String compact(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether prompt and stderr lines above the output are ignored when sniffing (not for logs: their lines look alike). */
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
