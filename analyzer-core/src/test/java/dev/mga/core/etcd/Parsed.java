package dev.mga.core.etcd;

import dev.mga.core.parse.ArtifactParser;
import dev.mga.core.parse.ParseContext;
import dev.mga.core.parse.ParseInput;
import dev.mga.core.source.CaptureEntry;
import dev.mga.core.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a parser produced from one file: records and diagnostics ("line: message"). */
record Parsed(List<Object> records, List<String> diagnostics) {

    static Parsed fixture(ArtifactParser parser, String relative) {
        try {
            return parse(parser, relative, Files.readAllBytes(Fixtures.root().resolve(relative)), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Parsed text(ArtifactParser parser, String path, String text) {
        return parse(parser, path, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Parsed parse(ArtifactParser parser, String path, byte[] content, Map<String, String> options) {
        List<Object> records = new ArrayList<>();
        List<String> diagnostics = new ArrayList<>();
        ParseContext ctx = new ParseContext() {
            @Override
            public void emit(Object record) {
                records.add(record);
            }

            @Override
            public void diagnostic(long line, String message) {
                diagnostics.add(line + ": " + message);
            }
        };
        try {
            parser.parse(new ParseInput(new CaptureEntry("test", path, path, content.length, 0),
                    new ByteArrayInputStream(content), "", options, 1 << 20), ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(records, diagnostics);
    }

    <T> List<T> all(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T> T one(Class<T> type) {
        List<T> l = all(type);
        if (l.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " but got " + l.size() + ": " + records);
        }
        return l.get(0);
    }
}
