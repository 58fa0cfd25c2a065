package dev.mga.core.testing;

import dev.mga.core.parse.ArtifactParser;
import dev.mga.core.parse.ParseContext;
import dev.mga.core.parse.ParseInput;
import dev.mga.core.parse.PathHints;
import dev.mga.core.source.CaptureEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs one parser over one fixture file (or text) the way the pipeline does, keeping records and diagnostics. */
public final class ParserRun {

    /** A diagnostic as a parser reported it. */
    public record Problem(long line, String message) {
    }

    private final List<Object> records = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private ParserRun() {
    }

    /** Parses a file under fixtures/, its path inside the input being {@code relative}. */
    public static ParserRun file(ArtifactParser parser, String relative) {
        try {
            return run(parser, relative, Files.readAllBytes(Fixtures.path(relative)), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ParserRun text(ArtifactParser parser, String path, String text) {
        return run(parser, path, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static ParserRun run(ArtifactParser parser, String path, byte[] content, Map<String, String> options) {
        ParserRun r = new ParserRun();
        CaptureEntry entry = new CaptureEntry("test", path, path, content.length, 0);
        ParseContext ctx = new ParseContext() {
            @Override
            public void emit(Object record) {
                r.records.add(record);
            }

            @Override
            public void diagnostic(long line, String message) {
                r.problems.add(new Problem(line, message));
            }
        };
        try {
            parser.parse(new ParseInput(entry, new ByteArrayInputStream(content), PathHints.host(path), options, 1 << 20), ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    public <T> List<T> all(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T> T only(Class<T> type) {
        List<T> l = all(type);
        if (l.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + ", got " + l.size() + ": " + records);
        }
        return l.get(0);
    }

    public List<Object> records() {
        return List.copyOf(records);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
