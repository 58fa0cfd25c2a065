package dev.mga.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** A folder of real captures made from the fixtures: sick and healthy must-gathers, and broken archives. */
final class Captures {

    static final Path FIXTURES = Path.of(System.getProperty("mga.fixtures", "../fixtures"));

    private Captures() {
    }

    /**
     * Twelve captures (three copies each of the list_lru leak, the hugepages case, and the two
     * healthy Performance Addon Operator must-gathers) plus, when {@code broken}, a cut archive
     * that still holds the leak and a stub that holds nothing readable.
     */
    static Path fleet(Path dir, boolean broken) throws IOException {
        Files.createDirectories(dir);
        byte[] leak = Files.readAllBytes(FIXTURES.resolve("must-gather/list-lru-leak.tar.gz"));
        for (int copy = 1; copy <= 3; copy++) {
            Files.write(dir.resolve("leak-" + copy + ".tar.gz"), leak);
            for (String tree : List.of("hugepages", "real-pao-sno", "real-pao-bare-metal")) {
                tarGz(FIXTURES.resolve("must-gather/" + tree), dir.resolve(tree + "-" + copy + ".tar.gz"));
            }
        }
        if (broken) {
            Files.write(dir.resolve("cut-after-the-leak.tar.gz"), Arrays.copyOf(leak, 5000));
            Files.write(dir.resolve("stub.tar.gz"), Arrays.copyOf(leak, 3000));
        }
        return dir;
    }

    static void tarGz(Path tree, Path archive) throws IOException {
        try (OutputStream out = Files.newOutputStream(archive);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out));
             Stream<Path> files = Files.walk(tree)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                TarArchiveEntry e = new TarArchiveEntry(f.toFile(), tree.relativize(f).toString());
                tar.putArchiveEntry(e);
                Files.copy(f, tar);
                tar.closeArchiveEntry();
            }
        }
    }
}
