package dev.mga.fleet;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a batch remembers of each input in {@code DIR/.mga-batch/STEM.json}: the input's stamp
 * (size, modification time, SHA-256 of a file), the settings and formats its reports were made
 * with, and its fleet result, so a re-run can skip it and still write the whole fleet.
 */
final class BatchState {

    static final String FOLDER = ".mga-batch";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * @param input    the input's absolute path
     * @param size     a file's size, or the total of a directory's files
     * @param mtime    modification time in milliseconds (a directory: its newest file)
     * @param files    a directory's file count; 1 for a file
     * @param sha256   a file's content hash, null for a directory
     * @param settings what the analysis depended on besides the input (version, limits, options, rules)
     * @param formats  the report formats written
     */
    @JsonPropertyOrder({"input", "size", "mtime", "files", "sha256", "settings", "formats"})
    record Stamp(String input, long size, long mtime, long files, String sha256, String settings, List<String> formats) {
        Stamp {
            formats = List.copyOf(formats);
        }
    }

    @JsonPropertyOrder({"stamp", "result"})
    record Entry(Stamp stamp, FleetInput result) {
    }

    private final Path folder;

    BatchState(Path outputDir) {
        this.folder = outputDir.resolve(FOLDER);
    }

    /** The remembered result when the input and its reports are current, else empty. */
    Optional<FleetInput> current(BatchPlan.Item item, String settings, List<String> formats, List<Path> reports) {
        Entry e = read(item.stem());
        if (e == null || !reports.stream().allMatch(Files::isRegularFile)) {
            return Optional.empty();
        }
        Stamp s = e.stamp();
        if (!s.input().equals(item.path().toString()) || !s.settings().equals(settings) || !s.formats().equals(formats)) {
            return Optional.empty();
        }
        Stamp now = observe(item.path(), null, settings, formats);
        if (now.size() != s.size() || now.files() != s.files()) {
            return Optional.empty();
        }
        if (now.mtime() == s.mtime()) {
            return Optional.of(e.result());
        }
        // touched or copied anew, perhaps with the same bytes: the hash decides (files only)
        if (s.sha256() == null || !s.sha256().equals(sha256(item.path()))) {
            return Optional.empty();
        }
        try {
            remember(item, new Stamp(s.input(), s.size(), now.mtime(), s.files(), s.sha256(), settings, formats), e.result());
        } catch (IOException ignored) {
            // the next run hashes again
        }
        return Optional.of(e.result());
    }

    void remember(BatchPlan.Item item, Stamp stamp, FleetInput result) throws IOException {
        Files.createDirectories(folder);
        Path tmp = folder.resolve(item.stem() + ".json.tmp");
        MAPPER.writeValue(tmp.toFile(), new Entry(stamp, result));
        Files.move(tmp, folder.resolve(item.stem() + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Entry read(String stem) {
        Path f = folder.resolve(stem + ".json");
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            return MAPPER.readValue(f.toFile(), Entry.class);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable state only costs a re-analysis
        }
    }

    /** The stamp of an input as it is now; {@code sha256} when the caller hashed the file as it read it. */
    static Stamp observe(Path path, String sha256, String settings, List<String> formats) {
        try {
            if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                return new Stamp(path.toString(), Files.size(path), Files.getLastModifiedTime(path).toMillis(), 1, sha256,
                        settings, formats);
            }
            long[] acc = new long[3];
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                    try {
                        acc[0] += Files.size(p);
                        acc[1] = Math.max(acc[1], Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis());
                        acc[2]++;
                    } catch (IOException e) {
                        acc[2]++;
                    }
                });
            }
            return new Stamp(path.toString(), acc[0], acc[1], acc[2], null, settings, formats);
        } catch (IOException | RuntimeException e) {
            return new Stamp(path.toString(), -1, -1, -1, null, settings, formats);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = digest();
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return null;
        }
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
