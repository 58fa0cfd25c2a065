package dev.mga.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;

/** Builds archives for tests, in memory, from a folder or from name → bytes maps. */
public final class Archives {

    private Archives() {
    }

    /** Every regular file under {@code root}, by path relative to {@code base}, in sorted order. */
    public static Map<String, byte[]> files(Path base, Path root) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put(base.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static byte[] tar(Map<String, byte[]> files) {
        return write(out -> {
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                for (Map.Entry<String, byte[]> e : files.entrySet()) {
                    TarArchiveEntry te = new TarArchiveEntry(e.getKey(), true);
                    te.setSize(e.getValue().length);
                    tar.putArchiveEntry(te);
                    tar.write(e.getValue());
                    tar.closeArchiveEntry();
                }
            }
        });
    }

    /** A tar with link entries: name → target, as symbolic (true) or hard (false) links. */
    public static byte[] tarWithLinks(Map<String, byte[]> files, Map<String, String> links, boolean symbolic) {
        return write(out -> {
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                for (Map.Entry<String, byte[]> e : files.entrySet()) {
                    TarArchiveEntry te = new TarArchiveEntry(e.getKey(), true);
                    te.setSize(e.getValue().length);
                    tar.putArchiveEntry(te);
                    tar.write(e.getValue());
                    tar.closeArchiveEntry();
                }
                for (Map.Entry<String, String> l : links.entrySet()) {
                    TarArchiveEntry te = new TarArchiveEntry(l.getKey(), symbolic ? TarArchiveEntry.LF_SYMLINK : TarArchiveEntry.LF_LINK);
                    te.setLinkName(l.getValue());
                    tar.putArchiveEntry(te);
                    tar.closeArchiveEntry();
                }
            }
        });
    }

    public static byte[] zip(Map<String, byte[]> files) {
        return write(out -> {
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
                for (Map.Entry<String, byte[]> e : files.entrySet()) {
                    zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeArchiveEntry();
                }
            }
        });
    }

    public static byte[] gzip(byte[] data) {
        return compress(data, o -> {
            try {
                return new GzipCompressorOutputStream(o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static byte[] xz(byte[] data) {
        return compress(data, o -> {
            try {
                return new XZCompressorOutputStream(o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static byte[] zstd(byte[] data) {
        return compress(data, o -> {
            try {
                return new ZstdCompressorOutputStream(o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static byte[] bzip2(byte[] data) {
        return compress(data, o -> {
            try {
                return new BZip2CompressorOutputStream(o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static Path save(Path dir, String name, byte[] data) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, data);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] compress(byte[] data, Function<OutputStream, OutputStream> wrap) {
        return write(out -> {
            try (OutputStream c = wrap.apply(out)) {
                c.write(data);
            }
        });
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] write(Writing w) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            w.to(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static List<String> names(Map<String, byte[]> files) {
        return List.copyOf(files.keySet());
    }
}
