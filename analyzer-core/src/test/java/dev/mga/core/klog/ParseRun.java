package dev.mga.core.klog;

import dev.mga.core.parse.ArtifactParser;
import dev.mga.core.parse.ParseContext;
import dev.mga.core.parse.ParseInput;
import dev.mga.core.source.CaptureEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs one parser over a text or file, collecting records and diagnostics (tests of the kube families). */
public final class ParseRun implements ParseContext {

    public final List<Object> records = new ArrayList<>();
    public final List<String> diagnostics = new ArrayList<>();

    public static ParseRun of(ArtifactParser parser, String path, String text, Map<String, String> options) {
        ParseRun run = new ParseRun();
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        ParseInput in = new ParseInput(new CaptureEntry("test", path, path, b.length, 0), new ByteArrayInputStream(b),
                "", options, 1 << 20);
        try {
            parser.parse(in, run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run;
    }

    public static ParseRun of(ArtifactParser parser, String path, String text) {
        return of(parser, path, text, Map.of());
    }

    public static ParseRun file(ArtifactParser parser, Path file) {
        try {
            return of(parser, file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> List<T> all(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T> T one(Class<T> type) {
        List<T> l = all(type);
        if (l.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " but got " + l.size() + ": " + records);
        }
        return l.get(0);
    }

    @Override
    public void emit(Object record) {
        records.add(record);
    }

    @Override
    public void diagnostic(long line, String message) {
        diagnostics.add(line + ": " + message);
    }
}
