package dev.mga.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared fixtures and the repository root are, for tests of any module. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path root() {
        String p = System.getProperty("mga.fixtures");
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        return repository().resolve("fixtures");
    }

    public static Path repository() {
        String p = System.getProperty("mga.root");
        if (p != null && Files.isDirectory(Path.of(p, "fixtures"))) {
            return Path.of(p);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("fixtures"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (a folder holding fixtures/)");
        }
        return dir;
    }

    public static Path path(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing fixture " + p);
        }
        return p;
    }

    public static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
