package dev.mga.core.testing;

import dev.mga.core.model.Diagnostic;
import dev.mga.core.parse.EnvelopeLines;
import dev.mga.core.parse.PathHints;
import dev.mga.core.spi.ArtifactParser;
import dev.mga.core.spi.CaptureEntry;
import dev.mga.core.spi.ParseContext;
import dev.mga.core.spi.ParseInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs one parser over bytes or a fixture file and keeps what it emitted and reported. */
public final class Parsing {

    public final List<Object> records = new ArrayList<>();
    public final List<Diagnostic> diagnostics = new ArrayList<>();
    /** True when the parser said the entry holds nothing to record (an empty list). */
    public boolean nothingToRecord;

    private Parsing() {
    }

    public static Parsing run(ArtifactParser parser, String path, String content) {
        return run(parser, path, content, Map.of());
    }

    public static Parsing run(ArtifactParser parser, String path, String content, Map<String, String> options) {
        return run(parser, path, content.getBytes(StandardCharsets.UTF_8), options);
    }

    /** Runs with the host the path names, as the pipeline would. */
    public static Parsing run(ArtifactParser parser, String path, byte[] content, Map<String, String> options) {
        return run(parser, path, content, options, PathHints.host(path));
    }

    /** Parses a file under fixtures/, its path inside the input being {@code fixture}. */
    public static Parsing fixture(ArtifactParser parser, String fixture) {
        try {
            return run(parser, fixture, Files.readAllBytes(Fixtures.path(fixture)), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses any file, its path being the file's path. */
    public static Parsing file(ArtifactParser parser, Path file) {
        try {
            return run(parser, file.toString(), Files.readAllBytes(file), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Parsing run(ArtifactParser parser, String path, byte[] content, Map<String, String> options, String host) {
        Parsing out = new Parsing();
        CaptureEntry entry = new CaptureEntry("test", path, path, content.length, 0);
        ParseContext ctx = new ParseContext() {
            @Override
            public void emit(Object record) {
                out.records.add(record);
            }

            @Override
            public void diagnostic(long line, String message) {
                out.diagnostics.add(new Diagnostic("test", path, line, message));
            }

            @Override
            public void nothingToRecord() {
                out.nothingToRecord = true;
            }
        };
        try {
            parser.parse(new ParseInput(entry, new ByteArrayInputStream(content), host, options, 1 << 20, EnvelopeLines::open), ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The diagnostics as {@code line: message}. */
    public List<String> messages() {
        return diagnostics.stream().map(d -> d.line() + ": " + d.message()).toList();
    }

    public <T> List<T> all(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T> T only(Class<T> type) {
        List<T> all = all(type);
        if (all.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + ", got " + all.size() + ": " + records
                    + " diagnostics " + diagnostics);
        }
        return all.get(0);
    }
}
